// The window's status watch: the poller of the open connection keeps the tree current in place, records every
// change it sees in the local database (the history) and tells the user — a desktop notification that opens the
// item — unless they turned notifications off for this connection.
#include "mainwindow.h"

#include "completionwizard/completionwizard.h"
#include "status/statusnotifier.h"

#include "api/apierror.h"
#include "api/sentclient.h"
#include "core/settings.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"
#include "services/statuspoller.h"
#include "services/historyrecorder.h"
#include "store/historylog.h"
#include "store/treecache.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTreeView>

namespace cd::ui {

StatusPoller *MainWindow::poller() const
{
    return m_poller;
}

void MainWindow::startPolling()
{
    if (!m_notifier) {
        m_notifier = new StatusNotifier(this);
        connect(m_notifier, &StatusNotifier::activated, this, [this](const QString &profileId, const QString &campaignId) {
            selectItem(profileId, campaignId);
        });
        connect(m_notifier, &StatusNotifier::fallback, this, [this](const QString &title, const QString &text) {
            showBanner(title + QStringLiteral(": ") + text, tr("Show"), [this] { m_notifier->activate(); });
        });
    }
    if (!m_watchLabel) {
        m_watchLabel = new QLabel(this);
        m_watchLabel->setAccessibleName(tr("Status checks"));
        statusBar()->addPermanentWidget(m_watchLabel);
    }
    // The poller lives with the session: switching connections ends it.
    m_poller = new StatusPoller(m_session->client(), m_session);
    connect(m_poller, &StatusPoller::profileFetched, this, [this](const Profile &profile) {
        m_model->updateProfile(profile);
        if (m_session)
            m_session->cache()->saveProfile(profile);
        updateWatchStatus();
    });
    connect(m_poller, &StatusPoller::campaignsFetched, this, [this](const QString &profileId, const QList<Campaign> &campaigns) {
        m_model->setCampaigns(profileId, campaigns);
        if (m_session)
            m_session->cache()->saveCampaigns(profileId, campaigns);
        updateWatchStatus();
    });
    connect(m_poller, &StatusPoller::profileChanged, this, &MainWindow::onProfileStatusChanged);
    connect(m_poller, &StatusPoller::campaignChanged, this, &MainWindow::onCampaignStatusChanged);
    connect(m_poller, &StatusPoller::offline, this, [this](const ApiError &error) {
        m_watchLabel->setText(tr("Status checks paused: offline"));
        m_watchLabel->setToolTip(error.userMessage() + QLatin1Char('\n') + tr("They start again by themselves within a minute."));
    });
    connect(m_poller, &StatusPoller::settled, this, &MainWindow::updateWatchStatus);
    updateWatchStatus();
}

// Everything the tree shows that is still in flight, after each full load.
void MainWindow::feedPoller()
{
    if (!m_poller)
        return;
    const QModelIndex org = m_model->organizationIndex();
    for (int row = 0, rows = m_model->rowCount(org); row < rows; ++row) {
        const QModelIndex profileIndex = m_model->index(row, 0, org);
        const ProfileOverview *profile = m_model->profile(profileIndex);
        if (!profile)
            continue;
        m_poller->watchProfile(*profile);
        if (!m_model->campaignsLoaded(profile->id))
            continue;
        QList<CampaignOverview> campaigns;
        for (int c = 0, count = m_model->rowCount(profileIndex); c < count; ++c)
            if (const CampaignOverview *campaign = m_model->campaign(m_model->index(c, 0, profileIndex)))
                campaigns.append(*campaign);
        m_poller->watchCampaigns(profile->id, campaigns);
    }
    updateWatchStatus();
}

void MainWindow::campaignsChangedHere(const QString &profileId)
{
    if (m_poller)
        m_poller->watchChanged(profileId, true);
    if (m_completion && m_completion->profile().id == profileId)
        m_completion->recheck();
}

void MainWindow::updateWatchStatus()
{
    if (!m_watchLabel)
        return;
    if (!m_poller) {
        m_watchLabel->clear();
        return;
    }
    const int waiting = m_poller->awaitingCount();
    m_watchLabel->setText(waiting > 0 ? tr("Watching %n item(s) in review", nullptr, waiting) : tr("Nothing in review"));
    m_watchLabel->setToolTip(tr("Items in review are checked now and then, less often the longer they stay the same. "
                                "Check statuses now: Ctrl+Shift+R."));
}

QString MainWindow::watchStatusText() const
{
    return m_watchLabel ? m_watchLabel->text() : QString();
}

void MainWindow::checkStatusesNow()
{
    if (!m_poller)
        return;
    feedPoller();
    m_poller->refreshNow();
    statusBar()->showMessage(tr("Checking the statuses of everything in review…"), 4000);
}

bool MainWindow::notificationsEnabled() const
{
    return m_session && Settings::value(Settings::notifications, m_session->connection().id);
}

void MainWindow::setNotificationsEnabled(bool enabled)
{
    if (!m_session)
        return;
    Settings::setValue(Settings::notifications, enabled, m_session->connection().id);
    const QSignalBlocker block(m_notifyChanges);
    m_notifyChanges->setChecked(enabled);
}

void MainWindow::onProfileStatusChanged(const Profile &profile, const QString &oldStatus)
{
    if (!m_session)
        return;
    m_history->append(HistoryRecorder::profileStatusEntry(m_session->connection().id, profile, oldStatus));
    if (notificationsEnabled())
        m_notifier->notify(tr("Profile status changed"),
                           tr("%1: %2 → %3").arg(profile.name, profileStatus(oldStatus).displayText(), profile.statusInfo().displayText()),
                           profile.id);
}

void MainWindow::onCampaignStatusChanged(const QString &profileId, const Campaign &campaign, const QString &oldStatus)
{
    if (!m_session)
        return;
    m_history->append(HistoryRecorder::campaignStatusEntry(m_session->connection().id, profileId, campaign, oldStatus));
    if (!notificationsEnabled())
        return;
    Campaign before = campaign;
    before.status = oldStatus;
    before.tcrSyncError.clear();
    const ProfileOverview *profile = m_model->profile(m_model->profileIndex(profileId));
    m_notifier->notify(tr("Campaign status changed"),
                       tr("%1 (%2): %3 → %4")
                           .arg(campaign.name, profile ? profile->name : profileId, campaignStatus(before).displayText(),
                                campaign.statusInfo().displayText()),
                       profileId, campaign.id);
}

void MainWindow::selectItem(const QString &profileId, const QString &campaignId)
{
    const QModelIndex source = campaignId.isEmpty() ? m_model->profileIndex(profileId) : m_model->campaignIndex(profileId, campaignId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by the search or a filter: asked for by name, it is shown anyway.
        clearFilters();
        const QModelIndex again = m_filter->mapFromSource(source);
        if (!again.isValid())
            return;
        m_tree->setCurrentIndex(again);
        m_tree->scrollTo(again);
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

} // namespace cd::ui
