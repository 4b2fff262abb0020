#include "mainwindow.h"

#include "store/draftstore.h"
#include "store/historylog.h"

#include "connection/connectdialog.h"
#include "details/detailspanel.h"
#include "tree/statusbadgedelegate.h"

#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "core/appinfo.h"
#include "dashboard/dashboardview.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/connectionservice.h"
#include "services/organizationsession.h"
#include "services/treeloader.h"
#include "store/treecache.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

// The library's resources (icons) must be registered from outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace cd::ui {

MainWindow::MainWindow(ConnectionStore &connections, CredentialStore &credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_credentials(credentials)
    , m_service(new ConnectionService(connections, credentials, this))
    , m_model(new OrganizationModel(this))
    , m_filter(new OrganizationFilterModel(this))
    , m_drafts(new DraftStore(DraftStore::defaultPath(), this))
    , m_history(new HistoryLog(HistoryLog::defaultPath(), this))
    , m_aggregates(new DashboardAggregates(m_model, this))
{
    initResources();
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/compliance-desk.svg")));
    resize(1200, 720);
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);

    buildToolBar();
    buildCentral();
    buildStatusBar();

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Connect an organization…"), QKeySequence::New, this, &MainWindow::showConnectDialog);
    fileMenu->addAction(m_refresh);
    m_removeConnection = fileMenu->addAction(tr("Re&move this connection…"), this, &MainWindow::removeCurrentConnection);
    m_removeConnection->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    buildProfileActions(fileMenu);
    buildCampaignActions();
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    viewMenu->addAction(tr("&Expand all profiles"), this, [this] { m_tree->expandToDepth(1); });
    viewMenu->addAction(tr("&Collapse all"), this, [this] {
        m_tree->collapseAll();
        m_tree->expand(m_filter->index(0, 0));
    });
    viewMenu->addSeparator();
    // The side panel's tabs from the keyboard, wherever the focus is.
    viewMenu->addAction(tr("Show &details"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_rightTabs->setCurrentWidget(m_details);
        m_details->setFocus();
    });
    viewMenu->addAction(tr("Show dash&board"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_rightTabs->setCurrentWidget(m_dashboard);
        m_dashboard->setFocus();
    });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Qt"), qApp, &QApplication::aboutQt);

    refreshConnectionBox();
    showEmptyState();
}

MainWindow::~MainWindow()
{
    closeSession();
}

// The window's parts: construction, states and the tree here; connections and sessions in
// mainwindowconnections.cpp.

// ---- construction ----------------------------------------------------------------------------------------------

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);

    auto *connectionLabel = new QLabel(tr("Connection:"), bar);
    bar->addWidget(connectionLabel);
    m_connectionBox = new QComboBox(bar);
    m_connectionBox->setAccessibleName(tr("Connection"));
    m_connectionBox->setPlaceholderText(tr("Not connected"));
    m_connectionBox->setMinimumContentsLength(22);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connectionLabel->setBuddy(m_connectionBox);
    bar->addWidget(m_connectionBox);
    connect(m_connectionBox, &QComboBox::activated, this, [this](int row) {
        if (m_fillingBox)
            return;
        const QString id = m_connectionBox->itemData(row).toString();
        if (id.isEmpty()) {
            showConnectDialog();
            return;
        }
        for (const Connection &c : m_sessionConnections)
            if (c.id == id)
                return openConnection(c);
        if (const auto c = m_connections.find(id))
            openConnection(*c);
    });

    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load everything again from sent.dm (F5)"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_session) {
            hideBanner();
            m_session->loader()->refresh();
        }
    });
    bar->addAction(m_refresh);
    bar->addSeparator();

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search name, id, status, use case…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(m_search);
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        if (m_filter->isFiltering())
            m_tree->expandAll();
        updateEmptyFilterHint();
    });

    auto *filterButton = new QToolButton(bar);
    filterButton->setText(tr("Filter"));
    filterButton->setAccessibleName(tr("Filter"));
    filterButton->setPopupMode(QToolButton::InstantPopup);
    filterButton->setMenu(buildFilterMenu(filterButton));
    bar->addWidget(filterButton);
}

void MainWindow::buildCentral()
{
    m_stack = new QStackedWidget(this);

    // The empty state: no connection yet.
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(48, 48, 48, 48);
    emptyLayout->addStretch(1);
    m_emptyHeading = new QLabel(empty);
    QFont headingFont = m_emptyHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_emptyHeading->setFont(headingFont);
    m_emptyHeading->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_emptyHeading);
    m_emptyText = new QLabel(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMinimumWidth(420);
    m_emptyText->setMaximumWidth(620); // a readable line length
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_emptyText, 3);
    textRow->addStretch(1);
    emptyLayout->addLayout(textRow);
    auto *connectButton = new QPushButton(tr("&Connect an organization…"), empty);
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::showConnectDialog);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(connectButton);
    buttonRow->addStretch(1);
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    // The organization: a banner for problems, then the tree and the details.
    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(QStringLiteral("#banner { background: #fdecea; border-bottom: 1px solid #f5c2c0; } "
                                           "#banner QLabel { color: #5f1412; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerAction = new QPushButton(m_banner);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (m_bannerCallback)
            m_bannerCallback();
    });
    bannerLayout->addWidget(m_bannerAction);
    m_banner->hide();
    pageLayout->addWidget(m_banner);

    auto *splitter = new QSplitter(page);
    auto *treeHost = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treeHost);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(buildFilterBar(treeHost));
    m_tree = new QTreeView(treeHost);
    m_tree->setModel(m_filter);
    m_tree->setAccessibleName(tr("Organization tree"));
    m_tree->setUniformRowHeights(true); // 10,000 rows lay out in no time
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(OrganizationModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegateForColumn(OrganizationModel::StatusColumn, new StatusBadgeDelegate(m_tree));
    m_tree->setItemDelegateForColumn(OrganizationModel::BrandColumn, new StatusBadgeDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(OrganizationModel::NameColumn, 240);
    m_tree->setColumnWidth(OrganizationModel::StatusColumn, 120);
    m_tree->setColumnWidth(OrganizationModel::BrandColumn, 150);
    m_tree->setColumnWidth(OrganizationModel::UseCasesColumn, 160);
    m_tree->setColumnWidth(OrganizationModel::LastChangeColumn, 130);
    m_tree->setColumnWidth(OrganizationModel::AttentionColumn, 120);
    treeLayout->addWidget(m_tree);
    m_noMatches = new QLabel(tr("Nothing matches the search and filters."), treeHost);
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->hide();
    treeLayout->addWidget(m_noMatches);
    // Beside the tree: the selected item's details, or the dashboard of the whole organization.
    m_rightTabs = new QTabWidget(splitter);
    m_details = new DetailsPanel(m_rightTabs);
    m_rightTabs->addTab(m_details, tr("&Details"));
    m_dashboard = new DashboardView(m_aggregates, m_rightTabs);
    m_rightTabs->addTab(m_dashboard, tr("Dash&board")); // Alt+H is the Help menu's
    connect(m_dashboard, &DashboardView::drillDown, this, &MainWindow::drillDown);
    connect(m_dashboard, &DashboardView::openItem, this, &MainWindow::openAttentionItem);
    splitter->addWidget(treeHost);
    splitter->addWidget(m_rightTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 440});
    pageLayout->addWidget(splitter, 1);
    m_stack->addWidget(page);
    setCentralWidget(m_stack);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onActivated);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
        if (current.isValid() && current.parent() == topLeft.parent() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            onSelectionChanged(); // the details follow live changes
    });
    // The first rows arrive: show the organization open.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        if (!parent.isValid())
            m_tree->expand(m_filter->index(0, 0));
        // "Loading…" and error rows are a sentence, not a name: they take the whole width of the row.
        else if (const auto kind = m_model->kind(m_filter->mapToSource(m_filter->index(first, 0, parent)));
                 kind == OrganizationModel::Kind::Loading || kind == OrganizationModel::Kind::Error)
            m_tree->setFirstColumnSpanned(first, parent, true);
        updateEmptyFilterHint();
    });
    m_prioritizeTimer = new QTimer(this);
    m_prioritizeTimer->setSingleShot(true);
    m_prioritizeTimer->setInterval(200);
    connect(m_prioritizeTimer, &QTimer::timeout, this, &MainWindow::prioritizeVisible);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, m_prioritizeTimer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeView::expanded, m_prioritizeTimer, qOverload<>(&QTimer::start));
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setToolTip(tr("Requests left in sent.dm's rate limit. Background loading keeps a reserve so that "
                                 "what you click is answered at once."));
    statusBar()->addPermanentWidget(m_budgetLabel);
}

// ---- states ----------------------------------------------------------------------------------------------------

void MainWindow::showEmptyState()
{
    m_stack->setCurrentIndex(0);
    m_emptyHeading->setText(tr("No organization connected"));
    m_emptyText->setText(tr("Connect an organization with its sent.dm API key to browse its sender profiles, brands "
                            "and campaigns. To look around first, start Compliance Desk with --sandbox: it runs a "
                            "local stand-in for sent.dm with a demo organization."));
    m_statusLabel->setText(tr("Not connected"));
    m_budgetLabel->clear();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void MainWindow::showBanner(const QString &text, const QString &actionText, std::function<void()> action)
{
    m_bannerText->setText(text);
    m_bannerAction->setText(actionText);
    m_bannerAction->setVisible(bool(action));
    m_bannerCallback = std::move(action);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
    m_bannerCallback = nullptr;
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    updateStatus();
    const QString prefix = m_model->profileCount() > 0 ? tr("The tree could not be refreshed; it shows what was loaded before.")
                                                       : tr("The organization could not be loaded.");
    showBanner(prefix + QLatin1Char(' ') + error.userMessage(), tr("&Try again"), [this] {
        hideBanner();
        if (m_session)
            m_session->loader()->refresh();
    });
}

void MainWindow::updateStatus()
{
    if (!m_session)
        return;
    const TreeLoader *loader = m_session->loader();
    QString text;
    if (loader->isShowingCache())
        text = tr("Showing the tree saved %1; refreshing…").arg(QLocale().toString(loader->cacheSavedAt().toLocalTime(), QLocale::ShortFormat));
    else if (loader->isLoading() && loader->campaignListsTotal() > 0)
        text = tr("Loading campaigns: %1 of %2 profiles").arg(loader->campaignListsDone()).arg(loader->campaignListsTotal());
    else if (loader->isLoading())
        text = tr("Loading the organization…");
    else if (m_model->hasAccount())
        text = tr("%1 profiles · up to date at %2").arg(m_model->profileCount()).arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    m_statusLabel->setText(text);
    m_progress->setVisible(loader->isLoading() && loader->campaignListsTotal() > 0);
    m_progress->setMaximum(std::max(1, loader->campaignListsTotal()));
    m_progress->setValue(loader->campaignListsDone());

    const RateBudget *budget = m_session->client()->budget();
    if (budget->isKnown())
        m_budgetLabel->setText(tr("Rate budget: %1 left (%2/min)").arg(budget->estimatedRemaining()).arg(budget->limitPerMinute()));
    else
        m_budgetLabel->clear();
}

// ---- the tree --------------------------------------------------------------------------------------------------

void MainWindow::onSelectionChanged()
{
    updateCampaignActions();
    ++m_detailsRequest; // an answer still on its way is for an item no longer selected
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    if (!index.isValid()) {
        m_details->showNothing();
        return;
    }
    switch (m_model->kind(index)) {
    case OrganizationModel::Kind::Organization:
        m_details->showAccount(m_model->account(), m_model->profileCount());
        break;
    case OrganizationModel::Kind::Profile:
        showRecord(m_model->profile(index)->id, QString(), m_model->rowCount(index.siblingAtColumn(0)));
        break;
    case OrganizationModel::Kind::Campaign:
        showRecord(m_model->profile(index)->id, m_model->campaign(index)->id, 0);
        break;
    case OrganizationModel::Kind::Loading:
        m_details->showMessage(tr("Loading"), tr("The campaigns of %1 are on their way.").arg(m_model->profile(index)->name));
        break;
    case OrganizationModel::Kind::Error:
        m_details->showMessage(tr("Campaigns not loaded"), index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
                                   + tr("Press Enter on the row, or double-click it, to try again."));
        break;
    }
}

void MainWindow::showRecord(const QString &profileId, const QString &campaignId, int campaignCount)
{
    if (!m_session)
        return;
    // The tree holds overviews; the whole record comes from the cache (a millisecond away, on its own thread).
    // What was shown stays until then, so moving through the tree does not flicker.
    const int request = m_detailsRequest;
    m_session->cache()->readRecord(profileId, campaignId, this, [this, request, campaignId, campaignCount](const TreeCache::Record &record) {
        if (request != m_detailsRequest)
            return;
        if (record.profile && campaignId.isEmpty() && m_session) {
            // With its history on this computer.
            m_history->entries(m_session->connection().id, record.profile->id, this,
                               [this, request, profile = *record.profile, campaignCount](const QList<HistoryEntry> &history) {
                                   if (request == m_detailsRequest)
                                       m_details->showProfile(profile, campaignCount, history);
                               });
        } else if (record.profile && campaignId.isEmpty()) {
            m_details->showProfile(*record.profile, campaignCount);
        } else if (record.profile && record.campaign && m_session) {
            m_history->entries(m_session->connection().id, campaignId, this,
                               [this, request, profile = *record.profile, campaign = *record.campaign](const QList<HistoryEntry> &history) {
                                   if (request == m_detailsRequest)
                                       m_details->showCampaign(campaign, profile, history);
                               });
        } else if (record.profile && record.campaign)
            m_details->showCampaign(*record.campaign, *record.profile);
        else
            m_details->showMessage(tr("Details not available"),
                                   tr("This item's details could not be read from this computer's copy. Refresh (F5) to "
                                      "fetch them again."));
    });
}

void MainWindow::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (m_model->canRetry(index))
        m_model->retry(index);
}

void MainWindow::prioritizeVisible()
{
    if (!m_session)
        return;
    QStringList visible;
    QModelIndex index = m_tree->indexAt(QPoint(0, 0));
    const int bottom = m_tree->viewport()->height();
    while (index.isValid() && m_tree->visualRect(index).top() < bottom) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (m_model->kind(source) == OrganizationModel::Kind::Profile)
            visible.append(source.data(OrganizationModel::IdRole).toString());
        index = m_tree->indexBelow(index);
    }
    m_session->loader()->prioritize(visible);
}

} // namespace cd::ui
