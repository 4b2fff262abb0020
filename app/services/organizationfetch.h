#pragma once

#include "organizationtree.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace cd {

class ApiJob;
class SentClient;

// Fetches a whole organization: who the key is, its profiles, then each profile's campaigns as background work
// (bounded concurrency, paced by the client's rate budget). finished() is emitted exactly once; a failed campaign
// list is kept on its profile rather than failing the whole fetch.
class OrganizationFetch : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationFetch(SentClient *client, QObject *parent = nullptr);

    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    void start();
    void cancel();

    const OrganizationTree &tree() const { return m_tree; }
    // Set when the fetch as a whole failed (the key, the profile list).
    const std::optional<ApiError> &error() const { return m_error; }
    int failedCampaignLists() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void fetchProfiles();
    void addProfiles(const QList<Profile> &profiles);
    void pumpCampaigns();
    void fail(const ApiError &error);
    void finish();

    SentClient *m_client;
    OrganizationTree m_tree;
    std::optional<ApiError> m_error;
    QList<int> m_pending; // indexes into m_tree.profiles still to fetch
    QList<QPointer<ApiJob>> m_jobs;
    int m_concurrency = 4;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_finished = false;
};

} // namespace cd
