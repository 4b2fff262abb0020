#include "treefilters.h"

#include "tree/organizationtreeview.h"

#include "domain/labels.h"
#include "lint/rulepack.h"
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
#include <QTimer>
#include <QToolButton>

namespace cd::ui {

TreeFilters::TreeFilters(OrganizationTreeView *tree, QWidget *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_search(new QLineEdit(parent))
    , m_searchTimer(new QTimer(this))
    , m_button(new QToolButton(parent))
    , m_noMatches(new QLabel(tr("Nothing matches the search and filters."), parent))
{
    m_search->setPlaceholderText(tr("Search name, id, status, use case…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_tree->filterModel()->setSearchText(m_search->text());
        if (m_tree->filterModel()->isFiltering())
            m_tree->expandAll();
        update();
    });

    m_button->setText(tr("Filter"));
    m_button->setAccessibleName(tr("Filter"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(buildMenu(m_button));

    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->hide();
    buildBar(parent);

    OrganizationFilterModel *filter = m_tree->filterModel();
    connect(filter, &QAbstractItemModel::rowsInserted, this, &TreeFilters::update);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &TreeFilters::update);
    connect(filter, &QAbstractItemModel::modelReset, this, &TreeFilters::update);
    connect(m_tree, &OrganizationTreeView::revealRequested, this, &TreeFilters::clearFilters);
}

void TreeFilters::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QMenu *TreeFilters::buildMenu(QWidget *parent)
{
    OrganizationFilterModel *filter = m_tree->filterModel();
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Show &everything"), this, &TreeFilters::clearFilters); // the dashboard's filters too
    menu->addSeparator();
    m_statusActions = new QActionGroup(menu);
    auto addStatus = [&](const QString &text, std::optional<StatusCategory> category) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(!category);
        action->setData(category ? int(*category) : -1);
        m_statusActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, filter, category] {
            filter->setFilterScope(
                OrganizationFilterModel::Scope::Any); // the menu's filters match profiles and campaigns alike
            filter->setStatusFilter(category);
            if (filter->isFiltering())
                m_tree->expandAll();
            update();
        });
    };
    addStatus(tr("Any status"), std::nullopt);
    for (StatusCategory category : {StatusCategory::Draft, StatusCategory::InReview, StatusCategory::Approved,
                                    StatusCategory::Rejected, StatusCategory::NotSynced, StatusCategory::Expired})
        addStatus(statusCategoryLabel(category), category);
    menu->addSeparator();
    m_attentionAction = menu->addAction(tr("Needs attention only"));
    m_attentionAction->setCheckable(true);
    connect(m_attentionAction, &QAction::toggled, this, [this, filter](bool on) {
        filter->setAttentionOnly(on);
        if (on)
            m_tree->expandAll();
        update();
    });
    auto *useCases = menu->addMenu(tr("Use case"));
    m_useCaseActions = new QActionGroup(useCases);
    // The registry's use cases, as the linter knows them (one list), after "any".
    const QStringList names = QStringList{QString()} + cd::lint::pack::useCases();
    for (const QString &name : names) {
        QAction *action = useCases->addAction(name.isEmpty() ? tr("Any use case") : Labels::useCase(name));
        action->setCheckable(true);
        action->setChecked(name.isEmpty());
        action->setData(name);
        m_useCaseActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, filter, name] {
            filter->setFilterScope(OrganizationFilterModel::Scope::Any);
            filter->setUseCaseFilter(name);
            if (!name.isEmpty())
                m_tree->expandAll();
            update();
        });
    }
    auto *setups = menu->addMenu(tr("Brand and campaigns from"));
    m_setupActions = new QActionGroup(setups);
    const auto addSetup = [&](const QString &text, int value) {
        QAction *action = setups->addAction(text);
        action->setCheckable(true);
        action->setChecked(value < 0);
        action->setData(value);
        m_setupActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, filter, value] {
            filter->setSetupFilter(value < 0 ? std::nullopt : std::optional<Setup>(Setup(value)));
            update();
        });
    };
    addSetup(tr("Any"), -1);
    for (const Setup setup : Inheritance::allSetups())
        addSetup(Inheritance::setupLabel(setup), int(setup));
    return menu;
}

void TreeFilters::showSetup(Setup setup)
{
    clearFilters();
    m_tree->filterModel()->setSetupFilter(setup);
    for (QAction *action : m_setupActions->actions())
        action->setChecked(action->data().toInt() == int(setup));
    update();
    m_tree->setFocus(Qt::OtherFocusReason);
}

QWidget *TreeFilters::buildBar(QWidget *parent)
{
    auto *bar = new QFrame(parent);
    bar->setFrameShape(QFrame::StyledPanel);
    m_bar = bar;
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_bar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(8, 3, 4, 3);
    m_barText = new QLabel(m_bar);
    m_barText->setWordWrap(true);
    m_barText->setAccessibleName(tr("Filters in use"));
    layout->addWidget(m_barText, 1);
    auto *showAll = new QPushButton(tr("Sho&w everything"), m_bar);
    showAll->setToolTip(tr("Clear the search and every filter"));
    connect(showAll, &QPushButton::clicked, this, &TreeFilters::clearFilters);
    layout->addWidget(showAll);
    m_bar->hide();
    return m_bar;
}

void TreeFilters::clearFilters()
{
    OrganizationFilterModel *filter = m_tree->filterModel();
    const QSignalBlocker noSearch(m_search); // the search is cleared here, not a moment later
    m_search->clear();
    m_searchTimer->stop();
    filter->setSearchText(QString());
    filter->setStatusFilter(std::nullopt);
    filter->setUseCaseFilter(QString());
    filter->setIdentityFilter(std::nullopt);
    filter->setSetupFilter(std::nullopt);
    for (QAction *action : m_setupActions->actions())
        action->setChecked(action->data().toInt() < 0);
    filter->setFilterScope(OrganizationFilterModel::Scope::Any);
    filter->setItemFilter(QString());
    m_attentionAction->setChecked(false); // and the filter with it
    for (QAction *action : m_statusActions->actions())
        action->setChecked(action->data().toInt() == -1);
    for (QAction *action : m_useCaseActions->actions())
        action->setChecked(action->data().toString().isEmpty());
    update();
}

void TreeFilters::drillDown(const DashboardView::Drill &drill)
{
    OrganizationFilterModel *filter = m_tree->filterModel();
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
        filter->setFilterScope(drill.kind == DashboardView::Drill::Kind::ProfileStatus
                                   ? OrganizationFilterModel::Scope::Profiles
                                   : OrganizationFilterModel::Scope::Campaigns);
        filter->setStatusFilter(drill.status);
        check(m_statusActions, int(drill.status));
        break;
    case DashboardView::Drill::Kind::UseCase:
        filter->setFilterScope(OrganizationFilterModel::Scope::Campaigns); // the bar counts campaigns
        filter->setUseCaseFilter(drill.word);
        check(m_useCaseActions, drill.word);
        break;
    case DashboardView::Drill::Kind::Identity:
        filter->setIdentityFilter(drill.word);
        break;
    }
    m_tree->expandAll();
    update();
    m_tree->setFocus(Qt::OtherFocusReason);
}

void TreeFilters::narrowTo(const QString &profileId, const QString &campaignId)
{
    OrganizationModel *model = m_tree->organizationModel();
    const QModelIndex source =
        campaignId.isEmpty() ? model->profileIndex(profileId) : model->campaignIndex(profileId, campaignId);
    clearFilters();
    if (source.isValid()) {
        m_itemName = source.siblingAtColumn(OrganizationModel::NameColumn).data().toString();
        m_tree->filterModel()->setItemFilter(campaignId.isEmpty() ? profileId : campaignId);
        m_tree->expandAll();
        update();
    }
    m_tree->selectItem(profileId, campaignId);
}

void TreeFilters::update()
{
    const OrganizationFilterModel *filter = m_tree->filterModel();
    m_noMatches->setVisible(filter->isFiltering() && m_tree->organizationModel()->hasAccount()
                            && filter->rowCount() == 0);
    m_bar->setVisible(filter->isFiltering());
    m_barText->setText(filter->isFiltering() ? description() : QString());
}

// What the tree is narrowed to, in words: "Showing only campaigns in review, matching “acme”."
QString TreeFilters::description() const
{
    const OrganizationFilterModel *filter = m_tree->filterModel();
    QStringList parts;
    const OrganizationFilterModel::Scope scope = filter->filterScope();
    if (const std::optional<StatusCategory> status = filter->statusFilter()) {
        const QString name = labelInSentence(statusCategoryLabel(*status));
        parts << (scope == OrganizationFilterModel::Scope::Profiles ? tr("profiles that are %1").arg(name)
                      : scope == OrganizationFilterModel::Scope::Campaigns
                      ? tr("campaigns that are %1").arg(name)
                      : tr("profiles and campaigns that are %1").arg(name));
    }
    if (!filter->useCaseFilter().isEmpty())
        parts << (scope == OrganizationFilterModel::Scope::Campaigns ? tr("campaigns for %1") : tr("use case “%1”"))
                     .arg(Labels::useCase(filter->useCaseFilter()));
    if (const std::optional<QString> identity = filter->identityFilter())
        parts << tr("profiles with brand identity “%1”")
                     .arg(labelInSentence(DashboardAggregates::identityLabel(*identity)));
    if (const std::optional<Setup> setup = filter->setupFilter())
        parts << tr("profiles set up with “%1”").arg(labelInSentence(Inheritance::setupLabel(*setup)));
    if (filter->attentionOnly())
        parts << tr("what needs attention");
    if (!filter->searchText().isEmpty())
        parts << tr("matching “%1”").arg(filter->searchText());
    if (!filter->itemFilter().isEmpty())
        parts << tr("“%1”").arg(m_itemName);
    return tr("Showing only %1.").arg(parts.join(tr(", ")));
}

QString TreeFilters::barText() const
{
    return m_bar->isVisibleTo(m_bar->parentWidget()) ? m_barText->text() : QString();
}

} // namespace cd::ui
