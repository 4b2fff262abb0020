#include "organizationmodel.h"
#include "organizationmodel_p.h"

#include "core/datetext.h"
#include "core/visibletext.h"
#include "domain/labels.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

// What the tree shows: headers, cell text, tooltips, the roles views and filters read, and attention.

namespace cd {

namespace {

// Most urgent first, so that an ascending sort by status puts what needs work on top.
int statusSortKey(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Rejected:
    case StatusCategory::NotSynced:
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

QString brandText(const ProfileOverview &p)
{
    if (!p.brand)
        return p.inheritTcrBrand ? OrganizationModel::tr("The organization's") : OrganizationModel::tr("None");
    const QString status = p.brand->status.displayText();
    return p.brand->isInherited ? OrganizationModel::tr("%1 (inherited)").arg(status) : status;
}

QString dateText(const QDateTime &when)
{
    return DateText::brief(when); // a table's moment: the locale's short date and time
}

} // namespace

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
        case SetupColumn:
            return tr("Brand and campaigns from");
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
        case SetupColumn:
            return tr("Whether a profile uses its own brand and campaigns or the organization's; for the "
                      "organization's brand and campaigns, how many profiles use them.");
        }
    }
    return {};
}

OrganizationModel::Attention OrganizationModel::attentionOf(const Node *node) const
{
    Attention attention;
    switch (node->kind) {
    case Kind::Profile: {
        const ProfileOverview &p = *node->profile;
        if (p.status.category == StatusCategory::Rejected)
            attention |= Rejected;
        if (p.brand && p.brand->status.category == StatusCategory::Rejected)
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
    case Kind::OrganizationBrand:
        if (m_inheritance.brandNeedsAttention())
            attention |= Rejected;
        break;
    case Kind::OrganizationCampaign:
    case Kind::Campaign:
        if (!node->campaign->tcrSyncError.isEmpty())
            attention |= SyncError;
        else if (node->campaign->status.category == StatusCategory::Rejected)
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

QString OrganizationModel::sortKeyFor(const QString &name)
{
    // Decomposed so that an accent is a mark of its own (é → e + ´), the marks dropped, the case folded (Straße →
    // straße: simple folding).
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    return key.toCaseFolded();
}

QString OrganizationModel::plainName(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    if (node->profile)
        return node->profile->name;
    if (node->campaign)
        return node->campaign->name;
    if (node->account)
        return node->account->name;
    if (node->kind == Kind::OrganizationBrand)
        return tr("Organization's brand");
    return node->message;
}

const QString &OrganizationModel::sortName(const QModelIndex &index) const
{
    static const QString none;
    const Node *node = nodeFor(index);
    if (!node)
        return none;
    if (node->sortKey.isNull()) {
        node->sortKey = sortKeyFor(plainName(index));
        if (node->sortKey.isNull())
            node->sortKey = QLatin1String(""); // made, and empty
    }
    return node->sortKey;
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
            return a.name.isEmpty() ? tr("Organization") : VisibleText::of(a.name);
        if (column == StatusColumn)
            return tr("%Ln profile(s)", nullptr, profileCount());
        return {};
    }
    case Kind::OrganizationBrand: {
        const BrandOverview *b = node->brand.get();
        switch (column) {
        case NameColumn:
            return tr("Organization's brand");
        case StatusColumn:
            return b ? b->status.displayText() : tr("Not reported yet");
        case BrandColumn:
            return b ? Labels::identityStatus(b->identityStatus) : QVariant();
        case AttentionColumn:
            return attentionText(attentionOf(node));
        case SetupColumn:
            return tr("Used by %Ln profile(s)", nullptr, node->inheritors);
        }
        return {};
    }
    case Kind::OrganizationCampaign: {
        const CampaignOverview &c = *node->campaign;
        switch (column) {
        case NameColumn:
            return VisibleText::of(c.name);
        case StatusColumn:
            return c.status.displayText();
        case BrandColumn:
            if (!c.tcrCampaignId.isEmpty())
                return c.tcrCampaignId;
            return c.submittedToTcr ? tr("Submitted") : tr("Not submitted");
        case UseCasesColumn:
            return Labels::useCases(c.useCases).join(QLatin1String(", "));
        case LastChangeColumn:
            return dateText(c.lastChange);
        case AttentionColumn:
            return attentionText(attentionOf(node));
        case SetupColumn:
            return tr("Used by %Ln profile(s)", nullptr, node->inheritors);
        }
        return {};
    }
    case Kind::Loading:
        return column == NameColumn ? tr("Loading campaigns…") : QVariant();
    case Kind::Error:
        return column == NameColumn ? tr("Campaigns could not be loaded. Press Enter or double-click to try again.")
                                    : QVariant();
    case Kind::Profile: {
        const ProfileOverview &p = *node->profile;
        switch (column) {
        case NameColumn:
            return VisibleText::of(p.name); // typed by others: nothing hidden, nothing reordered
        case StatusColumn:
            return p.status.displayText();
        case BrandColumn:
            return brandText(p);
        case UseCasesColumn:
            return Labels::useCases(node->useCases()).join(QLatin1String(", "));
        case LastChangeColumn:
            return dateText(p.lastChange);
        case AttentionColumn:
            return attentionText(attentionOf(node));
        case SetupColumn:
            return Inheritance::setupLabel(m_inheritance.sourcesOf(p.id).setup());
        }
        return {};
    }
    case Kind::Campaign: {
        const CampaignOverview &c = *node->campaign;
        switch (column) {
        case NameColumn:
            // The organization's campaign, read-only here: marked in the tree itself, not only in the details.
            return c.inherited ? tr("%1 (inherited)").arg(VisibleText::of(c.name)) : VisibleText::of(c.name);
        case StatusColumn:
            return c.status.displayText();
        case BrandColumn:
            if (!c.tcrCampaignId.isEmpty())
                return c.tcrCampaignId;
            return c.submittedToTcr ? tr("Submitted") : tr("Not submitted");
        case UseCasesColumn:
            return Labels::useCases(c.useCases).join(QLatin1String(", "));
        case LastChangeColumn:
            return dateText(c.lastChange);
        case AttentionColumn:
            return attentionText(attentionOf(node));
        case SetupColumn:
            return c.inherited ? Inheritance::sourceLabel(Source::Organization) : Inheritance::sourceLabel(Source::Own);
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
        return tr("sent.dm status: %1")
            .arg(node->profile->status.raw.isEmpty() ? tr("none") : node->profile->status.raw);
    if (node->kind == Kind::Campaign && column == StatusColumn) {
        const CampaignOverview &c = *node->campaign;
        QString text = tr("sent.dm status: %1").arg(c.status.raw.isEmpty() ? tr("none") : c.status.raw);
        if (!c.tcrSyncError.isEmpty())
            text += QLatin1Char('\n') + tr("Sync error: %1").arg(c.tcrSyncError);
        return text;
    }
    if (column == UseCasesColumn && (node->kind == Kind::Profile || node->kind == Kind::Campaign)) {
        const QStringList wire = node->useCases();
        return wire.isEmpty() ? QVariant() : QVariant(tr("sent.dm: %1").arg(wire.join(QLatin1String(", "))));
    }
    if (node->kind == Kind::Profile && column == BrandColumn && node->profile->brand) {
        const BrandOverview &b = *node->profile->brand;
        return tr("Brand status: %1\nIdentity status: %2\nTCR brand id: %3")
            .arg(b.tcrStatus.isEmpty() ? tr("none") : b.tcrStatus,
                 Labels::withWire(Labels::identityStatus(b.identityStatus), b.identityStatus),
                 b.tcrBrandId.isEmpty() ? tr("none") : b.tcrBrandId);
    }
    if (node->kind == Kind::Profile && column == AttentionColumn && node->campaigns == CampaignState::Failed)
        return node->message;
    if (node->kind == Kind::Campaign && column == NameColumn && node->campaign->inherited)
        return tr("Inherited from the organization: read-only for this profile. It is changed in sent.dm's "
                  "dashboard, under the organization.");
    if (node->isShared() && column == NameColumn)
        return node->kind == Kind::OrganizationBrand
            ? tr("The organization's brand, as the profiles that inherit it report it. It is changed in sent.dm's "
                 "dashboard, under the organization.")
            : tr("The organization's campaign, as the profiles that inherit it list it. It is changed in sent.dm's "
                 "dashboard, under the organization.");
    if (node->kind == Kind::Profile && (column == SetupColumn || column == NameColumn)) {
        const ProfileSources sources = m_inheritance.sourcesOf(node->profile->id);
        if (column == NameColumn && sources.brand != Source::Organization && sources.campaigns != Source::Organization)
            return {};
        return tr("Brand: %1\nCampaigns: %2")
            .arg(Inheritance::sourceLabel(sources.brand), Inheritance::sourceLabel(sources.campaigns));
    }
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
    case Qt::FontRole:
        if (node->isShared() && column == NameColumn) { // the organization's own, not a profile
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return QVariant::fromValue(node->kind);
    case IdRole:
        if (node->kind == Kind::OrganizationBrand)
            return QStringLiteral("organization-brand");
        if (node->profile)
            return node->profile->id;
        if (node->campaign)
            return node->campaign->id;
        if (node->account)
            return node->account->id;
        return {};
    case ProfileIdRole: {
        const ProfileOverview *p = node->owningProfile();
        return p ? QVariant(p->id) : QVariant();
    }
    case StatusCategoryRole:
        if (column == BrandColumn && node->profile && node->profile->brand)
            return int(node->profile->brand->status.category);
        if (column == StatusColumn && node->brand)
            return int(node->brand->status.category);
        if (column != StatusColumn)
            return {};
        if (node->profile)
            return int(node->profile->status.category);
        if (node->campaign)
            return int(node->campaign->status.category);
        return {};
    case RawStatusRole:
        if (column == UseCasesColumn)
            return node->profile || node->campaign ? QVariant(node->useCases()) : QVariant();
        if (node->profile)
            return column == BrandColumn && node->profile->brand ? node->profile->brand->status.raw
                                                                 : node->profile->status.raw;
        if (node->campaign)
            return node->campaign->status.raw;
        if (node->brand)
            return node->brand->tcrStatus;
        return {};
    case SortRole:
        switch (column) {
        case StatusColumn:
            if (node->profile)
                return statusSortKey(node->profile->status.category);
            if (node->campaign)
                return statusSortKey(node->campaign->status.category);
            return 9;
        case LastChangeColumn:
            if (node->profile)
                return node->profile->lastChange.toMSecsSinceEpoch();
            if (node->campaign)
                return node->campaign->lastChange.toMSecsSinceEpoch();
            return qint64(0);
        case AttentionColumn:
            return -int(attentionOf(node)); // most flags first in an ascending sort
        default:
            return displayData(node, column);
        }
    case AttentionRole:
        return int(attentionOf(node));
    case SetupRole:
        return node->kind == Kind::Profile ? QVariant(int(m_inheritance.sourcesOf(node->profile->id).setup()))
                                           : QVariant();
    case InheritorsRole:
        if (node->kind == Kind::OrganizationBrand)
            return m_inheritance.brandInheritors();
        if (node->kind == Kind::OrganizationCampaign)
            if (const auto shared = m_inheritance.campaign(node->campaign->id))
                return shared->inheritors;
        return {};
    case InheritedRole:
        if (node->isShared())
            return true;
        if (node->kind == Kind::Profile) {
            const ProfileSources sources = m_inheritance.sourcesOf(node->profile->id);
            return sources.brand == Source::Organization || sources.campaigns == Source::Organization
                || (node->profile->brand && node->profile->brand->isInherited);
        }
        if (node->campaign)
            return node->campaign->inherited;
        if (node->profile)
            return node->profile->brand ? node->profile->brand->isInherited : node->profile->inheritTcrBrand;
        return false;
    case SearchTextRole: {
        QStringList parts;
        if (node->profile) {
            const ProfileOverview &p = *node->profile;
            parts << p.name << p.id << p.shortName << p.status.raw << p.status.label();
            if (p.brand)
                parts << p.brand->tcrStatus << p.brand->identityStatus << p.brand->tcrBrandId;
        } else if (node->campaign) {
            const CampaignOverview &c = *node->campaign;
            parts << c.name << c.id << c.status.raw << c.status.label() << c.tcrCampaignId << c.useCases
                  << Labels::useCases(c.useCases);
        } else if (node->account) {
            parts << node->account->name << node->account->id;
        } else if (node->kind == Kind::OrganizationBrand) {
            parts << tr("Organization's brand");
            if (node->brand)
                parts << node->brand->tcrStatus << node->brand->identityStatus << node->brand->tcrBrandId;
        }
        parts << displayData(node, SetupColumn).toString();
        parts << attentionText(attentionOf(node));
        return parts.join(QLatin1Char(' '));
    }
    }
    return {};
}

} // namespace cd
