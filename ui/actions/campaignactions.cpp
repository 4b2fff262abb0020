#include "campaignactions.h"
#include "core/datetext.h"
#include "style/icons.h"

#include "campaignwizard/campaignwizard.h"
#include "dialogs/draftsdialog.h"
#include "dialogs/messagebox.h"
#include "tree/organizationtreeview.h"

#include "api/sentclient.h"
#include "model/organizationmodel.h"
#include "services/campaigneditor.h"
#include "services/organizationsession.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace cd::ui {

CampaignActions::CampaignActions(OrganizationTreeView *tree, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_window(window)
    , m_new(new QAction(Icons::named("document-new"), tr("&New campaign…"), this))
    , m_edit(new QAction(Icons::named("document-edit"), tr("&Edit campaign…"), this))
    , m_delete(new QAction(Icons::named("edit-delete"), tr("&Delete campaign…"), this))
    , m_drafts(new QAction(Icons::named("document-open"), tr("D&rafts…"), this))
    , m_profileDrafts(new QAction(Icons::named("document-open"), tr("This profile's &drafts…"), this))
{
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setToolTip(tr("Create a campaign for the selected profile, checked before it is submitted."));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_new, &QAction::triggered, this, &CampaignActions::newCampaign);
    connect(m_edit, &QAction::triggered, this, &CampaignActions::editCampaign);
    connect(m_delete, &QAction::triggered, this, &CampaignActions::deleteCampaign);
    connect(m_drafts, &QAction::triggered, this, [this] { showDrafts(); });
    connect(m_profileDrafts, &QAction::triggered, this, [this] { showDrafts(m_tree->selectedProfileId()); });
    connect(m_tree, &OrganizationTreeView::currentItemChanged, this, &CampaignActions::updateActions);
    updateActions();
}

CampaignWizard *CampaignActions::wizard() const
{
    return m_wizard;
}

void CampaignActions::addTo(QMenu *menu)
{
    menu->addActions({m_new, m_edit, m_delete});
    menu->addSeparator();
    menu->addAction(m_drafts);
}

void CampaignActions::setSession(OrganizationSession *session)
{
    m_session = session;
    if (session)
        connect(session, &OrganizationSession::loaded, this, &CampaignActions::listDrafts);
    updateActions();
}

void CampaignActions::updateActions()
{
    const bool connected = m_session;
    const bool campaign = connected && !m_tree->selectedCampaignId().isEmpty();
    m_new->setEnabled(connected && !m_tree->selectedProfileId().isEmpty());
    m_edit->setEnabled(campaign);
    m_delete->setEnabled(campaign);
    m_drafts->setEnabled(connected);
    m_profileDrafts->setEnabled(connected && !m_tree->selectedProfileId().isEmpty());
}

void CampaignActions::newCampaign()
{
    const QString profileId = m_tree->selectedProfileId();
    if (!m_session || profileId.isEmpty())
        return;
    m_session->readItem(profileId, QString(), this, [this, profileId](const OrganizationSession::Item &item) {
        if (!item.profile) {
            MessageBox::warning(m_window, tr("New campaign"),
                                tr("This profile's details are not available yet. Refresh (F5) and try again."));
            return;
        }
        const Profile profile = *item.profile;
        if (!profile.hasBrand()) {
            MessageBox::warning(
                m_window, tr("New campaign"),
                tr("%1 has no brand, so it cannot have campaigns. Give the profile a brand of its own, or let "
                   "it inherit the organization's, first.")
                    .arg(profile.name));
            return;
        }
        if (profile.inheritTcrCampaign) {
            MessageBox::warning(
                m_window, tr("New campaign"),
                tr("%1 uses the organization's campaigns, which are read-only for it. To give it campaigns of "
                   "its own, use Profile → Change inheritance, which shows what the switch does first.")
                    .arg(profile.name));
            return;
        }
        // A draft for this profile waiting: continue it, rather than start over.
        m_session->listDrafts(profileId, this, [this, profile](const QList<Draft> &drafts, const QList<QString> &) {
            if (!m_session)
                return;
            for (const Draft &draft : drafts) {
                if (draft.isEdit())
                    continue;
                const auto answer =
                    MessageBox::question(m_window, tr("New campaign"),
                                         tr("There is a draft for %1: “%2”, last changed %3. Continue it?")
                                             .arg(profile.name, draft.title(), DateText::brief(draft.updatedAt)),
                                         QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
                if (answer == QMessageBox::Cancel)
                    return;
                if (answer == QMessageBox::Yes)
                    return openWizard(draft, profile, std::nullopt);
                break;
            }
            openWizard(Draft::create(m_session->connection().id, profile.id), profile, std::nullopt);
        });
    });
}

void CampaignActions::editCampaign()
{
    const QString profileId = m_tree->selectedProfileId();
    const CampaignOverview *overview = m_tree->selectedCampaign();
    if (!m_session || !overview)
        return;
    if (overview->inherited) {
        MessageBox::warning(
            m_window, tr("Edit campaign"),
            tr("“%1” belongs to the organization; this profile inherits it and cannot change it. The "
               "organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this "
               "profile campaigns of its own, use Profile → Change inheritance.")
                .arg(overview->name));
        return;
    }
    m_session->readItem(profileId, overview->id, this, [this](const OrganizationSession::Item &item) {
        if (!item.profile || !item.campaign) {
            MessageBox::warning(m_window, tr("Edit campaign"),
                                tr("This campaign's details are not available yet. Refresh (F5) and try again."));
            return;
        }
        const Campaign campaign = *item.campaign;
        if (campaign.submittedToTcr) {
            MessageBox::warning(
                m_window, tr("Edit campaign"),
                tr("“%1” was submitted to The Campaign Registry and can no longer be changed. To change what it "
                   "says, create a new campaign.")
                    .arg(campaign.name));
            return;
        }
        const Profile profile = *item.profile;
        m_session->listDrafts(
            profile.id, this, [this, profile, campaign](const QList<Draft> &drafts, const QList<QString> &) {
                if (!m_session)
                    return;
                for (const Draft &draft : drafts)
                    if (draft.campaignId == campaign.id)
                        return openWizard(draft, profile, campaign); // the changes typed before
                openWizard(Draft::create(m_session->connection().id, profile.id, campaign.toRequestJson(), campaign.id),
                           profile, campaign);
            });
    });
}

void CampaignActions::deleteCampaign()
{
    const QString profileId = m_tree->selectedProfileId();
    const CampaignOverview *overview = m_tree->selectedCampaign();
    if (!m_session || !overview)
        return;
    if (overview->inherited) {
        MessageBox::warning(m_window, tr("Delete campaign"),
                            tr("“%1” belongs to the organization; this profile cannot delete it.").arg(overview->name));
        return;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Delete campaign"),
        tr("Delete the campaign “%1”? sent.dm removes it from the profile; this cannot be undone.").arg(overview->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString name = overview->name;
    Q_EMIT message(tr("Deleting “%1”…").arg(name), 0);
    // The session takes it out of the tree, the cache and the watch, and records it, as the answer comes back.
    m_session->client()->deleteCampaign(profileId, overview->id, {}, this, [this, name](const Result<Done> &result) {
        if (!result.ok()) {
            Q_EMIT message(QString(), 0);
            MessageBox::warning(m_window, tr("Delete campaign"),
                                tr("“%1” was not deleted. %2").arg(name, result.error().userMessage()));
            return;
        }
        Q_EMIT message(tr("Deleted “%1”.").arg(name), 5000);
    });
}

void CampaignActions::openWizard(const Draft &draft, const Profile &profile, const std::optional<Campaign> &existing)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!m_session)
        return;
    m_wizard = new CampaignWizard(m_session->campaignEditor(draft, profile, existing, nullptr), m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CampaignWizard::campaignSaved, this, [this](const Campaign &campaign) {
        Q_EMIT message(tr("sent.dm has the campaign “%1”.").arg(campaign.name), 8000);
    });
    connect(m_wizard, &QDialog::finished, this,
            &CampaignActions::listDrafts); // sent, or closed with a draft kept or discarded
    m_wizard->show();
}

void CampaignActions::showDrafts(const QString &profileId)
{
    if (!m_session)
        return;
    auto *dialog = new DraftsDialog(m_session, m_tree->organizationModel(), profileId, m_window);
    connect(dialog, &DraftsDialog::openRequested, this, [this](const Draft &draft) {
        if (!m_session)
            return;
        m_session->readItem(draft.profileId, draft.campaignId, this,
                            [this, draft](const OrganizationSession::Item &item) {
                                if (!item.profile) {
                                    MessageBox::warning(m_window, tr("Campaign drafts"),
                                                        tr("The draft's profile is no longer in this organization."));
                                    return;
                                }
                                openWizard(draft, *item.profile, item.campaign);
                            });
    });
    connect(dialog, &QDialog::finished, this, &CampaignActions::listDrafts);
    dialog->show();
}

void CampaignActions::listDrafts()
{
    if (!m_session)
        return;
    m_session->listDrafts(QString(), this, [this](const QList<Draft> &drafts, const QList<QString> &) {
        const OrganizationModel *model = m_tree->organizationModel();
        QList<DashboardView::DraftNote> notes;
        for (const Draft &draft : drafts) {
            if (draft.isEdit())
                continue; // an edit of a campaign that exists: not a campaign missing
            const ProfileOverview *profile = model->profile(model->profileIndex(draft.profileId));
            const QString name = draft.campaign.value(QLatin1String("name")).toString();
            notes.append({draft.profileId, profile ? profile->name : draft.profileId,
                          name.isEmpty() ? tr("untitled") : name, draft.updatedAt});
        }
        Q_EMIT draftsListed(notes, int(drafts.size()));
    });
}

} // namespace cd::ui
