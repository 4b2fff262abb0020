#pragma once

#include "domain/campaign.h"
#include "domain/overview.h"
#include "domain/profile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace cd {

class SentClient;
struct ApiError;

// Watches what is still in flight — profiles submitted or in review, campaigns waiting for the registry or with a
// sync error, and anything the user just changed — and says when its status changes. Each watched item is asked
// again after an interval that grows while it does not move and starts over when it does; the poller waits while
// the rate budget runs low and while the network is gone, and asks at background priority, so a user's clicks
// always go first and normal use never meets a 429. What has settled is not asked again.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int firstIntervalMs = 30'000;
        int maxIntervalMs = 15 * 60'000;
        double backoff = 2.0; // the interval grows this much each time nothing moved
        int offlineRetryMs = 60'000;
        int justChangedMs = 10 * 60'000; // how long an item the user changed is watched, settled or not
        int concurrency = 2;
    };

    explicit StatusPoller(SentClient *client, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // What is known now; only what is in flight is kept (a settled item is dropped, unless just changed).
    void watchProfile(const Profile &profile);
    void watchCampaigns(const QString &profileId, const QList<Campaign> &campaigns);
    // The same from what the tree shows.
    void watchProfile(const ProfileOverview &profile);
    void watchCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns);
    // The user just changed it: watched for a while whatever its status says.
    void watchChanged(const QString &profileId, bool campaigns);
    void forget(const QString &profileId);
    void refreshNow(); // every watched item, now
    void setPaused(bool paused);

    int watchedCount() const { return int(m_targets.size()); }
    int awaitingCount() const; // watched items waiting for a review (or following a change of the user's)
    bool isSettled() const { return awaitingCount() == 0; }
    bool isWatching(const QString &profileId, bool campaigns) const;
    int requestsMade() const { return m_requests; }
    // How long until the item is asked again (grows while it does not move); -1 when it is not watched.
    qint64 intervalFor(const QString &profileId, bool campaigns) const;
    bool isWaitingOffline() const;

Q_SIGNALS:
    void profileChanged(const cd::Profile &profile, const QString &oldStatus);
    void campaignChanged(const QString &profileId, const cd::Campaign &campaign, const QString &oldStatus);
    // Every answer, changed or not (to keep the tree and the cache current).
    void profileFetched(const cd::Profile &profile);
    void campaignsFetched(const QString &profileId, const QList<cd::Campaign> &campaigns);
    void offline(const cd::ApiError &error);
    // Nothing watched waits for a review any more (emitted once each time that becomes true).
    void settled();

private:
    struct Target
    {
        QString profileId;
        bool campaigns = false;
        QString profileStatus;                        // profiles: the last status seen
        bool statusKnown = false;                     // profiles: whether it has been seen yet
        QHash<QString, QPair<QString, QString>> seen; // campaigns: id → (status, sync error)
        qint64 intervalMs = 0;
        qint64 dueMs = 0;
        qint64 watchUntilMs = 0; // just changed: watched until then even if settled
        bool inFlight = false;   // a request is on its way
        bool awaiting = false;   // something in it waits for a review
    };

    struct Seen
    {
        QString id;
        QString status;
        QString syncError;
        bool settled = false;
    };

    static QString key(const QString &profileId, bool campaigns);
    void watchProfileStatus(const QString &profileId, const QString &status, bool inFlight);
    void watchCampaignStatuses(const QString &profileId, const QList<Seen> &campaigns);
    static bool profileInFlight(const Profile &profile);
    void schedule(); // soon: reschedule() once the event loop is back
    void reschedule();
    void pump();
    void ask(Target &target);
    Target *arrived(const QString &key, const ApiError *error);
    void answered(const QString &key, bool moved, bool awaiting, bool syncErrors);
    void checkSettled();
    void failed(const QString &key, const ApiError &error);
    void wentOffline(const ApiError &error);
    bool budgetLow() const;

    SentClient *m_client;
    Settings m_settings;
    QHash<QString, Target> m_targets;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_offlineUntilMs = 0;
    qint64 m_budgetWaitUntilMs = 0;
    int m_running = 0;
    int m_requests = 0;
    bool m_paused = false;
    bool m_settled = false;
    bool m_scheduleQueued = false;
};

} // namespace cd
