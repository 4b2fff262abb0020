#pragma once

#include "api/apierror.h"
#include "api/sentclient.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/connectionservice.h"
#include "services/organizationsession.h"
#include "store/historylog.h"

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace cd {
class ChangeJournal;
class JobJournal;
class HistorySealKeeper;
} // namespace cd

namespace cd::cli {

// Exit codes (documented in --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitRefused = 1,     // the API refused the request (validation, not found, conflict, business rule)
    ExitUsage = 2,       // bad command line, unreadable or invalid file, no API key
    ExitUnreachable = 3, // could not connect or authenticate: network, TLS, timeout, key refused
    ExitServer = 4,      // the API failed: 5xx, rate limit after retries, unreadable answer, partial results
    ExitKeychain = 5,    // the system keychain could not be used
    ExitTimedOut = 6,    // watch --until-settled: --timeout came first
    ExitLocalFile = 7,   // done on sent.dm, but the local history could not be written (kept nowhere else)
    ExitCancelled = 130,
};

// What every command shares: the parsed options, the client, and how results and errors are printed.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(const QCommandLineParser &parser, QStringList arguments, QObject *parent = nullptr);

    const QStringList &arguments() const { return m_arguments; }
    QString argument(int index) const { return m_arguments.value(index); }
    bool json() const { return m_json; }
    bool quiet() const { return m_quiet; }
    bool sandboxFlag() const { return m_sandbox; }
    QString webhookUrl() const { return m_webhook; }
    QString profileOption() const { return m_profile; }
    QString timeoutOption() const { return m_timeout; }
    QString intervalOption() const { return m_interval; }
    bool untilSettled() const { return m_untilSettled; }
    bool verifyFlag() const { return m_verify; }
    QString diffOption() const { return m_diff; }
    QString formatOption() const { return m_format; }
    QString outOption() const { return m_out; }
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    bool newFlag() const { return m_new; }
    QString profilesOption() const { return m_profilesFile; }
    QString mappingOption() const { return m_mappingFile; }
    bool dryRun() const { return m_dryRun; }
    bool strict() const { return m_strict; }
    // The bulk jobs' journal (opened on first use; the session's too).
    JobJournal *jobs();

    // What a command does with its session.
    enum class Use {
        Requests, // a few requests of its own
        Load,     // the whole organization, as whole records
        Watch,    // the whole organization, then what is in flight followed by the status poller
    };
    // Runs `run` with the session of --connection NAME, else of SENT_DM_API_KEY (with --base-url / SENT_BASE_URL),
    // else of the current saved connection, once its key is known — the same session the window runs, without a
    // window: every change made through it is recorded in the local history. When there is none, or its key cannot
    // be read, or (Load, Watch) the organization cannot be loaded, it prints why and exits instead.
    void withSession(Use use, std::function<void(OrganizationSession *session)> run);
    void withClient(std::function<void(SentClient *client)> run);
    // Sends a change through the change journal (see ChangeJournal): `send` gets the options to send it with — the
    // key of the same change made earlier, --idempotency-key, or a new one (--new) — once it is written down. Its
    // outcome is settled by fail() and finish(); one that may have been made says so, with its key.
    void sendChange(SentClient *client, const QString &target, const QJsonObject &body,
                    std::function<void(const CallOptions &options)> send);
    OrganizationSession *session() const { return m_session; }
    SentClient *client() const;
    QString baseUrlOption() const { return m_baseUrlOption; }
    QString connectionOption() const { return m_connection; }

    // Whose local history a command reads and adds to: the saved connection's id, or for SENT_DM_API_KEY the
    // address it talks to ("key:HOST:PORT"; never the key). Empty when there is none (it has then said why).
    QString historyScope();
    HistoryLog *history(); // opened on first use; every change the client makes is recorded there

    ConnectionStore &connections() { return m_connections; }
    CredentialStore &credentials() { return m_credentials; }
    ConnectionService &connectionService() { return *m_connectionService; }

    void print(const QString &text); // stdout, for people: control characters made visible
    // stdout: indented for a terminal or with --pretty, compact for a pipe or a file.
    void printJson(const QJsonValue &value);
    bool indentJson() const { return m_indentJson; }
    void note(const QString &text); // stderr, unless --quiet
    void progress(const QString &what, int done, int total);
    void printStats();

    // Ends the command: prints the error (stderr, and stdout as JSON with --json) and exits with its code.
    void fail(const ApiError &error);
    void usageError(const QString &message);
    void keychainError(const CredentialStore::Outcome &outcome);
    void finish(int code = ExitOk);

    static int exitCodeFor(const ApiError &error);
    static QJsonObject errorJson(const ApiError &error);
    QString describe(const ApiError &error) const;

    // A campaign object from FILE: the API's `campaign` object, or an envelope {"campaign": …}. On failure it has
    // said why and ended the command.
    std::optional<QJsonObject> readCampaignObject(const QString &path);
    // Any JSON object from FILE; `what` says what it should hold, for the error.
    std::optional<QJsonObject> readObjectFile(const QString &path, const QString &what);
    std::optional<Campaign> readCampaignFile(const QString &path);

private:
    void finishHistory(int code);
    void open(const Connection &connection, const QByteArray &key, Use use,
              std::function<void(OrganizationSession *)> run);

    QStringList m_arguments;
    QString m_baseUrlOption;
    QString m_connection;
    bool m_json = false;
    bool m_indentJson = false;
    bool m_quiet = false;
    bool m_sandbox = false;
    bool m_progressIsTty = false;
    int m_lastProgressPercent = -1;
    QString m_webhook;
    QString m_profile;
    QString m_timeout;
    QString m_interval;
    bool m_untilSettled = false;
    bool m_verify = false;
    QString m_diff;
    QString m_format;
    QString m_out;
    QByteArray m_idempotencyKey;
    HistoryLog *m_history = nullptr;
    HistorySealKeeper *m_historySeal = nullptr;
    OrganizationSession *m_session = nullptr;
    ConnectionStore m_connections;
    CredentialStore m_credentials;
    ConnectionService *m_connectionService = nullptr;
    bool m_finished = false;
    bool m_new = false;
    ChangeJournal *m_journal = nullptr;
    JobJournal *m_jobs = nullptr;
    QString m_profilesFile;
    QString m_mappingFile;
    bool m_dryRun = false;
    bool m_strict = false;
    QByteArray m_changeKey; // the change under way, until it is settled
};

} // namespace cd::cli
