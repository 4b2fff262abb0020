#pragma once

#include "store/historylog.h"

#include <QTextBrowser>

namespace cd {
struct Account;
struct Campaign;
struct Profile;
}

namespace cd::ui {

// Every field of the selected organization, profile (with its brand) or campaign, as readable text with a Copy
// link beside each id. Links open in the browser; Tab reaches every link from the keyboard.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showNothing();
    void showMessage(const QString &heading, const QString &text);
    void showAccount(const Account &account, int profileCount);
    // `history`: the local history of the profile and its campaigns, newest first.
    void showProfile(const Profile &profile, int campaignCount, const QList<HistoryEntry> &history = {});
    void showCampaign(const Campaign &campaign, const Profile &profile, const QList<HistoryEntry> &history = {});

    QString lastCopied() const { return m_lastCopied; }

Q_SIGNALS:
    void actionRequested(const QString &action); // a link such as "New campaign…" (action:new-campaign)
    void copied(const QString &value);

private:
    void onAnchor(const QUrl &url);
    QString m_lastCopied;
};

} // namespace cd::ui
