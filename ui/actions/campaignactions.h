#pragma once

#include "dashboard/dashboardview.h"
#include "store/draft.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace cd {
struct Campaign;
struct Profile;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

class CampaignWizard;
class OrganizationTreeView;

// What can be done with the selected profile's campaigns: a new one (going on with a draft when there is one),
// editing one, deleting one, and the drafts not yet submitted. Each opens what it needs — the campaign wizard on the
// session's editor, the drafts dialog — and the session brings the answer back into the tree.
class CampaignActions : public QObject
{
    Q_OBJECT
public:
    CampaignActions(OrganizationTreeView *tree, QWidget *window);

    void setSession(OrganizationSession *session);
    void addTo(QMenu *menu);

    QAction *newCampaignAction() const { return m_new; }
    QAction *editCampaignAction() const { return m_edit; }
    QAction *deleteCampaignAction() const { return m_delete; }
    QAction *draftsAction() const { return m_drafts; }
    QAction *profileDraftsAction() const { return m_profileDrafts; } // the selected profile's drafts

    void newCampaign();
    void editCampaign();
    void deleteCampaign();
    void showDrafts(const QString &profileId = {}); // one profile's, or the connection's
    CampaignWizard *wizard() const;
    // The drafts not yet submitted, counted again (for the dashboard and the banner).
    void listDrafts();

Q_SIGNALS:
    void draftsListed(const QList<cd::ui::DashboardView::DraftNote> &drafts, int total);
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void updateActions();
    void openWizard(const Draft &draft, const Profile &profile, const std::optional<Campaign> &existing);

    OrganizationTreeView *m_tree;
    QWidget *m_window;
    QPointer<OrganizationSession> m_session;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_drafts;
    QAction *m_profileDrafts;
    QPointer<CampaignWizard> m_wizard;
};

} // namespace cd::ui
