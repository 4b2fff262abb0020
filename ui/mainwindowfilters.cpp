// The tree's filters: the Filter menu, the dashboard's drill-downs, and the bar above the tree that says what is
// hidden and clears it.
#include "mainwindow.h"

#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

namespace cd::ui {

QMenu *MainWindow::buildFilterMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Show &everything"), this, &MainWindow::clearFilters); // the dashboard's filters too
    menu->addSeparator();
    auto *statusGroup = new QActionGroup(menu);
    m_statusActions = statusGroup;
    auto addStatus = [&](const QString &text, std::optional<StatusCategory> category) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(!category);
        action->setData(category ? int(*category) : -1);
        statusGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, category] {
            m_filter->setFilterScope(OrganizationFilterModel::Scope::Any); // the menu's filters match profiles and campaigns alike
            m_filter->setStatusFilter(category);
            if (m_filter->isFiltering())
                m_tree->expandAll();
            updateEmptyFilterHint();
        });
    };
    addStatus(tr("Any status"), std::nullopt);
    for (StatusCategory category : {StatusCategory::Draft, StatusCategory::InReview, StatusCategory::Approved,
                                    StatusCategory::Rejected, StatusCategory::Expired})
        addStatus(statusCategoryLabel(category), category);
    menu->addSeparator();
    QAction *attention = menu->addAction(tr("Needs attention only"));
    attention->setCheckable(true);
    m_attentionAction = attention;
    connect(attention, &QAction::toggled, this, [this](bool on) {
        m_filter->setAttentionOnly(on);
        if (on)
            m_tree->expandAll();
        updateEmptyFilterHint();
    });
    auto *useCases = menu->addMenu(tr("Use case"));
    auto *useCaseGroup = new QActionGroup(useCases);
    m_useCaseActions = useCaseGroup;
    const QStringList names = {QString(), QStringLiteral("MARKETING"), QStringLiteral("ACCOUNT_NOTIFICATION"),
                               QStringLiteral("CUSTOMER_CARE"), QStringLiteral("FRAUD_ALERT"), QStringLiteral("TWO_FA"),
                               QStringLiteral("DELIVERY_NOTIFICATION"), QStringLiteral("SECURITY_ALERT"), QStringLiteral("M2M"),
                               QStringLiteral("MIXED"), QStringLiteral("HIGHER_EDUCATION"), QStringLiteral("POLLING_VOTING"),
                               QStringLiteral("PUBLIC_SERVICE_ANNOUNCEMENT"), QStringLiteral("LOW_VOLUME")};
    for (const QString &name : names) {
        QAction *action = useCases->addAction(name.isEmpty() ? tr("Any use case") : name);
        action->setCheckable(true);
        action->setChecked(name.isEmpty());
        action->setData(name);
        useCaseGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            m_filter->setFilterScope(OrganizationFilterModel::Scope::Any);
            m_filter->setUseCaseFilter(name);
            if (!name.isEmpty())
                m_tree->expandAll();
            updateEmptyFilterHint();
        });
    }
    return menu;
}

void MainWindow::clearFilters()
{
    m_search->clear();
    m_filter->setSearchText(QString());
    m_filter->setStatusFilter(std::nullopt);
    m_filter->setUseCaseFilter(QString());
    m_filter->setIdentityFilter(std::nullopt);
    m_filter->setFilterScope(OrganizationFilterModel::Scope::Any);
    m_filter->setItemFilter(QString());
    m_attentionAction->setChecked(false); // and the filter with it
    for (QAction *action : m_statusActions->actions())
        action->setChecked(action->data().toInt() == -1);
    for (QAction *action : m_useCaseActions->actions())
        action->setChecked(action->data().toString().isEmpty());
    updateEmptyFilterHint();
}

// A click on the dashboard: the tree shows exactly those items (the filter menu says so too).
void MainWindow::drillDown(const DashboardView::Drill &drill)
{
    const auto check = [](QActionGroup *group, const QVariant &value) {
        for (QAction *action : group->actions())
            if (action->data() == value)
                action->setChecked(true);
    };
    clearFilters(); // one slice at a time: what it shows, nothing else
    switch (drill.kind) {
    case DashboardView::Drill::Kind::ProfileStatus:
    case DashboardView::Drill::Kind::CampaignStatus:
        // Exactly the slice's items: the profiles of that status, or the campaigns (with their profiles as the path).
        m_filter->setFilterScope(drill.kind == DashboardView::Drill::Kind::ProfileStatus ? OrganizationFilterModel::Scope::Profiles
                                                                                          : OrganizationFilterModel::Scope::Campaigns);
        m_filter->setStatusFilter(drill.status);
        check(m_statusActions, int(drill.status));
        break;
    case DashboardView::Drill::Kind::UseCase:
        m_filter->setFilterScope(OrganizationFilterModel::Scope::Campaigns); // the bar counts campaigns
        m_filter->setUseCaseFilter(drill.word);
        check(m_useCaseActions, drill.word);
        break;
    case DashboardView::Drill::Kind::Identity:
        m_filter->setIdentityFilter(drill.word);
        break;
    }
    m_tree->expandAll();
    updateEmptyFilterHint();
    m_tree->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateEmptyFilterHint()
{
    m_noMatches->setVisible(m_filter->isFiltering() && m_model->hasAccount() && m_filter->rowCount() == 0);
    m_filterBar->setVisible(m_filter->isFiltering());
    m_filterText->setText(m_filter->isFiltering() ? filterDescription() : QString());
}

// An attention row: the tree shows that item alone (with its campaigns, or under its profile), selected, and its
// details beside it.
void MainWindow::openAttentionItem(const QString &profileId, const QString &campaignId)
{
    const QModelIndex source = campaignId.isEmpty() ? m_model->profileIndex(profileId) : m_model->campaignIndex(profileId, campaignId);
    clearFilters();
    if (source.isValid()) {
        m_itemFilterName = source.siblingAtColumn(OrganizationModel::NameColumn).data().toString();
        m_filter->setItemFilter(campaignId.isEmpty() ? profileId : campaignId);
        m_tree->expandAll();
        updateEmptyFilterHint();
    }
    selectItem(profileId, campaignId);
    m_rightTabs->setCurrentWidget(m_details);
}

QWidget *MainWindow::buildFilterBar(QWidget *parent)
{
    auto *bar = new QFrame(parent);
    bar->setFrameShape(QFrame::StyledPanel);
    m_filterBar = bar;
    m_filterBar->setBackgroundRole(QPalette::AlternateBase);
    m_filterBar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_filterBar);
    layout->setContentsMargins(8, 3, 4, 3);
    m_filterText = new QLabel(m_filterBar);
    m_filterText->setWordWrap(true);
    m_filterText->setAccessibleName(tr("Filters in use"));
    layout->addWidget(m_filterText, 1);
    auto *showAll = new QPushButton(tr("Sho&w everything"), m_filterBar);
    showAll->setToolTip(tr("Clear the search and every filter"));
    connect(showAll, &QPushButton::clicked, this, &MainWindow::clearFilters);
    layout->addWidget(showAll);
    m_filterBar->hide();
    return m_filterBar;
}

// What the tree is narrowed to, in words: "Showing only campaigns in review, matching “acme”."
QString MainWindow::filterDescription() const
{
    QStringList parts;
    const OrganizationFilterModel::Scope scope = m_filter->filterScope();
    if (const std::optional<StatusCategory> status = m_filter->statusFilter()) {
        const QString name = statusCategoryLabel(*status).toLower();
        parts << (scope == OrganizationFilterModel::Scope::Profiles    ? tr("profiles that are %1").arg(name)
                  : scope == OrganizationFilterModel::Scope::Campaigns ? tr("campaigns that are %1").arg(name)
                                                                       : tr("profiles and campaigns that are %1").arg(name));
    }
    if (!m_filter->useCaseFilter().isEmpty())
        parts << (scope == OrganizationFilterModel::Scope::Campaigns ? tr("campaigns for %1") : tr("use case %1")).arg(m_filter->useCaseFilter());
    if (const std::optional<QString> identity = m_filter->identityFilter())
        parts << tr("profiles with brand identity “%1”").arg(DashboardAggregates::identityLabel(*identity).toLower());
    if (m_filter->attentionOnly())
        parts << tr("what needs attention");
    if (!m_filter->searchText().isEmpty())
        parts << tr("matching “%1”").arg(m_filter->searchText());
    if (!m_filter->itemFilter().isEmpty())
        parts << tr("“%1”").arg(m_itemFilterName);
    return tr("Showing only %1.").arg(parts.join(tr(", ")));
}

QString MainWindow::filterBarText() const
{
    return m_filterBar->isVisibleTo(const_cast<MainWindow *>(this)) ? m_filterText->text() : QString();
}

} // namespace cd::ui
