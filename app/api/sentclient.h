#pragma once

#include "apijob.h"
#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "pagination.h"
#include "result.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace cd {

class AccessManager;
class ProfileListing;
class RateBudget;

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.sent.dm"));
    QByteArray apiKey; // held in memory only; never logged
    RetryPolicy retry;
    int maxInFlight = 6;
    // Background requests leave a reserve of the rate bucket for a user's clicks; a program nobody clicks in (the
    // CLI) uses the whole bucket.
    bool reserveForUser = true;
};

// A change sent.dm accepted (not a dry run): what was asked and what came back, for the local history.
struct MadeChange
{
    enum class What {
        CreateProfile,
        UpdateProfile,
        DeleteProfile,
        CompleteProfile,
        CreateCampaign,
        UpdateCampaign,
        DeleteCampaign,
        Other,
    };

    QString method;   // POST, PUT, PATCH, DELETE
    QString path;     // /v3/profiles/{id}/campaigns
    QJsonObject body; // as sent (never holds a key)
    int httpStatus = 0;
    QString requestId;
    bool replayed = false;
    QJsonObject data; // the answer's data, when it is an object (a created item's id, name, status)

    // What the request did, read from its method and path (/v3/profiles[/{profile}[/complete | /campaigns[/{id}]]]).
    What what() const;
    // The item it concerns: from the path, or for a creation the id the answer gave the new item.
    QString profileId() const;
    QString campaignId() const; // campaigns only
};

// One page of the profile list, and what it says about the pages.
struct ProfilePage
{
    QList<Profile> profiles;
    std::optional<Pagination> pagination; // none: the list came whole
};

// What sent.dm says about an endpoint's future in an answer's headers: deprecated (RFC 9745 `Deprecation`), to be
// retired on a date (RFC 8594 `Sunset`), with a link to read about it, or a `Warning`. Reported once per endpoint.
struct ApiNotice
{
    QString endpoint;    // "GET /v3/profiles/{profile}"
    QString deprecation; // the header as sent ("@1767225600", "true", a date)
    QDateTime sunset;    // invalid: none given
    QString link;        // the Link with rel="deprecation" or rel="sunset"
    QString warning;     // a Warning header's text

    // One or two sentences for people.
    QString text() const;
};

// Per-call choices.
struct CallOptions
{
    Priority priority = Priority::User;
    QString profileScope;      // x-profile-id
    QByteArray idempotencyKey; // mutations: reuse across separate attempts of one operation; empty = one per call
    bool sandbox = false;      // mutations: "sandbox": true — validated, nothing stored
};

// sent.dm v3 as typed, asynchronous calls. Each call starts one ApiJob and returns it (for cancel()); `done` runs
// exactly once with the result unless `context` was destroyed first.
class SentClient : public QObject
{
    Q_OBJECT
public:
    explicit SentClient(const ClientConfig &config, QObject *parent = nullptr);
    ~SentClient() override;

    const ClientConfig &config() const { return m_config; }
    QUrl baseUrl() const { return m_config.baseUrl; }
    AccessManager *accessManager() const { return m_manager; }
    RateBudget *budget(RateTier tier = RateTier::Standard) const;

    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    ApiJob *me(const CallOptions &options, QObject *context, Callback<Account> done);
    // Every profile, every page read (ProfileListing); the listing deletes itself once done has run.
    ProfileListing *listProfiles(const CallOptions &options, QObject *context, Callback<QList<Profile>> done);
    // One page of GET /v3/profiles (`page` and `page_size` 0: asked without them, as the first generation was).
    ApiJob *listProfilesPage(int page, int pageSize, const CallOptions &options, QObject *context,
                             Callback<ProfilePage> done);
    ApiJob *getProfile(const QString &profileId, const CallOptions &options, QObject *context, Callback<Profile> done);
    ApiJob *createProfile(const ProfileChanges &profile, const CallOptions &options, QObject *context,
                          Callback<Profile> done);
    ApiJob *updateProfile(const QString &profileId, const ProfileChanges &changes, const CallOptions &options,
                          QObject *context, Callback<Profile> done);
    ApiJob *deleteProfile(const QString &profileId, const CallOptions &options, QObject *context, Callback<Done> done);
    ApiJob *completeProfile(const QString &profileId, const QString &webhookUrl, const CallOptions &options,
                            QObject *context, Callback<CompletionResult> done);
    ApiJob *listCampaigns(const QString &profileId, const CallOptions &options, QObject *context,
                          Callback<QList<Campaign>> done);
    // The body createCampaign and updateCampaign send (for showing it before it is sent).
    static QJsonObject campaignRequestBody(const Campaign &campaign, bool sandbox);
    ApiJob *createCampaign(const QString &profileId, const Campaign &campaign, const CallOptions &options,
                           QObject *context, Callback<Campaign> done);
    ApiJob *updateCampaign(const QString &profileId, const QString &campaignId, const Campaign &campaign,
                           const CallOptions &options, QObject *context, Callback<Campaign> done);
    ApiJob *deleteCampaign(const QString &profileId, const QString &campaignId, const CallOptions &options,
                           QObject *context, Callback<Done> done);

    // What sent.dm said about the endpoints' future so far, one notice an endpoint.
    QList<ApiNotice> notices() const { return m_notices; }

    // Counters since construction, for progress lines and the "no 429 in normal use" promise.
    struct Stats
    {
        int requests = 0; // attempts sent that got an answer or failed
        int retries = 0;
        int rateLimited = 0; // 429 answers met
        int failures = 0;    // logical requests that ended in an error
    };
    Stats stats() const { return m_stats; } // of the requests that have finished

    // Cancels every job still running (each finishes with a Cancelled error).
    void cancelAll();

Q_SIGNALS:
    void requestFinished(const cd::ApiError &error); // every logical request, for status bars and logs
    void changeMade(const cd::MadeChange &change);   // every change that succeeded, dry runs excepted
    void noticed(const cd::ApiNotice &notice);       // the first Deprecation, Sunset or Warning of an endpoint

private:
    ApiJob *startJob(ApiRequest request, const CallOptions &options);
    template<typename T>
    ApiJob *call(ApiRequest request, const CallOptions &options, QObject *context, Callback<T> done,
                 std::function<std::optional<T>(const ApiResponse &)> decode);

    ClientConfig m_config;
    AccessManager *m_manager;
    RateBudget *m_standard;
    RateBudget *m_sensitive;
    void notice(const ApiRequest &request, const QHash<QByteArray, QByteArray> &headers);

    QList<QPointer<ApiJob>> m_jobs;
    Stats m_stats;
    QList<ApiNotice> m_notices;
};

} // namespace cd
