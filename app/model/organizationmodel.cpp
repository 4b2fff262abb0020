#include "organizationmodel.h"

#include "organizationmodel_p.h"

#include <QSet>

#include <algorithm>

// The tree's structure: nodes, mutations, lookups and the QAbstractItemModel plumbing. What each cell shows is in
// organizationmodeldata.cpp.

namespace cd {

OrganizationModel::OrganizationModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

OrganizationModel::~OrganizationModel() = default;

// ---- mutations -------------------------------------------------------------------------------------------------

void OrganizationModel::clear()
{
    beginResetModel();
    m_root->children.clear();
    m_profiles.clear();
    m_inheritance.clear();
    endResetModel();
}

void OrganizationModel::setAccount(const Account &account)
{
    if (m_root->children.empty()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Organization;
        node->account = std::make_unique<Account>(account);
        std::vector<std::unique_ptr<Node>> nodes;
        nodes.push_back(std::move(node));
        insertChildren(m_root.get(), std::move(nodes));
        return;
    }
    Node *org = m_root->children.front().get();
    *org->account = account;
    org->sortKey.clear();
    emitRowChanged(org);
}

void OrganizationModel::setProfiles(const QList<Profile> &profiles)
{
    QList<ProfileOverview> overviews;
    overviews.reserve(profiles.size());
    for (const Profile &p : profiles)
        overviews.append(ProfileOverview::of(p));
    setProfiles(overviews);
}

void OrganizationModel::setProfiles(const QList<ProfileOverview> &profiles)
{
    QSet<QString> listed;
    listed.reserve(profiles.size());
    for (const ProfileOverview &p : profiles)
        listed.insert(p.id);
    retainProfiles(listed);
    mergeProfiles(profiles);
}

QStringList OrganizationModel::retainProfiles(const QSet<QString> &profileIds)
{
    QStringList removed;
    if (m_root->children.empty())
        return removed;
    Node *org = m_root->children.front().get();
    // From the end so that rows stay valid, one contiguous run at a time.
    // The organization's own rows come first and stay (they follow the profiles).
    const auto kept = [&](int row) {
        const Node *node = org->children[size_t(row)].get();
        return !node->profile || profileIds.contains(node->profile->id);
    };
    for (int row = int(org->children.size()) - 1; row >= 0;) {
        if (kept(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept(first - 1))
            --first;
        for (int r = first; r <= row; ++r)
            removed.append(org->children[size_t(r)]->profile->id);
        removeChildren(org, first, row);
        row = first - 1;
    }
    if (!removed.isEmpty()) {
        syncOrganizationRows();
        emitRowChanged(org);
    }
    return removed;
}

void OrganizationModel::mergeProfiles(const QList<ProfileOverview> &profiles)
{
    if (m_root->children.empty())
        setAccount(Account());
    Node *org = m_root->children.front().get();
    // Updates in place, then one insertion for everything new.
    std::vector<std::unique_ptr<Node>> added;
    QSet<QString> adding;
    for (const ProfileOverview &p : profiles) {
        m_inheritance.setProfile(p);
        if (Node *existing = m_profiles.value(p.id)) {
            if (!(*existing->profile == p)) {
                const bool brandAppeared = !existing->profile->hasBrand() && p.hasBrand();
                const bool otherCampaigns = existing->profile->inheritTcrCampaign != p.inheritTcrCampaign;
                *existing->profile = p;
                existing->sortKey.clear();
                if ((brandAppeared && existing->children.empty()) || otherCampaigns)
                    if (existing->campaigns == CampaignState::Loaded)
                        existing->campaigns = CampaignState::Unknown; // there may be other campaigns now
                emitRowChanged(existing);
            }
            continue;
        }
        if (adding.contains(p.id))
            continue; // listed twice in one answer: once is enough
        adding.insert(p.id);
        auto node = std::make_unique<Node>();
        node->kind = Kind::Profile;
        node->profile = std::make_unique<ProfileOverview>(p);
        // Without a brand the campaign list can only answer "no brand": nothing to load.
        node->campaigns = p.hasBrand() ? CampaignState::Unknown : CampaignState::Loaded;
        added.push_back(std::move(node));
    }
    if (!added.empty())
        insertChildren(org, std::move(added));
    syncOrganizationRows();
    emitRowChanged(org);
}

void OrganizationModel::updateProfile(const Profile &profile)
{
    Node *node = m_profiles.value(profile.id);
    if (!node)
        return;
    *node->profile = ProfileOverview::of(profile);
    m_inheritance.setProfile(*node->profile);
    node->sortKey.clear();
    emitRowChanged(node);
    syncOrganizationRows();
}

void OrganizationModel::addOrUpdateProfile(const Profile &profile)
{
    if (m_profiles.contains(profile.id)) {
        Node *node = m_profiles.value(profile.id);
        const ProfileOverview overview = ProfileOverview::of(profile);
        const bool brandAppeared = !node->profile->hasBrand() && overview.hasBrand() && node->children.empty();
        if ((brandAppeared || node->profile->inheritTcrCampaign != overview.inheritTcrCampaign)
            && node->campaigns == CampaignState::Loaded)
            node->campaigns = CampaignState::Unknown; // there may be other campaigns now
        *node->profile = overview;
        m_inheritance.setProfile(overview);
        node->sortKey.clear();
        emitRowChanged(node);
        syncOrganizationRows();
        return;
    }
    if (m_root->children.empty())
        setAccount(Account());
    auto node = std::make_unique<Node>();
    node->kind = Kind::Profile;
    node->profile = std::make_unique<ProfileOverview>(ProfileOverview::of(profile));
    node->campaigns = node->profile->hasBrand() ? CampaignState::Unknown : CampaignState::Loaded;
    m_inheritance.setProfile(*node->profile);
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    Node *org = m_root->children.front().get();
    insertChildren(org, std::move(nodes));
    syncOrganizationRows();
    emitRowChanged(org);
}

void OrganizationModel::removeProfile(const QString &profileId)
{
    Node *node = m_profiles.value(profileId);
    if (!node || m_root->children.empty())
        return;
    Node *org = m_root->children.front().get();
    for (size_t row = 0; row < org->children.size(); ++row) {
        if (org->children[row].get() == node) {
            removeChildren(org, int(row), int(row));
            syncOrganizationRows();
            emitRowChanged(org);
            return;
        }
    }
}

void OrganizationModel::setCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
{
    QList<CampaignOverview> overviews;
    overviews.reserve(campaigns.size());
    for (const Campaign &c : campaigns)
        overviews.append(CampaignOverview::of(c, profileId));
    setCampaigns(profileId, overviews);
}

void OrganizationModel::setCampaigns(const QString &profileId, const QList<CampaignOverview> &campaigns)
{
    Node *profile = profileNode(profileId);
    if (profile && applyCampaigns(profile, campaigns))
        Q_EMIT dataChanged(indexFor(profile, UseCasesColumn), indexFor(profile, SetupColumn));
    syncOrganizationRows();
}

void OrganizationModel::setCampaigns(const CampaignLists &lists)
{
    std::vector<int> changed;
    changed.reserve(size_t(lists.size()));
    for (const auto &[profileId, campaigns] : lists)
        if (Node *profile = profileNode(profileId); profile && applyCampaigns(profile, campaigns))
            changed.push_back(profile->row);
    emitSummariesChanged(std::move(changed));
    syncOrganizationRows();
}

// A view looks up the row of every change it is told of, and behind a sorting proxy neighbours in the model are
// far apart on screen: a signal per profile (or per run of neighbours) made a 50,000-profile load spend its time
// searching, each search as long as the tree. One signal spans them all (the rows between are said to change too;
// they repaint, nothing more): the proxy passes on one range, and the view walks it once.
void OrganizationModel::emitSummariesChanged(std::vector<int> rows)
{
    if (rows.empty())
        return;
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    Node *organization = m_root->children.front().get();
    Q_EMIT dataChanged(indexFor(organization->children[size_t(*first)].get(), UseCasesColumn),
                       indexFor(organization->children[size_t(*last)].get(), SetupColumn));
}

bool OrganizationModel::applyCampaigns(Node *profile, const QList<CampaignOverview> &campaigns)
{
    profile->campaigns = CampaignState::Loaded;
    m_inheritance.setCampaigns(profile->profile->id, campaigns);
    // Placeholders go first; they are always the only child when present.
    if (!profile->children.empty() && !profile->children.front()->campaign)
        removeChildren(profile, 0, int(profile->children.size()) - 1);

    QSet<QString> listed;
    listed.reserve(campaigns.size());
    for (const CampaignOverview &c : campaigns)
        listed.insert(c.id);
    for (int row = int(profile->children.size()) - 1; row >= 0; --row)
        if (!listed.contains(profile->children[size_t(row)]->campaign->id))
            removeChildren(profile, row, row);
    std::vector<std::unique_ptr<Node>> added;
    for (const CampaignOverview &c : campaigns) {
        auto it = std::find_if(profile->children.begin(), profile->children.end(),
                               [&c](const std::unique_ptr<Node> &n) { return n->campaign->id == c.id; });
        if (it != profile->children.end()) {
            if (!(*(*it)->campaign == c)) {
                *(*it)->campaign = c;
                (*it)->sortKey.clear();
                emitRowChanged(it->get());
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Campaign;
        node->campaign = std::make_unique<CampaignOverview>(c);
        added.push_back(std::move(node));
    }
    if (!added.empty())
        insertChildren(profile, std::move(added));
    // Its use cases and attention follow its campaigns. Only those columns: a change to the column the view
    // sorts by would make a sorting proxy move rows, and that is for real changes only.
    const QString useCases = displayData(profile, UseCasesColumn).toString();
    const QString attention = displayData(profile, AttentionColumn).toString();
    const QString setup = displayData(profile, SetupColumn).toString();
    if (useCases == profile->shownUseCases && attention == profile->shownAttention && setup == profile->shownSetup)
        return false;
    profile->shownUseCases = useCases;
    profile->shownAttention = attention;
    profile->shownSetup = setup;
    return true;
}

QList<CampaignOverview> OrganizationModel::campaignsOf(const Node *profile)
{
    QList<CampaignOverview> campaigns;
    campaigns.reserve(qsizetype(profile->children.size()));
    for (const auto &child : profile->children)
        if (child->campaign)
            campaigns.append(*child->campaign);
    return campaigns;
}

void OrganizationModel::addOrUpdateCampaign(const QString &profileId, const CampaignOverview &campaign)
{
    Node *profile = profileNode(profileId);
    if (!profile || profile->campaigns != CampaignState::Loaded)
        return;
    QList<CampaignOverview> campaigns = campaignsOf(profile);
    const auto it = std::find_if(campaigns.begin(), campaigns.end(),
                                 [&](const CampaignOverview &c) { return c.id == campaign.id; });
    if (it != campaigns.end())
        *it = campaign;
    else
        campaigns.append(campaign);
    setCampaigns(profileId, campaigns);
}

void OrganizationModel::removeCampaign(const QString &profileId, const QString &campaignId)
{
    Node *profile = profileNode(profileId);
    if (!profile || profile->campaigns != CampaignState::Loaded)
        return;
    QList<CampaignOverview> campaigns = campaignsOf(profile);
    if (campaigns.removeIf([&](const CampaignOverview &c) { return c.id == campaignId; }) > 0)
        setCampaigns(profileId, campaigns);
}

void OrganizationModel::setCampaignsLoading(const QString &profileId)
{
    Node *profile = profileNode(profileId);
    if (!profile || profile->campaigns == CampaignState::Loading)
        return;
    const bool wasLoaded = profile->campaigns == CampaignState::Loaded;
    profile->campaigns = CampaignState::Loading;
    // A refresh of known campaigns keeps them on screen; only an empty profile shows "Loading…".
    if (!wasLoaded || profile->children.empty())
        setPlaceholder(profile, Kind::Loading, QString());
}

void OrganizationModel::setCampaignsFailed(const QString &profileId, const QString &message)
{
    Node *profile = profileNode(profileId);
    if (!profile)
        return;
    const bool hadCampaigns = !profile->children.empty() && profile->children.front()->campaign;
    profile->campaigns = CampaignState::Failed;
    profile->message = message;
    if (!hadCampaigns)
        setPlaceholder(profile, Kind::Error, message);
    emitRowChanged(profile);
}

void OrganizationModel::setPlaceholder(Node *profile, Kind kind, const QString &message)
{
    if (!profile->children.empty())
        removeChildren(profile, 0, int(profile->children.size()) - 1);
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->message = message;
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    insertChildren(profile, std::move(nodes));
}

void OrganizationModel::removeChildren(Node *parent, int first, int last)
{
    beginRemoveRows(indexFor(parent), first, last);
    for (int row = first; row <= last; ++row)
        if (const ProfileOverview *p = parent->children[size_t(row)]->profile.get()) {
            m_profiles.remove(p->id);
            m_inheritance.removeProfile(p->id);
        }
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    parent->renumber(size_t(first));
    endRemoveRows();
}

void OrganizationModel::insertChildren(Node *parent, std::vector<std::unique_ptr<Node>> nodes, int first)
{
    if (first < 0)
        first = int(parent->children.size());
    beginInsertRows(indexFor(parent), first, first + int(nodes.size()) - 1);
    for (auto &node : nodes) {
        node->parent = parent;
        if (node->profile)
            m_profiles.insert(node->profile->id, node.get());
    }
    parent->children.insert(parent->children.begin() + first, std::make_move_iterator(nodes.begin()),
                            std::make_move_iterator(nodes.end()));
    parent->renumber(size_t(first));
    endInsertRows();
}

int OrganizationModel::sharedRows() const
{
    if (m_root->children.empty())
        return 0;
    int rows = 0;
    for (const auto &child : m_root->children.front()->children) {
        if (!child->isShared())
            break;
        ++rows;
    }
    return rows;
}

void OrganizationModel::syncOrganizationRows()
{
    if (m_root->children.empty())
        return;
    Node *org = m_root->children.front().get();
    const bool brandRow = m_inheritance.brandInheritorCount() > 0;
    const QList<CampaignOverview> campaigns = m_inheritance.campaignOverviews();
    const int have = sharedRows();
    const int offset = brandRow ? 1 : 0;
    bool same = have == offset + int(campaigns.size());
    for (int row = 0; same && row < have; ++row) {
        const Node *node = org->children[size_t(row)].get();
        same = row < offset
            ? node->kind == Kind::OrganizationBrand
            : node->kind == Kind::OrganizationCampaign && node->campaign->id == campaigns.at(row - offset).id;
    }
    const auto fill = [this](Node *node) {
        bool changed = false;
        if (node->kind == Kind::OrganizationBrand) {
            const std::optional<BrandOverview> &brand = m_inheritance.brand();
            const int users = m_inheritance.brandInheritorCount();
            changed = users != node->inheritors || bool(node->brand) != brand.has_value()
                || (brand && !(*node->brand == *brand));
            node->brand = brand ? std::make_unique<BrandOverview>(*brand) : nullptr;
            node->inheritors = users;
            return changed;
        }
        const std::optional<Inheritance::SharedCampaign> shared = m_inheritance.campaign(node->campaign->id);
        const int users = m_inheritance.inheritorCount(node->campaign->id);
        if (shared && !(*node->campaign == shared->campaign)) {
            *node->campaign = shared->campaign;
            node->sortKey.clear();
            changed = true;
        }
        changed = changed || users != node->inheritors;
        node->inheritors = users;
        return changed;
    };
    if (same) {
        for (int row = 0; row < have; ++row)
            if (Node *node = org->children[size_t(row)].get(); fill(node))
                emitRowChanged(node);
        return;
    }
    if (have > 0)
        removeChildren(org, 0, have - 1);
    std::vector<std::unique_ptr<Node>> nodes;
    if (brandRow) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::OrganizationBrand;
        fill(node.get());
        nodes.push_back(std::move(node));
    }
    for (const CampaignOverview &c : campaigns) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::OrganizationCampaign;
        node->campaign = std::make_unique<CampaignOverview>(c);
        fill(node.get());
        nodes.push_back(std::move(node));
    }
    if (!nodes.empty())
        insertChildren(org, std::move(nodes), 0);
}

void OrganizationModel::emitRowChanged(const Node *node)
{
    if (node == m_root.get())
        return;
    Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

// ---- lookups ---------------------------------------------------------------------------------------------------

const Account &OrganizationModel::account() const
{
    static const Account none;
    return m_root->children.empty() ? none : *m_root->children.front()->account;
}

bool OrganizationModel::hasAccount() const
{
    return !m_root->children.empty();
}

int OrganizationModel::profileCount() const
{
    return int(m_profiles.size());
}

QStringList OrganizationModel::profileIds() const
{
    QStringList ids;
    if (m_root->children.empty())
        return ids;
    for (const auto &child : m_root->children.front()->children)
        if (child->profile)
            ids.append(child->profile->id);
    return ids;
}

OrganizationModel::Node *OrganizationModel::profileNode(const QString &profileId) const
{
    return m_profiles.value(profileId);
}

QModelIndex OrganizationModel::organizationIndex() const
{
    return m_root->children.empty() ? QModelIndex() : indexFor(m_root->children.front().get());
}

QModelIndex OrganizationModel::profileIndex(const QString &profileId, int column) const
{
    const Node *node = profileNode(profileId);
    return node ? indexFor(node, column) : QModelIndex();
}

QModelIndex OrganizationModel::campaignIndex(const QString &profileId, const QString &campaignId, int column) const
{
    const Node *profile = profileNode(profileId);
    if (!profile)
        return {};
    for (const auto &child : profile->children)
        if (child->campaign && child->campaign->id == campaignId)
            return indexFor(child.get(), column);
    return {};
}

QModelIndex OrganizationModel::organizationBrandIndex(int column) const
{
    if (m_root->children.empty())
        return {};
    for (const auto &child : m_root->children.front()->children) {
        if (!child->isShared())
            break;
        if (child->kind == Kind::OrganizationBrand)
            return indexFor(child.get(), column);
    }
    return {};
}

QModelIndex OrganizationModel::organizationCampaignIndex(const QString &campaignId, int column) const
{
    if (m_root->children.empty())
        return {};
    for (const auto &child : m_root->children.front()->children) {
        if (!child->isShared())
            break;
        if (child->kind == Kind::OrganizationCampaign && child->campaign->id == campaignId)
            return indexFor(child.get(), column);
    }
    return {};
}

OrganizationModel::Kind OrganizationModel::kind(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->kind : Kind::Organization;
}

const ProfileOverview *OrganizationModel::profile(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->owningProfile() : nullptr;
}

const CampaignOverview *OrganizationModel::campaign(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->campaign.get() : nullptr;
}

bool OrganizationModel::campaignsLoaded(const QString &profileId) const
{
    const Node *node = profileNode(profileId);
    return node && node->campaigns == CampaignState::Loaded;
}

QStringList OrganizationModel::profilesNeedingCampaigns() const
{
    QStringList ids;
    if (m_root->children.empty())
        return ids;
    for (const auto &child : m_root->children.front()->children)
        if (child->profile && child->campaigns == CampaignState::Unknown)
            ids.append(child->profile->id);
    return ids;
}

OrganizationModel::Node *OrganizationModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OrganizationModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

// ---- QAbstractItemModel ----------------------------------------------------------------------------------------

QModelIndex OrganizationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return indexFor(nodeFor(parent)->children[size_t(row)].get(), column);
}

QModelIndex OrganizationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int OrganizationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int OrganizationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrganizationModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->kind == Kind::Profile
        && (node->campaigns == CampaignState::Unknown || node->campaigns == CampaignState::Loading))
        return true; // not asked yet (the expander invites fetchMore()), or the "Loading…" row is on its way
    return !node->children.empty();
}

bool OrganizationModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    // Not after a failure: views call this on their own, and a failing load must not retry in a loop. The error
    // row offers retry() instead.
    return parent.isValid() && parent.column() == 0 && node->kind == Kind::Profile
        && node->campaigns == CampaignState::Unknown;
}

void OrganizationModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(nodeFor(parent));
}

void OrganizationModel::retry(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (index.isValid() && node->kind == Kind::Error)
        node = node->parent;
    if (index.isValid() && node->kind == Kind::Profile && node->campaigns == CampaignState::Failed)
        request(node);
}

bool OrganizationModel::canRetry(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (index.isValid() && node->kind == Kind::Error)
        node = node->parent;
    return index.isValid() && node->kind == Kind::Profile && node->campaigns == CampaignState::Failed;
}

void OrganizationModel::request(Node *node)
{
    const QString id = node->profile->id;
    node->campaigns = CampaignState::Loading;
    // Views call fetchMore() while they handle another change: the "Loading…" row goes in from the event loop,
    // not inside their handler (and not at all if the answer came first).
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            Node *profile = profileNode(id);
            if (!profile || profile->campaigns != CampaignState::Loading)
                return;
            if (profile->children.empty() || !profile->children.front()->campaign)
                if (profile->children.empty() || profile->children.front()->kind != Kind::Loading)
                    setPlaceholder(profile, Kind::Loading, QString());
            emitRowChanged(profile);
        },
        Qt::QueuedConnection);
    Q_EMIT campaignsRequested(id);
}

Qt::ItemFlags OrganizationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Only leaves by nature: an organization or profile without children now may get some later.
    const Kind kind = nodeFor(index)->kind;
    if (kind != Kind::Organization && kind != Kind::Profile)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace cd
