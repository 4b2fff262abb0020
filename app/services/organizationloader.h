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
class SentClient;

// Loads an organization from sent.dm: who the key is (GET /v3/me), its profiles — or, for a profile's own key, that
// one profile (GET /v3/profiles/{id}) — and then every profile's campaigns. The one loader of the window and the
// CLI: it only fetches and says what arrived; the session writes each answer through (cache, model, poller).
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

    // Everything again from the network; a refresh still running is replaced (its answers are ignored).
    void refresh();
    void cancel();
    // One profile's campaigns now: opened in the tree (user priority), or again after something changed them.
    void requestCampaigns(const QString &profileId, Priority priority = Priority::User);
    // Profiles the view shows now: their campaign lists go before the rest.
    void prioritize(const QStringList &profileIds);

    bool isLoading() const { return m_loading; }
    int campaignListsDone() const { return m_done; }
    int campaignListsTotal() const { return m_total; }
    // The last refresh's failure (the key, the profile list): set when it failed as a whole.
    const std::optional<ApiError> &error() const { return m_error; }
    // With keepRecords: the organization as loaded by the last refresh.
    const OrganizationTree &tree() const { return m_tree; }
    int failedCampaignLists() const;

Q_SIGNALS:
    void accountLoaded(const cd::Account &account);
    // Every profile of the organization, in its order (a profile key: its one profile).
    void profilesLoaded(const QList<cd::Profile> &profiles);
    // A profile's campaigns; `priority` says whether someone is waiting for them.
    void campaignsLoaded(const QString &profileId, const QList<cd::Campaign> &campaigns, cd::Priority priority);
    void campaignsFailed(const QString &profileId, const cd::ApiError &error);
    void progress(int done, int total);
    void loadingChanged(bool loading);
    // Once per refresh, when every campaign list has been answered or failed — or when the refresh failed as a
    // whole (error() is then set). A refresh replaced by another, or cancelled, does not finish.
    void finished();

private:
    void fetchProfiles(const Account &account);
    void addProfiles(const QList<Profile> &profiles);
    void fail(const ApiError &error);
    void pump();
    void answered(const QString &profileId, const Result<QList<Campaign>> &result, Priority priority);
    void checkFinished();
    void setLoading(bool loading);
    ProfileNode *node(const QString &profileId);

    SentClient *m_client;
    int m_concurrency = 4;
    bool m_keepRecords = false;
    std::deque<QString> m_userQueue;
    std::deque<QString> m_queue; // background, in order
    QSet<QString> m_queued;
    QSet<QString> m_inFlight; // asked for, not yet delivered
    QSet<QString> m_onWire;   // asked for, the answer not yet arrived: what the concurrency bounds
    QList<QPointer<ApiJob>> m_jobs;
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
