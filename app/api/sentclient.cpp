#include "sentclient.h"
#include "core/datetext.h"

#include "accessmanager.h"
#include "profilelisting.h"
#include "ratebudget.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

namespace {

constexpr qsizetype kDecodeOffThreadBytes = 256 * 1024;

QString profilePath(const QString &profileId)
{
    return QStringLiteral("/v3/profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

QString campaignsPath(const QString &profileId)
{
    return profilePath(profileId) + QStringLiteral("/campaigns");
}

QString campaignPath(const QString &profileId, const QString &campaignId)
{
    return campaignsPath(profileId) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(campaignId));
}

QJsonObject withSandbox(QJsonObject body, const CallOptions &options)
{
    if (options.sandbox)
        body.insert(QStringLiteral("sandbox"), true);
    return body;
}

// Decoders: a wrong JSON type where the contract promises an object or array is a malformed answer.
// A record without its id (an empty `data`) is not the record: nothing could be said about it or done with it.
// (A sandbox answer stores nothing, so it may have none.)
std::optional<Profile> decodeProfile(const ApiResponse &r)
{
    if (!r.data.isObject())
        return std::nullopt;
    Profile profile = Profile::fromJson(r.data.toObject());
    if (profile.id.isEmpty() && !r.sandbox)
        return std::nullopt;
    return profile;
}

// A list answer: `data` itself, or the array under `key` in it. A wrong shape is a malformed answer. An item without
// an id (or with text too long to be one) can be neither shown, nor cached, nor changed: it is left out, and said.
template<typename T>
std::optional<QList<T>> decodeList(const ApiResponse &r, QLatin1StringView key)
{
    const QJsonValue list = r.data.isArray() ? r.data : r.data.toObject().value(key);
    if (!list.isArray())
        return std::nullopt;
    const QJsonArray array = list.toArray();
    QList<T> items;
    items.reserve(array.size());
    qsizetype withoutId = 0;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        T item = T::fromJson(value.toObject());
        if (item.id.isEmpty())
            ++withoutId;
        else
            items.append(std::move(item));
    }
    if (withoutId > 0)
        qCWarning(lcApi, "a list of %s: %lld item(s) without a usable id left out (request %s)", key.data(),
                  qlonglong(withoutId), qPrintable(r.requestId));
    return items;
}

std::optional<Campaign> decodeCampaign(const ApiResponse &r)
{
    if (!r.data.isObject())
        return std::nullopt;
    Campaign campaign = Campaign::fromJson(r.data.toObject());
    if (campaign.id.isEmpty() && !r.sandbox)
        return std::nullopt;
    return campaign;
}

} // namespace

namespace {

// /v3/profiles/{profile}/campaigns/{campaign}, its ids decoded.
QStringList changePath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = QUrl::fromPercentEncoding(part.toLatin1());
    return parts;
}

} // namespace

MadeChange::What MadeChange::what() const
{
    const QStringList parts = changePath(path);
    if (parts.size() < 2 || parts[0] != QLatin1String("v3") || parts[1] != QLatin1String("profiles"))
        return What::Other;
    const bool post = method == QLatin1String("POST");
    const bool remove = method == QLatin1String("DELETE");
    switch (parts.size()) {
    case 2:
        return post ? What::CreateProfile : What::Other;
    case 3:
        return remove ? What::DeleteProfile : What::UpdateProfile;
    case 4:
        if (parts[3] == QLatin1String("complete"))
            return What::CompleteProfile;
        return parts[3] == QLatin1String("campaigns") && post ? What::CreateCampaign : What::Other;
    case 5:
        if (parts[3] != QLatin1String("campaigns"))
            return What::Other;
        return remove ? What::DeleteCampaign : What::UpdateCampaign;
    default:
        return What::Other;
    }
}

QString MadeChange::profileId() const
{
    const QStringList parts = changePath(path);
    return parts.size() >= 3 ? parts[2] : data.value(QLatin1String("id")).toString();
}

QString MadeChange::campaignId() const
{
    const QStringList parts = changePath(path);
    if (parts.size() < 4 || parts[3] != QLatin1String("campaigns"))
        return {};
    return parts.size() >= 5 ? parts[4] : data.value(QLatin1String("id")).toString();
}

SentClient::SentClient(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_manager(new AccessManager(this))
    , m_standard(new RateBudget(config.maxInFlight, this))
    , m_sensitive(new RateBudget(1, this))
{
    m_standard->setReserveForUser(config.reserveForUser);
    m_sensitive->setReserveForUser(config.reserveForUser);
    m_manager->setCredentials(config.baseUrl, config.apiKey);
    m_manager->setTransferTimeout(config.retry.transferTimeoutMs);
}

SentClient::~SentClient()
{
    cancelAll();
}

RateBudget *SentClient::budget(RateTier tier) const
{
    return tier == RateTier::Sensitive ? m_sensitive : m_standard;
}

void SentClient::cancelAll()
{
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs)
        if (job)
            job->cancel();
    m_jobs.clear();
}

ApiJob *SentClient::startJob(ApiRequest request, const CallOptions &options)
{
    request.priority = options.priority;
    request.profileScope = options.profileScope;
    if (request.isMutation())
        request.idempotencyKey = options.idempotencyKey;
    auto *job = new ApiJob(m_manager, budget(request.tier), m_config.baseUrl, m_config.retry, std::move(request), this);
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    // Counted once the job is done (one connection a job: a large load makes thousands).
    connect(job, &ApiJob::finished, this, [this, job](const ApiResponse &response, const ApiError &error) {
        const ApiJob::Tally tally = job->tally();
        m_stats.requests += tally.ended;
        m_stats.rateLimited += tally.rateLimited;
        m_stats.retries += tally.retries;
        if (error.isError())
            ++m_stats.failures;
        const ApiRequest &sent = job->request();
        notice(sent, job->answerHeaders());
        Q_EMIT requestFinished(error);
        if (!error.isError() && !response.sandbox && (sent.isMutation() || sent.method == "DELETE")) {
            MadeChange change{QString::fromLatin1(sent.method),
                              sent.path,
                              sent.body.value_or(QJsonObject()),
                              response.httpStatus,
                              response.requestId,
                              response.replayed,
                              response.data.toObject()};
            Q_EMIT changeMade(change);
        }
    });
    return job;
}

namespace {

// /v3/profiles/{profile}/campaigns/{campaign}: the endpoint, whatever the ids.
QString endpointOf(const ApiRequest &request)
{
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 3 && parts[1] == QLatin1String("profiles"))
        parts[2] = QStringLiteral("{profile}");
    if (parts.size() >= 5 && parts[3] == QLatin1String("campaigns"))
        parts[4] = QStringLiteral("{campaign}");
    return QString::fromLatin1(request.method) + QStringLiteral(" /") + parts.join(QLatin1Char('/'));
}

// An HTTP date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"), which Qt's RFC 2822 reading does not take with "GMT".
QDateTime httpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (at.isValid()) {
        at.setTimeZone(QTimeZone::utc());
        return at;
    }
    at = QDateTime::fromString(text, Qt::RFC2822Date);
    return at.isValid() ? at : QDateTime::fromString(text, Qt::ISODate);
}

// `Link: <https://…>; rel="sunset"` (or rel="deprecation"): the address, if any.
QString linkFor(const QByteArray &header)
{
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        if (!item.contains("rel=\"sunset\"") && !item.contains("rel=\"deprecation\"") && !item.contains("rel=sunset")
            && !item.contains("rel=deprecation"))
            continue;
        const qsizetype open = item.indexOf('<'), close = item.indexOf('>');
        if (open >= 0 && close > open)
            return QString::fromUtf8(item.mid(open + 1, close - open - 1));
    }
    return {};
}

} // namespace

void SentClient::notice(const ApiRequest &request, const QHash<QByteArray, QByteArray> &headers)
{
    const QByteArray deprecation = headers.value("deprecation").trimmed();
    const QByteArray sunset = headers.value("sunset").trimmed();
    const QByteArray warning = headers.value("warning").trimmed();
    if (deprecation.isEmpty() && sunset.isEmpty() && warning.isEmpty())
        return;
    const QString endpoint = endpointOf(request);
    for (const ApiNotice &known : std::as_const(m_notices))
        if (known.endpoint == endpoint)
            return; // said once
    ApiNotice notice;
    notice.endpoint = endpoint;
    notice.deprecation = QString::fromLatin1(deprecation);
    notice.sunset = httpDate(sunset);
    notice.link = linkFor(headers.value("link"));
    notice.warning = QString::fromUtf8(warning);
    m_notices.append(notice);
    qCInfo(lcApi).noquote() << endpoint << "deprecation:" << deprecation << "sunset:" << sunset << "warning:" << warning
                            << "link:" << notice.link;
    Q_EMIT noticed(notice);
}

QString ApiNotice::text() const
{
    QString sentence;
    if (sunset.isValid())
        sentence = QCoreApplication::translate("cd::ApiNotice", "sent.dm will retire %1 on %2.")
                       .arg(endpoint, DateText::day(sunset));
    else if (!deprecation.isEmpty())
        sentence = QCoreApplication::translate("cd::ApiNotice",
                                               "sent.dm has marked %1 as deprecated: it still works, "
                                               "and will be retired later.")
                       .arg(endpoint);
    if (!sentence.isEmpty())
        sentence += QLatin1Char(' ')
            + QCoreApplication::translate("cd::ApiNotice", "Compliance Desk may need an update before then.");
    if (!warning.isEmpty())
        sentence += (sentence.isEmpty() ? QString() : QStringLiteral(" "))
            + QCoreApplication::translate("cd::ApiNotice", "sent.dm warns about %1: “%2”.").arg(endpoint, warning);
    if (!link.isEmpty())
        sentence += QLatin1Char(' ') + QCoreApplication::translate("cd::ApiNotice", "More: %1").arg(link);
    return sentence;
}

template<typename T>
ApiJob *SentClient::call(ApiRequest request, const CallOptions &options, QObject *context, Callback<T> done,
                         std::function<std::optional<T>(const ApiResponse &)> decode)
{
    ApiJob *job = startJob(std::move(request), options);
    QObject *receiver = context ? context : this;
    const QString operation = job->request().operation();
    connect(
        job, &ApiJob::finished, receiver,
        [receiver, done = std::move(done), decode = std::move(decode), job, operation](const ApiResponse &response,
                                                                                       const ApiError &error) {
            if (error.isError()) {
                done(Result<T>::failure(error));
                return;
            }
            const QString clientRequestId = QString::fromLatin1(job->clientRequestId());
            const int attempts = job->attempts();
            // The caller gets what the answer said about itself, not the parsed body: once decoded, the
            // document is let go by the decoder (for a large answer, on its worker thread: freeing 10,000
            // parsed profiles would otherwise hold the window).
            ApiResponse meta = response;
            meta.data = QJsonValue();
            auto deliver = [done, response = std::move(meta), operation, clientRequestId,
                            attempts](std::optional<T> value) {
                if (!value) {
                    ApiError malformed;
                    malformed.kind = ApiError::Kind::Malformed;
                    malformed.httpStatus = response.httpStatus;
                    malformed.requestId = response.requestId;
                    malformed.operation = operation;
                    malformed.clientRequestId = clientRequestId;
                    malformed.attempts = attempts;
                    malformed.message =
                        QCoreApplication::translate("cd::SentClient", "“data” is not what %1 returns").arg(operation);
                    done(Result<T>::failure(malformed));
                    return;
                }
                done(Result<T>::success(std::move(*value), response));
            };
            // Thousands of profiles decode on a worker thread; the answer still arrives on the caller's.
            if (response.bodySize >= kDecodeOffThreadBytes) {
                auto *watcher = new QFutureWatcher<std::optional<T>>(receiver);
                QObject::connect(watcher, &QFutureWatcher<std::optional<T>>::finished, receiver, [watcher, deliver] {
                    watcher->deleteLater();
                    deliver(watcher->result());
                });
                watcher->setFuture(QtConcurrent::run(decode, response));
                return;
            }
            deliver(decode(response));
        });
    job->start();
    return job;
}

ApiJob *SentClient::me(const CallOptions &options, QObject *context, Callback<Account> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v3/me");
    return call<Account>(request, options, context, std::move(done),
                         [](const ApiResponse &r) -> std::optional<Account> {
                             if (!r.data.isObject())
                                 return std::nullopt;
                             return Account::fromJson(r.data.toObject());
                         });
}

ProfileListing *SentClient::listProfiles(const CallOptions &options, QObject *context, Callback<QList<Profile>> done)
{
    auto *listing = new ProfileListing(this, options, this);
    connect(listing, &ProfileListing::finished, context ? context : this, [listing, done = std::move(done)] {
        listing->deleteLater();
        if (listing->error())
            done(Result<QList<Profile>>::failure(*listing->error()));
        else
            done(Result<QList<Profile>>::success(listing->profiles(), ApiResponse()));
    });
    connect(context ? context : this, &QObject::destroyed, listing, &QObject::deleteLater);
    listing->start();
    return listing;
}

ApiJob *SentClient::listProfilesPage(int page, int pageSize, const CallOptions &options, QObject *context,
                                     Callback<ProfilePage> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v3/profiles");
    if (page > 0) {
        request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        request.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    }
    return call<ProfilePage>(
        request, options, context, std::move(done), [](const ApiResponse &r) -> std::optional<ProfilePage> {
            // {profiles: [...], pagination?} in both generations; a bare array is accepted too.
            std::optional<QList<Profile>> profiles = decodeList<Profile>(r, QLatin1String("profiles"));
            if (!profiles)
                return std::nullopt;
            return ProfilePage{std::move(*profiles), Pagination::fromData(r.data.toObject())};
        });
}

ApiJob *SentClient::getProfile(const QString &profileId, const CallOptions &options, QObject *context,
                               Callback<Profile> done)
{
    ApiRequest request;
    request.path = profilePath(profileId);
    return call<Profile>(request, options, context, std::move(done), decodeProfile);
}

ApiJob *SentClient::createProfile(const ProfileChanges &profile, const CallOptions &options, QObject *context,
                                  Callback<Profile> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v3/profiles");
    request.body = withSandbox(profile.toJson(), options);
    return call<Profile>(request, options, context, std::move(done), decodeProfile);
}

ApiJob *SentClient::updateProfile(const QString &profileId, const ProfileChanges &changes, const CallOptions &options,
                                  QObject *context, Callback<Profile> done)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = profilePath(profileId);
    request.body = withSandbox(changes.toJson(), options);
    return call<Profile>(request, options, context, std::move(done), decodeProfile);
}

ApiJob *SentClient::deleteProfile(const QString &profileId, const CallOptions &options, QObject *context,
                                  Callback<Done> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = profilePath(profileId);
    if (options.sandbox)
        request.body = withSandbox({}, options);
    return call<Done>(request, options, context, std::move(done), [](const ApiResponse &) { return Done{}; });
}

ApiJob *SentClient::completeProfile(const QString &profileId, const QString &webhookUrl, const CallOptions &options,
                                    QObject *context, Callback<CompletionResult> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = profilePath(profileId) + QStringLiteral("/complete");
    request.tier = RateTier::Sensitive;
    request.body = withSandbox(QJsonObject{{QStringLiteral("webHookUrl"), webhookUrl}}, options);
    return call<CompletionResult>(request, options, context, std::move(done),
                                  [](const ApiResponse &r) -> std::optional<CompletionResult> {
                                      return CompletionResult::fromJson(r.httpStatus, r.data.toObject());
                                  });
}

ApiJob *SentClient::listCampaigns(const QString &profileId, const CallOptions &options, QObject *context,
                                  Callback<QList<Campaign>> done)
{
    ApiRequest request;
    request.path = campaignsPath(profileId);
    return call<QList<Campaign>>(
        request, options, context, std::move(done),
        // A bare array (baseline); {campaigns: [...]} is accepted too.
        [](const ApiResponse &r) { return decodeList<Campaign>(r, QLatin1String("campaigns")); });
}

ApiJob *SentClient::createCampaign(const QString &profileId, const Campaign &campaign, const CallOptions &options,
                                   QObject *context, Callback<Campaign> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = campaignsPath(profileId);
    request.body = campaignRequestBody(campaign, options.sandbox);
    return call<Campaign>(request, options, context, std::move(done), decodeCampaign);
}

QJsonObject SentClient::campaignRequestBody(const Campaign &campaign, bool sandbox)
{
    CallOptions options;
    options.sandbox = sandbox;
    return withSandbox(QJsonObject{{QStringLiteral("campaign"), campaign.toRequestJson()}}, options);
}

ApiJob *SentClient::updateCampaign(const QString &profileId, const QString &campaignId, const Campaign &campaign,
                                   const CallOptions &options, QObject *context, Callback<Campaign> done)
{
    ApiRequest request;
    request.method = "PUT";
    request.path = campaignPath(profileId, campaignId);
    request.body = campaignRequestBody(campaign, options.sandbox);
    return call<Campaign>(request, options, context, std::move(done), decodeCampaign);
}

ApiJob *SentClient::deleteCampaign(const QString &profileId, const QString &campaignId, const CallOptions &options,
                                   QObject *context, Callback<Done> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = campaignPath(profileId, campaignId);
    if (options.sandbox)
        request.body = withSandbox({}, options);
    return call<Done>(request, options, context, std::move(done), [](const ApiResponse &) { return Done{}; });
}

} // namespace cd
