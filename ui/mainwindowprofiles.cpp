// The window's profile actions: new, edit (with its brand), complete the setup, delete.
#include "mainwindow.h"

#include "completionwizard/completionwizard.h"
#include "details/detailspanel.h"
#include "dialogs/messagebox.h"
#include "profileeditor/profiledialog.h"

#include "api/sentclient.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"
#include "services/profileeditor.h"
#include "services/statuspoller.h"
#include "services/treeloader.h"
#include "store/treecache.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>

namespace cd::ui {

ProfileDialog *MainWindow::profileDialog() const
{
    return m_profileDialog;
}

CompletionWizard *MainWindow::completionWizard() const
{
    return m_completion;
}

void MainWindow::buildProfileActions(QMenu *fileMenu)
{
    auto *menu = menuBar()->addMenu(tr("&Profile"));
    m_newProfile = menu->addAction(tr("&New profile…"), this, &MainWindow::newProfile);
    m_newProfile->setToolTip(tr("Create a child profile in this organization, with its brand"));
    m_editProfile = menu->addAction(tr("&Edit profile and brand…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                    [this] { editProfile(); });
    m_completeProfile = menu->addAction(tr("&Complete setup…"), this, &MainWindow::completeProfile);
    m_completeProfile->setToolTip(tr("Check the prerequisites and submit the profile for onboarding"));
    m_deleteProfile = menu->addAction(tr("&Delete profile…"), this, &MainWindow::deleteProfile);
    menu->addSeparator();
    m_checkStatuses = menu->addAction(tr("Check &statuses now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                                      &MainWindow::checkStatusesNow);
    m_checkStatuses->setToolTip(tr("Ask sent.dm now about everything still in review, instead of at the next check"));
    m_notifyChanges = menu->addAction(tr("&Notify me of status changes"));
    m_notifyChanges->setCheckable(true);
    m_notifyChanges->setToolTip(tr("Show a desktop notification when a profile or campaign of this connection changes status"));
    connect(m_notifyChanges, &QAction::toggled, this, &MainWindow::setNotificationsEnabled);
    buildReportActions(fileMenu, menu);

    connect(m_details, &DetailsPanel::actionRequested, this, [this](const QString &action) {
        if (action == QLatin1String("edit-profile"))
            editProfile();
        else if (action == QLatin1String("complete-profile"))
            completeProfile();
        else if (action == QLatin1String("history"))
            showHistory();
    });
    updateProfileActions();
}

void MainWindow::updateProfileActions()
{
    if (!m_newProfile)
        return;
    const bool connected = m_session;
    const bool profile = connected && !selectedProfileId().isEmpty();
    m_newProfile->setEnabled(connected);
    m_editProfile->setEnabled(profile);
    m_completeProfile->setEnabled(profile);
    m_deleteProfile->setEnabled(profile);
    m_checkStatuses->setEnabled(connected);
    m_showHistory->setEnabled(profile);
    m_exportReport->setEnabled(connected);
    m_notifyChanges->setEnabled(connected);
    const QSignalBlocker block(m_notifyChanges);
    m_notifyChanges->setChecked(connected && notificationsEnabled());
}

// Editing starts from what sent.dm has now, not from this computer's copy: someone may have changed it.
void MainWindow::withFreshProfile(const QString &profileId, const QString &title, std::function<void(const Profile &)> then)
{
    if (!m_session || profileId.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading the profile from sent.dm…"));
    CallOptions options;
    options.priority = Priority::User;
    m_session->client()->getProfile(profileId, options, this, [this, title, then = std::move(then)](const Result<Profile> &result) {
        statusBar()->clearMessage();
        if (!result.ok()) {
            MessageBox::warning(this, title, tr("The profile could not be read from sent.dm. %1").arg(result.error().userMessage()));
            return;
        }
        m_model->updateProfile(result.value());
        if (m_session)
            m_session->cache()->saveProfile(result.value());
        then(result.value());
    });
}

void MainWindow::newProfile()
{
    if (m_session)
        openProfileDialog(std::nullopt, false);
}

void MainWindow::editProfile(bool brandFirst)
{
    withFreshProfile(selectedProfileId(), tr("Edit profile"), [this, brandFirst](const Profile &profile) {
        openProfileDialog(profile, brandFirst);
    });
}

void MainWindow::openProfileDialog(const std::optional<Profile> &existing, bool brandFirst)
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    m_profileDialog = new ProfileDialog(m_session->client(), existing, this);
    if (brandFirst)
        m_profileDialog->showTab(ProfileDialog::Tab::Brand);
    const bool hadBrand = existing && existing->hasBrand();
    const bool inheritedCampaigns = existing && existing->inheritTcrCampaign;
    connect(m_profileDialog, &ProfileDialog::saved, this, [this, hadBrand, inheritedCampaigns](const Profile &profile, bool created) {
        statusBar()->showMessage(created ? tr("sent.dm has created the profile “%1”.").arg(profile.name)
                                         : tr("sent.dm has saved the changes to “%1”.").arg(profile.name),
                                 8000);
        applyProfile(profile, created, profile.hasBrand() != hadBrand || profile.inheritTcrCampaign != inheritedCampaigns);
    });
    m_profileDialog->open();
}

void MainWindow::applyProfile(const Profile &profile, bool created, bool campaignsMayDiffer)
{
    if (!m_session)
        return;
    m_model->addOrUpdateProfile(profile);
    m_session->cache()->saveProfile(profile);
    if (m_poller) {
        m_poller->watchProfile(profile);
        m_poller->watchChanged(profile.id, false);
    }
    if (campaignsMayDiffer && profile.hasBrand())
        m_session->loader()->reloadCampaigns(profile.id);
    if (created)
        selectItem(profile.id);
    else if (selectedProfileId() == profile.id)
        onSelectionChanged();
    if (m_completion && m_completion->profile().id == profile.id)
        m_completion->recheck();
}

void MainWindow::deleteProfile()
{
    const QString profileId = selectedProfileId();
    const QModelIndex index = m_model->profileIndex(profileId);
    const int campaigns = index.isValid() && m_model->campaignsLoaded(profileId) ? m_model->rowCount(index) : 0;
    withFreshProfile(profileId, tr("Delete profile"), [this, campaigns](const Profile &profile) {
        QString text = tr("Delete the profile “%1”?").arg(profile.name) + QStringLiteral("\n\n")
                     + tr("sent.dm keeps its records, but the profile stops sending, and what it still holds is released:");
        for (const QString &line : ProfileEditor::releasedOnDelete(profile, campaigns))
            text += QStringLiteral("\n• ") + line;
        text += QStringLiteral("\n\n") + tr("This cannot be undone from Compliance Desk.");
        if (MessageBox::question(this, tr("Delete profile"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        auto *editor = new ProfileEditor(m_session->client(), profile, this);
        connect(editor, &ProfileEditor::removed, this, [this, editor, name = profile.name](const QString &id) {
            editor->deleteLater();
            m_model->removeProfile(id);
            if (m_session)
                m_session->cache()->removeProfile(id);
            if (m_poller)
                m_poller->forget(id);
            statusBar()->showMessage(tr("The profile “%1” was deleted.").arg(name), 8000);
        });
        connect(editor, &ProfileEditor::failed, this, [this, editor, name = profile.name](const ApiError &error) {
            editor->deleteLater();
            MessageBox::warning(this, tr("Delete profile"), tr("“%1” was not deleted. %2").arg(name, error.userMessage()));
        });
        editor->remove();
    });
}

void MainWindow::completeProfile()
{
    if (m_completion) {
        m_completion->raise();
        m_completion->activateWindow();
        return;
    }
    withFreshProfile(selectedProfileId(), tr("Complete setup"), [this](const Profile &profile) {
        if (m_completion || !m_session)
            return;
        m_completion = new CompletionWizard(m_session->client(), m_poller, m_session->connection().id, profile, this);
        connect(m_completion, &CompletionWizard::fixRequested, this, [this](CompletionChecklist::Fix fix, const QString &profileId) {
            selectItem(profileId);
            switch (fix) {
            case CompletionChecklist::Fix::NewCampaign:
                newCampaign();
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
        });
        m_completion->show();
    });
}

} // namespace cd::ui
