#include "organizationloader.h"

#include "api/profilelisting.h"
#include "api/sentclient.h"
#include "core/logging.h"

#include <algorithm>

namespace cd {

namespace {

// sent.dm's answer to the campaign list of a profile that has no brand after all: no campaigns, not a failure.
bool isNoBrand(const ApiError &error)
{
    return error.code == QLatin1String("RESOURCE_009");
}

} // namespace

OrganizationLoader::OrganizationLoader(SentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

OrganizationLoader::~OrganizationLoader()
{
    cancel();
}

void OrganizationLoader::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
}

int OrganizationLoader::failedCampaignLists() const
{
    return int(std::count_if(m_tree.profiles.cbegin(), m_tree.profiles.cend(),
                             [](const ProfileNode &node) { return node.campaignsError.has_value(); }));
}

ProfileNode *OrganizationLoader::node(const QString &profileId)
{
    const auto it = m_nodeIndex.constFind(profileId);
    return it == m_nodeIndex.cend() ? nullptr : &m_tree.profiles[*it];
}

void OrganizationLoader::refresh()
{
    cancel();
    const int generation = m_generation;
    m_error.reset();
    m_listNote.clear();
    m_tree = OrganizationTree();
    m_nodeIndex.clear();
    m_asked.clear();
    m_handedOut = 0;
    m_profilesIn = false;
    m_done = 0;
    m_total = 0;
    setLoading(true);
    m_jobs.append(m_client->me({}, this, [this, generation](const Result<Account> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.error());
        Account account = result.value();
        if (!m_keepRecords) {
            // /v3/me names every child profile; the tree has them from their own list. At 50,000 profiles the
            // summaries are tens of megabytes that nothing in the window reads.
            account.profiles.clear();
            account.profiles.squeeze();
        }
        m_tree.account = account;
        Q_EMIT accountLoaded(account);
        fetchProfiles(account);
    }));
}

void OrganizationLoader::fetchProfiles(const Account &account)
{
    const int generation = m_generation;
    // A profile's own key may not list profiles: its organization, as far as it can see, is that one profile.
    if (account.kind() == Account::Kind::Profile) {
        m_jobs.append(m_client->getProfile(account.id, {}, this, [this, generation](const Result<Profile> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                return fail(result.error());
            addProfiles({result.value()});
            Q_EMIT profileProgress(1, 1);
            Q_EMIT profilesListed({result.value().id});
            m_profilesIn = true;
            handOutReady();
            checkFinished();
        }));
        return;
    }
    m_listing = new ProfileListing(m_client, {}, this);
    m_listing->setKeepRecords(false); // each page is taken as it comes (addProfiles)
    connect(m_listing, &ProfileListing::pageArrived, this, [this](const QList<Profile> &page, int received, int total) {
        addProfiles(page);
        Q_EMIT profileProgress(received, total);
    });
    connect(m_listing, &ProfileListing::finished, this, &OrganizationLoader::listEnded);
    m_listing->start();
}

bool OrganizationLoader::canResume() const
{
    return m_listing && m_listing->canResume() && m_error;
}

void OrganizationLoader::resume()
{
    if (!canResume())
        return refresh();
    m_error.reset();
    setLoading(true);
    m_listing->resume();
}

bool OrganizationLoader::isListing() const
{
    return m_listing && m_listing->isRunning();
}

int OrganizationLoader::profilesReceived() const
{
    return m_listing ? m_listing->receivedCount() : int(m_tree.profiles.size());
}

int OrganizationLoader::profilesTotal() const
{
    return m_listing ? m_listing->totalCount() : int(m_tree.profiles.size());
}

void OrganizationLoader::listEnded()
{
    if (const std::optional<ApiError> &error = m_listing->error()) {
        // What was read stays (and its campaigns go on loading); resume() asks again from the page that failed.
        if (error->kind != ApiError::Kind::Cancelled)
            fail(*error);
        return;
    }
    if (m_listing->isComplete()) {
        const QStringList ids = m_listing->profileIds();
        if (m_keepRecords) {
            const QSet<QString> keep(ids.cbegin(), ids.cend());
            // Only the profiles of the list's last pass: one that only an earlier pass saw is gone since.
            m_tree.profiles.removeIf([&keep](const ProfileNode &node) { return !keep.contains(node.profile.id); });
            m_nodeIndex.clear();
            for (qsizetype i = 0; i < m_tree.profiles.size(); ++i)
                m_nodeIndex.insert(m_tree.profiles[i].profile.id, i);
        }
        Q_EMIT profilesListed(ids);
    } else {
        // Short, but nothing failed: what was read is shown, nothing is taken away, and the note says so.
        m_listNote = m_listing->note();
        Q_EMIT listShort(m_listNote);
    }
    m_profilesIn = true;
    handOutReady();
    checkFinished();
}

void OrganizationLoader::addProfiles(const QList<Profile> &profiles)
{
    if (m_keepRecords) {
        for (const Profile &profile : profiles) {
            if (ProfileNode *existing = node(profile.id)) {
                existing->profile = profile; // a page read again (the list changed while it was read)
                continue;
            }
            m_nodeIndex.insert(profile.id, m_tree.profiles.size());
            ProfileNode n;
            n.profile = profile;
            n.campaignsLoaded = !profile.hasBrand(); // without a brand the list can only say "no brand"
            m_tree.profiles.append(std::move(n));
        }
    }
    Q_EMIT profilesArrived(profiles);
    // The page's profiles still moving first (their campaigns are the likeliest to have changed), then the rest in
    // order. Without a brand (own or inherited) a list can only answer RESOURCE_009: not worth a request.
    QStringList inReview, rest;
    for (const Profile &profile : profiles) {
        if (!profile.hasBrand() || m_asked.contains(profile.id))
            continue;
        m_asked.insert(profile.id);
        (profile.statusInfo().category == StatusCategory::InReview ? inReview : rest).append(profile.id);
    }
    for (const QStringList *list : {&inReview, &rest})
        for (const QString &id : *list)
            if (!m_queued.contains(id) && !m_inFlight.contains(id)) {
                m_queue.push_back(id);
                m_queued.insert(id);
                ++m_total;
            }
    Q_EMIT progress(m_done, m_total);
    pump();
}

void OrganizationLoader::prioritize(const QStringList &profileIds)
{
    // The visible ones to the front, in their order.
    std::deque<QString> front;
    for (const QString &id : profileIds) {
        if (!m_queued.contains(id))
            continue; // loaded, on its way or never asked for: no need to look through a queue of 50,000
        const auto it = std::find(m_queue.begin(), m_queue.end(), id);
        if (it != m_queue.end()) {
            m_queue.erase(it);
            front.push_back(id);
        }
    }
    m_queue.insert(m_queue.begin(), front.begin(), front.end());
}

void OrganizationLoader::requestCampaigns(const QString &profileId, Priority priority)
{
    if (m_inFlight.contains(profileId))
        return; // already on its way
    const auto it = std::find(m_queue.begin(), m_queue.end(), profileId);
    if (it != m_queue.end()) {
        if (priority == Priority::Background)
            return; // already waiting its turn
        m_queue.erase(it);
    } else if (!m_queued.contains(profileId) && m_loading) {
        ++m_total;
    }
    m_queued.insert(profileId);
    (priority == Priority::User ? m_userQueue.push_back(profileId) : m_queue.push_back(profileId));
    pump();
}

void OrganizationLoader::pump()
{
    // The user's requests are not held back by the background's concurrency limit. A request counts against the
    // limit until its answer arrives, not until it has been decoded: the next one is on its way while the last is
    // read.
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
        ApiJob *job = m_client->listCampaigns(
            id, options, this,
            [this, id, generation, priority = options.priority](const Result<QList<Campaign>> &result) {
                m_inFlight.remove(id);
                m_onWire.remove(id);
                if (generation != m_generation)
                    return;
                answered(id, result, priority);
            });
        connect(job, &ApiJob::answerArrived, this, [this, id, generation] {
            if (generation == m_generation && m_onWire.remove(id))
                pump();
        });
        m_jobs.append(job);
    }
}

void OrganizationLoader::answered(const QString &profileId, const Result<QList<Campaign>> &result, Priority priority)
{
    if (m_loading)
        ++m_done;
    if (result.ok() || isNoBrand(result.error())) {
        const QList<Campaign> campaigns = result.ok() ? result.value() : QList<Campaign>();
        if (ProfileNode *n = m_keepRecords ? node(profileId) : nullptr) {
            n->campaigns = campaigns;
            n->campaignsLoaded = true;
            n->campaignsError.reset();
        }
        Q_EMIT campaignsLoaded(profileId, campaigns, priority);
    } else if (result.error().kind != ApiError::Kind::Cancelled) {
        qCInfo(lcServices).noquote() << "campaigns of" << profileId << "failed:" << result.error().userMessage();
        if (ProfileNode *n = m_keepRecords ? node(profileId) : nullptr)
            n->campaignsError = result.error();
        Q_EMIT campaignsFailed(profileId, result.error());
    }
    if (m_loading)
        Q_EMIT progress(m_done, m_total);
    pump();
    handOutReady();
    checkFinished();
}

void OrganizationLoader::setHandOut(bool handOut)
{
    m_handOut = handOut;
    handOutReady();
}

void OrganizationLoader::handOutReady()
{
    if (!m_handOut || !m_keepRecords || !m_profilesIn)
        return;
    while (m_handedOut < m_tree.profiles.size()) {
        ProfileNode &next = m_tree.profiles[m_handedOut];
        if (!next.campaignsLoaded && !next.campaignsError)
            return; // its campaigns are still on their way: the ones after it wait, to keep the list's order
        ++m_handedOut;
        Q_EMIT profileComplete(next, m_handedOut == m_tree.profiles.size());
        // Let go of the records; the id and the failure stay (failedCampaignLists(), exit codes).
        Profile kept;
        kept.id = next.profile.id;
        next.profile = std::move(kept);
        next.campaigns = {};
    }
}

void OrganizationLoader::fail(const ApiError &error)
{
    m_error = error;
    setLoading(false);
    Q_EMIT finished();
}

void OrganizationLoader::checkFinished()
{
    if (m_loading && m_profilesIn && m_inFlight.isEmpty() && m_queue.empty() && m_userQueue.empty()) {
        setLoading(false);
        Q_EMIT finished();
    }
}

void OrganizationLoader::cancel()
{
    ++m_generation;
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing->deleteLater();
        m_listing = nullptr;
    }
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs)
        if (job)
            job->cancel();
    m_queue.clear();
    m_userQueue.clear();
    m_queued.clear();
    m_inFlight.clear();
    m_onWire.clear();
    setLoading(false);
}

void OrganizationLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace cd
