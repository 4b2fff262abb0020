#include "organizationtreeview.h"

#include "tree/namedelegate.h"
#include "tree/statusbadgedelegate.h"

#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QToolTip>

namespace cd::ui {

OrganizationTreeView::OrganizationTreeView(OrganizationModel *model, OrganizationFilterModel *filter, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_filter(filter)
    , m_prioritizeTimer(new QTimer(this))
{
    // The columns must exist before their widths can be set.
    if (m_filter->sourceModel() != m_model)
        m_filter->setSourceModel(m_model);
    setModel(m_filter);
    setAccessibleName(tr("Organization tree"));
    setUniformRowHeights(true); // 10,000 rows lay out in no time
    setSortingEnabled(true);
    // Several rows at once (Ctrl, Shift) for the bulk menu; the current row is still the one the details show.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    sortByColumn(OrganizationModel::NameColumn, Qt::AscendingOrder);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setItemDelegateForColumn(OrganizationModel::NameColumn, new NameDelegate(this));
    setItemDelegateForColumn(OrganizationModel::StatusColumn, new StatusBadgeDelegate(this));
    setItemDelegateForColumn(OrganizationModel::BrandColumn, new StatusBadgeDelegate(this));
    header()->setStretchLastSection(true);
    // What needs attention comes right after the status, where it is seen at the default size; the date last.
    header()->moveSection(header()->visualIndex(OrganizationModel::AttentionColumn), 2);
    // Where the brand and campaigns come from, beside the brand.
    header()->moveSection(header()->visualIndex(OrganizationModel::SetupColumn),
                          header()->visualIndex(OrganizationModel::BrandColumn) + 1);
    setColumnWidth(OrganizationModel::NameColumn, 210);
    setColumnWidth(OrganizationModel::StatusColumn, 120);
    setColumnWidth(OrganizationModel::AttentionColumn, 120);
    setColumnWidth(OrganizationModel::BrandColumn, 150);
    setColumnWidth(OrganizationModel::UseCasesColumn, 150);
    setColumnWidth(OrganizationModel::LastChangeColumn, 130);
    setColumnWidth(OrganizationModel::SetupColumn, 190);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganizationTreeView::currentItemChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = currentSourceIndex();
                if (current.isValid() && current.parent() == topLeft.parent() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row())
                    Q_EMIT currentItemChanged(); // the details follow live changes
            });
    // The first rows arrive: show the organization open.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under, int first) {
        if (!under.isValid()) {
            expand(m_filter->index(0, 0));
            return;
        }
        if (!under.parent().isValid()) {
            m_prioritizeTimer->start(); // profiles arrived: the campaigns of those on screen first
            return;
        }
        // "Loading…" and error rows are a sentence, not a name: they take the whole width of the row.
        const auto kind = m_model->kind(m_filter->mapToSource(m_filter->index(first, 0, under)));
        if (kind == OrganizationModel::Kind::Loading || kind == OrganizationModel::Kind::Error)
            setFirstColumnSpanned(first, under, true);
    });
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &proxyIndex) {
        const QModelIndex index = m_filter->mapToSource(proxyIndex);
        if (m_model->canRetry(index))
            m_model->retry(index);
    });
    m_prioritizeTimer->setSingleShot(true);
    m_prioritizeTimer->setInterval(200);
    connect(m_prioritizeTimer, &QTimer::timeout, this, &OrganizationTreeView::prioritizeVisible);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_prioritizeTimer, qOverload<>(&QTimer::start));
    connect(this, &QTreeView::expanded, m_prioritizeTimer, qOverload<>(&QTimer::start));
}

void OrganizationTreeView::setSession(OrganizationSession *session)
{
    m_session = session;
}

void OrganizationTreeView::prioritizeVisible()
{
    if (!m_session)
        return;
    QStringList visible;
    QModelIndex index = indexAt(QPoint(0, 0));
    const int bottom = viewport()->height();
    while (index.isValid() && visualRect(index).top() < bottom) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (m_model->kind(source) == OrganizationModel::Kind::Profile)
            visible.append(source.data(OrganizationModel::IdRole).toString());
        index = indexBelow(index);
    }
    m_session->prioritize(visible);
}

QModelIndex OrganizationTreeView::currentSourceIndex() const
{
    return m_filter->mapToSource(currentIndex());
}

const ProfileOverview *OrganizationTreeView::selectedProfile() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? m_model->profile(index) : nullptr;
}

const CampaignOverview *OrganizationTreeView::selectedCampaign() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? m_model->campaign(index) : nullptr;
}

QString OrganizationTreeView::selectedProfileId() const
{
    const ProfileOverview *profile = selectedProfile();
    return profile ? profile->id : QString();
}

QString OrganizationTreeView::selectedCampaignId() const
{
    const CampaignOverview *campaign = selectedCampaign();
    return campaign ? campaign->id : QString();
}

QStringList OrganizationTreeView::selectedProfileIds() const
{
    QSet<QString> selected;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &row : rows) {
        const auto kind = row.data(OrganizationModel::KindRole).value<OrganizationModel::Kind>();
        if (kind == OrganizationModel::Kind::Profile || kind == OrganizationModel::Kind::Campaign)
            selected.insert(row.data(OrganizationModel::ProfileIdRole).toString());
    }
    QStringList ids; // in the order the tree shows them
    for (const QString &id : shownProfileIds())
        if (selected.contains(id))
            ids.append(id);
    return ids;
}

QMap<QString, QStringList> OrganizationTreeView::selectedCampaignIds() const
{
    QMap<QString, QStringList> campaigns;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &row : rows)
        if (row.data(OrganizationModel::KindRole).value<OrganizationModel::Kind>() == OrganizationModel::Kind::Campaign)
            campaigns[row.data(OrganizationModel::ProfileIdRole).toString()].append(
                row.data(OrganizationModel::IdRole).toString());
    return campaigns;
}

QStringList OrganizationTreeView::shownProfileIds() const
{
    QStringList ids;
    const QModelIndex organization = m_filter->index(0, 0);
    for (int row = 0; row < m_filter->rowCount(organization); ++row) {
        const QModelIndex index = m_filter->index(row, 0, organization);
        if (index.data(OrganizationModel::KindRole).value<OrganizationModel::Kind>()
            == OrganizationModel::Kind::Profile)
            ids.append(index.data(OrganizationModel::IdRole).toString());
    }
    return ids;
}

QString OrganizationTreeView::selectedName() const
{
    const QString campaignId = selectedCampaignId();
    const QString profileId = selectedProfileId();
    const QModelIndex selected = !campaignId.isEmpty() ? m_model->campaignIndex(profileId, campaignId)
        : !profileId.isEmpty()                         ? m_model->profileIndex(profileId)
                                                       : m_model->organizationIndex();
    return selected.siblingAtColumn(OrganizationModel::NameColumn).data().toString();
}

void OrganizationTreeView::selectItem(const QString &profileId, const QString &campaignId)
{
    selectSource(campaignId.isEmpty() ? m_model->profileIndex(profileId)
                                      : m_model->campaignIndex(profileId, campaignId));
}

void OrganizationTreeView::selectOrganizationItem(const QString &campaignId)
{
    selectSource(campaignId.isEmpty() ? m_model->organizationBrandIndex()
                                      : m_model->organizationCampaignIndex(campaignId));
}

void OrganizationTreeView::selectSource(const QModelIndex &source)
{
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        Q_EMIT revealRequested(); // hidden by the search or a filter: asked for by name, it is shown anyway
        index = m_filter->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

QString OrganizationTreeView::toolTipAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    // Room for the text: the cell less the indentation, the decoration and the margins the style draws.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, this) + 1) + 12;
    const bool cut = !text.isEmpty() && fontMetrics().horizontalAdvance(text) > visualRect(index).width() - margins;
    if (!cut)
        return own;
    return own.isEmpty() || own == text ? text : text + QLatin1Char('\n') + own;
}

bool OrganizationTreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(indexAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport(), visualRect(indexAt(help->pos())));
        return true;
    }
    return QTreeView::viewportEvent(event);
}

} // namespace cd::ui
