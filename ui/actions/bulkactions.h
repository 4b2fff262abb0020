#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace cd {
class OrganizationSession;
}

namespace cd::ui {

class OrganizationTreeView;

// The Bulk menu: work on the profiles (or campaigns) selected in the tree — Ctrl and Shift select several; "Select
// everything the filter shows" takes the filter's whole result — each through a BulkJobDialog: apply a campaign from
// a JSON file, complete setup, delete, import new profiles from a CSV file. Jobs a last session left unfinished are
// counted when a connection opens (unfinishedJobs) and offered again.
class BulkActions : public QObject
{
    Q_OBJECT
public:
    BulkActions(OrganizationTreeView *tree, QWidget *window);

    void setSession(OrganizationSession *session);
    void addTo(QMenu *menu);

    QAction *applyCampaignAction() const { return m_applyCampaign; }
    QAction *applySelectedCampaignAction() const { return m_applySelected; }
    QAction *applyDraftAction() const { return m_applyDraft; }
    QAction *completeAction() const { return m_complete; }
    QAction *changeFieldsAction() const { return m_changeFields; }
    QAction *importAction() const { return m_import; }

    void applyCampaign(const QString &templatePath = {});
    // The one campaign selected, as sent.dm has it now, applied to the other profiles selected.
    void applySelectedCampaign();
    // A campaign draft of this connection (chosen from a list; `draftId` to skip the list) applied to the selected
    // profiles: the draft stays a draft.
    void applyDraft(const QString &draftId = {});
    void completeSetup();
    // Who pays, inheritance and the brand's industry and relationship, on every selected profile.
    void changeFields();
    void deleteProfiles();
    void deleteCampaigns();
    void importProfiles(const QString &csvPath = {});
    void selectShown();
    // The unfinished jobs of this connection, one dialog each.
    void resumeUnfinished();

Q_SIGNALS:
    void unfinishedJobs(int count);
    void message(const QString &text, int timeoutMs);

private:
    void updateActions();
    void checkUnfinished();

    OrganizationTreeView *m_tree;
    QWidget *m_window;
    QPointer<OrganizationSession> m_session;
    QAction *m_applyCampaign;
    QAction *m_applySelected;
    QAction *m_applyDraft;
    QAction *m_complete;
    QAction *m_changeFields;
    QAction *m_deleteProfiles;
    QAction *m_deleteCampaigns;
    QAction *m_import;
    QAction *m_selectShown;
    QAction *m_resume;
};

} // namespace cd::ui
