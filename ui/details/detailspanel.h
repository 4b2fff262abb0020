#pragma once

#include "store/historyentry.h"

#include <QHash>
#include <QPointer>

#include <QTextBrowser>

namespace cd {
struct Account;
struct Campaign;
struct Profile;
} // namespace cd

class QAction;

namespace cd::ui {

// Every field of the selected organization, profile (with its brand) or campaign, as readable text with a Copy
// link beside each id. Links open in the browser; Tab reaches every link from the keyboard.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // What the links under an item's heading do: the window's own actions, triggered as a menu would.
    enum class Action { EditProfile, History, CompleteProfile, NewCampaign, ProfileDrafts };
    void setAction(Action which, QAction *action);

    void showNothing();
    void showMessage(const QString &heading, const QString &text);
    void showAccount(const Account &account, int profileCount);
    // `history`: the local history of the profile and its campaigns, newest first.
    void showProfile(const Profile &profile, int campaignCount, const QList<HistoryEntry> &history = {});
    void showCampaign(const Campaign &campaign, const Profile &profile, const QList<HistoryEntry> &history = {});

    QString lastCopied() const { return m_lastCopied; }

Q_SIGNALS:
    void copied(const QString &value);

private:
    void onAnchor(const QUrl &url);
    QString m_lastCopied;
    QHash<QString, QPointer<QAction>> m_actions; // by link: action:edit-profile, …
};

} // namespace cd::ui
