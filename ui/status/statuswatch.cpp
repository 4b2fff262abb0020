#include "statuswatch.h"

#include "style/icons.h"

#include "status/statusnotifier.h"

#include "core/settings.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"
#include "services/statuspoller.h"

#include <QAction>
#include <QLabel>
#include <QMenu>

namespace cd::ui {

StatusWatch::StatusWatch(QWidget *window)
    : QObject(window)
    , m_notifier(new StatusNotifier(window))
    , m_label(new QLabel(window))
    , m_checkNow(new QAction(Icons::named("mail-send-receive"), tr("Check &statuses now"), this))
    , m_notify(new QAction(tr("&Notify me of status changes"), this))
{
    m_label->setAccessibleName(tr("Status checks"));
    m_checkNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_checkNow->setToolTip(tr("Ask sent.dm now about everything still in review, instead of at the next check"));
    connect(m_checkNow, &QAction::triggered, this, &StatusWatch::checkNow);
    m_notify->setCheckable(true);
    m_notify->setToolTip(
        tr("Show a desktop notification when a profile or campaign of this connection changes status"));
    connect(m_notify, &QAction::toggled, this, &StatusWatch::setNotificationsEnabled);
    connect(m_notifier, &StatusNotifier::activated, this, &StatusWatch::openItem);
    connect(m_notifier, &StatusNotifier::fallback, this, [this](const QString &title, const QString &text) {
        Q_EMIT fallback(title + QStringLiteral(": ") + text);
    });
    update();
}

void StatusWatch::addTo(QMenu *menu)
{
    menu->addActions({m_checkNow, m_notify});
}

void StatusWatch::setSession(OrganizationSession *session)
{
    m_session = session;
    if (session) {
        connect(session, &OrganizationSession::watchChanged, this, &StatusWatch::update);
        connect(session, &OrganizationSession::loaded, this, &StatusWatch::update);
        connect(session, &OrganizationSession::profileStatusChanged, this, &StatusWatch::onProfileChanged);
        connect(session, &OrganizationSession::campaignStatusChanged, this, &StatusWatch::onCampaignChanged);
    }
    update();
}

void StatusWatch::update()
{
    const bool connected = m_session;
    m_checkNow->setEnabled(connected);
    m_notify->setEnabled(connected);
    {
        const QSignalBlocker block(m_notify);
        m_notify->setChecked(connected && notificationsEnabled());
    }
    const StatusPoller *poller = m_session ? m_session->poller() : nullptr;
    if (!poller) {
        m_label->clear();
        m_label->setToolTip(QString());
        return;
    }
    if (poller->isWaitingOffline()) {
        m_label->setText(tr("Status checks paused: offline"));
        m_label->setToolTip(tr("They start again by themselves within a minute."));
        return;
    }
    const int waiting = poller->awaitingCount();
    m_label->setText(waiting > 0 ? tr("Watching %n item(s) in review", nullptr, waiting) : tr("Nothing in review"));
    m_label->setToolTip(tr("Items in review are checked now and then, less often the longer they stay the same. "
                           "Check statuses now: Ctrl+Shift+R."));
}

QString StatusWatch::text() const
{
    return m_label->text();
}

void StatusWatch::checkNow()
{
    if (!m_session || !m_session->poller())
        return;
    m_session->checkStatusesNow();
    Q_EMIT message(tr("Checking the statuses of everything in review…"), 4000);
}

bool StatusWatch::notificationsEnabled() const
{
    return m_session && Settings::value(Settings::notifications, m_session->connection().id);
}

void StatusWatch::setNotificationsEnabled(bool enabled)
{
    if (!m_session)
        return;
    Settings::setValue(Settings::notifications, enabled, m_session->connection().id);
    const QSignalBlocker block(m_notify);
    m_notify->setChecked(enabled);
}

// The session has recorded the change in the history already; this only tells the user.
void StatusWatch::onProfileChanged(const Profile &profile, const QString &oldStatus)
{
    update();
    if (!notificationsEnabled())
        return;
    m_notifier->notify(
        tr("Profile status changed"),
        tr("%1: %2 → %3").arg(profile.name, profileStatus(oldStatus).displayText(), profile.statusInfo().displayText()),
        profile.id);
}

void StatusWatch::onCampaignChanged(const QString &profileId, const Campaign &campaign, const QString &oldStatus)
{
    update();
    if (!notificationsEnabled())
        return;
    Campaign before = campaign;
    before.status = oldStatus;
    before.tcrSyncError.clear();
    const OrganizationModel *model = m_session->model();
    const ProfileOverview *profile = model ? model->profile(model->profileIndex(profileId)) : nullptr;
    m_notifier->notify(tr("Campaign status changed"),
                       tr("%1 (%2): %3 → %4")
                           .arg(campaign.name, profile ? profile->name : profileId,
                                campaignStatus(before).displayText(), campaign.statusInfo().displayText()),
                       profileId, campaign.id);
}

} // namespace cd::ui
