#include "clicontext.h"
#include "clitext.h"

#include "api/accessmanager.h"
#include "services/historyrecorder.h"

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
{
    m_baseUrlOption = parser.value(QStringLiteral("base-url"));
    m_connection = parser.value(QStringLiteral("connection"));
    m_progressIsTty = CD_ISATTY(CD_FILENO(stderr)) != 0;
    m_connectionService = new ConnectionService(m_connections, m_credentials, this);
}

SentClient *CliContext::makeClient(const ClientConfig &config, const QString &historyScope)
{
    if (const QString problem = AccessManager::urlProblem(config.baseUrl); !problem.isEmpty()) {
        usageError(problem);
        return nullptr;
    }
    m_client = new SentClient(config, this);
    new HistoryRecorder(m_client, history(), historyScope, this);
    return m_client;
}

HistoryLog *CliContext::history()
{
    if (!m_history)
        m_history = new HistoryLog(HistoryLog::defaultPath(), this);
    return m_history;
}

namespace {

QString keyScope(const QUrl &base)
{
    return QStringLiteral("key:%1:%2").arg(base.host()).arg(base.port(base.scheme() == QLatin1String("http") ? 80 : 443));
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
        usageError(Text::tr("There is no connection named “%1”. See: compliance-desk-cli connections list").arg(m_connection));
        return {};
    }
    if (!qgetenv("SENT_DM_API_KEY").trimmed().isEmpty())
        return keyScope(envBaseUrl(m_baseUrlOption));
    if (const std::optional<Connection> connection = m_connections.current())
        return connection->id;
    usageError(Text::tr("No connection: name one with --connection, or set SENT_DM_API_KEY (and SENT_BASE_URL)."));
    return {};
}

void CliContext::withClient(std::function<void(SentClient *client)> run)
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
    } else {
        const QByteArray key = qgetenv("SENT_DM_API_KEY").trimmed();
        if (!key.isEmpty()) {
            ClientConfig config;
            config.baseUrl = envBaseUrl(m_baseUrlOption);
            config.apiKey = key;
            if (SentClient *client = makeClient(config, keyScope(config.baseUrl)))
                run(client);
            return;
        }
        connection = m_connections.current();
        if (!connection)
            return usageError(Text::tr("No API key. Set SENT_DM_API_KEY to the organization's API key (the sent.dm "
                                       "dashboard, Settings → API Keys), or save one with: compliance-desk-cli "
                                       "connections add NAME"));
        if (!m_baseUrlOption.isEmpty())
            return usageError(Text::tr("--base-url needs SENT_DM_API_KEY; the saved connection “%1” has its own "
                                       "address.").arg(connection->name));
    }
    m_connectionService->readKey(*connection, this, [this, connection = *connection, run](const CredentialStore::Outcome &key) {
        if (!key.ok())
            return keychainError(key);
        if (SentClient *client = makeClient(ConnectionService::clientConfig(connection, key.secret), connection.id))
            run(client);
    });
}

void CliContext::print(const QString &text)
{
    write(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CliContext::note(const QString &text)
{
    if (!m_quiet)
        write(stderr, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void CliContext::progress(const QString &what, int done, int total)
{
    if (m_quiet || total <= 0)
        return;
    if (m_progressIsTty) {
        write(stderr, QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total) + (done >= total ? QStringLiteral("\n") : QString()));
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
    if (!m_client)
        return;
    const SentClient::Stats stats = m_client->stats();
    note(Text::tr("%1 requests, %2 retried, %3 rate-limited (429) answers.")
             .arg(stats.requests).arg(stats.retries).arg(stats.rateLimited));
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
        text += QStringLiteral("  ") + Text::tr("Code: %1 (HTTP %2) on %3").arg(error.code.isEmpty() ? QStringLiteral("—") : error.code)
                    .arg(error.httpStatus).arg(error.operation) + QLatin1Char('\n');
    for (auto it = error.details.constBegin(); it != error.details.constEnd(); ++it)
        for (const QString &message : it.value())
            text += QStringLiteral("  %1: %2\n").arg(it.key(), message);
    if (error.attempts > 1)
        text += QStringLiteral("  ") + Text::tr("Gave up after %n attempt(s).", nullptr, error.attempts) + QLatin1Char('\n');
    return text;
}

void CliContext::fail(const ApiError &error)
{
    write(stderr, describe(error));
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("error"), errorJson(error)}});
    finish(exitCodeFor(error));
}

void CliContext::keychainError(const CredentialStore::Outcome &outcome)
{
    write(stderr, Text::tr("Error: %1").arg(outcome.message) + QLatin1Char('\n'));
    finish(ExitKeychain);
}

void CliContext::usageError(const QString &message)
{
    write(stderr, Text::tr("Error: %1").arg(message) + QLatin1Char('\n'));
    finish(ExitUsage);
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Also correct when called before the event loop runs: the exit is queued.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
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
        usageError(Text::tr("%1 is not valid JSON: %2 (at byte %3).").arg(path, parseError.errorString()).arg(parseError.offset));
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
    std::optional<QJsonObject> read = readObjectFile(path, Text::tr("the campaign as the API's “campaign” field has it."));
    if (!read)
        return std::nullopt;
    QJsonObject object = *read;
    if (object.value(QLatin1String("campaign")).isObject())
        object = object.value(QLatin1String("campaign")).toObject();

    static const QSet<QString> known = {
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("useCases"),
        QStringLiteral("volume"), QStringLiteral("messageFlow"), QStringLiteral("privacyPolicyLink"),
        QStringLiteral("termsAndConditionsLink"), QStringLiteral("optinMessage"), QStringLiteral("optoutMessage"),
        QStringLiteral("helpMessage"), QStringLiteral("optinKeywords"), QStringLiteral("optoutKeywords"),
        QStringLiteral("helpKeywords"),
    };
    QStringList ignored;
    const QStringList keys = object.keys();
    for (const QString &key : keys)
        if (!known.contains(key))
            ignored.append(key);
    if (!ignored.isEmpty())
        note(Text::tr("Note: %1 ignores fields a campaign request does not have: %2").arg(path, ignored.join(QLatin1String(", "))));
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
