#include "mainwindow.h"
#include "style/icons.h"

#include "actions/bulkactions.h"
#include "actions/campaignactions.h"
#include "actions/profileactions.h"
#include "actions/reportactions.h"
#include "connection/connectionbar.h"
#include "connection/emptystatepage.h"
#include "connection/sessionbanner.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "details/selectiondetails.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/messagebox.h"
#include "inheritance/inheritanceview.h"
#include "input/wheelguard.h"
#include "status/loadstatus.h"
#include "status/localfileswatch.h"
#include "status/statusnotifier.h"
#include "status/statuswatch.h"
#include "tree/organizationtreeview.h"
#include "tree/treecontextmenu.h"
#include "tree/treefilters.h"

#include "core/appinfo.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"
#include "services/sessionmanager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace cd::ui {

MainWindow::MainWindow(ConnectionStore &connections, CredentialStore &credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(new SessionManager(connections, credentials, this))
    , m_filter(new OrganizationFilterModel(this))
    , m_aggregates(new DashboardAggregates(m_sessions->model(), this))
    , m_tree(new OrganizationTreeView(m_sessions->model(), m_filter, this))
    , m_filters(new TreeFilters(m_tree, this))
    , m_banner(new SessionBanner(this))
    , m_connectionBar(new ConnectionBar(m_sessions, m_banner, this))
    , m_details(new DetailsPanel(this))
    , m_selectionDetails(new SelectionDetails(m_tree, m_details, this))
    , m_dashboard(new DashboardView(m_aggregates, this))
    , m_inheritance(new InheritanceView(m_sessions->model(), this))
    , m_campaigns(new CampaignActions(m_tree, this))
    , m_profiles(new ProfileActions(m_tree, m_campaigns, this))
    , m_reports(new ReportActions(m_tree, this))
    , m_bulk(new BulkActions(m_tree, this))
    , m_statusWatch(new StatusWatch(this))
    , m_loadStatus(new LoadStatus(this))
    , m_localFiles(new LocalFilesWatch(m_sessions, this))
{
    WheelGuard::install(); // before any form is built
    setWindowTitle(AppInfo::displayName());
    Icons::install(); // the library's resources: icons, the user guide
    setWindowIcon(Icons::application());
    resize(1200, 720);
    m_filter->setDynamicSortFilter(true);
    m_contextMenu = new TreeContextMenu(m_tree,
                                        {m_profiles->newProfileAction(), m_profiles->editProfileAction(),
                                         m_profiles->completeProfileAction(), m_profiles->deleteProfileAction(),
                                         m_campaigns->newCampaignAction(), m_campaigns->editCampaignAction(),
                                         m_campaigns->deleteCampaignAction(), m_reports->historyAction(),
                                         m_reports->exportReportAction(), m_profiles->changeInheritanceAction()});
    // The links under an item's heading are the menus' actions.
    m_details->setAction(DetailsPanel::Action::EditProfile, m_profiles->editProfileAction());
    m_details->setAction(DetailsPanel::Action::CompleteProfile, m_profiles->completeProfileAction());
    m_details->setAction(DetailsPanel::Action::History, m_reports->historyAction());
    m_details->setAction(DetailsPanel::Action::NewCampaign, m_campaigns->newCampaignAction());
    m_details->setAction(DetailsPanel::Action::ProfileDrafts, m_campaigns->profileDraftsAction());
    m_details->setAction(DetailsPanel::Action::ChangeInheritance, m_profiles->changeInheritanceAction());

    // The local files' banner goes with both pages: a damaged settings file can leave no connection to open, and
    // the first-run page must say why. Banners come and go at the bottom, so nothing above them moves under the
    // cursor when one appears.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_stack = new QStackedWidget(central);
    m_stack->addWidget(new EmptyStatePage(m_connectionBar->connectAction(), m_stack));
    m_stack->addWidget(buildOrganizationPage());
    centralLayout->addWidget(m_stack, 1);
    centralLayout->addWidget(m_localFiles->banner());
    setCentralWidget(central);
    buildToolBar();
    buildMenus();
    buildStatusBar();
    connectParts();
    onSessionChanged(nullptr);
}

MainWindow::~MainWindow()
{
    m_sessions->close(); // while the parts that watch it are still here
}

OrganizationSession *MainWindow::session() const
{
    return m_sessions->session();
}

OrganizationModel *MainWindow::model() const
{
    return m_sessions->model();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

SessionBanner *MainWindow::localFilesBanner() const
{
    return m_localFiles->banner();
}

// ---- construction ----------------------------------------------------------------------------------------------

QWidget *MainWindow::buildOrganizationPage()
{
    // The tree and, beside it, the selected item's details or the dashboard; the session's banner below them (a
    // banner that appears shortens the tree from the bottom instead of pushing its rows down).
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *splitter = new QSplitter(page);
    auto *treeHost = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treeHost);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_filters->bar());
    treeLayout->addWidget(m_tree);
    treeLayout->addWidget(m_filters->noMatchesLabel());
    m_sideTabs = new QTabWidget(splitter);
    m_sideTabs->addTab(m_details, tr("&Details"));
    m_sideTabs->addTab(m_dashboard, tr("Dash&board")); // Alt+H is the Help menu's
    m_sideTabs->addTab(m_inheritance, tr("&Inheritance"));
    splitter->addWidget(treeHost);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 440});
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
    return page;
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // words beside the icons: nothing to guess
    m_connectionBar->addTo(bar);
    bar->addSeparator();
    bar->addWidget(m_filters->searchField());
    bar->addWidget(m_filters->filterButton());
    bar->addAction(m_campaigns->newCampaignAction());
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_connectionBar->connectAction(), m_connectionBar->refreshAction(),
                      m_reports->exportReportAction(), m_connectionBar->removeAction()});
    // The demo's own: its organization back to how it started (shown while the demo is open).
    m_resetDemo = file->addAction(Icons::named("edit-undo"), tr("Reset the &demo…"), this, [this] {
        const auto answer = MessageBox::question(
            this, tr("Reset the demo"),
            tr("Start the demo organization afresh? Its profiles, brands and campaigns go back to how they started, "
               "and the demo's drafts are discarded. The local history keeps what it recorded."),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Reset)
            Q_EMIT resetDemoRequested();
    });
    m_resetDemo->setVisible(false);
    file->addSeparator();
    file->addAction(Icons::named("application-exit"), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto *profile = menuBar()->addMenu(tr("&Profile"));
    m_profiles->addTo(profile);
    profile->addSeparator();
    m_statusWatch->addTo(profile);
    profile->addAction(m_reports->historyAction());

    m_campaigns->addTo(menuBar()->addMenu(tr("&Campaign")));
    m_bulk->addTo(menuBar()->addMenu(tr("B&ulk")));

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(Icons::named("edit-find"), tr("&Find"), QKeySequence::Find, m_filters, &TreeFilters::focusSearch);
    view->addAction(Icons::named("go-down"), tr("&Expand all profiles"), this, [this] { m_tree->expandToDepth(1); });
    view->addAction(Icons::named("go-up"), tr("&Collapse all"), this, [this] {
        m_tree->collapseAll();
        m_tree->expand(m_filter->index(0, 0));
    });
    view->addSeparator();
    // The side panel's tabs from the keyboard, wherever the focus is.
    view->addAction(Icons::named("view-list-details"), tr("Show &details"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] {
                        m_sideTabs->setCurrentWidget(m_details);
                        m_details->setFocus();
                    });
    view->addAction(Icons::named("office-chart-pie"), tr("Show dash&board"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] {
                        m_sideTabs->setCurrentWidget(m_dashboard);
                        m_dashboard->setFocus();
                    });
    view->addAction(Icons::named("compliance-desk-inherited"), tr("Show &inheritance"),
                    QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
                        m_sideTabs->setCurrentWidget(m_inheritance);
                        m_inheritance->list()->setFocus();
                    });

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(Icons::named("help-contents"), tr("&User guide"), QKeySequence::HelpContents, this,
                    [this] { showHelp(HelpDialog::Page::Manual); });
    help->addAction(Icons::named("preferences-desktop-keyboard"), tr("&Keyboard shortcuts"), this,
                    [this] { showHelp(HelpDialog::Page::Shortcuts); });
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setText(tr("&What's This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(Icons::named("help-about"), tr("&About Compliance Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    statusBar()->addWidget(m_loadStatus->label(), 1);
    statusBar()->addPermanentWidget(m_loadStatus->progressBar());
    statusBar()->addPermanentWidget(m_loadStatus->budgetLabel());
    statusBar()->addPermanentWidget(m_statusWatch->label());
}

void MainWindow::connectParts()
{
    connect(m_sessions, &SessionManager::sessionChanged, this, &MainWindow::onSessionChanged);
    // What the parts say in passing goes to the status bar.
    connect(m_connectionBar, &ConnectionBar::message, this, &MainWindow::showMessage);
    connect(m_campaigns, &CampaignActions::message, this, &MainWindow::showMessage);
    connect(m_bulk, &BulkActions::message, this, &MainWindow::showMessage);
    connect(m_bulk, &BulkActions::unfinishedJobs, this, [this](int count) {
        m_banner->showNotice(tr("%n bulk job(s) did not finish the last time.", nullptr, count), tr("Resume…"),
                             [this] { m_bulk->resumeUnfinished(); });
    });
    connect(m_profiles, &ProfileActions::message, this, &MainWindow::showMessage);
    connect(m_reports, &ReportActions::message, this, &MainWindow::showMessage);
    connect(m_statusWatch, &StatusWatch::message, this, &MainWindow::showMessage);
    connect(m_banner, &SessionBanner::keyRequested, m_connectionBar, &ConnectionBar::replaceKey);
    connect(m_dashboard, &DashboardView::drillDown, m_filters, &TreeFilters::drillDown);
    connect(m_inheritance, &InheritanceView::showSetup, m_filters, &TreeFilters::showSetup);
    connect(m_inheritance, &InheritanceView::openOrganizationBrand, m_tree, [this] {
        m_filters->clearFilters();
        m_tree->selectOrganizationItem();
        m_sideTabs->setCurrentWidget(m_details);
    });
    connect(m_inheritance, &InheritanceView::openOrganizationCampaign, m_tree, [this](const QString &campaignId) {
        m_filters->clearFilters();
        m_tree->selectOrganizationItem(campaignId);
        m_sideTabs->setCurrentWidget(m_details);
    });
    connect(m_dashboard, &DashboardView::openItem, this, [this](const QString &profileId, const QString &campaignId) {
        m_filters->narrowTo(profileId, campaignId);
        m_sideTabs->setCurrentWidget(m_details);
    });
    connect(m_statusWatch, &StatusWatch::openItem, m_tree, &OrganizationTreeView::selectItem);
    connect(m_statusWatch, &StatusWatch::fallback, this, [this](const QString &text) {
        m_banner->showNotice(text, tr("Show"), [this] { m_statusWatch->notifier()->activate(); });
    });
    connect(m_campaigns, &CampaignActions::draftsListed, this,
            [this](const QList<DashboardView::DraftNote> &notes, int total) {
                m_dashboard->setDrafts(notes);
                // Once the tree is in, the banner is free to say what is waiting (once a session).
                if (std::exchange(m_draftsOffered, true) || total == 0 || !m_banner->text().isEmpty())
                    return;
                m_banner->showNotice(tr("%n campaign draft(s) not yet submitted.", nullptr, total), tr("Open drafts…"),
                                     [this] { m_campaigns->showDrafts(); });
            });
}

// ---- the session -----------------------------------------------------------------------------------------------

void MainWindow::onSessionChanged(OrganizationSession *session)
{
    m_draftsOffered = false;
    m_noticeShown = false;
    m_resetDemo->setVisible(session && session->connection().demo);
    if (session) {
        // A list that ended short is said plainly: a compliance tool must never show part of an organization quietly.
        connect(session, &OrganizationSession::listShort, this, [this, session](const QString &note) {
            m_banner->showMessage(note, tr("&Refresh"), [session] { session->refresh(); });
        });
        // What sent.dm announces about its API's future, once, before the day it matters.
        connect(session, &OrganizationSession::apiNotice, this, [this](const ApiNotice &notice) {
            // Once; and never over a problem the banner is showing (the status bar and the About box have it).
            if (m_noticeShown || (!m_banner->text().isEmpty() && !m_banner->isNotice()))
                return;
            m_noticeShown = true;
            m_banner->showNotice(notice.text(), tr("&Details…"), [this] { showAbout(); });
        });
        // Changes whose answer was lost last time, and what sent.dm shows of them now (also in the history).
        connect(session, &OrganizationSession::changesSettled, this, [this](const QList<ChangeSettlement> &settled) {
            if (!m_banner->text().isEmpty() && !m_banner->isNotice())
                return; // a problem is on show; the history has them
            QStringList sentences;
            for (const ChangeSettlement &settlement : settled)
                sentences << settlement.sentence();
            m_banner->showNotice(sentences.join(QLatin1Char(' ')), tr("&Dismiss"), [this] { m_banner->clear(); });
        });
    }
    m_tree->setSession(session);
    m_selectionDetails->setSession(session);
    m_banner->setSession(session);
    m_campaigns->setSession(session);
    m_bulk->setSession(session);
    m_profiles->setSession(session);
    m_reports->setSession(session);
    m_statusWatch->setSession(session);
    m_loadStatus->setSession(session);
    m_dashboard->setDrafts({});
    setWindowTitle(session ? tr("%1 — %2").arg(session->connection().name, AppInfo::displayName())
                           : AppInfo::displayName());
    m_stack->setCurrentIndex(session ? 1 : 0);
}

// Nothing typed or recorded is lost by closing without a word: what still waits for its file is asked about first.
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_localFiles->mayClose(this)) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showHelp(HelpDialog::Page page)
{
    if (!m_help) {
        m_help = new HelpDialog(findChildren<QAction *>(), this);
        m_help->setWindowIcon(windowIcon());
    }
    m_help->showPage(page);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(session() ? session()->apiNotices() : QList<ApiNotice>(), this);
    about->show();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

} // namespace cd::ui
