#pragma once

#include "api/apierror.h"
#include "organizationtree.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cd {

class OrganizationSession;

// What sent.dm has now of the profiles a bulk job is about, read before its preview: each profile, and its campaign
// list when the job needs it, a few at a time at background priority, through the session (so the tree learns what
// changed as well). A profile that cannot be read is named with its error; the rest are planned.
class BulkSelection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kConcurrency = 4;
    // More profiles than this are read from the profile list's pages (a hundred an answer) rather than one by one:
    // under a rate limit of 200 requests a minute, 500 profiles read singly would cost two and a half minutes.
    static constexpr int kSingleReads = 10;
    // A read that failed for a passing reason (the network, a time-out, sent.dm's own failure) is asked this many
    // times in all, after the client's own retries of each.
    static constexpr int kReadAttempts = 4;

    explicit BulkSelection(OrganizationSession *session, QObject *parent = nullptr);

    void load(const QStringList &profileIds, bool withCampaigns);
    void cancel();
    bool isLoading() const { return m_loading; }

    // In the order asked for; those that could not be read are left out (failures()).
    QList<ProfileNode> nodes() const;
    const QMap<QString, ApiError> &failures() const { return m_failures; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void readList();
    void readCampaigns(const QString &profileId);
    void nextCampaigns();
    bool askAgain(const QString &profileId, const ApiError &error);
    void readOne(const QString &profileId);
    void ended(const QString &profileId);

    QPointer<OrganizationSession> m_session;
    QStringList m_ids;
    bool m_withCampaigns = false;
    bool m_loading = false;
    int m_started = 0;
    int m_done = 0;
    int m_inFlight = 0;
    QMap<QString, ProfileNode> m_nodes;
    QMap<QString, ApiError> m_failures;
    QStringList m_campaignQueue;  // the campaign lists still to ask for
    QStringList m_profileRetries; // profiles to read again
    QHash<QString, int> m_attempts;
    int m_listAttempts = 0;
};

} // namespace cd
