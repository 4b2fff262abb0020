#pragma once

#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/overview.h"
#include "domain/profile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTimer>

#include <optional>

namespace cd {

class HistoryRecorder;
class OrganizationModel;
class StatusPoller;
class TreeCache;
struct ApiError;
struct MadeChange;

// The one path by which whatever reaches the app — a load, a poll, an edit, a submission, a deletion — gets into it:
// the cache first, then the model, then the status poller, then the history; always in that order. The cache goes
// first because the model's change makes a details view read the whole record from the cache: the write is then
// already queued ahead of that read. Each part is optional (the CLI has no model and no cache).
//
// A background load's pages of profiles and campaign lists reach the model in batches (every change to a big
// expanded tree costs the view a layout and a repaint); the first page and what someone waits for go at once. Lists
// that arrive before the profiles they belong to are in the model wait for them.
class WriteThrough : public QObject
{
    Q_OBJECT
public:
    // Where an answer came from: what the poller does with it differs.
    enum class Origin {
        Load, // a load or a read: watched if in flight
        Poll, // the poller's own answer
        Edit, // a change made here: watched for a while whatever its status says
    };

    WriteThrough(TreeCache *cache, OrganizationModel *model, StatusPoller *poller, HistoryRecorder *recorder,
                 QObject *parent = nullptr);

    // The saved tree into the model at once; cacheRead() when it has all been read. Network answers that arrive
    // meanwhile win over it.
    void showCache();
    bool isShowingCache() const { return m_showingCache; }
    QDateTime cacheSavedAt() const { return m_cacheSavedAt; }

    void applyAccount(const Account &account);
    // A page of the profile list as it arrives (new ones added, the others updated), and once the whole list has been
    // read, its ids: every other profile is gone.
    void applyProfilePage(const QList<Profile> &profiles);
    void retainProfiles(const QStringList &profileIds);
    void applyProfile(const Profile &profile, Origin origin);
    void removeProfile(const QString &profileId);
    void applyCampaigns(const QString &profileId, const QList<Campaign> &campaigns, bool urgent, Origin origin);
    void applyCampaign(const QString &profileId, const Campaign &campaign, Origin origin);
    void removeCampaign(const QString &profileId, const QString &campaignId);
    void campaignsFailed(const QString &profileId, const ApiError &error);
    // A change sent.dm accepted: its answer applied as it came back, then recorded.
    void applyChange(const MadeChange &change);
    void recordProfileStatus(const Profile &profile, const QString &oldStatus);
    void recordCampaignStatus(const QString &profileId, const Campaign &campaign, const QString &oldStatus);

    // Batched lists into the model now (the tests and the end of a load).
    void flush();

Q_SIGNALS:
    void cacheShown(const QDateTime &savedAt);
    void cacheRead(bool empty);
    // A change whose answer did not say enough (or that can change a profile's campaigns): read it again.
    void profileStale(const QString &profileId);
    void campaignsStale(const QString &profileId);

private:
    void applyPending();
    void drainCacheSoon();
    void drainCache();
    void retainInModel(const QSet<QString> &keep);
    void applyToModel(const QList<QPair<QString, QList<CampaignOverview>>> &lists);

    TreeCache *m_cache;
    OrganizationModel *m_model;
    StatusPoller *m_poller;
    HistoryRecorder *m_recorder;
    QList<ProfileOverview> m_pendingProfiles; // pages of the list not yet in the model: they go before the lists
    QList<QPair<QString, QList<CampaignOverview>>> m_pending;
    QTimer m_applyTimer;
    // The saved tree, read faster than the model takes it: queued, and put in a slice per turn of the event loop.
    QList<ProfileOverview> m_cacheProfiles;
    QList<QPair<QString, QList<CampaignOverview>>> m_cacheLists;
    QTimer m_cacheTimer;
    bool m_cacheReadAll = false;
    bool m_cacheEmpty = true;
    bool m_cacheReported = false;
    QSet<QString> m_fresh;  // campaign lists the network answered in this session: the cache's are older
    QSet<QString> m_polled; // pending lists the poller asked for: it knows them already
    QDateTime m_cacheSavedAt;
    int m_profilesOnTheirWay = 0;               // pages being turned into overviews: campaign lists wait for them
    std::optional<QSet<QString>> m_retainLater; // the list's ids, waiting for the pages still on their way
    bool m_profilesFromNetwork = false;
    bool m_showingCache = false;
};

} // namespace cd
