#include "organizationmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cd {

struct OrganizationModel::Node
{
    Kind kind = Kind::Organization;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    // One of these, by kind: the payloads live on the heap so that a node costs what its kind needs.
    std::unique_ptr<Account> account;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Campaign> campaign;
    QString message;                                  // Error rows, and a profile's failed load
    QString shownUseCases;                            // Profile rows: what the view was last told
    QString shownAttention;
    CampaignState campaigns = CampaignState::Unknown; // Profile rows

    void renumber(size_t from = 0)
    {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->row = int(i);
    }
    const Profile *owningProfile() const
    {
        for (const Node *n = this; n; n = n->parent)
            if (n->profile)
                return n->profile.get();
        return nullptr;
    }
};

namespace {

// Most urgent first, so that an ascending sort by status puts what needs work on top.
int statusSortKey(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Rejected:
        return 0;
    case StatusCategory::InReview:
        return 1;
    case StatusCategory::Draft:
        return 2;
    case StatusCategory::Expired:
        return 3;
    case StatusCategory::Approved:
        return 4;
    case StatusCategory::Unknown:
        break;
    }
    return 5;
}

QString brandText(const Profile &p)
{
    if (!p.brand)
        return p.inheritTcrBrand ? OrganizationModel::tr("The organization's") : OrganizationModel::tr("None");
    const QString status = brandStatus(*p.brand).displayText();
    return p.brand->isInherited ? OrganizationModel::tr("%1 (inherited)").arg(status) : status;
}

QDateTime lastChange(const QDateTime &updated, const QDateTime &created)
{
    return updated.isValid() ? updated : created;
}

// Short and unambiguous in every locale: the day, the month's name, the year, hours and minutes.
QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : QString();
}

} // namespace

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
    emitRowChanged(org);
}

void OrganizationModel::setProfiles(const QList<Profile> &profiles)
{
    if (m_root->children.empty())
        setAccount(Account());
    Node *org = m_root->children.front().get();

    QSet<QString> listed;
    listed.reserve(profiles.size());
    for (const Profile &p : profiles)
        listed.insert(p.id);
    // Removals, from the end so that rows stay valid, one contiguous run at a time.
    for (int row = int(org->children.size()) - 1; row >= 0;) {
        if (listed.contains(org->children[size_t(row)]->profile->id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !listed.contains(org->children[size_t(first - 1)]->profile->id))
            --first;
        removeChildren(org, first, row);
        row = first - 1;
    }
    // Updates in place, then one insertion for everything new.
    std::vector<std::unique_ptr<Node>> added;
    for (const Profile &p : profiles) {
        if (Node *existing = m_profiles.value(p.id)) {
            if (!(*existing->profile == p)) {
                const bool brandAppeared = !existing->profile->hasBrand() && p.hasBrand();
                *existing->profile = p;
                if (brandAppeared && existing->campaigns == CampaignState::Loaded && existing->children.empty())
                    existing->campaigns = CampaignState::Unknown; // there may be campaigns now
                emitRowChanged(existing);
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Profile;
        node->profile = std::make_unique<Profile>(p);
        // Without a brand the campaign list can only answer "no brand": nothing to load.
        node->campaigns = p.hasBrand() ? CampaignState::Unknown : CampaignState::Loaded;
        added.push_back(std::move(node));
    }
    if (!added.empty())
        insertChildren(org, std::move(added));
    emitRowChanged(org);
}

void OrganizationModel::updateProfile(const Profile &profile)
{
    Node *node = m_profiles.value(profile.id);
    if (!node)
        return;
    *node->profile = profile;
    emitRowChanged(node);
}

void OrganizationModel::setCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
{
    Node *profile = profileNode(profileId);
    if (!profile)
        return;
    profile->campaigns = CampaignState::Loaded;
    // Placeholders go first; they are always the only child when present.
    if (!profile->children.empty() && !profile->children.front()->campaign)
        removeChildren(profile, 0, int(profile->children.size()) - 1);

    QHash<QString, const Campaign *> listed;
    for (const Campaign &c : campaigns)
        listed.insert(c.id, &c);
    for (int row = int(profile->children.size()) - 1; row >= 0; --row)
        if (!listed.contains(profile->children[size_t(row)]->campaign->id))
            removeChildren(profile, row, row);
    std::vector<std::unique_ptr<Node>> added;
    for (const Campaign &c : campaigns) {
        auto it = std::find_if(profile->children.begin(), profile->children.end(),
                               [&c](const std::unique_ptr<Node> &n) { return n->campaign->id == c.id; });
        if (it != profile->children.end()) {
            if (!(*(*it)->campaign == c)) {
                *(*it)->campaign = c;
                emitRowChanged(it->get());
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Campaign;
        node->campaign = std::make_unique<Campaign>(c);
        added.push_back(std::move(node));
    }
    if (!added.empty())
        insertChildren(profile, std::move(added));
    // Its use cases and attention follow its campaigns. Only those columns: a change to the column the view
    // sorts by would make a sorting proxy move rows, and that is for real changes only.
    const QString useCases = displayData(profile, UseCasesColumn).toString();
    const QString attention = displayData(profile, AttentionColumn).toString();
    if (useCases != profile->shownUseCases || attention != profile->shownAttention) {
        profile->shownUseCases = useCases;
        profile->shownAttention = attention;
        Q_EMIT dataChanged(indexFor(profile, UseCasesColumn), indexFor(profile, AttentionColumn));
    }
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
        if (const Profile *p = parent->children[size_t(row)]->profile.get())
            m_profiles.remove(p->id);
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    parent->renumber(size_t(first));
    endRemoveRows();
}

void OrganizationModel::insertChildren(Node *parent, std::vector<std::unique_ptr<Node>> nodes)
{
    const int first = int(parent->children.size());
    beginInsertRows(indexFor(parent), first, first + int(nodes.size()) - 1);
    for (auto &node : nodes) {
        node->parent = parent;
        if (node->profile)
            m_profiles.insert(node->profile->id, node.get());
        parent->children.push_back(std::move(node));
    }
    parent->renumber(size_t(first));
    endInsertRows();
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

OrganizationModel::Kind OrganizationModel::kind(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->kind : Kind::Organization;
}

const Profile *OrganizationModel::profile(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->owningProfile() : nullptr;
}

const Campaign *OrganizationModel::campaign(const QModelIndex &index) const
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
        if (child->campaigns == CampaignState::Unknown)
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
    if (node->kind == Kind::Profile && (node->campaigns == CampaignState::Unknown || node->campaigns == CampaignState::Loading))
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
    QMetaObject::invokeMethod(this, [this, id] {
        Node *profile = profileNode(id);
        if (!profile || profile->campaigns != CampaignState::Loading)
            return;
        if (profile->children.empty() || !profile->children.front()->campaign)
            if (profile->children.empty() || profile->children.front()->kind != Kind::Loading)
                setPlaceholder(profile, Kind::Loading, QString());
        emitRowChanged(profile);
    }, Qt::QueuedConnection);
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

QVariant OrganizationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case BrandColumn:
            return tr("Brand / TCR");
        case UseCasesColumn:
            return tr("Use cases");
        case LastChangeColumn:
            return tr("Last change");
        case AttentionColumn:
            return tr("Attention");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Where the profile or campaign stands; the API's own word is in each cell's tooltip.");
        case BrandColumn:
            return tr("A profile's brand (own or inherited) and its vetting; a campaign's TCR id.");
        case UseCasesColumn:
            return tr("The campaign's messaging use cases; for a profile, those of all its campaigns.");
        case LastChangeColumn:
            return tr("When sent.dm last changed the item.");
        case AttentionColumn:
            return tr("Rejections, sync errors, a missing brand, or campaigns that could not be loaded.");
        }
    }
    return {};
}

OrganizationModel::Attention OrganizationModel::attentionOf(const Node *node) const
{
    Attention attention;
    switch (node->kind) {
    case Kind::Profile: {
        const Profile &p = *node->profile;
        if (p.statusInfo().category == StatusCategory::Rejected)
            attention |= Rejected;
        if (p.brand && brandStatus(*p.brand).category == StatusCategory::Rejected)
            attention |= Rejected;
        if (!p.hasBrand())
            attention |= MissingBrand;
        if (node->campaigns == CampaignState::Failed)
            attention |= LoadFailed;
        for (const auto &child : node->children)
            if (child->campaign)
                attention |= attentionOf(child.get()) & (Rejected | SyncError);
        break;
    }
    case Kind::Campaign:
        if (!node->campaign->tcrSyncError.isEmpty())
            attention |= SyncError;
        else if (node->campaign->statusInfo().category == StatusCategory::Rejected)
            attention |= Rejected;
        break;
    case Kind::Error:
        attention |= LoadFailed;
        break;
    case Kind::Organization:
    case Kind::Loading:
        break;
    }
    return attention;
}

QString OrganizationModel::attentionText(Attention attention)
{
    QStringList parts;
    if (attention & Rejected)
        parts.append(tr("Rejected"));
    if (attention & SyncError)
        parts.append(tr("Sync error"));
    if (attention & MissingBrand)
        parts.append(tr("No brand"));
    if (attention & LoadFailed)
        parts.append(tr("Not loaded"));
    return parts.join(QLatin1String(", "));
}

QVariant OrganizationModel::displayData(const Node *node, int column) const
{
    switch (node->kind) {
    case Kind::Organization: {
        const Account &a = *node->account;
        if (column == NameColumn)
            return a.name.isEmpty() ? tr("Organization") : a.name;
        if (column == StatusColumn)
            return tr("%n profile(s)", nullptr, int(node->children.size()));
        return {};
    }
    case Kind::Loading:
        return column == NameColumn ? tr("Loading campaigns…") : QVariant();
    case Kind::Error:
        return column == NameColumn ? tr("Campaigns could not be loaded. Press Enter or double-click to try again.")
                                    : QVariant();
    case Kind::Profile: {
        const Profile &p = *node->profile;
        switch (column) {
        case NameColumn:
            return p.name;
        case StatusColumn:
            return p.statusInfo().displayText();
        case BrandColumn:
            return brandText(p);
        case UseCasesColumn: {
            QStringList useCases;
            for (const auto &child : node->children)
                if (child->campaign)
                    for (const QString &u : child->campaign->useCaseNames())
                        if (!useCases.contains(u))
                            useCases.append(u);
            return useCases.join(QLatin1String(", "));
        }
        case LastChangeColumn:
            return dateText(lastChange(p.updatedAt, p.createdAt));
        case AttentionColumn:
            return attentionText(attentionOf(node));
        }
        return {};
    }
    case Kind::Campaign: {
        const Campaign &c = *node->campaign;
        switch (column) {
        case NameColumn:
            return c.name;
        case StatusColumn:
            return c.statusInfo().displayText();
        case BrandColumn:
            if (!c.tcrCampaignId.isEmpty())
                return c.tcrCampaignId;
            return c.submittedToTcr ? tr("Submitted") : tr("Not submitted");
        case UseCasesColumn:
            return c.useCaseNames().join(QLatin1String(", "));
        case LastChangeColumn:
            return dateText(lastChange(c.updatedAt, c.createdAt));
        case AttentionColumn:
            return attentionText(attentionOf(node));
        }
        return {};
    }
    }
    return {};
}

QVariant OrganizationModel::toolTipData(const Node *node, int column) const
{
    if (node->kind == Kind::Error)
        return node->message;
    if (node->kind == Kind::Profile && column == StatusColumn)
        return tr("sent.dm status: %1").arg(node->profile->status.isEmpty() ? tr("none") : node->profile->status);
    if (node->kind == Kind::Campaign && column == StatusColumn) {
        const Campaign &c = *node->campaign;
        QString text = tr("sent.dm status: %1").arg(c.status.isEmpty() ? tr("none") : c.status);
        if (!c.tcrSyncError.isEmpty())
            text += QLatin1Char('\n') + tr("Sync error: %1").arg(c.tcrSyncError);
        return text;
    }
    if (node->kind == Kind::Profile && column == BrandColumn && node->profile->brand) {
        const Brand &b = *node->profile->brand;
        return tr("Brand status: %1\nIdentity status: %2\nTCR brand id: %3")
            .arg(b.status.isEmpty() ? tr("none") : b.status, b.identityStatus.isEmpty() ? tr("none") : b.identityStatus,
                 b.tcrBrandId.isEmpty() ? tr("none") : b.tcrBrandId);
    }
    if (node->kind == Kind::Profile && column == AttentionColumn && node->campaigns == CampaignState::Failed)
        return node->message;
    if (node->kind == Kind::Campaign && column == NameColumn && node->campaign->isInheritedBy(node->owningProfile()->id))
        return tr("Inherited from the organization: read-only for this profile.");
    return {};
}

QVariant OrganizationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::ToolTipRole:
        return toolTipData(node, column);
    case Qt::AccessibleTextRole:
        return displayData(node, column);
    case KindRole:
        return QVariant::fromValue(node->kind);
    case IdRole:
        if (node->profile)
            return node->profile->id;
        if (node->campaign)
            return node->campaign->id;
        if (node->account)
            return node->account->id;
        return {};
    case ProfileIdRole: {
        const Profile *p = node->owningProfile();
        return p ? QVariant(p->id) : QVariant();
    }
    case StatusCategoryRole:
        if (column == BrandColumn && node->profile && node->profile->brand)
            return int(brandStatus(*node->profile->brand).category);
        if (column != StatusColumn)
            return {};
        if (node->profile)
            return int(node->profile->statusInfo().category);
        if (node->campaign)
            return int(node->campaign->statusInfo().category);
        return {};
    case RawStatusRole:
        if (node->profile)
            return column == BrandColumn && node->profile->brand ? brandStatus(*node->profile->brand).raw : node->profile->status;
        if (node->campaign)
            return node->campaign->status;
        return {};
    case SortRole:
        switch (column) {
        case StatusColumn:
            if (node->profile)
                return statusSortKey(node->profile->statusInfo().category);
            if (node->campaign)
                return statusSortKey(node->campaign->statusInfo().category);
            return 9;
        case LastChangeColumn:
            if (node->profile)
                return lastChange(node->profile->updatedAt, node->profile->createdAt).toMSecsSinceEpoch();
            if (node->campaign)
                return lastChange(node->campaign->updatedAt, node->campaign->createdAt).toMSecsSinceEpoch();
            return qint64(0);
        case AttentionColumn:
            return -int(attentionOf(node)); // most flags first in an ascending sort
        default:
            return displayData(node, column);
        }
    case AttentionRole:
        return int(attentionOf(node));
    case InheritedRole:
        if (node->campaign)
            return node->campaign->isInheritedBy(node->owningProfile()->id);
        if (node->profile)
            return node->profile->brand ? node->profile->brand->isInherited : node->profile->inheritTcrBrand;
        return false;
    case SearchTextRole: {
        QStringList parts;
        if (node->profile) {
            const Profile &p = *node->profile;
            parts << p.name << p.id << p.shortName << p.status << p.statusInfo().label();
            if (p.brand)
                parts << p.brand->status << p.brand->identityStatus << p.brand->tcrBrandId;
        } else if (node->campaign) {
            const Campaign &c = *node->campaign;
            parts << c.name << c.id << c.status << c.statusInfo().label() << c.tcrCampaignId << c.useCaseNames();
        } else if (node->account) {
            parts << node->account->name << node->account->id;
        }
        parts << attentionText(attentionOf(node));
        return parts.join(QLatin1Char(' '));
    }
    }
    return {};
}

} // namespace cd
