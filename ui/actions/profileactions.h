#pragma once

#include "domain/completion.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace cd {
struct Profile;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

class CampaignActions;
class CompletionWizard;
class InheritanceDialog;
class OrganizationTreeView;
class ProfileDialog;

// What can be done with the organization's profiles: a new one, editing the selected one (with its brand),
// completing its setup, deleting it. Each starts from what sent.dm has now, opens the dialog on the session's
// engine, and the session brings the answer back into the tree.
class ProfileActions : public QObject
{
    Q_OBJECT
public:
    ProfileActions(OrganizationTreeView *tree, CampaignActions *campaigns, QWidget *window);

    void setSession(OrganizationSession *session);
    void addTo(QMenu *menu);

    QAction *newProfileAction() const { return m_new; }
    QAction *editProfileAction() const { return m_edit; }
    QAction *completeProfileAction() const { return m_complete; }
    QAction *deleteProfileAction() const { return m_delete; }
    QAction *changeInheritanceAction() const { return m_inheritance; }

    void newProfile();
    void editProfile(bool brandFirst = false);
    void completeProfile();
    void deleteProfile();
    void changeInheritance();
    ProfileDialog *profileDialog() const;
    InheritanceDialog *inheritanceDialog() const;
    CompletionWizard *completionWizard() const;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void updateActions();
    void openDialog(const std::optional<Profile> &existing, bool brandFirst);
    // Editing starts from what sent.dm has now, not from this computer's copy: someone may have changed it.
    void withFreshProfile(const QString &profileId, const QString &title,
                          std::function<void(const cd::Profile &)> then);
    void fix(CompletionChecklist::Fix fix, const QString &profileId);

    OrganizationTreeView *m_tree;
    CampaignActions *m_campaigns;
    QWidget *m_window;
    QPointer<OrganizationSession> m_session;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_complete;
    QAction *m_delete;
    QAction *m_inheritance;
    QPointer<ProfileDialog> m_dialog;
    QPointer<CompletionWizard> m_completion;
    QPointer<InheritanceDialog> m_inheritanceDialog;
};

} // namespace cd::ui
