#include "writethrough.h"

#include "api/apierror.h"
#include "api/sentclient.h"
#include "historyrecorder.h"
#include "model/organizationmodel.h"
#include "statuspoller.h"
#include "store/treecache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

namespace {

constexpr int kBatchMs = 250;
constexpr qsizetype kOverviewsOffThread = 1000; // a page this long is turned into overviews on a worker thread

QList<CampaignOverview> overviewsOf(const QString &profileId, const QList<Campaign> &campaigns)
{
    QList<CampaignOverview> overviews;
    overviews.reserve(campaigns.size());
    for (const Campaign &c : campaigns)
        overviews.append(CampaignOverview::of(c, profileId));
    return overviews;
}

} // namespace

WriteThrough::WriteThrough(TreeCache *cache, OrganizationModel *model, StatusPoller *poller, HistoryRecorder *recorder,
                           QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_model(model)
    , m_poller(poller)
    , m_recorder(recorder)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(kBatchMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &WriteThrough::applyPending);
    m_cacheTimer.setSingleShot(true);
    m_cacheTimer.setInterval(0);
    connect(&m_cacheTimer, &QTimer::timeout, this, &WriteThrough::drainCache);
}

// ---- the saved tree --------------------------------------------------------------------------------------------

void WriteThrough::showCache()
{
    if (!m_cache) {
        Q_EMIT cacheRead(true);
        return;
    }
    // The first screenful at once. The rest, and the campaign lists, only queued as they come, and put into the
    // model a slice per turn of the event loop: the cache reads faster than a big tree takes them, and a window that
    // took each as it came would not repaint (its paint waits behind them) until the whole file had been read.
    connect(m_cache, &TreeCache::profilesLoaded, this,
            [this](const Account &account, const QList<ProfileOverview> &profiles, const QDateTime &savedAt) {
                if (m_profilesFromNetwork || !m_model)
                    return; // the network was faster: its answer is newer
                m_model->setAccount(account);
                m_model->setProfiles(profiles);
                m_showingCache = true;
                m_cacheSavedAt = savedAt;
                Q_EMIT cacheShown(savedAt);
            });
    connect(m_cache, &TreeCache::moreProfilesLoaded, this, [this](const QList<ProfileOverview> &profiles) {
        m_cacheProfiles.append(profiles);
        drainCacheSoon();
    });
    connect(m_cache, &TreeCache::campaignsLoaded, this,
            [this](const QHash<QString, QList<CampaignOverview>> &campaigns) {
                m_cacheLists.reserve(m_cacheLists.size() + campaigns.size());
                for (auto it = campaigns.constBegin(); it != campaigns.constEnd(); ++it)
                    m_cacheLists.append({it.key(), it.value()});
                drainCacheSoon();
            });
    connect(
        m_cache, &TreeCache::loadFinished, this,
        [this](bool empty) {
            m_cacheEmpty = empty;
            m_cacheReadAll = true;
            drainCacheSoon();
        },
        Qt::SingleShotConnection);
    m_cache->load();
}

void WriteThrough::drainCacheSoon()
{
    if (!m_cacheTimer.isActive())
        m_cacheTimer.start();
}

void WriteThrough::drainCache()
{
    constexpr qsizetype kListsPerTurn = 2000;
    if (!m_cacheProfiles.isEmpty()) {
        // One insertion: a sorting view places many rows at once for the cost of a sort, but each of many small
        // insertions costs it a pass over every row it has.
        const QList<ProfileOverview> profiles = std::exchange(m_cacheProfiles, {});
        if (m_model && !m_profilesFromNetwork) // the network's list has the last word on which profiles exist
            m_model->mergeProfiles(profiles);
        return drainCacheSoon(); // painted before the campaigns
    }
    if (!m_cacheLists.isEmpty()) {
        const qsizetype count = std::min(kListsPerTurn, m_cacheLists.size());
        OrganizationModel::CampaignLists lists;
        lists.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            if (!m_fresh.contains(m_cacheLists.at(i).first)) // shown now, replaced when the network answers
                lists.append(std::move(m_cacheLists[i]));
        m_cacheLists.remove(0, count);
        if (m_model)
            m_model->setCampaigns(lists);
        if (!m_cacheLists.isEmpty())
            return drainCacheSoon();
    }
    if (m_cacheReadAll && !std::exchange(m_cacheReported, true))
        Q_EMIT cacheRead(m_cacheEmpty);
}

// ---- profiles --------------------------------------------------------------------------------------------------

void WriteThrough::applyAccount(const Account &account)
{
    if (m_cache)
        m_cache->saveAccount(account);
    if (m_model)
        m_model->setAccount(account);
}

void WriteThrough::applyProfilePage(const QList<Profile> &profiles)
{
    if (m_cache)
        m_cache->saveProfilePage(profiles);
    if (!m_model) {
        if (m_poller)
            for (const Profile &profile : profiles)
                m_poller->watchProfile(profile);
        return;
    }
    const bool first = !m_profilesFromNetwork;
    m_profilesFromNetwork = true;
    m_showingCache = false;
    if (profiles.size() < kOverviewsOffThread) {
        // The first page at once, so that something shows; the next ones join the batch, which costs the view one
        // layout for all that arrived meanwhile instead of one per page.
        m_pendingProfiles.reserve(m_pendingProfiles.size() + profiles.size());
        for (const Profile &p : profiles)
            m_pendingProfiles.append(ProfileOverview::of(p));
        if (first)
            applyPending();
        else if (!m_applyTimer.isActive())
            m_applyTimer.start();
        return;
    }
    // A list served whole (the first generation's answer): its overviews are made on a worker thread, and the whole
    // records let go there too — at 10,000 profiles either would hold the window for tens of milliseconds.
    ++m_profilesOnTheirWay;
    auto *watcher = new QFutureWatcher<QList<ProfileOverview>>(this);
    connect(watcher, &QFutureWatcher<QList<ProfileOverview>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_profilesOnTheirWay;
        m_pendingProfiles.append(watcher->result());
        if (m_profilesOnTheirWay > 0)
            return;
        applyPending();
        if (m_retainLater)
            retainInModel(*std::exchange(m_retainLater, std::nullopt));
    });
    watcher->setFuture(QtConcurrent::run([profiles] {
        QList<ProfileOverview> overviews;
        overviews.reserve(profiles.size());
        for (const Profile &p : profiles)
            overviews.append(ProfileOverview::of(p));
        return overviews;
    }));
}

void WriteThrough::retainProfiles(const QStringList &profileIds)
{
    if (m_cache)
        m_cache->keepOnlyProfiles(profileIds);
    if (!m_model)
        return;
    QSet<QString> keep(profileIds.cbegin(), profileIds.cend());
    applyPending(); // the pages still batched come first: the list as a whole has the last word
    if (m_profilesOnTheirWay > 0) {
        m_retainLater = std::move(keep); // after the pages that are still being turned into overviews
        return;
    }
    retainInModel(keep);
}

void WriteThrough::retainInModel(const QSet<QString> &keep)
{
    const QStringList removed = m_model->retainProfiles(keep);
    m_pending.removeIf([&keep](const auto &list) { return !keep.contains(list.first); });
    if (m_poller)
        for (const QString &id : removed)
            m_poller->forget(id);
}

void WriteThrough::applyProfile(const Profile &profile, Origin origin)
{
    applyPending(); // an older copy still batched must not overwrite it
    if (m_cache)
        m_cache->saveProfile(profile);
    if (m_model)
        m_model->addOrUpdateProfile(profile);
    if (m_poller && origin != Origin::Poll) {
        m_poller->watchProfile(profile);
        if (origin == Origin::Edit)
            m_poller->watchChanged(profile.id, false);
    }
}

void WriteThrough::removeProfile(const QString &profileId)
{
    applyPending();
    m_pending.removeIf([&](const auto &list) { return list.first == profileId; });
    if (m_cache)
        m_cache->removeProfile(profileId);
    if (m_model)
        m_model->removeProfile(profileId);
    if (m_poller)
        m_poller->forget(profileId);
}

// ---- campaigns -------------------------------------------------------------------------------------------------

void WriteThrough::applyCampaigns(const QString &profileId, const QList<Campaign> &campaigns, bool urgent,
                                  Origin origin)
{
    m_fresh.insert(profileId);
    if (m_cache)
        m_cache->saveCampaigns(profileId, campaigns);
    if (!m_model) {
        if (m_poller && origin != Origin::Poll)
            m_poller->watchCampaigns(profileId, campaigns);
        return;
    }
    // The tree keeps only what it shows; the whole records went to the cache. The poller's answers go at once:
    // their status changes are recorded right after, and the model must have them first.
    m_pending.append({profileId, overviewsOf(profileId, campaigns)});
    if (origin == Origin::Poll)
        m_polled.insert(profileId);
    if (urgent || origin == Origin::Poll)
        applyPending(); // someone is looking at it
    else if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void WriteThrough::applyPending()
{
    m_applyTimer.stop();
    if (m_profilesOnTheirWay > 0 || !m_model)
        return;
    if (!m_pendingProfiles.isEmpty()) {
        const QList<ProfileOverview> profiles = std::exchange(m_pendingProfiles, {});
        m_model->mergeProfiles(profiles);
        if (m_poller)
            for (const ProfileOverview &profile : profiles)
                m_poller->watchProfile(profile);
    }
    if (m_pending.isEmpty())
        return;
    const auto lists = std::exchange(m_pending, {});
    m_model->setCampaigns(lists);
    if (m_poller)
        for (const auto &[profileId, campaigns] : lists)
            if (!m_polled.remove(profileId))
                m_poller->watchCampaigns(profileId, campaigns);
}

void WriteThrough::flush()
{
    applyPending();
}

void WriteThrough::applyCampaign(const QString &profileId, const Campaign &campaign, Origin origin)
{
    applyPending(); // an older list still waiting must not overwrite it
    if (m_cache)
        m_cache->saveCampaign(profileId, campaign);
    if (m_model)
        m_model->addOrUpdateCampaign(profileId, CampaignOverview::of(campaign, profileId));
    if (m_poller && origin == Origin::Edit)
        m_poller->watchChanged(profileId, true);
}

void WriteThrough::removeCampaign(const QString &profileId, const QString &campaignId)
{
    applyPending();
    if (m_cache)
        m_cache->removeCampaign(profileId, campaignId);
    if (m_model)
        m_model->removeCampaign(profileId, campaignId);
    if (m_poller)
        m_poller->watchChanged(profileId, true);
}

void WriteThrough::campaignsFailed(const QString &profileId, const ApiError &error)
{
    if (m_model)
        m_model->setCampaignsFailed(profileId, error.userMessage());
}

// ---- changes and the history -----------------------------------------------------------------------------------

void WriteThrough::applyChange(const MadeChange &change)
{
    const QString profileId = change.profileId();
    const bool whole = change.data.contains(QLatin1String("id"));
    switch (change.what()) {
    case MadeChange::What::CreateProfile:
    case MadeChange::What::UpdateProfile:
        if (whole)
            applyProfile(Profile::fromJson(change.data), Origin::Edit);
        else
            Q_EMIT profileStale(profileId);
        // Its brand or what it inherits decides which campaigns it lists.
        for (const char *field : {"brand", "inherit_tcr_brand", "inherit_tcr_campaign"})
            if (change.what() == MadeChange::What::UpdateProfile && change.body.contains(QLatin1String(field))) {
                Q_EMIT campaignsStale(profileId);
                break;
            }
        break;
    case MadeChange::What::DeleteProfile:
        removeProfile(profileId);
        break;
    case MadeChange::What::CompleteProfile:
        // Onboarding moves the profile, and then its campaigns to the registry: followed whatever the answer says.
        if (m_poller) {
            m_poller->watchChanged(profileId, false);
            m_poller->watchChanged(profileId, true);
        }
        break;
    case MadeChange::What::CreateCampaign:
    case MadeChange::What::UpdateCampaign:
        if (whole)
            applyCampaign(profileId, Campaign::fromJson(change.data), Origin::Edit);
        else
            Q_EMIT campaignsStale(profileId);
        break;
    case MadeChange::What::DeleteCampaign:
        removeCampaign(profileId, change.campaignId());
        break;
    case MadeChange::What::Other:
        break;
    }
    if (m_recorder)
        m_recorder->recordChange(change);
}

void WriteThrough::recordProfileStatus(const Profile &profile, const QString &oldStatus)
{
    if (m_recorder)
        m_recorder->recordProfileStatus(profile, oldStatus);
}

void WriteThrough::recordCampaignStatus(const QString &profileId, const Campaign &campaign, const QString &oldStatus)
{
    if (m_recorder)
        m_recorder->recordCampaignStatus(profileId, campaign, oldStatus);
}

} // namespace cd
