#pragma once

#include "dialogs/helpdialog.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace cd {
class ConnectionStore;
class CredentialStore;
class DashboardAggregates;
class OrganizationFilterModel;
class OrganizationModel;
class OrganizationSession;
class SessionManager;
} // namespace cd

namespace cd::ui {

class BulkActions;
class CampaignActions;
class ConnectionBar;
class DashboardView;
class InheritanceView;
class DetailsPanel;
class LoadStatus;
class LocalFilesWatch;
class OrganizationTreeView;
class ProfileActions;
class ReportActions;
class SelectionDetails;
class SessionBanner;
class StatusWatch;
class TreeContextMenu;
class TreeFilters;

// The organization tree and, beside it, the selected item's details or the dashboard; a toolbar with the
// connection, refresh and search; a status bar with what is loading, the rate budget and the status checks. The
// window composes its parts and hands each the session that is open; the session decides, loads, writes and records.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConnectionStore &connections, CredentialStore &credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The core: the connections and the session open among them, the tree they fill.
    SessionManager *sessions() const { return m_sessions; }
    OrganizationSession *session() const;
    OrganizationModel *model() const;
    OrganizationFilterModel *filterModel() const { return m_filter; }

    // The parts, each with its own actions and state.
    ConnectionBar *connectionBar() const { return m_connectionBar; } // which organization, connect, refresh, remove
    SessionBanner *banner() const { return m_banner; }
    SessionBanner *localFilesBanner() const;                           // what is wrong, and what to do about it
    OrganizationTreeView *tree() const { return m_tree; }              // the organization
    TreeFilters *filters() const { return m_filters; }                 // what the tree is narrowed to
    TreeContextMenu *contextMenu() const { return m_contextMenu; }     // what can be done with a row
    DetailsPanel *detailsPanel() const { return m_details; }           // the selected item's whole record
    DashboardView *dashboard() const { return m_dashboard; }           // the organization at a glance
    InheritanceView *inheritanceView() const { return m_inheritance; } // who inherits what
    QTabWidget *sideTabs() const { return m_sideTabs; }                // details | dashboard
    CampaignActions *campaigns() const { return m_campaigns; }         // new, edit, delete, drafts
    BulkActions *bulk() const { return m_bulk; }                       // the Bulk menu
    ProfileActions *profiles() const { return m_profiles; }            // new, edit, complete, delete
    ReportActions *reports() const { return m_reports; }               // history, compliance reports
    StatusWatch *statusWatch() const { return m_statusWatch; }         // status checks and notifications
    LoadStatus *loadStatus() const { return m_loadStatus; }            // the status bar's account of the session

    bool isShowingEmptyState() const;
    // Help → About: the version, and what sent.dm has announced about the endpoints this session uses.
    void showAbout();
    // Help → User guide (F1), Keyboard shortcuts.
    void showHelp(HelpDialog::Page page);
    HelpDialog *helpDialog() const { return m_help; }
    QAction *resetDemoAction() const { return m_resetDemo; }

Q_SIGNALS:
    // File → Reset the demo…, confirmed: whoever runs the demo sandbox starts it afresh (SessionManager::resetDemo).
    void resetDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    QWidget *buildOrganizationPage();
    void buildStatusBar();
    void connectParts();
    void onSessionChanged(OrganizationSession *session);
    void showMessage(const QString &text, int timeoutMs);

    SessionManager *m_sessions;
    OrganizationFilterModel *m_filter;
    DashboardAggregates *m_aggregates;
    OrganizationTreeView *m_tree;
    TreeFilters *m_filters;
    SessionBanner *m_banner;
    ConnectionBar *m_connectionBar;
    DetailsPanel *m_details;
    SelectionDetails *m_selectionDetails;
    DashboardView *m_dashboard;
    InheritanceView *m_inheritance;
    CampaignActions *m_campaigns;
    ProfileActions *m_profiles;
    ReportActions *m_reports;
    BulkActions *m_bulk;
    StatusWatch *m_statusWatch;
    LoadStatus *m_loadStatus;
    LocalFilesWatch *m_localFiles;
    TreeContextMenu *m_contextMenu = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QPointer<HelpDialog> m_help;
    QAction *m_resetDemo = nullptr;
    bool m_draftsOffered = false; // once a session, the banner may say what drafts are waiting
    bool m_noticeShown = false;   // once a session, the banner says what sent.dm announced about its API
};

} // namespace cd::ui
