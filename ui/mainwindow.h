#pragma once

#include "secrets/connection.h"
#include "dashboard/dashboardview.h"
#include "services/organizationsession.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;

namespace cd {
class Campaign;
class DashboardAggregates;
class StatusPoller;
class ConnectionService;
class DraftStore;
class HistoryLog;
class Profile;
struct Draft;
class ConnectionStore;
class CredentialStore;
class OrganizationFilterModel;
class OrganizationModel;

struct ApiError;
}

namespace cd::ui {

class CampaignWizard;
class CompletionWizard;
class HistoryDialog;
class ConnectDialog;
class DashboardView;
class DetailsPanel;
class ProfileDialog;
class StatusNotifier;

// The organization tree and the details of what is selected, side by side; a toolbar with the connection, refresh
// and search; a status bar with what is loading, the rate budget and the age of what is shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConnectionStore &connections, CredentialStore &credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // compliance-desk --sandbox: connect to the embedded sandbox for this session (nothing is saved).
    void connectToSandbox(const QUrl &url, const QString &organizationKey);
    // Opens the current saved connection, if there is one.
    void openCurrentConnection();
    // Asks first; then deletes the key from the keychain, the connection and its cache, and opens another.
    void removeCurrentConnection();
    void openConnection(const Connection &connection);
    void showConnectDialog();

    // For tests.
    OrganizationModel *model() const { return m_model; }
    OrganizationFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    DetailsPanel *detailsPanel() const { return m_details; }
    DashboardView *dashboard() const { return m_dashboard; }
    QTabWidget *sideTabs() const { return m_rightTabs; }
    QLineEdit *searchField() const { return m_search; }
    OrganizationSession *session() const { return m_session; }
    QString bannerText() const;
    QString filterBarText() const; // what the bar above the tree says is filtered ("" when nothing is)
    // The tree's context menu for a row (of the filter model); none for a placeholder row.
    std::unique_ptr<QMenu> contextMenuFor(const QModelIndex &proxyIndex);
    QString statusText() const;
    bool isShowingEmptyState() const;
    CampaignWizard *campaignWizard() const;
    DraftStore *drafts() const { return m_drafts; }
    HistoryLog *history() const { return m_history; }

    // Campaigns (mainwindowcampaigns.cpp), for the selected profile or campaign.
    void newCampaign();
    void editCampaign();
    void deleteCampaign();
    void showDrafts(const QString &profileId = {}); // one profile's, or the connection's

    // Profiles (mainwindowprofiles.cpp): a new one; the selected one edited (its brand tab first), completed,
    // deleted.
    void newProfile();
    void editProfile(bool brandFirst = false);
    void completeProfile();
    void deleteProfile();
    ProfileDialog *profileDialog() const;
    CompletionWizard *completionWizard() const;

    // Status changes (mainwindowstatus.cpp): the poller of the open connection, the notifications it raises.
    StatusPoller *poller() const;
    StatusNotifier *notifier() const { return m_notifier; }
    void checkStatusesNow();
    QString watchStatusText() const; // the status bar's word on the status checks
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled); // remembered per connection
    void selectItem(const QString &profileId, const QString &campaignId = {});

    // The paper trail (mainwindowreports.cpp): the selected item's history; the compliance report of the selected
    // campaign or profile, or of the organization, written to `path` (asked for when empty) off the window's thread.
    void showHistory();
    void exportReport(const QString &path = {});
    HistoryDialog *historyDialog() const;
    QProgressDialog *exportProgress() const;
    QString lastExport() const { return m_lastExport; } // the last report written
    QString suggestedReportName() const;                 // the file name the export offers for the selection

private:
    void buildToolBar();
    QMenu *buildFilterMenu(QWidget *parent);
    QWidget *buildFilterBar(QWidget *parent);
    QString filterDescription() const;
    QString reportScopeName() const;
    void buildCentral();
    void buildStatusBar();
    void refreshConnectionBox();
    void startSession(const Connection &connection, const QByteArray &key, bool useCache);
    void showRecord(const QString &profileId, const QString &campaignId, int campaignCount);
    void closeSession();
    void openDialog(ConnectDialog *dialog);
    void showEmptyState();
    void showBanner(const QString &text, const QString &actionText, std::function<void()> action);
    void hideBanner();
    void onSelectionChanged();
    void onActivated(const QModelIndex &proxyIndex);
    void onLoadFailed(const ApiError &error);
    void updateStatus();
    void prioritizeVisible();
    void updateEmptyFilterHint();
    void buildCampaignActions();
    void updateCampaignActions();
    void openWizard(const Draft &draft, const Profile &profile, const std::optional<Campaign> &existing);
    void buildProfileActions(QMenu *fileMenu);
    void drillDown(const DashboardView::Drill &drill);
    void openAttentionItem(const QString &profileId, const QString &campaignId);
    void clearFilters(); // search, status, use case and attention: everything shows
    void buildReportActions(QMenu *fileMenu, QMenu *profileMenu);
    void closeExportProgress();
    void updateProfileActions();
    void openProfileDialog(const std::optional<Profile> &existing, bool brandFirst);
    void applyProfile(const Profile &profile, bool created, bool campaignsMayDiffer);
    void withFreshProfile(const QString &profileId, const QString &title, std::function<void(const cd::Profile &)> then);
    void startPolling();
    void feedPoller();
    void campaignsChangedHere(const QString &profileId);
    void onProfileStatusChanged(const Profile &profile, const QString &oldStatus);
    void onCampaignStatusChanged(const QString &profileId, const Campaign &campaign, const QString &oldStatus);
    void updateWatchStatus();
    void offerDrafts();
    void updateDashboardDrafts(); // the dashboard lists the drafts not yet submitted
    // The profile (and campaign) selected, as ids; empty when none.
    QString selectedProfileId() const;
    QString selectedCampaignId() const;

    ConnectionStore &m_connections;
    CredentialStore &m_credentials;
    ConnectionService *m_service;
    OrganizationModel *m_model;
    OrganizationFilterModel *m_filter;
    QPointer<OrganizationSession> m_session;
    QList<Connection> m_sessionConnections; // not saved (the demo sandbox)
    QUrl m_sandboxUrl;

    QComboBox *m_connectionBox = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_removeConnection = nullptr;
    QAction *m_newCampaign = nullptr;
    QAction *m_editCampaign = nullptr;
    QAction *m_deleteCampaign = nullptr;
    QAction *m_showDrafts = nullptr;
    DraftStore *m_drafts = nullptr;
    HistoryLog *m_history = nullptr;
    bool m_draftsOffered = false;
    QPointer<CampaignWizard> m_wizard;
    QAction *m_newProfile = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_completeProfile = nullptr;
    QAction *m_deleteProfile = nullptr;
    QAction *m_checkStatuses = nullptr;
    QAction *m_notifyChanges = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<CompletionWizard> m_completion;
    QPointer<StatusPoller> m_poller;
    StatusNotifier *m_notifier = nullptr;
    QLabel *m_watchLabel = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_showHistory = nullptr;
    QPointer<HistoryDialog> m_historyDialog;
    QPointer<QProgressDialog> m_exportProgress;
    QString m_lastExport;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHeading = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerAction = nullptr;
    std::function<void()> m_bannerCallback;
    QTreeView *m_tree = nullptr;
    QLabel *m_noMatches = nullptr;
    QWidget *m_filterBar = nullptr; // above the tree while a filter is in use
    QLabel *m_filterText = nullptr;
    QString m_itemFilterName; // the item an attention row narrowed the tree to
    DetailsPanel *m_details = nullptr;
    QTabWidget *m_rightTabs = nullptr;
    DashboardView *m_dashboard = nullptr;
    DashboardAggregates *m_aggregates = nullptr;
    QActionGroup *m_statusActions = nullptr;
    QActionGroup *m_useCaseActions = nullptr;
    QAction *m_attentionAction = nullptr;
    int m_detailsRequest = 0;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QTimer *m_prioritizeTimer = nullptr;
    bool m_fillingBox = false;
};

} // namespace cd::ui
