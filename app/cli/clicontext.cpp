#include "clicontext.h"

#include "core/datetext.h"
#include "core/jsonstream.h"

#include "clitext.h"

#include "api/accessmanager.h"
#include "core/visibletext.h"
#include "services/historyseal.h"
#include "services/localfiles.h"
#include "store/changejournal.h"
#include "store/jobjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CD_ISATTY _isatty
#define CD_FILENO _fileno
#else
#include <unistd.h>
#define CD_ISATTY isatty
#define CD_FILENO fileno
#endif

namespace cd::cli {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CliContext::CliContext(const QCommandLineParser &parser, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_json(parser.isSet(QStringLiteral("json")))
    , m_quiet(parser.isSet(QStringLiteral("quiet")))
    , m_sandbox(parser.isSet(QStringLiteral("sandbox")))
    , m_webhook(parser.value(QStringLiteral("webhook")))
    , m_profile(parser.value(QStringLiteral("profile")))
    , m_timeout(parser.value(QStringLiteral("timeout")))
    , m_interval(parser.value(QStringLiteral("interval")))
    , m_untilSettled(parser.isSet(QStringLiteral("until-settled")))
    , m_verify(parser.isSet(QStringLiteral("verify")))
    , m_diff(parser.value(QStringLiteral("diff")))
    , m_format(parser.value(QStringLiteral("format")))
    , m_out(parser.value(QStringLiteral("out")))
    , m_idempotencyKey(parser.value(QStringLiteral("idempotency-key")).toLatin1())
    , m_new(parser.isSet(QStringLiteral("new")))
{
    m_baseUrlOption = parser.value(QStringLiteral("base-url"));
    m_profilesFile = parser.value(QStringLiteral("profiles"));
    m_mappingFile = parser.value(QStringLiteral("mapping"));
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_strict = parser.isSet(QStringLiteral("strict"));
    m_connection = parser.value(QStringLiteral("connection"));
    m_progressIsTty = CD_ISATTY(CD_FILENO(stderr)) != 0;
    m_indentJson = parser.isSet(QStringLiteral("pretty")) || CD_ISATTY(CD_FILENO(stdout)) != 0;
    m_connectionService = new ConnectionService(m_connections, m_credentials, this);
    // A damaged settings file is said even with -q: saved connections may be missing because of it.
    if (const QString said = LocalFiles::describeSettings(m_connections.fileCheck()); !said.isEmpty())
        write(stderr, VisibleText::of(said, VisibleText::LineBreaks::Keep) + QLatin1Char('\n'));
}

JobJournal *CliContext::jobs()
{
    if (!m_jobs)
        m_jobs = new JobJournal(JobJournal::defaultPath(), this);
    return m_jobs;
}

HistoryLog *CliContext::history()
{
    if (!m_history) {
        m_history = new HistoryLog(HistoryLog::defaultPath(), this);
        m_historySeal = new HistorySealKeeper(m_history, m_credentials, this);
    }
    return m_history;
}

namespace {

QString keyScope(const QUrl &base)
{
    return QStringLiteral("key:%1:%2")
        .arg(base.host())
        .arg(base.port(base.scheme() == QLatin1String("http") ? 80 : 443));
}

QUrl envBaseUrl(const QString &option)
{
    QString base = option;
    if (base.isEmpty())
        base = qEnvironmentVariable("SENT_BASE_URL");
    if (base.isEmpty())
        base = QStringLiteral("https://api.sent.dm");
    return QUrl::fromUserInput(base);
}

} // namespace

QString CliContext::historyScope()
{
    if (!m_connection.isEmpty()) {
        if (const std::optional<Connection> connection = m_connections.find(m_connection))
            return connection->id;
        usageError(
            Text::tr("There is no connection named “%1”. See: compliance-desk-cli connections list").arg(m_connection));
        return {};
    }
    if (!qgetenv("SENT_DM_API_KEY").trimmed().isEmpty())
        return keyScope(envBaseUrl(m_baseUrlOption));
    if (const std::optional<Connection> connection = m_connections.current())
        return connection->id;
    usageError(Text::tr("No connection: name one with --connection, or set SENT_DM_API_KEY (and SENT_BASE_URL)."));
    return {};
}

SentClient *CliContext::client() const
{
    return m_session ? m_session->client() : nullptr;
}

void CliContext::withClient(std::function<void(SentClient *client)> run)
{
    withSession(Use::Requests, [run = std::move(run)](OrganizationSession *session) { run(session->client()); });
}

void CliContext::withSession(Use use, std::function<void(OrganizationSession *session)> run)
{
    std::optional<Connection> connection;
    if (!m_connection.isEmpty()) {
        if (!m_baseUrlOption.isEmpty())
            return usageError(Text::tr("--connection and --base-url cannot be used together: the connection has its "
                                       "address."));
        connection = m_connections.find(m_connection);
        if (!connection)
            return usageError(Text::tr("There is no connection named “%1”. See: compliance-desk-cli connections list")
                                  .arg(m_connection));
        return open(*connection, {}, use, std::move(run));
    }
    const QByteArray key = qgetenv("SENT_DM_API_KEY").trimmed();
    if (!key.isEmpty()) {
        // A connection of this run: its history is kept under the address it talks to (never the key).
        Connection given;
        given.baseUrl = envBaseUrl(m_baseUrlOption);
        given.id = keyScope(given.baseUrl);
        given.name = given.baseUrl.host();
        if (const QString problem = AccessManager::urlProblem(given.baseUrl); !problem.isEmpty())
            return usageError(problem);
        return open(given, key, use, std::move(run));
    }
    connection = m_connections.current();
    if (!connection)
        return usageError(Text::tr("No API key. Set SENT_DM_API_KEY to the organization's API key (the sent.dm "
                                   "dashboard, Settings → API Keys), or save one with: compliance-desk-cli "
                                   "connections add NAME"));
    if (!m_baseUrlOption.isEmpty())
        return usageError(Text::tr("--base-url needs SENT_DM_API_KEY; the saved connection “%1” has its own "
                                   "address.")
                              .arg(connection->name));
    open(*connection, {}, use, std::move(run));
}

void CliContext::open(const Connection &connection, const QByteArray &key, Use use,
                      std::function<void(OrganizationSession *)> run)
{
    if (const QString problem = AccessManager::urlProblem(connection.baseUrl); !problem.isEmpty())
        return usageError(problem);
    OrganizationSession::Options options;
    options.cache = OrganizationSession::CacheMode::None; // a command reads what sent.dm has now
    options.interactive = false;                          // nobody clicks: the whole rate bucket is the command's
    options.history = history();
    options.load = use != Use::Requests;
    options.keepRecords = use == Use::Load;
    options.watchStatuses = use == Use::Watch;
    // The journal of changes, so that a change of this account whose answer was lost is settled before the command.
    if (!m_journal)
        m_journal = new ChangeJournal(ChangeJournal::defaultPath(), this);
    options.changes = m_journal;
    options.jobs = jobs();
    m_session = new OrganizationSession(connection, m_credentials, options, this);
    connect(m_session, &OrganizationSession::changesSettled, this, [this](const QList<ChangeSettlement> &settled) {
        for (const ChangeSettlement &settlement : settled)
            note(settlement.sentence());
    });
    // What sent.dm says about the future of what this command used: once an endpoint, on stderr.
    connect(m_session, &OrganizationSession::apiNotice, this,
            [this](const ApiNotice &notice) { note(Text::tr("Note: %1").arg(notice.text())); });
    auto started = std::make_shared<bool>(false);
    auto loaded = std::make_shared<bool>(false);
    connect(m_session, &OrganizationSession::loaded, this, [loaded] { *loaded = true; });
    connect(m_session, &OrganizationSession::stateChanged, this,
            [this, run, started, loaded, use](OrganizationSession::State state) {
                using State = OrganizationSession::State;
                const OrganizationSession::Problem &problem = m_session->problem();
                if (state == State::NeedsKey) {
                    if (problem.keychain != CredentialStore::Failure::None) {
                        CredentialStore::Outcome outcome;
                        outcome.failure = problem.keychain;
                        outcome.message = problem.message;
                        return keychainError(outcome);
                    }
                    if (problem.error)
                        return fail(*problem.error);
                }
                // A command that loads stops when the load cannot be done; after it, the poller waits for the network
                // itself.
                if (use != Use::Requests && !*loaded && (state == State::Offline || state == State::Failed)
                    && problem.error)
                    return fail(*problem.error);
                if (!*started && (state == State::Loading || state == State::Ready)) {
                    *started = true;
                    // Earlier changes whose answer was lost first: a rerun then knows whether its change was made.
                    m_session->settleChanges(this, [this, run] {
                        if (!m_finished) // a settling request may have ended the command (a refused key)
                            run(m_session);
                    });
                }
            });
    if (key.isEmpty())
        m_session->open();
    else
        m_session->open(key);
}

// What people read goes through VisibleText: names and messages typed by others cannot drive the terminal (clear
// it, set its title, hide or reorder what follows). Data for a pipe (CSV, JSON) keeps its exact characters.
void CliContext::print(const QString &text)
{
    const QString shown = VisibleText::of(text, VisibleText::LineBreaks::Keep);
    write(stdout, shown.endsWith(QLatin1Char('\n')) ? shown : shown + QLatin1Char('\n'));
}

void CliContext::printJson(const QJsonValue &value)
{
    JsonStream(stdout, m_indentJson).value(value); // written as bytes: no text copy of the document
}

void CliContext::note(const QString &text)
{
    if (m_quiet)
        return;
    const QString shown = VisibleText::of(text, VisibleText::LineBreaks::Keep);
    write(stderr, shown.endsWith(QLatin1Char('\n')) ? shown : shown + QLatin1Char('\n'));
}

void CliContext::progress(const QString &what, int done, int total)
{
    if (m_quiet || total <= 0)
        return;
    if (m_progressIsTty) {
        write(stderr,
              QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total)
                  + (done >= total ? QStringLiteral("\n") : QString()));
        return;
    }
    // Not a terminal (a log file, CI): a line every tenth of the way.
    const int percent = done * 100 / total;
    if (percent / 10 != m_lastProgressPercent / 10 || done == total) {
        m_lastProgressPercent = percent;
        write(stderr, QStringLiteral("%1 %2/%3\n").arg(what).arg(done).arg(total));
    }
}

void CliContext::printStats()
{
    if (!client())
        return;
    const SentClient::Stats stats = client()->stats();
    note(Text::tr("%1 requests, %2 retried, %3 rate-limited (429) answers.")
             .arg(stats.requests)
             .arg(stats.retries)
             .arg(stats.rateLimited));
}

int CliContext::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Cancelled:
        return ExitCancelled;
    case ApiError::Kind::InvalidRequest:
        return ExitUsage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return ExitUnreachable;
    case ApiError::Kind::Malformed:
        return ExitServer;
    case ApiError::Kind::Http:
        break;
    }
    if (error.isAuthFailure())
        return ExitUnreachable;
    if (error.httpStatus == 429 || error.httpStatus >= 500)
        return ExitServer;
    return ExitRefused;
}

QJsonObject CliContext::errorJson(const ApiError &error)
{
    QJsonObject details;
    for (auto it = error.details.constBegin(); it != error.details.constEnd(); ++it)
        details.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{
        {QStringLiteral("kind"), error.kindName()},
        {QStringLiteral("http_status"), error.httpStatus},
        {QStringLiteral("code"), error.code},
        {QStringLiteral("message"), error.message},
        {QStringLiteral("details"), details},
        {QStringLiteral("request_id"), error.requestId},
        {QStringLiteral("client_request_id"), error.clientRequestId},
        {QStringLiteral("operation"), error.operation},
        {QStringLiteral("attempts"), error.attempts},
        {QStringLiteral("user_message"), error.userMessage()},
    };
}

QString CliContext::describe(const ApiError &error) const
{
    QString text = Text::tr("Error: %1").arg(error.userMessage()) + QLatin1Char('\n');
    if (!error.code.isEmpty() || error.httpStatus)
        text += QStringLiteral("  ")
            + Text::tr("Code: %1 (HTTP %2) on %3")
                  .arg(error.code.isEmpty() ? QStringLiteral("—") : error.code)
                  .arg(error.httpStatus)
                  .arg(error.operation)
            + QLatin1Char('\n');
    for (auto it = error.details.constBegin(); it != error.details.constEnd(); ++it)
        for (const QString &message : it.value())
            text += QStringLiteral("  %1: %2\n").arg(it.key(), message);
    if (error.attempts > 1)
        text += QStringLiteral("  ") + Text::tr("Gave up after %n attempt(s).", nullptr, error.attempts)
            + QLatin1Char('\n');
    return text;
}

void CliContext::sendChange(SentClient *client, const QString &target, const QJsonObject &body,
                            std::function<void(const CallOptions &options)> send)
{
    if (!m_journal)
        m_journal = new ChangeJournal(ChangeJournal::defaultPath(), this);
    const JournalChange change = JournalChange::of(
        client->baseUrl().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), target, body, m_sandbox);
    auto sendWith = [this, send = std::move(send)](const ChangeJournal::Begun &begun) {
        m_changeKey = begun.key;
        if (begun.reused)
            note(Text::tr("The same change was sent at %1: it goes out again with the same idempotency key (%2), so "
                          "sent.dm carries it out at most once. To make it a second time, use --new.")
                     .arg(DateText::brief(begun.firstSent), QString::fromLatin1(begun.key)));
        CallOptions options;
        options.sandbox = m_sandbox;
        options.idempotencyKey = begun.key;
        send(options);
    };
    if (!m_idempotencyKey.isEmpty())
        m_journal->beginWithKey(change, m_idempotencyKey, this, std::move(sendWith));
    else
        m_journal->begin(change, m_new ? ChangeJournal::Reuse::Never : ChangeJournal::Reuse::Always, this,
                         std::move(sendWith));
}

void CliContext::fail(const ApiError &error)
{
    write(stderr, VisibleText::of(describe(error), VisibleText::LineBreaks::Keep));
    const bool unknown = !m_changeKey.isEmpty() && error.mayHaveBeenMade();
    if (unknown)
        write(stderr,
              VisibleText::of(Text::tr("The change may have been made: its answer did not arrive intact. Run "
                                       "the same command again to find out without making it twice (it "
                                       "reuses idempotency key %1 for 23 hours); --new makes it again.")
                                  .arg(QString::fromLatin1(m_changeKey)),
                              VisibleText::LineBreaks::Keep)
                  + QLatin1Char('\n'));
    if (m_json) {
        QJsonObject e = errorJson(error);
        if (!m_changeKey.isEmpty()) {
            e.insert(QStringLiteral("idempotency_key"), QString::fromLatin1(m_changeKey));
            e.insert(QStringLiteral("outcome"),
                     unknown ? QStringLiteral("may_have_been_made") : QStringLiteral("not_made"));
        }
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    }
    if (m_journal && !m_changeKey.isEmpty())
        m_journal->settle(std::exchange(m_changeKey, {}),
                          unknown ? ChangeJournal::Outcome::Unknown : ChangeJournal::Outcome::Refused, error.requestId);
    finish(exitCodeFor(error));
}

void CliContext::keychainError(const CredentialStore::Outcome &outcome)
{
    write(stderr,
          VisibleText::of(Text::tr("Error: %1").arg(outcome.message), VisibleText::LineBreaks::Keep)
              + QLatin1Char('\n'));
    finish(ExitKeychain);
}

void CliContext::usageError(const QString &message)
{
    write(stderr,
          VisibleText::of(Text::tr("Error: %1").arg(message), VisibleText::LineBreaks::Keep) + QLatin1Char('\n'));
    finish(ExitUsage);
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_journal)
        return finishHistory(code);
    if (!m_changeKey.isEmpty()) // answered: made (a failure settled it in fail())
        m_journal->settle(std::exchange(m_changeKey, {}),
                          code == ExitOk ? ChangeJournal::Outcome::Made : ChangeJournal::Outcome::Unknown, {});
    // What the journal knows is on disk before the command ends.
    m_journal->flush(this, [this, code] { finishHistory(code); });
}

void CliContext::finishHistory(int code)
{
    const auto exitWith = [](int exitCode) {
        // Also correct when called before the event loop runs: the exit is queued.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    };
    if (!m_history) {
        exitWith(code);
        return;
    }
    // What was recorded is on disk (or known not to be) before the command says it is done.
    m_historySeal->settle(this, [this, code, exitWith] {
        const StoreFileState state = m_history->fileState();
        const QString said = LocalFiles::historyAtExit(state);
        if (!said.isEmpty())
            note(said);
        if (!m_historySeal->problem().isEmpty())
            note(Text::tr("The history's seal could not be kept in the system keychain (%1): what was recorded is "
                          "in the history, but its check cannot vouch for it against a rewrite.")
                     .arg(m_historySeal->problem()));
        exitWith(code == ExitOk && state.kind == StoreFileState::Kind::Unavailable ? int(ExitLocalFile) : code);
    });
}

std::optional<QJsonObject> CliContext::readObjectFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        usageError(Text::tr("%1 is not valid JSON: %2 (at byte %3).")
                       .arg(path, parseError.errorString())
                       .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        usageError(Text::tr("%1 must hold a JSON object: %2").arg(path, what));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> CliContext::readCampaignObject(const QString &path)
{
    std::optional<QJsonObject> read =
        readObjectFile(path, Text::tr("the campaign as the API's “campaign” field has it."));
    if (!read)
        return std::nullopt;
    QJsonObject object = *read;
    if (object.value(QLatin1String("campaign")).isObject())
        object = object.value(QLatin1String("campaign")).toObject();

    static const QSet<QString> known = {
        QStringLiteral("name"),
        QStringLiteral("description"),
        QStringLiteral("type"),
        QStringLiteral("useCases"),
        QStringLiteral("volume"),
        QStringLiteral("messageFlow"),
        QStringLiteral("privacyPolicyLink"),
        QStringLiteral("termsAndConditionsLink"),
        QStringLiteral("optinMessage"),
        QStringLiteral("optoutMessage"),
        QStringLiteral("helpMessage"),
        QStringLiteral("optinKeywords"),
        QStringLiteral("optoutKeywords"),
        QStringLiteral("helpKeywords"),
    };
    QStringList ignored;
    const QStringList keys = object.keys();
    for (const QString &key : keys)
        if (!known.contains(key))
            ignored.append(key);
    if (!ignored.isEmpty())
        note(Text::tr("Note: %1 ignores fields a campaign request does not have: %2")
                 .arg(path, ignored.join(QLatin1String(", "))));
    return object;
}

std::optional<Campaign> CliContext::readCampaignFile(const QString &path)
{
    const std::optional<QJsonObject> object = readCampaignObject(path);
    if (!object)
        return std::nullopt;
    return Campaign::fromJson(*object);
}

} // namespace cd::cli
