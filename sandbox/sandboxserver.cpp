#include "sandboxserver.h"
#include <QLocale>
#include <QTimeZone>

#include "httpadapter.h"
#include "idempotencycache.h"
#include "ratelimiter.h"
#include "registrysimulator.h"
#include "requestvalidation.h"
#include "sandboxapi.h"
#include "sandboxclock.h"
#include "sandboxjson.h"
#include "sandboxlogging.h"
#include "sandboxseed.h"
#include "sandboxstate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace cd::sandbox {

namespace {
constexpr int kMaxBodyBytes = 1024 * 1024;

bool isMutation(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SandboxClock>(options.timeScale))
    , m_state(std::make_unique<SandboxState>())
    , m_standardLimiter(
          std::make_unique<RateLimiter>(options.rateLimitPerMinute, std::max(1, options.rateLimitPerMinute / 4)))
    , m_sensitiveLimiter(std::make_unique<RateLimiter>(options.sensitiveRateLimitPerMinute,
                                                       std::max(1, options.sensitiveRateLimitPerMinute / 2)))
    , m_idempotency(std::make_unique<IdempotencyCache>())
    , m_random(options.randomSeed ? options.randomSeed : QRandomGenerator::system()->generate())
{
    m_registry = new RegistrySimulator(*m_state, *m_clock, this);
    m_api = std::make_unique<SandboxApi>(*m_state, *m_clock, *m_registry, m_options);
}

SandboxServer::~SandboxServer() = default;

SandboxState &SandboxServer::state()
{
    return *m_state;
}

RegistrySimulator &SandboxServer::registry()
{
    return *m_registry;
}

bool SandboxServer::start(QString *error)
{
    if (!m_options.databasePath.isEmpty() && !m_state->attachDatabase(m_options.databasePath, error))
        return false;
    if (!m_state->loadedFromFile()) {
        seed::apply(*m_state, m_options.seed, m_clock->now());
        const QString orgKey =
            m_options.organizationKey.isEmpty() ? newKey(QStringLiteral("sk_test_org_")) : m_options.organizationKey;
        m_state->addApiKey(ApiKey{orgKey, m_state->organization().id, true, QStringLiteral("admin")});
        for (const auto &p : m_state->profiles())
            m_state->addApiKey(ApiKey{newKey(QStringLiteral("sk_test_")), p.id, false, QStringLiteral("admin")});
        m_state->saveAll();
    }
    m_registry->resume();

    m_http =
        new HttpAdapter([this](const HttpRequest &request, HttpReplyHandle reply) { onRequest(request, reply); }, this);
    m_port = m_http->listenOn(m_options.address, m_options.port);
    if (m_port == 0) {
        if (error)
            *error = tr("Could not listen on %1:%2.").arg(m_options.address.toString()).arg(m_options.port);
        return false;
    }
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

SandboxServer::Counters SandboxServer::counters() const
{
    Counters counters = m_counters;
    counters.connections = m_http ? m_http->connectionsSeen() : 0;
    return counters;
}

QString SandboxServer::organizationKey() const
{
    return m_state->organizationKey();
}

QHash<QString, QString> SandboxServer::profileKeys() const
{
    const QHash<QString, QString> all = m_state->profileKeys();
    QHash<QString, QString> keys;
    keys.reserve(all.size());
    for (const auto &p : m_state->profiles()) {
        if (!p.deleted)
            keys.insert(p.id, all.value(p.id));
    }
    return keys;
}

QByteArray SandboxServer::startupLine() const
{
    QJsonObject profileKeyObject;
    const auto keys = profileKeys();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        profileKeyObject.insert(it.key(), it.value());
    const QJsonObject line{
        {QStringLiteral("base_url"), baseUrl().toString(QUrl::StripTrailingSlash)},
        {QStringLiteral("organization_key"), organizationKey()},
        {QStringLiteral("profile_keys"), profileKeyObject},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

QString SandboxServer::addApiKey(const QString &customerId, bool organizationKey, const QString &role)
{
    const QString key = newKey(organizationKey ? QStringLiteral("sk_test_org_") : QStringLiteral("sk_test_"));
    m_state->addApiKey(ApiKey{key, customerId, organizationKey, role});
    return key;
}

QString SandboxServer::newKey(const QString &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString key = prefix;
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return key;
}

QString SandboxServer::newRequestId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("req_");
    for (int i = 0; i < 12; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

void SandboxServer::setFaultRates(double faultRate, double dropAfterCommitRate, double malformedRate)
{
    m_options.faultRate = faultRate;
    m_options.dropAfterCommitRate = dropAfterCommitRate;
    m_options.malformedRate = malformedRate;
}

bool SandboxServer::chance(double probability)
{
    return probability > 0 && m_random.generateDouble() < probability;
}

HttpResponse SandboxServer::envelope(int status, const QJsonValue &data, const QJsonObject &error,
                                     const QString &requestId) const
{
    HttpResponse response;
    response.status = status;
    if (status != 204) {
        const QJsonObject body{
            {QStringLiteral("success"), error.isEmpty()},
            {QStringLiteral("data"), error.isEmpty() ? data : QJsonValue()},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("request_id"), requestId},
                         {QStringLiteral("timestamp"), json::timestamp(m_clock->now())},
                         {QStringLiteral("version"), QStringLiteral("v3")}}},
        };
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        response.setHeader("Content-Type", "application/json; charset=utf-8");
    }
    response.setHeader("X-Request-Id", requestId.toLatin1());
    response.setHeader("X-API-Version", "v3");
    return response;
}

void SandboxServer::onRequest(const HttpRequest &request, HttpReplyHandle reply)
{
    ++m_counters.requests;
    QElapsedTimer timer;
    timer.start();
    const QString requestId = newRequestId();
    auto failWith = [&](const ApiFailure &failure) {
        return envelope(failure.httpStatus, QJsonValue(), errors::errorObject(failure), requestId);
    };
    auto deliver = [this, reply, timer, method = request.method](HttpResponse response) mutable {
        response.setHeader("X-Response-Time", QByteArray::number(timer.elapsed()) + "ms");
        if (m_options.latencyMs > 0) {
            QTimer::singleShot(m_options.latencyMs, this,
                               [this, reply, response, method] { finish(reply, response, method); });
        } else {
            finish(reply, response, method);
        }
    };

    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method == "GET" && request.path == QLatin1String("/_sandbox/stats")) {
        // The sandbox's own counters, for benchmarks and tests (not part of sent.dm's API; no key needed).
        const Counters now = counters();
        QJsonObject stats{{QStringLiteral("requests"), now.requests},
                          {QStringLiteral("connections"), now.connections},
                          {QStringLiteral("rate_limited"), now.rateLimited},
                          {QStringLiteral("faults"), now.faults},
                          {QStringLiteral("drops"), now.drops},
                          {QStringLiteral("malformed"), now.malformed},
                          {QStringLiteral("replays"), now.replays}};
        // ?campaign_name=NAME: how many campaigns of that name there are, and on how many profiles more than one
        // (a bulk job run twice, or resumed, must leave one a profile).
        const QString name = request.query.queryItemValue(QStringLiteral("campaign_name"), QUrl::FullyDecoded);
        if (!name.isEmpty()) {
            int named = 0, twice = 0;
            for (const Profile &p : m_state->profiles()) {
                const auto count = std::count_if(p.campaigns.cbegin(), p.campaigns.cend(),
                                                 [&](const Campaign &c) { return c.name == name; });
                named += int(count);
                twice += count > 1 ? 1 : 0;
            }
            stats.insert(QStringLiteral("campaigns_named"), named);
            stats.insert(QStringLiteral("profiles_with_it_twice"), twice);
        }
        HttpResponse response;
        response.body = QJsonDocument(stats).toJson(QJsonDocument::Compact);
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        deliver(response);
        return;
    }
    if (segments.isEmpty() || segments.constFirst() != QLatin1String("v3")) {
        ApiFailure failure;
        failure.httpStatus = 404;
        failure.code = QStringLiteral("ROUTE_NOT_FOUND");
        failure.message = QStringLiteral("Only the v3 API is served here.");
        deliver(failWith(failure));
        return;
    }

    const bool profilesApi = segments.size() >= 2 && segments[1] == QLatin1String("profiles");
    if (profilesApi && m_options.retiredProfilesApi) {
        ApiFailure failure;
        failure.httpStatus = 404;
        failure.code = QStringLiteral("ROUTE_NOT_FOUND");
        failure.message = QStringLiteral("This route has been retired; use /v3/sender-profiles.");
        deliver(failWith(failure));
        return;
    }

    // Authentication comes first: the key picks the rate-limit pool.
    const QString key = QString::fromUtf8(request.header("x-api-key"));
    if (key.isEmpty()) {
        deliver(failWith(ApiFailure::make(QStringLiteral("AUTH_001"))));
        return;
    }
    const ApiKey *apiKey = m_state->apiKey(key);
    if (apiKey && !apiKey->organizationKey && !m_state->profile(apiKey->customerId))
        apiKey = nullptr; // the profile was deleted: its key went with it
    if (!apiKey) {
        deliver(failWith(ApiFailure::make(QStringLiteral("AUTH_002"))));
        return;
    }
    const QString pool = apiKey->customerId;
    const bool sensitive = request.method == "POST" && segments.size() == 4 && segments[3] == QLatin1String("complete");
    RateLimiter &limiter = sensitive ? *m_sensitiveLimiter : *m_standardLimiter;
    const RateLimiter::Decision decision = limiter.take(pool);
    auto withRateHeaders = [decision](HttpResponse response) {
        if (decision.enabled) {
            response.setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
            response.setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
            response.setHeader("X-RateLimit-Reset", QByteArray::number(decision.resetEpochSeconds));
        }
        return response;
    };
    if (!decision.allowed) {
        ++m_counters.rateLimited;
        HttpResponse response = withRateHeaders(failWith(ApiFailure::make(QStringLiteral("BUSINESS_002"))));
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        deliver(response);
        return;
    }

    const bool listRequest =
        request.method == "GET" && segments.size() == 4 && segments[3] == QLatin1String("campaigns");
    const bool failingOnce = listRequest && m_listFailuresLeft.value(segments[2]) > 0;
    if (failingOnce)
        --m_listFailuresLeft[segments[2]];
    const bool failingList = failingOnce || (listRequest && m_failingLists.contains(segments[2]));
    if (failingList || chance(m_options.faultRate)) {
        ++m_counters.faults;
        static const char *const codes[] = {"INTERNAL_001", "INTERNAL_005", "INTERNAL_003"};
        const QString code =
            failingList ? QStringLiteral("INTERNAL_001") : QString::fromLatin1(codes[m_random.bounded(3)]);
        // The seed's own wording for a failed campaign list.
        const bool campaignList =
            request.method == "GET" && segments.size() == 4 && segments[3] == QLatin1String("campaigns");
        const QString message = campaignList && code == QLatin1String("INTERNAL_001")
            ? QStringLiteral("Failed to retrieve campaigns. Please contact support with request ID: %1").arg(requestId)
            : QString();
        deliver(withRateHeaders(failWith(ApiFailure::make(code, message))));
        return;
    }

    Caller caller;
    caller.key = *apiKey;
    if (!apiKey->organizationKey)
        caller.profileId = apiKey->customerId;
    if (request.hasHeader("x-profile-id")) {
        const QString scoped = QString::fromUtf8(request.header("x-profile-id"));
        if (!apiKey->organizationKey) {
            deliver(withRateHeaders(failWith(
                ApiFailure::make(QStringLiteral("AUTH_004"),
                                 QStringLiteral("Only organization API keys can use the x-profile-id header.")))));
            return;
        }
        if (!validation::isGuid(scoped)) {
            deliver(withRateHeaders(failWith(ApiFailure::make(QStringLiteral("VALIDATION_003")))));
            return;
        }
        if (!m_state->profile(scoped)) {
            deliver(withRateHeaders(failWith(ApiFailure::make(
                QStringLiteral("RESOURCE_004"), QStringLiteral("The profile does not belong to this organization.")))));
            return;
        }
        caller.profileId = scoped;
        caller.scoped = true;
    }

    const QByteArray idempotencyKey = request.header("idempotency-key");
    const bool idempotent = isMutation(request.method) && request.hasHeader("idempotency-key");
    if (idempotent) {
        if (!IdempotencyCache::isValidKey(idempotencyKey)) {
            deliver(withRateHeaders(failWith(ApiFailure::make(QStringLiteral("VALIDATION_007")))));
            return;
        }
        if (auto stored = m_idempotency->find(pool, idempotencyKey, m_clock->now())) {
            ++m_counters.replays;
            HttpResponse replay = withRateHeaders(stored->response);
            replay.setHeader("X-Request-Id", requestId.toLatin1());
            replay.setHeader("Idempotent-Replayed", "true");
            replay.setHeader("X-Original-Request-Id", stored->requestId.toLatin1());
            deliver(replay);
            return;
        }
        if (m_idempotency->isInFlight(pool, idempotencyKey)) {
            deliver(withRateHeaders(failWith(ApiFailure::make(QStringLiteral("CONFLICT_001")))));
            return;
        }
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (request.body.size() > kMaxBodyBytes || parseError.error != QJsonParseError::NoError
            || !document.isObject()) {
            FieldErrors fieldErrors;
            fieldErrors.add(QStringLiteral("body"), QStringLiteral("VALIDATION_001"),
                            request.body.size() > kMaxBodyBytes
                                ? QStringLiteral("The request body is larger than 1 MiB.")
                                : QStringLiteral("The request body must be a JSON object (%1 at offset %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset));
            deliver(withRateHeaders(failWith(ApiFailure::validation(fieldErrors))));
            return;
        }
        body = document.object();
    }

    // The work is done when the (simulated) latency has passed, with the key marked in flight meanwhile so
    // that a concurrent duplicate meets 409.
    if (idempotent)
        m_idempotency->markInFlight(pool, idempotencyKey);
    auto work = [this, request, segments, body, caller, requestId, pool, idempotencyKey, idempotent, withRateHeaders,
                 reply, timer, profilesApi]() mutable {
        const ApiReply result = m_api->handle(request.method, segments, request.query, body, caller);
        HttpResponse response = result.failure
            ? envelope(result.status, QJsonValue(), errors::errorObject(*result.failure), requestId)
            : envelope(result.status, result.data, QJsonObject(), requestId);
        response = withRateHeaders(response);
        if (profilesApi && !m_options.sunset.isEmpty()) {
            // RFC 9745 and RFC 8594, as an API announces the end of endpoints it still serves.
            const QDateTime sunset(QDate::fromString(m_options.sunset, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
            response.setHeader("Deprecation", "@" + QByteArray::number(sunset.addDays(-180).toSecsSinceEpoch()));
            response.setHeader(
                "Sunset", QLocale::c().toString(sunset, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1());
            response.setHeader("Link", "<https://docs.sent.dm/reference/api/sender-profiles>; rel=\"sunset\"");
        }
        if (result.sandbox)
            response.setHeader("X-Sandbox", "true");
        if (caller.scoped)
            response.setHeader("X-Profile-Id", caller.profileId.toLatin1());
        response.setHeader("X-Response-Time", QByteArray::number(timer.elapsed()) + "ms");
        if (idempotent) {
            m_idempotency->clearInFlight(pool, idempotencyKey);
            if (response.status < 500 && response.status != 429 && response.status != 409)
                m_idempotency->store(pool, idempotencyKey, response, requestId, m_clock->now());
        }
        finish(reply, response, request.method);
    };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, work);
    else
        work();
}

void SandboxServer::finish(HttpReplyHandle reply, HttpResponse response, const QByteArray &method)
{
    if ((m_droppedMethods.isEmpty() || m_droppedMethods.contains(method)) && chance(m_options.dropAfterCommitRate)) {
        ++m_counters.drops;
        reply.drop();
        return;
    }
    if (response.status != 204 && chance(m_options.malformedRate)) {
        ++m_counters.malformed;
        response.body = response.body.left(std::max<qsizetype>(1, response.body.size() / 2)) + "\x01<html>";
    }
    reply.send(response);
}

} // namespace cd::sandbox
