#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include "domain/overview.h"

#include <deque>

namespace cd {

class ApiJob;
class OrganizationModel;
class SentClient;
class TreeCache;

// Fills the organization tree: the cached tree first (at once), then the network — who the key is, the profile
// list, then every profile's campaigns. Campaign lists are fetched with bounded concurrency in priority order:
// what the user opened first (user priority: it jumps the rate budget's queue), then what the view shows, then
// profiles still in review, then the rest as background work. Each answer updates the model in place and the
// cache.
class TreeLoader : public QObject
{
    Q_OBJECT
public:
    TreeLoader(SentClient *client, OrganizationModel *model, TreeCache *cache = nullptr, QObject *parent = nullptr);
    ~TreeLoader() override;

    void setConcurrency(int concurrency);
    void start();   // the cache, then refresh()
    void refresh(); // everything again from the network
    // One profile's campaigns again (after a campaign was created, changed or deleted), updated in place.
    void reloadCampaigns(const QString &profileId);
    void cancel();
    // Profiles the view shows now: their campaign lists go before the rest.
    void prioritize(const QStringList &profileIds);

    bool isLoading() const { return m_loading; }
    bool isShowingCache() const { return m_showingCache; }
    QDateTime cacheSavedAt() const { return m_cacheSavedAt; }
    int campaignListsDone() const { return m_done; }
    int campaignListsTotal() const { return m_total; }

Q_SIGNALS:
    void cacheShown(const QDateTime &savedAt);
    void progress(int done, int total);
    void loadingChanged(bool loading);
    // The refresh as a whole failed (the key, the profile list); the tree keeps what it showed.
    void failed(const cd::ApiError &error);
    void finished(); // every campaign list of this refresh was answered (or failed)

private:
    void onCampaignsRequested(const QString &profileId);
    void fetchProfiles();
    void fail(const ApiError &error);
    void queueAllCampaigns();
    void pump();
    void setLoading(bool loading);
    void checkFinished();
    void applyPending();

    SentClient *m_client;
    OrganizationModel *m_model;
    TreeCache *m_cache;
    int m_concurrency = 4;
    std::deque<QString> m_userQueue;
    std::deque<QString> m_queue; // background, in order
    QSet<QString> m_queued;
    QSet<QString> m_inFlight; // asked for, their lists not yet delivered
    QSet<QString> m_onWire;   // asked for, their answers not yet arrived: what the concurrency bounds
    QSet<QString> m_fresh; // campaign lists answered by the network in this session
    QList<QPointer<ApiJob>> m_jobs;
    // Background answers reach the model in batches: each change to a big expanded tree costs the view a layout.
    QList<QPair<QString, QList<CampaignOverview>>> m_pending;
    QTimer m_applyTimer;
    QDateTime m_cacheSavedAt;
    bool m_showingCache = false;
    bool m_profilesFromNetwork = false;
    bool m_loading = false;
    int m_generation = 0;
    int m_done = 0;
    int m_total = 0;
};

} // namespace cd
