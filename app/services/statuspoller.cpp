#include "statuspoller.h"

#include "api/apierror.h"
#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "core/logging.h"

#include <algorithm>

namespace cd {

StatusPoller::StatusPoller(SentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::pump);
}

QString StatusPoller::key(const QString &profileId, bool campaigns)
{
    return (campaigns ? QStringLiteral("campaigns:") : QStringLiteral("profile:")) + profileId;
}

bool StatusPoller::profileInFlight(const Profile &profile)
{
    return !profile.statusInfo().isSettled();
}

// Waiting for the registry, or not there because the sync failed (which sent.dm retries on its side).
bool StatusPoller::isWatching(const QString &profileId, bool campaigns) const
{
    return m_targets.contains(key(profileId, campaigns));
}

qint64 StatusPoller::intervalFor(const QString &profileId, bool campaigns) const
{
    const auto it = m_targets.constFind(key(profileId, campaigns));
    return it == m_targets.cend() ? -1 : it->intervalMs;
}

int StatusPoller::awaitingCount() const
{
    const qint64 now = m_clock.elapsed();
    return int(std::count_if(m_targets.cbegin(), m_targets.cend(),
                             [now](const Target &t) { return t.awaiting || t.watchUntilMs > now; }));
}

bool StatusPoller::isWaitingOffline() const
{
    return m_clock.elapsed() < m_offlineUntilMs;
}

void StatusPoller::watchProfile(const Profile &profile)
{
    watchProfileStatus(profile.id, profile.status, profileInFlight(profile));
}

void StatusPoller::watchProfile(const ProfileOverview &profile)
{
    watchProfileStatus(profile.id, profile.status.raw, !profile.status.isSettled());
}

void StatusPoller::watchCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
{
    QList<Seen> seen;
    seen.reserve(campaigns.size());
    for (const Campaign &c : campaigns)
        seen.append({c.id, c.status, c.tcrSyncError, c.statusInfo().isSettled()});
    watchCampaignStatuses(profileId, seen);
}

void StatusPoller::watchCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns)
{
    QList<Seen> seen;
    seen.reserve(campaigns.size());
    for (const CampaignOverview &c : campaigns)
        seen.append({c.id, c.status.raw, c.tcrSyncError, c.status.isSettled()});
    watchCampaignStatuses(profileId, seen);
}

void StatusPoller::watchProfileStatus(const QString &profileId, const QString &status, bool inFlight)
{
    const QString k = key(profileId, false);
    auto it = m_targets.find(k);
    const bool keep = inFlight || (it != m_targets.end() && it->watchUntilMs > m_clock.elapsed());
    if (!keep) {
        m_targets.remove(k);
        return;
    }
    if (it == m_targets.end()) {
        Target t;
        t.profileId = profileId;
        t.intervalMs = m_settings.firstIntervalMs;
        t.dueMs = m_clock.elapsed() + t.intervalMs;
        it = m_targets.insert(k, t);
    }
    it->profileStatus = status;
    it->statusKnown = true;
    it->awaiting = inFlight;
    m_settled = false;
    schedule();
}

void StatusPoller::watchCampaignStatuses(const QString &profileId, const QList<Seen> &campaigns)
{
    const QString k = key(profileId, true);
    auto it = m_targets.find(k);
    const bool anyInFlight = std::any_of(campaigns.begin(), campaigns.end(),
                                         [](const Seen &c) { return !c.settled || !c.syncError.isEmpty(); });
    if (!anyInFlight && !(it != m_targets.end() && it->watchUntilMs > m_clock.elapsed())) {
        m_targets.remove(k);
        return;
    }
    if (it == m_targets.end()) {
        Target t;
        t.profileId = profileId;
        t.campaigns = true;
        t.intervalMs = m_settings.firstIntervalMs;
        t.dueMs = m_clock.elapsed() + t.intervalMs;
        it = m_targets.insert(k, t);
    }
    it->seen.clear();
    it->awaiting = false;
    for (const Seen &c : campaigns) {
        it->seen.insert(c.id, {c.status, c.syncError});
        it->awaiting = it->awaiting || !c.settled;
    }
    m_settled = false;
    schedule();
}

void StatusPoller::watchChanged(const QString &profileId, bool campaigns)
{
    const QString k = key(profileId, campaigns);
    Target &t = m_targets[k];
    t.profileId = profileId;
    t.campaigns = campaigns;
    t.intervalMs = m_settings.firstIntervalMs;
    t.dueMs = m_clock.elapsed() + t.intervalMs;
    t.watchUntilMs = m_clock.elapsed() + m_settings.justChangedMs;
    m_settled = false;
    schedule();
}

void StatusPoller::forget(const QString &profileId)
{
    m_targets.remove(key(profileId, false));
    m_targets.remove(key(profileId, true));
}

void StatusPoller::refreshNow()
{
    m_offlineUntilMs = 0;
    for (Target &t : m_targets)
        t.dueMs = m_clock.elapsed();
    schedule();
}

void StatusPoller::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        schedule();
}

bool StatusPoller::budgetLow() const
{
    // Leave twice the reserve untouched: the user's own requests come first.
    const RateBudget *budget = m_client->budget();
    return budget->isKnown() && budget->estimatedRemaining() <= 2 * budget->reserve();
}

// Watching a whole organization calls this once an item: the timer is set once, when the event loop is back, from
// every target, instead of a pass over all of them for each of thousands of items (quadratic in what is watched).
void StatusPoller::schedule()
{
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduleQueued = false;
            reschedule();
        },
        Qt::QueuedConnection);
}

void StatusPoller::reschedule()
{
    if (m_paused)
        return;
    qint64 next = -1;
    for (const Target &t : std::as_const(m_targets))
        if (!t.inFlight && (next < 0 || t.dueMs < next))
            next = t.dueMs;
    if (next < 0) {
        m_timer.stop();
        return;
    }
    next = std::max({next, m_offlineUntilMs, m_budgetWaitUntilMs});
    m_timer.start(int(std::clamp<qint64>(next - m_clock.elapsed(), 0, 24 * 3600 * 1000)));
}

void StatusPoller::pump()
{
    if (m_paused)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_offlineUntilMs || now < m_budgetWaitUntilMs)
        return schedule();
    if (budgetLow()) {
        m_budgetWaitUntilMs = now + 5'000; // look again shortly; the budget refills
        return schedule();
    }
    QList<Target *> due;
    for (Target &t : m_targets)
        if (!t.inFlight && t.dueMs <= now)
            due.append(&t);
    std::sort(due.begin(), due.end(), [](const Target *a, const Target *b) { return a->dueMs < b->dueMs; });
    for (Target *t : due) {
        if (m_running >= m_settings.concurrency)
            break;
        ask(*t);
    }
    schedule();
}

void StatusPoller::ask(Target &target)
{
    target.inFlight = true;
    ++m_running;
    ++m_requests;
    CallOptions options;
    options.priority = Priority::Background;
    const QString k = key(target.profileId, target.campaigns);
    if (!target.campaigns) {
        m_client->getProfile(target.profileId, options, this, [this, k](const Result<Profile> &result) {
            Target *t = arrived(k, result.ok() ? nullptr : &result.error());
            if (!t)
                return;
            const Profile &profile = result.value();
            const QString old = t->profileStatus;
            // The first answer for an item watched without a known status only tells where it stands.
            const bool moved = t->statusKnown && old.compare(profile.status, Qt::CaseInsensitive) != 0;
            t->profileStatus = profile.status;
            t->statusKnown = true;
            answered(k, moved, profileInFlight(profile), false);
            // Last: a slot may change what is watched.
            Q_EMIT profileFetched(profile);
            if (moved)
                Q_EMIT profileChanged(profile, old);
        });
        return;
    }
    m_client->listCampaigns(target.profileId, options, this, [this, k](const Result<QList<Campaign>> &result) {
        Target *t = arrived(k, result.ok() ? nullptr : &result.error());
        if (!t)
            return;
        const QString profileId = t->profileId;
        const QHash<QString, QPair<QString, QString>> before = std::exchange(t->seen, {});
        QList<QPair<Campaign, QString>> changes; // the campaign, its status before
        bool awaiting = false, syncErrors = false;
        for (const Campaign &c : result.value()) {
            t->seen.insert(c.id, {c.status, c.tcrSyncError});
            awaiting = awaiting || !c.statusInfo().isSettled();
            syncErrors = syncErrors || !c.tcrSyncError.isEmpty();
            const auto was = before.find(c.id);
            if (was != before.end() && (was->first != c.status || was->second != c.tcrSyncError))
                changes.append({c, was->first});
        }
        answered(k, !changes.isEmpty(), awaiting, syncErrors);
        Q_EMIT campaignsFetched(profileId, result.value());
        for (const auto &[campaign, old] : changes)
            Q_EMIT campaignChanged(profileId, campaign, old);
    });
}

// The common start of every answer: the request is done; the target, unless it is no longer watched or the
// request failed (then handled here).
StatusPoller::Target *StatusPoller::arrived(const QString &k, const ApiError *error)
{
    --m_running;
    const auto it = m_targets.find(k);
    if (it == m_targets.end()) {
        schedule();
        return nullptr;
    }
    it->inFlight = false;
    if (error) {
        failed(k, *error);
        return nullptr;
    }
    return &*it;
}

void StatusPoller::answered(const QString &k, bool moved, bool awaiting, bool syncErrors)
{
    auto it = m_targets.find(k);
    if (it == m_targets.end())
        return schedule();
    const qint64 now = m_clock.elapsed();
    it->awaiting = awaiting;
    if (!awaiting && !syncErrors && it->watchUntilMs <= now) {
        m_targets.erase(it);
        checkSettled();
        return schedule();
    }
    // Moving again soon after a change; asked less often the longer it stays still.
    it->intervalMs = moved
        ? m_settings.firstIntervalMs
        : std::min<qint64>(qint64(double(it->intervalMs) * m_settings.backoff), m_settings.maxIntervalMs);
    it->dueMs = now + it->intervalMs;
    checkSettled();
    schedule();
}

// Settled: nothing is waiting for a review and no change of the user's is being followed. A campaign whose sync
// failed is still asked about now and then (sent.dm retries the sync), but nobody waits for it.
void StatusPoller::checkSettled()
{
    const bool waiting = awaitingCount() > 0;
    if (!waiting && !std::exchange(m_settled, true))
        Q_EMIT settled();
    else if (waiting)
        m_settled = false;
}

void StatusPoller::failed(const QString &k, const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        return schedule();
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return wentOffline(error);
    default:
        break;
    }
    if (error.isNotFound()) { // deleted meanwhile: nothing left to watch
        m_targets.remove(k);
        return schedule();
    }
    const auto it = m_targets.constFind(k);
    answered(k, false, it != m_targets.cend() && it->awaiting, false); // asked again later, less often
}

void StatusPoller::wentOffline(const ApiError &error)
{
    qCInfo(lcServices).noquote() << "status poller waiting:" << error.userMessage();
    m_offlineUntilMs = m_clock.elapsed() + m_settings.offlineRetryMs;
    Q_EMIT offline(error);
    schedule();
}

} // namespace cd
