#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace cd {
struct Connection;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

// The strip above the tree that says what is wrong and offers the one thing to do about it: a key to enter, a
// load to try again, a connection that could not be removed, a status change where there is no tray, drafts
// waiting. It follows the session's state; other messages come and go on top of that.
class SessionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SessionBanner(QWidget *parent = nullptr);

    void setSession(OrganizationSession *session);
    // A message of the window's, with an action (none: no button): something wrong, in red.
    void showMessage(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    // Something to know that is not a problem (what sent.dm announces, drafts waiting, a status change): in amber.
    void showNotice(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    bool isNotice() const { return m_notice; }
    void clear();
    QString text() const; // "" while hidden

Q_SIGNALS:
    // The session needs a key: the window asks for one.
    void keyRequested(const cd::Connection &connection);

private:
    void follow();
    void setTone(bool notice);
    void present(const QString &text, const QString &actionText, std::function<void()> action, bool notice);

    QPointer<OrganizationSession> m_session;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
    bool m_notice = false;
    bool m_fromState = false; // what shows is the session's state (it goes when the state does)
};

} // namespace cd::ui
