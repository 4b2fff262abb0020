#include "treeloader.h"

#include "api/sentclient.h"
#include "core/logging.h"
#include "model/organizationmodel.h"
#include "store/treecache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cd {

TreeLoader::TreeLoader(SentClient *client, OrganizationModel *model, TreeCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_cache(cache)
{
    connect(m_model, &OrganizationModel::campaignsRequested, this, &TreeLoader::onCampaignsRequested);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(100);
    connect(&m_applyTimer, &QTimer::timeout, this, &TreeLoader::applyPending);
    if (!m_cache)
        return;
    connect(m_cache, &TreeCache::profilesLoaded, this, [this](const Account &account, const QList<ProfileOverview> &profiles, const QDateTime &savedAt) {
        if (m_profilesFromNetwork)
            return; // the network was faster: its answer is newer
        m_model->setAccount(account);
        m_model->setProfiles(profiles);
        m_showingCache = true;
        m_cacheSavedAt = savedAt;
        Q_EMIT cacheShown(savedAt);
    });
    connect(m_cache, &TreeCache::campaignsLoaded, this, [this](const QHash<QString, QList<CampaignOverview>> &campaigns) {
        OrganizationModel::CampaignLists lists;
        lists.reserve(campaigns.size());
        for (auto it = campaigns.constBegin(); it != campaigns.constEnd(); ++it)
            if (!m_fresh.contains(it.key())) // shown now, replaced when the network answers
                lists.append({it.key(), it.value()});
        m_model->setCampaigns(lists);
    });
}

TreeLoader::~TreeLoader()
{
    cancel();
}

void TreeLoader::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
}

void TreeLoader::start()
{
    if (!m_cache) {
        refresh();
        return;
    }
    // The network starts once the cache has been read, so an old answer can never overwrite a new one.
    connect(m_cache, &TreeCache::loadFinished, this, &TreeLoader::refresh, Qt::SingleShotConnection);
    m_cache->load();
}

void TreeLoader::refresh()
{
    cancel();
    ++m_generation;
    m_done = 0;
    m_total = 0;
    setLoading(true);
    const int generation = m_generation;
    m_jobs.append(m_client->me({}, this, [this, generation](const Result<Account> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.error());
        m_model->setAccount(result.value());
        if (m_cache)
            m_cache->saveAccount(result.value());
        fetchProfiles();
    }));
}

void TreeLoader::fetchProfiles()
{
    const int generation = m_generation;
    m_jobs.append(m_client->listProfiles({}, this, [this, generation](const Result<QList<Profile>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.error());
        const QList<Profile> profiles = result.value();
        // The cache first: a details panel that the model's change makes read a record sees the new one.
        if (m_cache)
            m_cache->saveProfiles(profiles);
        // Overviews are made on a worker thread, and the whole records are let go there too: at 10,000 profiles
        // either would hold the window for tens of milliseconds.
        auto *watcher = new QFutureWatcher<QList<ProfileOverview>>(this);
        connect(watcher, &QFutureWatcher<QList<ProfileOverview>>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_profilesFromNetwork = true;
            m_showingCache = false;
            m_model->setProfiles(watcher->result());
            queueAllCampaigns();
        });
        watcher->setFuture(QtConcurrent::run([profiles] {
            QList<ProfileOverview> overviews;
            overviews.reserve(profiles.size());
            for (const Profile &p : profiles)
                overviews.append(ProfileOverview::of(p));
            return overviews;
        }));
    }));
}

void TreeLoader::fail(const ApiError &error)
{
    setLoading(false);
    Q_EMIT failed(error);
}

void TreeLoader::queueAllCampaigns()
{
    // Profiles still moving first (their campaigns are the likeliest to have changed), then the rest in order.
    QStringList inReview, rest;
    for (const QString &id : m_model->profileIds()) {
        const QModelIndex index = m_model->profileIndex(id);
        const ProfileOverview *profile = m_model->profile(index);
        if (!profile || !profile->hasBrand())
            continue;
        (profile->status.category == StatusCategory::InReview ? inReview : rest).append(id);
    }
    for (const QStringList *list : {&inReview, &rest})
        for (const QString &id : *list)
            if (!m_queued.contains(id) && !m_inFlight.contains(id)) {
                m_queue.push_back(id);
                m_queued.insert(id);
            }
    m_total = int(m_queue.size() + m_userQueue.size() + m_inFlight.size());
    Q_EMIT progress(m_done, m_total);
    pump();
    checkFinished();
}

void TreeLoader::prioritize(const QStringList &profileIds)
{
    // Move the visible ones to the front, keeping their order.
    std::deque<QString> front;
    for (const QString &id : profileIds) {
        auto it = std::find(m_queue.begin(), m_queue.end(), id);
        if (it != m_queue.end()) {
            m_queue.erase(it);
            front.push_back(id);
        }
    }
    m_queue.insert(m_queue.begin(), front.begin(), front.end());
}

void TreeLoader::reloadCampaigns(const QString &profileId)
{
    m_fresh.remove(profileId);
    onCampaignsRequested(profileId);
}

void TreeLoader::onCampaignsRequested(const QString &profileId)
{
    if (m_inFlight.contains(profileId))
        return; // already on its way
    auto it = std::find(m_queue.begin(), m_queue.end(), profileId);
    if (it != m_queue.end())
        m_queue.erase(it);
    else if (!m_queued.contains(profileId))
        ++m_total;
    m_queued.insert(profileId);
    m_userQueue.push_back(profileId);
    if (!m_loading)
        setLoading(true);
    pump();
}

void TreeLoader::pump()
{
    // The user's requests are not held back by the background's concurrency limit.
    // A request counts against the limit until its answer arrives, not until it has been decoded: the next one
    // is on its way while the last is read.
    while (!m_userQueue.empty() || (!m_queue.empty() && int(m_onWire.size()) < m_concurrency)) {
        const bool user = !m_userQueue.empty();
        const QString id = user ? m_userQueue.front() : m_queue.front();
        (user ? m_userQueue : m_queue).pop_front();
        m_queued.remove(id);
        m_inFlight.insert(id);
        m_onWire.insert(id);
        CallOptions options;
        options.priority = user ? Priority::User : Priority::Background;
        const int generation = m_generation;
        m_jobs.removeAll(nullptr);
        ApiJob *job = m_client->listCampaigns(id, options, this, [this, id, generation, user](const Result<QList<Campaign>> &result) {
            m_inFlight.remove(id);
            m_onWire.remove(id);
            if (generation != m_generation)
                return;
            ++m_done;
            const bool noBrand = !result.ok() && result.error().code == QLatin1String("RESOURCE_009");
            if (result.ok() || noBrand) {
                const QList<Campaign> campaigns = noBrand ? QList<Campaign>() : result.value();
                m_fresh.insert(id);
                if (m_cache)
                    m_cache->saveCampaigns(id, campaigns);
                // The tree keeps only what it shows; the whole records go to the cache.
                QList<CampaignOverview> overviews;
                overviews.reserve(campaigns.size());
                for (const Campaign &c : campaigns)
                    overviews.append(CampaignOverview::of(c, id));
                m_pending.append({id, overviews});
                if (user)
                    applyPending(); // someone is looking at it
                else if (!m_applyTimer.isActive())
                    m_applyTimer.start();
            } else if (result.error().kind != ApiError::Kind::Cancelled) {
                qCInfo(lcServices).noquote() << "campaigns of" << id << "failed:" << result.error().userMessage();
                m_model->setCampaignsFailed(id, result.error().userMessage());
            }
            Q_EMIT progress(m_done, m_total);
            pump();
            checkFinished();
        });
        connect(job, &ApiJob::answerArrived, this, [this, id, generation] {
            if (generation == m_generation && m_onWire.remove(id))
                pump();
        });
        m_jobs.append(job);
    }
}

void TreeLoader::applyPending()
{
    m_applyTimer.stop();
    m_model->setCampaigns(std::exchange(m_pending, {}));
}

void TreeLoader::checkFinished()
{
    if (m_loading && m_profilesFromNetwork && m_inFlight.isEmpty() && m_queue.empty() && m_userQueue.empty()) {
        applyPending();
        setLoading(false);
        Q_EMIT finished();
    }
}

void TreeLoader::cancel()
{
    ++m_generation;
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ApiJob> &job : jobs)
        if (job)
            job->cancel();
    m_queue.clear();
    m_userQueue.clear();
    m_queued.clear();
    m_inFlight.clear();
    m_onWire.clear();
    applyPending(); // answers already received are not thrown away
    setLoading(false);
}

void TreeLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace cd
