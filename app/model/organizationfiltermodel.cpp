#include "organizationfiltermodel.h"

#include "dashboardaggregates.h"
#include "organizationmodel.h"

namespace cd {

OrganizationFilterModel::OrganizationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortRole(OrganizationModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void OrganizationFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void OrganizationFilterModel::setStatusFilter(std::optional<StatusCategory> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void OrganizationFilterModel::setUseCaseFilter(const QString &useCase)
{
    if (useCase == m_useCase)
        return;
    m_useCase = useCase;
    invalidateFilter();
}

void OrganizationFilterModel::setFilterScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void OrganizationFilterModel::setItemFilter(const QString &id)
{
    if (id == m_item)
        return;
    m_item = id;
    invalidateFilter();
}

void OrganizationFilterModel::setAttentionOnly(bool attentionOnly)
{
    if (attentionOnly == m_attentionOnly)
        return;
    m_attentionOnly = attentionOnly;
    invalidateFilter();
}

void OrganizationFilterModel::setSetupFilter(std::optional<Setup> setup)
{
    if (setup == m_setup)
        return;
    m_setup = setup;
    invalidateFilter();
}

void OrganizationFilterModel::setIdentityFilter(std::optional<QString> identity)
{
    if (identity == m_identity)
        return;
    m_identity = std::move(identity);
    invalidateFilter();
}

bool OrganizationFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_status || !m_useCase.isEmpty() || m_attentionOnly || m_identity || m_setup
        || !m_item.isEmpty();
}

bool OrganizationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = index.data(OrganizationModel::KindRole).value<OrganizationModel::Kind>();
    // The organization shows when something under it matches; placeholders when their profile does. Its own
    // brand and campaigns are items like a profile's.
    const bool shared =
        kind == OrganizationModel::Kind::OrganizationBrand || kind == OrganizationModel::Kind::OrganizationCampaign;
    if (kind != OrganizationModel::Kind::Profile && kind != OrganizationModel::Kind::Campaign && !shared)
        return false;
    if (shared && (m_identity || m_setup || m_scope == Scope::Profiles))
        return false;
    if (!m_item.isEmpty() && index.data(OrganizationModel::IdRole).toString() != m_item)
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(OrganizationModel::SearchTextRole).toString();
        for (const QString &word : m_words)
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
    }
    // A scoped filter: rows of the other kind never match by status or use case (a campaign still shows under
    // its matching profile, and a profile as the path to its matching campaign).
    const bool scopedOut = (m_status || !m_useCase.isEmpty())
        && ((m_scope == Scope::Profiles && kind != OrganizationModel::Kind::Profile)
            || (m_scope == Scope::Campaigns && kind != OrganizationModel::Kind::Campaign
                && kind != OrganizationModel::Kind::OrganizationCampaign));
    if (scopedOut)
        return false;
    if (m_status) {
        const QModelIndex status = index.siblingAtColumn(OrganizationModel::StatusColumn);
        if (status.data(OrganizationModel::StatusCategoryRole).toInt() != int(*m_status))
            return false;
    }
    if (!m_useCase.isEmpty()) {
        const QStringList useCases = index.siblingAtColumn(OrganizationModel::UseCasesColumn)
                                         .data(OrganizationModel::RawStatusRole)
                                         .toStringList();
        if (!useCases.contains(m_useCase, Qt::CaseInsensitive))
            return false;
    }
    if (m_attentionOnly && index.data(OrganizationModel::AttentionRole).toInt() == 0)
        return false;
    if (m_setup) {
        // Campaigns show with their profile (as the path-and-children rule has them).
        if (kind != OrganizationModel::Kind::Profile
            || index.data(OrganizationModel::SetupRole).toInt() != int(*m_setup))
            return false;
    }
    if (m_identity) {
        // A brand belongs to a profile: its campaigns show with it.
        const auto *model = qobject_cast<const OrganizationModel *>(sourceModel());
        const ProfileOverview *profile =
            model && kind == OrganizationModel::Kind::Profile ? model->profile(index) : nullptr;
        if (!profile || DashboardAggregates::identityKey(*profile) != *m_identity)
            return false;
    }
    return true;
}

bool OrganizationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const OrganizationModel *>(sourceModel());
    // The organization's own brand and campaigns stay above its profiles, whichever way the view sorts.
    if (model) {
        const auto sharedRow = [model](const QModelIndex &index) {
            const OrganizationModel::Kind kind = model->kind(index);
            return kind == OrganizationModel::Kind::OrganizationBrand
                ? 1
                : (kind == OrganizationModel::Kind::OrganizationCampaign ? 2 : 3);
        };
        const int l = sharedRow(left), r = sharedRow(right);
        if (l != r)
            return (l < r) == (sortOrder() == Qt::AscendingOrder);
    }
    // Names as people read them (OrganizationModel::sortName); the same words in a different case or accent by the
    // locale's collation, so that the order is total and stable.
    const auto byName = [model, &left, &right] {
        const QString &l = model->sortName(left);
        const QString &r = model->sortName(right);
        if (const int order = l.compare(r); order != 0)
            return order < 0;
        return QString::localeAwareCompare(model->plainName(left), model->plainName(right)) < 0;
    };
    if (model && left.column() == OrganizationModel::NameColumn)
        return byName();
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    const QPartialOrdering ordering = QVariant::compare(l, r);
    if (ordering == QPartialOrdering::Less || ordering == QPartialOrdering::Greater)
        return ordering == QPartialOrdering::Less;
    // Ties (same status, same time) fall back to the name, so the order is stable and readable.
    if (model)
        return byName();
    return QString::localeAwareCompare(left.siblingAtColumn(OrganizationModel::NameColumn).data().toString(),
                                       right.siblingAtColumn(OrganizationModel::NameColumn).data().toString())
        < 0;
}

} // namespace cd
