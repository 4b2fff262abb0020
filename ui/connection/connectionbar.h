#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QToolBar;
class QWidget;

namespace cd {
struct Connection;
class OrganizationSession;
class SessionManager;
} // namespace cd

namespace cd::ui {

class ConnectDialog;
class SessionBanner;

// Which organization the window shows, and the ways to change that: the connection switcher, Connect an
// organization, a new key for one whose key is missing or refused, Refresh, and Remove this connection (with its
// key and its saved tree). The sessions themselves are the SessionManager's.
class ConnectionBar : public QObject
{
    Q_OBJECT
public:
    ConnectionBar(SessionManager *sessions, SessionBanner *banner, QWidget *window);

    void addTo(QToolBar *bar);
    QComboBox *connectionBox() const { return m_box; }
    QAction *connectAction() const { return m_connect; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *removeAction() const { return m_remove; }

    void showConnectDialog();
    void replaceKey(const Connection &connection);
    // Asks first; then the key leaves the keychain, the connection and its saved tree go, and another opens.
    void removeCurrentConnection();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void fill();
    void onSessionChanged(OrganizationSession *session);
    void openDialog(ConnectDialog *dialog);

    SessionManager *m_sessions;
    SessionBanner *m_banner;
    QWidget *m_window;
    QComboBox *m_box;
    QAction *m_connect;
    QAction *m_refresh;
    QAction *m_remove;
    bool m_filling = false;
};

} // namespace cd::ui
