#pragma once

#include "store/historyentry.h"

#include <QHash>
#include <QPointer>

#include <QTextBrowser>

namespace cd {
struct Account;
struct BrandOverview;
struct Campaign;
struct CampaignOverview;
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
    enum class Action { EditProfile, History, CompleteProfile, NewCampaign, ProfileDrafts, ChangeInheritance };
    void setAction(Action which, QAction *action);

    void showNothing();
    void showMessage(const QString &heading, const QString &text);
    void showAccount(const Account &account, int profileCount);
    // `history`: the local history of the profile and its campaigns, newest first.
    // `sources`: where its brand and campaigns come from, as label → value rows (the tree's inheritance).
    void showProfile(const Profile &profile, int campaignCount, const QList<HistoryEntry> &history = {},
                     const QList<QPair<QString, QString>> &sources = {});
    // The organization's brand or one of its campaigns, with the profiles that use it (id, name), each a link that
    // selects it in the tree. `record`: the campaign as a profile listed it, when this computer has it.
    using Users = QList<QPair<QString, QString>>;
    void showOrganizationBrand(const BrandOverview *brand, const Users &users);
    void showOrganizationCampaign(const CampaignOverview &campaign, const Campaign *record, const Users &users);
    void showCampaign(const Campaign &campaign, const Profile &profile, const QList<HistoryEntry> &history = {});

    QString lastCopied() const { return m_lastCopied; }

Q_SIGNALS:
    void copied(const QString &value);
    void profileActivated(const QString &profileId); // a link to a profile

private:
    void onAnchor(const QUrl &url);
    QString m_lastCopied;
    QHash<QString, QPointer<QAction>> m_actions; // by link: action:edit-profile, …
};

} // namespace cd::ui
