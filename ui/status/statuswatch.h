#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace cd {
struct Campaign;
struct Profile;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

class StatusNotifier;

// The status checks as the user sees them: how many items are watched (or that the checks wait for the network),
// Check statuses now, and a notification for each change the session's poller sees — one that opens the item —
// unless the user turned them off for this connection.
class StatusWatch : public QObject
{
    Q_OBJECT
public:
    explicit StatusWatch(QWidget *window);

    void setSession(OrganizationSession *session);
    void addTo(QMenu *menu);

    QLabel *label() const { return m_label; } // for the status bar
    StatusNotifier *notifier() const { return m_notifier; }
    QAction *checkNowAction() const { return m_checkNow; }
    QAction *notifyAction() const { return m_notify; }

    void checkNow();
    QString text() const;
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled); // remembered per connection

Q_SIGNALS:
    void message(const QString &text, int timeoutMs); // for the status bar
    // A notification was clicked (or its fallback's Show): the item to open.
    void openItem(const QString &profileId, const QString &campaignId);
    // Where there is no tray: the window shows it instead.
    void fallback(const QString &text);

private:
    void update();
    void onProfileChanged(const Profile &profile, const QString &oldStatus);
    void onCampaignChanged(const QString &profileId, const Campaign &campaign, const QString &oldStatus);

    QPointer<OrganizationSession> m_session;
    StatusNotifier *m_notifier;
    QLabel *m_label;
    QAction *m_checkNow;
    QAction *m_notify;
};

} // namespace cd::ui
