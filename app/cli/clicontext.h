#pragma once

#include "api/apierror.h"
#include "api/sentclient.h"

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace cd::cli {

// Exit codes (documented in --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitRefused = 1,     // the API refused the request (validation, not found, conflict, business rule)
    ExitUsage = 2,       // bad command line, unreadable or invalid file, no API key
    ExitUnreachable = 3, // could not connect or authenticate: network, TLS, timeout, key refused
    ExitServer = 4,      // the API failed: 5xx, rate limit after retries, unreadable answer, partial results
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
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    // Builds the client from --base-url / SENT_BASE_URL and SENT_DM_API_KEY; prints the reason and returns null
    // when it cannot.
    SentClient *client();

    void print(const QString &text);        // stdout
    void printJson(const QJsonValue &value); // stdout, indented
    void note(const QString &text);          // stderr, unless --quiet
    void progress(const QString &what, int done, int total);
    void printStats();

    // Ends the command: prints the error (stderr, and stdout as JSON with --json) and exits with its code.
    void fail(const ApiError &error);
    void usageError(const QString &message);
    void finish(int code = ExitOk);

    static int exitCodeFor(const ApiError &error);
    static QJsonObject errorJson(const ApiError &error);
    QString describe(const ApiError &error) const;

    // A campaign object from FILE: the API's `campaign` object, or an envelope {"campaign": …}.
    std::optional<Campaign> readCampaignFile(const QString &path);

private:
    QStringList m_arguments;
    QString m_baseUrl;
    bool m_json = false;
    bool m_quiet = false;
    bool m_sandbox = false;
    bool m_progressIsTty = false;
    int m_lastProgressPercent = -1;
    QString m_webhook;
    QByteArray m_idempotencyKey;
    SentClient *m_client = nullptr;
    bool m_finished = false;
};

} // namespace cd::cli
