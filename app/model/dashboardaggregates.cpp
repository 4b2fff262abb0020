#include "dashboardaggregates.h"

#include "organizationmodel.h"

#include "domain/labels.h"

#include <algorithm>

namespace cd {

QString DashboardAggregates::AttentionItem::reasonText() const
{
    switch (reason) {
    case Reason::Rejected:
        return tr("Rejected");
    case Reason::SyncError:
        return tr("Did not reach the registry");
    case Reason::MissingBrand:
        return tr("No brand");
    case Reason::LoadFailed:
        return tr("Campaigns not loaded");
    case Reason::Waiting:
        return tr("Waiting long in review");
    }
    return {};
}

QString DashboardAggregates::identityLabel(const QString &identityStatus)
{
    // An empty key is a profile without a brand; "-" a brand that has no identity status yet.
    return identityStatus.isEmpty() ? tr("No brand") : Labels::identityStatus(identityStatus);
}

QString DashboardAggregates::identityKey(const ProfileOverview &p)
{
    if (p.brand)
        return p.brand->identityStatus.isEmpty() ? QStringLiteral("-") : p.brand->identityStatus;
    return p.inheritTcrBrand ? QStringLiteral("-") : QString();
}

DashboardAggregates::DashboardAggregates(OrganizationModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_updateTimer.setSingleShot(true);
    connect(&m_updateTimer, &QTimer::timeout, this, &DashboardAggregates::update);
    connect(model, &QAbstractItemModel::modelReset, this, &DashboardAggregates::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &top, const QModelIndex &bottom) {
        for (int row = top.row(); row <= bottom.row(); ++row)
            markDirty(top.siblingAtRow(row));
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under, int first, int last) {
        if (!under.isValid())
            return; // the organization's row
        if (m_model->kind(under) == OrganizationModel::Kind::Organization) {
            for (int row = first; row <= last; ++row)
                markDirty(m_model->index(row, 0, under));
        } else {
            markDirty(under); // a profile's campaigns
        }
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &under, int first, int last) {
                if (!under.isValid())
                    return;
                if (m_model->kind(under) == OrganizationModel::Kind::Organization) {
                    for (int row = first; row <= last; ++row)
                        if (const ProfileOverview *p = m_model->profile(m_model->index(row, 0, under))) {
                            takeShare(p->id);
                            m_dirty.remove(p->id);
                        }
                    m_updateTimer.start(0);
                } else {
                    markDirty(under);
                }
            });
    // Time passes without the tree changing: a review crosses the threshold overnight. Counted again each hour.
    m_clock.setParent(this);
    m_clock.setObjectName(QStringLiteral("clock"));
    m_clock.setInterval(std::chrono::hours(1));
    connect(&m_clock, &QTimer::timeout, this, &DashboardAggregates::recount);
    m_clock.start();
    rebuild();
}

void DashboardAggregates::setWaitingThresholdDays(int days)
{
    m_waitingDays = std::max(1, days);
    recount();
}

void DashboardAggregates::markDirty(const QModelIndex &index)
{
    if (!index.isValid() || !m_model)
        return;
    if (const ProfileOverview *p = m_model->profile(index))
        markDirty(p->id);
}

void DashboardAggregates::markDirty(const QString &profileId)
{
    m_dirty.insert(profileId);
    m_updateTimer.start(0); // many changes in one turn of the event loop: one update
}

DashboardAggregates::Share DashboardAggregates::shareOf(const QString &profileId) const
{
    Share share;
    const QModelIndex index = m_model->profileIndex(profileId);
    const ProfileOverview *p = index.isValid() ? m_model->profile(index) : nullptr;
    if (!p)
        return share;
    const QDateTime waitingSince = QDateTime::currentDateTimeUtc().addDays(-m_waitingDays);
    share.status = p->status.category;
    share.identity = identityKey(*p);
    const auto attention = [&share, p](AttentionItem::Reason reason, const QString &campaignId, const QString &name,
                                       const QDateTime &since, bool inherited = false) {
        share.attention.append(
            {p->id, campaignId, name, reason, since, inherited, inherited ? QStringList{p->id} : QStringList()});
    };
    const OrganizationModel::Attention flags =
        OrganizationModel::Attention(index.data(OrganizationModel::AttentionRole).toInt());
    // Rejected covers a suspended brand too (brandStatus()).
    const bool brandRejected = p->brand && p->brand->status.category == StatusCategory::Rejected;
    if (p->status.category == StatusCategory::Rejected || (brandRejected && !p->brand->isInherited))
        attention(AttentionItem::Reason::Rejected, {}, p->name, p->lastChange);
    if (brandRejected && p->brand->isInherited) // the organization's: one entry for all who inherit it
        attention(AttentionItem::Reason::Rejected, {}, tr("Organization's brand"), {}, true);
    if (!p->hasBrand())
        attention(AttentionItem::Reason::MissingBrand, {}, p->name, p->lastChange);
    if (flags & OrganizationModel::LoadFailed)
        attention(AttentionItem::Reason::LoadFailed, {}, p->name, p->lastChange);
    if (p->status.category == StatusCategory::InReview && p->lastChange.isValid() && p->lastChange < waitingSince)
        attention(AttentionItem::Reason::Waiting, {}, p->name, p->lastChange);
    for (int row = 0, rows = m_model->rowCount(index); row < rows; ++row) {
        const CampaignOverview *c = m_model->campaign(m_model->index(row, 0, index));
        if (!c)
            continue;
        share.campaigns.append({c->id, c->status.category, c->useCases, c->inherited});
        if (!c->tcrSyncError.isEmpty())
            attention(AttentionItem::Reason::SyncError, c->id, c->name, c->lastChange, c->inherited);
        else if (c->status.category == StatusCategory::Rejected)
            attention(AttentionItem::Reason::Rejected, c->id, c->name, c->lastChange, c->inherited);
        else if (c->status.category == StatusCategory::InReview && c->lastChange.isValid()
                 && c->lastChange < waitingSince)
            attention(AttentionItem::Reason::Waiting, c->id, c->name, c->lastChange, c->inherited);
    }
    return share;
}

void DashboardAggregates::takeShare(const QString &profileId)
{
    const auto it = m_shares.constFind(profileId);
    if (it == m_shares.cend())
        return; // nothing was counted for it
    apply(*it, -1);
    m_shares.erase(it);
}

namespace {

template<typename Map, typename Key>
void addTo(Map &map, const Key &key, int sign)
{
    const int value = map.value(key) + sign;
    if (value > 0)
        map.insert(key, value);
    else
        map.remove(key);
}

} // namespace

void DashboardAggregates::countCampaign(StatusCategory status, const QStringList &useCases, int sign)
{
    addTo(m_counts.campaigns, status, sign);
    m_counts.campaignTotal += sign;
    for (const QString &u : useCases)
        addTo(m_counts.useCases, u, sign);
}

void DashboardAggregates::apply(const Share &share, int sign)
{
    addTo(m_counts.profiles, share.status, sign);
    addTo(m_counts.brandIdentity, share.identity, sign);
    m_counts.profileTotal += sign;
    for (const CampaignShare &c : share.campaigns) {
        if (!c.inherited) {
            countCampaign(c.status, c.useCases, sign);
            continue;
        }
        // Counted once, while any profile lists it, as the latest list says it is.
        if (sign < 0 && !m_inherited.contains(c.id))
            continue; // never counted
        Inherited &shared = m_inherited[c.id];
        if (sign > 0) {
            if (shared.refs == 0 || shared.status != c.status || shared.useCases != c.useCases) {
                if (shared.refs > 0)
                    countCampaign(shared.status, shared.useCases, -1);
                countCampaign(c.status, c.useCases, +1);
                shared.status = c.status;
                shared.useCases = c.useCases;
            }
            ++shared.refs;
        } else if (--shared.refs <= 0) {
            countCampaign(shared.status, shared.useCases, -1);
            m_inherited.remove(c.id);
        }
    }
}

void DashboardAggregates::update()
{
    if (!m_model)
        return;
    // A slice at a time: every profile counted again (50,000 of them) takes the window's thread over 100 ms. Each
    // profile's share is swapped whole, so the numbers are right after every slice, only not yet all current.
    constexpr int kSlice = 5000;
    int done = 0;
    for (auto it = m_dirty.begin(); it != m_dirty.end() && done < kSlice; ++done) {
        const QString id = *it;
        it = m_dirty.erase(it);
        takeShare(id);
        if (!m_model->profileIndex(id).isValid())
            continue; // gone
        const Share share = shareOf(id);
        apply(share, +1);
        m_shares.insert(id, share);
    }
    if (!m_dirty.isEmpty())
        m_updateTimer.start(0);
    Q_EMIT changed();
}

void DashboardAggregates::markAllDirty()
{
    if (!m_model)
        return;
    const QModelIndex org = m_model->organizationIndex();
    for (int row = 0, rows = m_model->rowCount(org); row < rows; ++row)
        if (const ProfileOverview *p = m_model->profile(m_model->index(row, 0, org)))
            m_dirty.insert(p->id);
}

void DashboardAggregates::rebuild()
{
    ++m_rebuilds;
    m_shares.clear();
    m_inherited.clear();
    m_counts = {};
    m_dirty.clear();
    markAllDirty();
    update();
}

void DashboardAggregates::recount()
{
    // The same tree looked at again (time passed, the threshold moved): each profile's share replaced in turn, the
    // numbers never emptied meanwhile.
    ++m_rebuilds;
    markAllDirty();
    update();
}

QList<DashboardAggregates::AttentionItem> DashboardAggregates::attention() const
{
    QList<AttentionItem> items;
    for (const Share &share : m_shares)
        items += share.attention;
    std::sort(items.begin(), items.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.reason != b.reason)
            return a.reason < b.reason;
        if (a.since != b.since)
            return a.since < b.since; // the longest waiting first
        if (a.name != b.name)
            return a.name < b.name;
        return a.profileId < b.profileId;
    });
    // An organization's brand or campaign needs attention once, not once per profile that inherits it: the first
    // entry names them all.
    QHash<QString, qsizetype> first; // campaign id ("" the brand) → its entry
    QList<AttentionItem> merged;
    merged.reserve(items.size());
    for (AttentionItem &item : items) {
        if (!item.inherited) {
            merged.append(std::move(item));
            continue;
        }
        const QString key = item.campaignId + QLatin1Char('/') + QString::number(int(item.reason));
        if (const auto it = first.constFind(key); it != first.cend()) {
            merged[*it].affected += item.affected;
            continue;
        }
        first.insert(key, merged.size());
        merged.append(std::move(item));
    }
    for (AttentionItem &item : merged)
        if (item.inherited)
            std::sort(item.affected.begin(), item.affected.end());
    return merged;
}

QString DashboardAggregates::profileName(const QString &profileId) const
{
    const ProfileOverview *p = m_model ? m_model->profile(m_model->profileIndex(profileId)) : nullptr;
    return p ? p->name : profileId;
}

int DashboardAggregates::profilesAffectedByOrganization() const
{
    int affected = 0;
    for (const Share &share : m_shares)
        affected += std::any_of(share.attention.cbegin(), share.attention.cend(),
                                [](const AttentionItem &item) { return item.inherited; })
            ? 1
            : 0;
    return affected;
}

} // namespace cd
