#include "profileactions.h"
#include "style/icons.h"

#include "actions/campaignactions.h"
#include "completionwizard/completionwizard.h"
#include "dialogs/messagebox.h"
#include "profileeditor/inheritancedialog.h"
#include "profileeditor/profiledialog.h"
#include "tree/organizationtreeview.h"

#include "api/sentclient.h"
#include "model/organizationmodel.h"
#include "services/completionengine.h"
#include "services/organizationsession.h"
#include "services/profileeditor.h"

#include <QAction>
#include <QMenu>

namespace cd::ui {

ProfileActions::ProfileActions(OrganizationTreeView *tree, CampaignActions *campaigns, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_campaigns(campaigns)
    , m_window(window)
    , m_new(new QAction(Icons::named("contact-new"), tr("&New profile…"), this))
    , m_edit(new QAction(Icons::named("document-edit"), tr("&Edit profile and brand…"), this))
    , m_complete(new QAction(Icons::named("mail-send"), tr("&Complete setup…"), this))
    , m_delete(new QAction(Icons::named("edit-delete"), tr("&Delete profile…"), this))
    , m_inheritance(new QAction(Icons::named("compliance-desk-inherited"), tr("Change &inheritance…"), this))
{
    m_inheritance->setToolTip(
        tr("Choose whether the profile uses its own brand and campaigns or the organization's, with what that does "
           "shown first"));
    connect(m_inheritance, &QAction::triggered, this, &ProfileActions::changeInheritance);
    m_new->setToolTip(tr("Create a child profile in this organization, with its brand"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_complete->setToolTip(tr("Check the prerequisites and submit the profile for onboarding"));
    connect(m_new, &QAction::triggered, this, &ProfileActions::newProfile);
    connect(m_edit, &QAction::triggered, this, [this] { editProfile(); });
    connect(m_complete, &QAction::triggered, this, &ProfileActions::completeProfile);
    connect(m_delete, &QAction::triggered, this, &ProfileActions::deleteProfile);
    connect(m_tree, &OrganizationTreeView::currentItemChanged, this, &ProfileActions::updateActions);
    updateActions();
}

ProfileDialog *ProfileActions::profileDialog() const
{
    return m_dialog;
}

InheritanceDialog *ProfileActions::inheritanceDialog() const
{
    return m_inheritanceDialog;
}

CompletionWizard *ProfileActions::completionWizard() const
{
    return m_completion;
}

void ProfileActions::addTo(QMenu *menu)
{
    menu->addActions({m_new, m_edit, m_inheritance, m_complete, m_delete});
}

void ProfileActions::setSession(OrganizationSession *session)
{
    m_session = session;
    if (session) {
        // A profile key has one profile and cannot make others; the account is known once loaded.
        connect(session, &OrganizationSession::loaded, this, &ProfileActions::updateActions);
        // A fix made elsewhere (a campaign created, the profile saved): the checklist reads it again.
        connect(session, &OrganizationSession::profileChanged, this, [this](const QString &profileId) {
            if (m_completion && m_completion->profile().id == profileId)
                m_completion->recheck();
        });
    }
    updateActions();
}

void ProfileActions::updateActions()
{
    const bool connected = m_session;
    const bool profile = connected && !m_tree->selectedProfileId().isEmpty();
    m_new->setEnabled(connected && m_session->managesProfiles());
    m_edit->setEnabled(profile);
    m_inheritance->setEnabled(profile);
    m_complete->setEnabled(profile);
    m_delete->setEnabled(profile && m_session->managesProfiles());
}

void ProfileActions::withFreshProfile(const QString &profileId, const QString &title,
                                      std::function<void(const Profile &)> then)
{
    if (!m_session || profileId.isEmpty())
        return;
    Q_EMIT message(tr("Reading the profile from sent.dm…"), 0);
    m_session->fetchProfile(profileId, this, [this, title, then = std::move(then)](const Result<Profile> &result) {
        Q_EMIT message(QString(), 0);
        if (!result.ok()) {
            MessageBox::warning(m_window, title,
                                tr("The profile could not be read from sent.dm. %1").arg(result.error().userMessage()));
            return;
        }
        then(result.value());
    });
}

void ProfileActions::newProfile()
{
    if (m_session)
        openDialog(std::nullopt, false);
}

void ProfileActions::editProfile(bool brandFirst)
{
    withFreshProfile(m_tree->selectedProfileId(), tr("Edit profile"),
                     [this, brandFirst](const Profile &profile) { openDialog(profile, brandFirst); });
}

void ProfileActions::openDialog(const std::optional<Profile> &existing, bool brandFirst)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_session)
        return;
    m_dialog = new ProfileDialog(m_session->profileEditor(existing, nullptr), m_window);
    if (brandFirst)
        m_dialog->showTab(ProfileDialog::Tab::Brand);
    connect(m_dialog, &ProfileDialog::saved, this, [this](const Profile &profile, bool created) {
        Q_EMIT message(created ? tr("sent.dm has created the profile “%1”.").arg(profile.name)
                               : tr("sent.dm has saved the changes to “%1”.").arg(profile.name),
                       8000);
        if (created)
            m_tree->selectItem(profile.id); // the session has put it in the tree already
    });
    m_dialog->open();
}

void ProfileActions::deleteProfile()
{
    const QString profileId = m_tree->selectedProfileId();
    const OrganizationModel *model = m_tree->organizationModel();
    const QModelIndex index = model->profileIndex(profileId);
    const int campaigns = index.isValid() && model->campaignsLoaded(profileId) ? model->rowCount(index) : 0;
    withFreshProfile(profileId, tr("Delete profile"), [this, campaigns](const Profile &profile) {
        QString text = tr("Delete the profile “%1”?").arg(profile.name) + QStringLiteral("\n\n")
            + tr("sent.dm keeps its records, but the profile stops sending, and what it still holds is released:");
        for (const QString &line : ProfileEditor::releasedOnDelete(profile, campaigns))
            text += QStringLiteral("\n• ") + line;
        text += QStringLiteral("\n\n") + tr("This cannot be undone from Compliance Desk.");
        if (MessageBox::question(m_window, tr("Delete profile"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        if (!m_session)
            return;
        // The session takes it out of the tree, the cache and the watch as the answer comes back.
        ProfileEditor *editor = m_session->profileEditor(profile, this);
        connect(editor, &ProfileEditor::removed, this, [this, editor, name = profile.name] {
            editor->deleteLater();
            Q_EMIT message(tr("The profile “%1” was deleted.").arg(name), 8000);
        });
        connect(editor, &ProfileEditor::failed, this, [this, editor, name = profile.name](const ApiError &error) {
            editor->deleteLater();
            MessageBox::warning(m_window, tr("Delete profile"),
                                tr("“%1” was not deleted. %2").arg(name, error.userMessage()));
        });
        editor->remove();
    });
}

void ProfileActions::changeInheritance()
{
    if (m_inheritanceDialog) {
        m_inheritanceDialog->raise();
        m_inheritanceDialog->activateWindow();
        return;
    }
    const QString profileId = m_tree->selectedProfileId();
    withFreshProfile(profileId, tr("Change inheritance"), [this](const Profile &profile) {
        if (m_inheritanceDialog || !m_session)
            return;
        // The campaigns as the tree lists them, and the organization's brand and campaigns as it knows them.
        const OrganizationModel *model = m_tree->organizationModel();
        const QModelIndex index = model->profileIndex(profile.id);
        QList<CampaignOverview> campaigns;
        for (int row = 0, rows = model->rowCount(index); row < rows; ++row)
            if (const CampaignOverview *c = model->campaign(model->index(row, 0, index)))
                campaigns.append(*c);
        m_inheritanceDialog = new InheritanceDialog(m_session->profileEditor(profile, nullptr), campaigns,
                                                    model->inheritance(), m_window);
        m_inheritanceDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inheritanceDialog, &InheritanceDialog::switched, this, [this](const Profile &saved) {
            Q_EMIT message(tr("sent.dm has changed where “%1” gets its brand and campaigns.").arg(saved.name), 8000);
        });
        m_inheritanceDialog->open();
    });
}

void ProfileActions::completeProfile()
{
    if (m_completion) {
        m_completion->raise();
        m_completion->activateWindow();
        return;
    }
    withFreshProfile(m_tree->selectedProfileId(), tr("Complete setup"), [this](const Profile &profile) {
        if (m_completion || !m_session)
            return;
        m_completion = new CompletionWizard(m_session->completion(profile, nullptr), m_window);
        connect(m_completion, &CompletionWizard::fixRequested, this, &ProfileActions::fix);
        m_completion->show();
    });
}

void ProfileActions::fix(CompletionChecklist::Fix fix, const QString &profileId)
{
    m_tree->selectItem(profileId);
    switch (fix) {
    case CompletionChecklist::Fix::NewCampaign:
        m_campaigns->newCampaign();
        break;
    case CompletionChecklist::Fix::EditBrand:
        editProfile(true);
        break;
    case CompletionChecklist::Fix::EditProfile:
    case CompletionChecklist::Fix::ChangeInheritance:
    case CompletionChecklist::Fix::None:
        editProfile(false);
        break;
    }
}

} // namespace cd::ui
