#include "apijob.h"

#include "accessmanager.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimerEvent>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

namespace {

QHash<QByteArray, QByteArray> headersOf(QNetworkReply *reply)
{
    QHash<QByteArray, QByteArray> headers;
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        headers.insert(name.toLower(), value);
    return headers;
}

std::optional<qint64> retryAfterMs(const QHash<QByteArray, QByteArray> &headers)
{
    bool ok = false;
    if (const qint64 ms = headers.value("retry-after-ms").toLongLong(&ok); ok && ms >= 0)
        return ms;
    const QByteArray value = headers.value("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const qint64 seconds = value.toLongLong(&ok); ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}

// The error object of an envelope: code, message, details (field → messages).
void readEnvelopeError(const QJsonObject &envelope, ApiError &error)
{
    const QJsonObject e = envelope.value(QLatin1String("error")).toObject();
    error.code = e.value(QLatin1String("code")).toString();
    error.message = e.value(QLatin1String("message")).toString();
    const QJsonObject details = e.value(QLatin1String("details")).toObject();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        QStringList messages;
        if (it->isArray()) {
            const QJsonArray array = it->toArray();
            for (const QJsonValue &m : array)
                messages.append(m.toString());
        } else if (it->isString()) {
            messages.append(it->toString());
        }
        error.details.insert(it.key(), messages);
    }
    const QString metaId =
        envelope.value(QLatin1String("meta")).toObject().value(QLatin1String("request_id")).toString();
    if (!metaId.isEmpty())
        error.requestId = metaId;
}

} // namespace

ApiJob::ApiJob(AccessManager *manager, RateBudget *budget, const QUrl &baseUrl, const RetryPolicy &policy,
               ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_budget(budget)
    , m_baseUrl(baseUrl)
    , m_policy(policy)
    , m_request(std::move(request))
    , m_clientRequestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    if (m_request.isMutation() && m_request.idempotencyKey.isEmpty())
        m_request.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (m_request.body)
        m_payload = QJsonDocument(*m_request.body).toJson(QJsonDocument::Compact);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_ticket && m_budget)
        m_budget->withdraw(m_ticket);
}

ApiError ApiJob::baseError() const
{
    ApiError error;
    error.operation = m_request.operation();
    error.host = m_baseUrl.host();
    error.clientRequestId = QString::fromLatin1(m_clientRequestId);
    error.attempts = m_attempts;
    return error;
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    if (const QString problem = AccessManager::urlProblem(m_baseUrl); !problem.isEmpty()) {
        ApiError error = baseError();
        error.kind = ApiError::Kind::InvalidRequest;
        error.message = problem;
        // Finish from the event loop, so that a caller connecting after start() still hears it.
        QMetaObject::invokeMethod(
            this, [this, error] { complete({}, error); }, Qt::QueuedConnection);
        return;
    }
    m_deadlineTimer.start(m_policy.deadlineMs, Qt::CoarseTimer, this);
    waitForSlot();
}

// Two timers a job, and thousands of jobs in a large load: basic timers, with no objects and connections of
// their own.
void ApiJob::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_retryTimer.timerId()) {
        m_retryTimer.stop();
        waitForSlot();
    } else if (event->timerId() == m_deadlineTimer.timerId()) {
        m_deadlineTimer.stop();
        onDeadline();
    } else {
        QObject::timerEvent(event);
    }
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    ApiError error = baseError();
    error.kind = ApiError::Kind::Cancelled;
    error.requestId = m_lastError.requestId;
    complete({}, error);
}

void ApiJob::waitForSlot()
{
    if (!m_budget) {
        send();
        return;
    }
    m_ticket = m_budget->acquireNow(m_request.priority);
    if (m_ticket) {
        send();
        return;
    }
    m_ticket = m_budget->enqueue(m_request.priority, [this] { send(); });
}

void ApiJob::send()
{
    if (m_finished)
        return;
    if (!m_following) {
        ++m_attempts;
        m_redirects = 0;
        m_redirectTarget.clear();
    }
    m_following = false;
    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + m_request.path);
    if (!m_request.query.isEmpty())
        url.setQuery(m_request.query);
    if (!m_redirectTarget.isEmpty())
        url = m_redirectTarget;

    QNetworkRequest request(url);
    request.setRawHeader("X-Client-Request-Id", m_clientRequestId);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!m_request.profileScope.isEmpty())
        request.setRawHeader("x-profile-id", m_request.profileScope.toLatin1());
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);
    if (m_request.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    qCDebug(lcApi).noquote() << m_request.operation() << "attempt" << m_attempts << "client id" << m_clientRequestId;
    // A read has no body, so no device at all: an empty one would still be set up as an upload, with signals of
    // its own between this thread and the network's, on every request. (Changes keep theirs, for the
    // Content-Length: 0 some servers require of a bodiless POST.)
    m_reply = m_request.isMutation() ? m_manager->sendCustomRequest(request, m_request.method, m_payload)
                                     : m_manager->sendCustomRequest(request, m_request.method);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // Told before the body (Content-Length) or found while it arrives: past the limit, the transfer stops and
    // what came is let go.
    m_answerTooLarge = false;
    const qint64 limit = answerLimit();
    QNetworkReply *reply = m_reply;
    const auto check = [this, reply, limit](qint64 received) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (received > limit || (length.isValid() && length.toLongLong() > limit)) {
            m_answerTooLarge = true;
            reply->abort();
        }
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [check] { check(0); });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [check](qint64 received, qint64) { check(received); });
}

qint64 ApiJob::answerLimit() const
{
    // GET /v3/me lists the organization's profiles too: a list's size (10,000 profiles: about 5 MB).
    const bool list = m_request.method == "GET"
        && (m_request.path.endsWith(QLatin1String("/profiles")) || m_request.path.endsWith(QLatin1String("/campaigns"))
            || m_request.path.endsWith(QLatin1String("/me")));
    return list ? m_policy.maxListAnswerBytes : m_policy.maxRecordAnswerBytes;
}

void ApiJob::followRedirect(const QUrl &target, int status, const QString &requestId)
{
    // Same origin only: the API key must never follow a redirect elsewhere, nor from HTTPS to HTTP. A change is
    // followed only where its method and body go along (307, 308).
    const bool sameOrigin = AccessManager::isSameOrigin(target, m_baseUrl);
    const bool keepsMethod = status == 307 || status == 308 || !m_request.isMutation();
    if (sameOrigin && keepsMethod && ++m_redirects <= m_policy.maxRedirects) {
        m_redirectTarget = target;
        m_following = true;
        waitForSlot();
        return;
    }
    qCWarning(lcApi).noquote() << m_request.operation() << "redirect refused to"
                               << target.toDisplayString(QUrl::RemoveUserInfo);
    m_lastError = baseError();
    m_lastError.kind = ApiError::Kind::InvalidRequest;
    m_lastError.attempts = m_attempts;
    m_lastError.httpStatus = status;
    m_lastError.requestId = requestId;
    const QString where = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!sameOrigin)
        m_lastError.message = QCoreApplication::translate("cd::ApiJob",
                                                          "%1 redirected the request to %2, which is not "
                                                          "followed (the API key stays with %1).")
                                  .arg(m_baseUrl.host(), where);
    else if (!keepsMethod)
        m_lastError.message = QCoreApplication::translate("cd::ApiJob",
                                                          "%1 redirected the change to %2 in a way that would drop "
                                                          "what it sends (HTTP %3); it was not followed.")
                                  .arg(m_baseUrl.host(), where)
                                  .arg(status);
    else
        m_lastError.message = QCoreApplication::translate("cd::ApiJob",
                                                          "%1 redirected the request more than %2 times (last to "
                                                          "%3); it was not followed further.")
                                  .arg(m_baseUrl.host())
                                  .arg(m_policy.maxRedirects)
                                  .arg(where);
    complete({}, m_lastError);
}

void ApiJob::onDeadline()
{
    if (m_finished)
        return;
    ApiError error = m_lastError.isError() ? m_lastError : baseError();
    error.kind = ApiError::Kind::Timeout;
    error.attempts = m_attempts;
    complete({}, error);
}

void ApiJob::abortReply()
{
    m_retryTimer.stop();
    if (m_ticket && m_budget) {
        m_budget->withdraw(m_ticket);
        m_ticket = 0;
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

ApiError ApiJob::errorForTransport(QNetworkReply *reply) const
{
    ApiError error = baseError();
    error.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
        error.kind = ApiError::Kind::InvalidRequest;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

struct ApiJob::ParsedBody
{
    qsizetype size = 0;
    bool empty = true;
    QJsonDocument document;
    QJsonParseError error{};

    static ParsedBody parse(const QByteArray &body)
    {
        ParsedBody parsed;
        parsed.size = body.size();
        parsed.empty = body.trimmed().isEmpty();
        if (!parsed.empty)
            parsed.document = QJsonDocument::fromJson(body, &parsed.error);
        return parsed;
    }
    bool isObject() const { return !empty && error.error == QJsonParseError::NoError && document.isObject(); }
};

namespace {
// Bodies this large are parsed on a worker thread: a page of 100 profiles (about 45 KB) costs the window a few
// milliseconds to parse, and several answered at once would add up to a stall; a campaign list is a few KB.
constexpr qsizetype kParseOffThreadBytes = 32 * 1024;
} // namespace

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const QHash<QByteArray, QByteArray> headers = headersOf(reply);
    if (!headers.isEmpty())
        m_answerHeaders = headers;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (m_ticket && m_budget)
        m_budget->finish(m_ticket, status, headers);
    m_ticket = 0;
    Q_EMIT answerArrived();
    qCDebug(lcApi).noquote() << m_request.operation() << "answered" << status << reply->error()
                             << headers.value("x-request-id") << m_elapsed.elapsed() << "ms";

    if (m_answerTooLarge) {
        // Not a fault that waiting heals: the same request would bring the same answer.
        ApiError error = baseError();
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(headers.value("x-request-id"));
        error.message =
            QCoreApplication::translate("cd::ApiJob",
                                        "the answer was larger than %1 MB, more than any organization needs; it was "
                                        "not read")
                .arg(answerLimit() / (1024 * 1024));
        error.permanent = true;
        failOrRetry(error, status);
        return;
    }
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid() && !location.isEmpty())
            return followRedirect(reply->url().resolved(location), status,
                                  QString::fromLatin1(headers.value("x-request-id")));
    }
    if (status == 0) {
        ApiError error = errorForTransport(reply);
        if (reply->error() == QNetworkReply::HostNotFoundError)
            error.permanent = true; // a mistyped address does not heal by waiting
        // The request may have been carried out before the connection broke.
        if (reply->error() == QNetworkReply::RemoteHostClosedError || error.kind == ApiError::Kind::Timeout)
            m_outcomeUnknown = true;
        failOrRetry(error, 0);
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (body.size() < kParseOffThreadBytes) {
        handleAnswer(status, headers, reason, ParsedBody::parse(body));
        return;
    }
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcher<ParsedBody>::finished, this, [this, watcher, status, headers, reason] {
        watcher->deleteLater();
        if (!m_finished) // cancelled or past its deadline meanwhile
            handleAnswer(status, headers, reason, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ParsedBody::parse, body));
}

void ApiJob::handleAnswer(int status, const QHash<QByteArray, QByteArray> &headers, const QString &reasonPhrase,
                          const ParsedBody &body)
{
    const QString headerRequestId = QString::fromLatin1(headers.value("x-request-id"));
    const QJsonObject envelope = body.document.object();
    const QString metaRequestId =
        envelope.value(QLatin1String("meta")).toObject().value(QLatin1String("request_id")).toString();
    ApiError error;
    ApiResponse response;
    if (status < 200) {
        // A 1xx as the final answer is a broken exchange (seen when a kept-alive connection closes under
        // the request): nothing was read, so it is retried like a garbled answer.
        error = baseError();
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message =
            QCoreApplication::translate("cd::ApiJob", "an interim HTTP %1 instead of an answer").arg(status);
    } else if (status < 300) {
        if (status != 204 && !body.isObject()) {
            error = baseError();
            error.kind = ApiError::Kind::Malformed;
            error.httpStatus = status;
            if (body.empty)
                error.message = QCoreApplication::translate("cd::ApiJob", "the answer was empty");
            else if (body.error.error == QJsonParseError::NoError) // JSON, but not the object every answer is
                error.message = QCoreApplication::translate("cd::ApiJob",
                                                            "the answer was JSON, but not the object sent.dm answers "
                                                            "with (it was a list or a single value)");
            else
                error.message =
                    QCoreApplication::translate("cd::ApiJob", "not valid JSON: %1").arg(body.error.errorString());
            error.requestId = headerRequestId;
        } else {
            response.httpStatus = status;
            response.data = envelope.value(QLatin1String("data"));
            response.requestId = metaRequestId.isEmpty() ? headerRequestId : metaRequestId;
            response.replayed = headers.value("idempotent-replayed").compare("true", Qt::CaseInsensitive) == 0;
            response.originalRequestId = QString::fromLatin1(headers.value("x-original-request-id"));
            response.sandbox = headers.value("x-sandbox").compare("true", Qt::CaseInsensitive) == 0;
            response.headers = headers;
            response.bodySize = body.size;
        }
    } else {
        error = baseError();
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        error.requestId = headerRequestId;
        if (body.isObject())
            readEnvelopeError(envelope, error);
        if (error.message.isEmpty())
            error.message = reasonPhrase;
        error.retryAfterMs = retryAfterMs(headers);
        // A DELETE whose earlier attempt may have gone through: "not found" now means it is gone.
        if (error.isNotFound() && m_request.method == "DELETE" && m_outcomeUnknown) {
            error = ApiError();
            response.httpStatus = 204;
            response.requestId = headerRequestId;
            response.headers = headers;
        }
    }
    if (!error.isError()) {
        noteAttempt(status, false);
        complete(response, ApiError());
        return;
    }
    failOrRetry(error, status);
}

void ApiJob::failOrRetry(const ApiError &error, int status)
{
    m_lastError = error;
    const int retry = m_attempts - 1;
    const qint64 delay = m_policy.delayMs(retry, error, QRandomGenerator::global()->generateDouble());
    const bool budgetLeft = m_elapsed.elapsed() + delay < m_policy.deadlineMs;
    const bool willRetry = error.isTransient() && retry < m_policy.maxRetries && budgetLeft;
    noteAttempt(status, willRetry);
    if (!willRetry) {
        complete({}, error);
        return;
    }
    qCDebug(lcApi).noquote() << m_request.operation() << "retry in" << delay << "ms after" << error.kindName()
                             << error.httpStatus << error.code;
    m_retryTimer.start(int(delay), this);
}

void ApiJob::noteAttempt(int status, bool willRetry)
{
    ++m_tally.ended;
    m_tally.rateLimited += status == 429 ? 1 : 0;
    m_tally.retries += willRetry ? 1 : 0;
    Q_EMIT attemptFinished(status, willRetry);
}

void ApiJob::complete(const ApiResponse &response, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Nothing of this request may outlive its completion: no reply, no queued slot, no timer.
    abortReply();
    m_deadlineTimer.stop();
    ApiError finalError = error;
    if (finalError.isError())
        finalError.attempts = m_attempts;
    Q_EMIT finished(response, finalError);
    deleteLater();
}

} // namespace cd
