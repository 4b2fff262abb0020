#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/result.h"
#include "organizationtree.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>
#include <optional>

namespace cd {

class ApiJob;
class ProfileListing;
class SentClient;

// Loads an organization from sent.dm: who the key is (GET /v3/me), its profiles — every page of the list
// (ProfileListing), or, for a profile's own key, that one profile (GET /v3/profiles/{id}) — and then every profile's
// campaigns, starting with a page's profiles as soon as the page is in. The one loader of the window and the CLI: it
// only fetches and says what arrived; the session writes each answer through (cache, model, poller).
//
// Campaign lists are fetched with bounded concurrency in priority order: what the user opened (user priority: it
// jumps the rate budget's queue and the concurrency limit), then what the view shows, then profiles still in review,
// then the rest as background work. A failed list stays on its profile; it never fails the load. With
// setKeepRecords(true) the whole organization is also kept as one OrganizationTree (the CLI's tree and report).
class OrganizationLoader : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationLoader(SentClient *client, QObject *parent = nullptr);
    ~OrganizationLoader() override;

    void setConcurrency(int concurrency);
    void setKeepRecords(bool keep) { m_keepRecords = keep; }
    // With keepRecords: each profile is handed out (profileComplete) as soon as the list has been read and it and
    // every profile before it have their campaigns (or their failure), in the list's order; then only its id and
    // any failure are kept. A caller that writes the organization out as it loads (the CLI's tree) never holds all
    // of it; tree() then lists every profile, but only the ones not handed out yet with their records. Set while a
    // load runs, what is complete already is handed out at once.
    void setHandOut(bool handOut);

    // Everything again from the network; a refresh still running is replaced (its answers are ignored).
    void refresh();
    // After a refresh that failed on a page of the profile list: from that page, keeping what was read.
    bool canResume() const;
    void resume();
    void cancel();
    // One profile's campaigns now: opened in the tree (user priority), or again after something changed them.
    void requestCampaigns(const QString &profileId, Priority priority = Priority::User);
    // Profiles the view shows now: their campaign lists go before the rest.
    void prioritize(const QStringList &profileIds);

    bool isLoading() const { return m_loading; }
    // The profile list is still being read (page by page).
    bool isListing() const;
    int campaignListsDone() const { return m_done; }
    int campaignListsTotal() const { return m_total; }
    // The last refresh's failure (the key, the profile list): set when it failed as a whole.
    const std::optional<ApiError> &error() const { return m_error; }
    // The profiles read and announced so far by this refresh (-1: not said).
    int profilesReceived() const;
    int profilesTotal() const;
    // Why the profile list may be short although nothing failed (a server that repeats pages…); empty otherwise.
    QString listNote() const { return m_listNote; }
    // With keepRecords: the organization as loaded by the last refresh.
    const OrganizationTree &tree() const { return m_tree; }
    int failedCampaignLists() const;

Q_SIGNALS:
    void accountLoaded(const cd::Account &account);
    // A page of profiles, as it arrives (a profile key: its one profile); each new or newer than before.
    void profilesArrived(const QList<cd::Profile> &profiles);
    // The whole list was read: these are the organization's profiles, and any other is gone.
    void profilesListed(const QStringList &profileIds);
    void profileProgress(int received, int total);
    // The list ended short of what sent.dm announced, for a reason that is not a failure (listNote()).
    void listShort(const QString &note);
    // A profile's campaigns; `priority` says whether someone is waiting for them.
    void campaignsLoaded(const QString &profileId, const QList<cd::Campaign> &campaigns, cd::Priority priority);
    void campaignsFailed(const QString &profileId, const cd::ApiError &error);
    void progress(int done, int total);
    // With setHandOut(true): the next profile of the list, whole; `last` when it is the list's last.
    void profileComplete(const cd::ProfileNode &node, bool last);
    void loadingChanged(bool loading);
    // Once per refresh, when every campaign list has been answered or failed — or when the refresh failed as a
    // whole (error() is then set). A refresh replaced by another, or cancelled, does not finish.
    void finished();

private:
    void fetchProfiles(const Account &account);
    void addProfiles(const QList<Profile> &profiles);
    void listEnded();
    void fail(const ApiError &error);
    void pump();
    void answered(const QString &profileId, const Result<QList<Campaign>> &result, Priority priority);
    void checkFinished();
    void handOutReady();
    void setLoading(bool loading);
    ProfileNode *node(const QString &profileId);

    SentClient *m_client;
    int m_concurrency = 4;
    bool m_keepRecords = false;
    bool m_handOut = false;
    qsizetype m_handedOut = 0; // profiles of m_tree handed out so far
    std::deque<QString> m_userQueue;
    std::deque<QString> m_queue; // background, in order
    QSet<QString> m_queued;
    QSet<QString> m_inFlight; // asked for, not yet delivered
    QSet<QString> m_onWire;   // asked for, the answer not yet arrived: what the concurrency bounds
    QList<QPointer<ApiJob>> m_jobs;
    ProfileListing *m_listing = nullptr;
    QSet<QString> m_asked; // profiles whose campaigns this refresh has asked for
    QString m_listNote;
    OrganizationTree m_tree;
    QHash<QString, qsizetype> m_nodeIndex; // profile id → index into m_tree.profiles
    std::optional<ApiError> m_error;
    int m_generation = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_loading = false;
    bool m_profilesIn = false; // this refresh has its profiles
};

} // namespace cd
