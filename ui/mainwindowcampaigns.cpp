// The window's campaign actions: new, edit, delete, and the drafts waiting to be submitted.
#include "mainwindow.h"

#include "campaignwizard/campaignwizard.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "dialogs/messagebox.h"

#include "api/sentclient.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/campaigneditor.h"
#include "services/historyrecorder.h"
#include "services/organizationsession.h"
#include "services/treeloader.h"
#include "store/draftstore.h"
#include "store/historylog.h"
#include "store/treecache.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd::ui {

CampaignWizard *MainWindow::campaignWizard() const
{
    return m_wizard;
}

void MainWindow::buildCampaignActions()
{
    auto *menu = menuBar()->addMenu(tr("&Campaign"));
    m_newCampaign = menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New campaign…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newCampaign);
    m_newCampaign->setToolTip(tr("Create a campaign for the selected profile, checked before it is submitted."));
    m_editCampaign = menu->addAction(tr("&Edit campaign…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::editCampaign);
    m_deleteCampaign = menu->addAction(tr("&Delete campaign…"), QKeySequence::Delete, this, &MainWindow::deleteCampaign);
    menu->addSeparator();
    m_showDrafts = menu->addAction(tr("D&rafts…"), this, [this] { showDrafts(); });
    if (auto *bar = findChild<QToolBar *>())
        bar->addAction(m_newCampaign);
    connect(m_details, &DetailsPanel::actionRequested, this, [this](const QString &action) {
        if (action == QLatin1String("new-campaign"))
            newCampaign();
        else if (action == QLatin1String("drafts"))
            showDrafts(selectedProfileId());
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (const std::unique_ptr<QMenu> context = contextMenuFor(m_tree->indexAt(at)))
            context->exec(m_tree->viewport()->mapToGlobal(at));
    });
    updateCampaignActions();
}

// What can be done with a row of the tree (a right click has made it the current row); none for placeholders.
std::unique_ptr<QMenu> MainWindow::contextMenuFor(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (!index.isValid())
        return nullptr;
    auto menu = std::make_unique<QMenu>(this);
    switch (m_model->kind(index)) {
    case OrganizationModel::Kind::Organization:
        menu->addActions({m_newProfile, m_exportReport});
        break;
    case OrganizationModel::Kind::Profile:
        menu->addActions({m_editProfile, m_completeProfile, m_newCampaign});
        menu->addSeparator();
        menu->addActions({m_showHistory, m_exportReport});
        menu->addSeparator();
        menu->addAction(m_deleteProfile);
        break;
    case OrganizationModel::Kind::Campaign:
        menu->addAction(m_editCampaign);
        menu->addSeparator();
        menu->addActions({m_showHistory, m_exportReport});
        menu->addSeparator();
        menu->addAction(m_deleteCampaign);
        break;
    case OrganizationModel::Kind::Loading:
    case OrganizationModel::Kind::Error:
        return nullptr;
    }
    return menu;
}

QString MainWindow::selectedProfileId() const
{
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    const ProfileOverview *profile = index.isValid() ? m_model->profile(index) : nullptr;
    return profile ? profile->id : QString();
}

QString MainWindow::selectedCampaignId() const
{
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    const CampaignOverview *campaign = index.isValid() ? m_model->campaign(index) : nullptr;
    return campaign ? campaign->id : QString();
}

void MainWindow::updateCampaignActions()
{
    const bool connected = m_session;
    m_newCampaign->setEnabled(connected && !selectedProfileId().isEmpty());
    m_editCampaign->setEnabled(connected && !selectedCampaignId().isEmpty());
    m_deleteCampaign->setEnabled(connected && !selectedCampaignId().isEmpty());
    m_showDrafts->setEnabled(connected);
    updateProfileActions();
}

void MainWindow::newCampaign()
{
    const QString profileId = selectedProfileId();
    if (!m_session || profileId.isEmpty())
        return;
    m_session->cache()->readRecord(profileId, QString(), this, [this, profileId](const TreeCache::Record &record) {
        if (!record.profile) {
            MessageBox::warning(this, tr("New campaign"), tr("This profile's details are not available yet. Refresh (F5) and try again."));
            return;
        }
        const Profile &profile = *record.profile;
        if (!profile.hasBrand()) {
            MessageBox::warning(this, tr("New campaign"),
                                tr("%1 has no brand, so it cannot have campaigns. Give the profile a brand of its own, or let "
                                   "it inherit the organization's, first.").arg(profile.name));
            return;
        }
        if (profile.inheritTcrCampaign) {
            MessageBox::warning(this, tr("New campaign"),
                                tr("%1 uses the organization's campaigns, which are read-only for it. To give it campaigns of "
                                   "its own, turn off “inherit campaigns” in the profile's settings.").arg(profile.name));
            return;
        }
        // A draft for this profile waiting: continue it, rather than start over.
        m_drafts->list(m_session->connection().id, profileId, this, [this, profile](const QList<Draft> &drafts, const auto &) {
            for (const Draft &draft : drafts) {
                if (draft.isEdit())
                    continue;
                const auto answer = MessageBox::question(
                    this, tr("New campaign"),
                    tr("There is a draft for %1: “%2”, last changed %3. Continue it?")
                        .arg(profile.name, draft.title(), QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)),
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

void MainWindow::editCampaign()
{
    const QString profileId = selectedProfileId();
    const QString campaignId = selectedCampaignId();
    if (!m_session || campaignId.isEmpty())
        return;
    const CampaignOverview *overview = m_model->campaign(m_filter->mapToSource(m_tree->currentIndex()));
    if (overview && overview->inherited) {
        MessageBox::warning(this, tr("Edit campaign"),
                            tr("“%1” belongs to the organization; this profile inherits it and cannot change it. Edit it "
                               "under the organization, or turn off “inherit campaigns” for this profile.").arg(overview->name));
        return;
    }
    m_session->cache()->readRecord(profileId, campaignId, this, [this, campaignId](const TreeCache::Record &record) {
        if (!record.profile || !record.campaign) {
            MessageBox::warning(this, tr("Edit campaign"), tr("This campaign's details are not available yet. Refresh (F5) and try again."));
            return;
        }
        const Campaign &campaign = *record.campaign;
        if (campaign.submittedToTcr) {
            MessageBox::warning(this, tr("Edit campaign"),
                                tr("“%1” was submitted to The Campaign Registry and can no longer be changed. To change what it "
                                   "says, create a new campaign.").arg(campaign.name));
            return;
        }
        const Profile profile = *record.profile;
        m_drafts->list(m_session->connection().id, profile.id, this, [this, profile, campaign](const QList<Draft> &drafts, const auto &) {
            for (const Draft &draft : drafts)
                if (draft.campaignId == campaign.id)
                    return openWizard(draft, profile, campaign); // the changes typed before
            openWizard(Draft::create(m_session->connection().id, profile.id, campaign.toRequestJson(), campaign.id), profile, campaign);
        });
    });
}

void MainWindow::deleteCampaign()
{
    const QString profileId = selectedProfileId();
    const QString campaignId = selectedCampaignId();
    const CampaignOverview *overview = m_session ? m_model->campaign(m_filter->mapToSource(m_tree->currentIndex())) : nullptr;
    if (!overview)
        return;
    if (overview->inherited) {
        MessageBox::warning(this, tr("Delete campaign"), tr("“%1” belongs to the organization; this profile cannot delete it.").arg(overview->name));
        return;
    }
    const auto answer = MessageBox::question(this, tr("Delete campaign"),
                                             tr("Delete the campaign “%1”? sent.dm removes it from the profile; this cannot be undone.")
                                                 .arg(overview->name),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString name = overview->name;
    statusBar()->showMessage(tr("Deleting “%1”…").arg(name));
    m_session->client()->deleteCampaign(profileId, campaignId, {}, this, [this, profileId, name](const Result<Done> &result) {
        if (!result.ok()) {
            statusBar()->clearMessage();
            MessageBox::warning(this, tr("Delete campaign"), tr("“%1” was not deleted. %2").arg(name, result.error().userMessage()));
            return;
        }
        statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 5000);
        if (m_session)
            m_session->loader()->reloadCampaigns(profileId);
        campaignsChangedHere(profileId);
    });
}

void MainWindow::openWizard(const Draft &draft, const Profile &profile, const std::optional<Campaign> &existing)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new CampaignWizard(m_session->client(), m_drafts, draft, profile, existing, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = profile.id;
    connect(m_wizard, &CampaignWizard::campaignSaved, this, [this, profileId](const Campaign &campaign) {
        statusBar()->showMessage(tr("sent.dm has the campaign “%1”.").arg(campaign.name), 8000);
        // The warnings the user acknowledged to get there, in the campaign's history.
        if (m_session && m_wizard) {
            const CampaignEditor *editor = m_wizard->editor();
            for (const lint::Finding &finding : editor->acknowledgedWarnings())
                m_history->append(HistoryRecorder::acknowledgementEntry(m_session->connection().id, profileId, campaign.id, finding,
                                                                        editor->findings().rulesVersion));
        }
        if (m_session)
            m_session->loader()->reloadCampaigns(profileId);
        campaignsChangedHere(profileId);
    });
    connect(m_wizard, &QDialog::finished, this, &MainWindow::updateDashboardDrafts); // sent, or closed with a draft kept or discarded
    m_wizard->show();
}

void MainWindow::updateDashboardDrafts()
{
    if (!m_session)
        return;
    m_drafts->list(m_session->connection().id, QString(), this, [this](const QList<Draft> &drafts, const auto &) {
        QList<DashboardView::DraftNote> notes;
        for (const Draft &draft : drafts) {
            if (draft.isEdit())
                continue; // an edit of a campaign that exists: not a campaign missing
            const ProfileOverview *profile = m_model->profile(m_model->profileIndex(draft.profileId));
            const QString name = draft.campaign.value(QLatin1String("name")).toString();
            notes.append({draft.profileId, profile ? profile->name : draft.profileId, name.isEmpty() ? tr("untitled") : name,
                          draft.updatedAt});
        }
        m_dashboard->setDrafts(notes);
    });
}

void MainWindow::offerDrafts()
{
    if (!m_session)
        return;
    m_drafts->list(m_session->connection().id, QString(), this, [this](const QList<Draft> &drafts, const auto &) {
        if (drafts.isEmpty() || !bannerText().isEmpty())
            return;
        showBanner(tr("%n campaign draft(s) not yet submitted.", nullptr, int(drafts.size())), tr("Open drafts…"),
                   [this] { showDrafts(); });
    });
}

void MainWindow::showDrafts(const QString &profileId)
{
    if (!m_session)
        return;
    m_drafts->list(m_session->connection().id, profileId, this, [this, profileId](const QList<Draft> &drafts, const QList<DraftStore::Unreadable> &unreadable) {
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const ProfileOverview *only = profileId.isEmpty() ? nullptr : m_model->profile(m_model->profileIndex(profileId));
        dialog->setWindowTitle(only ? tr("Campaign drafts — %1").arg(only->name) : tr("Campaign drafts"));
        auto *layout = new QVBoxLayout(dialog);
        auto *list = new QListWidget(dialog);
        list->setAccessibleName(tr("Drafts"));
        for (const Draft &draft : drafts) {
            const ProfileOverview *profile = m_model->profile(m_model->profileIndex(draft.profileId));
            const QString where = profile ? profile->name : draft.profileId;
            auto *item = new QListWidgetItem(tr("%1 — %2%3, last changed %4")
                                                 .arg(draft.title(), where, draft.isEdit() ? tr(" (changes to a campaign)") : QString(),
                                                      QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)),
                                             list);
            item->setData(Qt::UserRole, draft.id);
        }
        for (const DraftStore::Unreadable &u : unreadable) {
            auto *item = new QListWidgetItem(tr("A draft that cannot be opened: %1").arg(u.problem), list);
            item->setFlags(Qt::NoItemFlags);
        }
        if (list->count() == 0)
            new QListWidgetItem(tr("No drafts: everything typed has been submitted."), list);
        list->setCurrentRow(0);
        layout->addWidget(list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
        QPushButton *discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
        layout->addWidget(buttons);
        auto draftOf = [list, drafts]() -> std::optional<Draft> {
            const QString id = list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
            for (const Draft &d : drafts)
                if (d.id == id)
                    return d;
            return std::nullopt;
        };
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(open, &QPushButton::clicked, dialog, [this, dialog, draftOf] {
            const std::optional<Draft> draft = draftOf();
            if (!draft || !m_session)
                return;
            dialog->accept();
            hideBanner();
            m_session->cache()->readRecord(draft->profileId, draft->campaignId, this, [this, draft](const TreeCache::Record &record) {
                if (!record.profile) {
                    MessageBox::warning(this, tr("Campaign drafts"), tr("The draft's profile is no longer in this organization."));
                    return;
                }
                openWizard(*draft, *record.profile, record.campaign);
            });
        });
        connect(discard, &QPushButton::clicked, dialog, [this, list, draftOf] {
            const std::optional<Draft> draft = draftOf();
            if (!draft)
                return;
            if (MessageBox::question(this, tr("Discard draft"), tr("Discard the draft “%1”? What was typed in it is lost.").arg(draft->title()),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
                return;
            m_drafts->remove(draft->id);
            delete list->currentItem();
        });
        dialog->resize(620, 360);
        dialog->show();
    });
}

} // namespace cd::ui
