#include "bulkselection.h"

#include "organizationsession.h"

#include "api/profilelisting.h"
#include "api/sentclient.h"

namespace cd {

BulkSelection::BulkSelection(OrganizationSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void BulkSelection::load(const QStringList &profileIds, bool withCampaigns)
{
    m_ids.clear();
    for (const QString &id : profileIds) // each once, in the order first given
        if (!id.trimmed().isEmpty() && !m_ids.contains(id.trimmed()))
            m_ids.append(id.trimmed());
    m_withCampaigns = withCampaigns;
    m_nodes.clear();
    m_failures.clear();
    m_started = m_done = m_inFlight = 0;
    m_attempts.clear();
    m_profileRetries.clear();
    m_campaignQueue.clear();
    m_listAttempts = 0;
    m_loading = true;
    if (m_ids.isEmpty() || !m_session || !m_session->client()) {
        m_loading = false;
        Q_EMIT finished();
        return;
    }
    if (m_ids.size() > kSingleReads)
        readList();
    else
        next();
}

void BulkSelection::readList()
{
    CallOptions options;
    options.priority = Priority::Background;
    m_session->client()->listProfiles(options, this, [this](const Result<QList<Profile>> &result) {
        if (!m_loading)
            return;
        if (!result.ok()) {
            if (result.error().isTransient() && ++m_listAttempts < kReadAttempts) {
                readList(); // a read is safe to ask again
                return;
            }
            for (const QString &id : std::as_const(m_ids))
                m_failures.insert(id, result.error());
            m_loading = false;
            Q_EMIT finished();
            return;
        }
        QHash<QString, Profile> listed;
        for (const Profile &p : result.value())
            listed.insert(p.id, p);
        m_started = int(m_ids.size()); // nothing more to read one by one
        QStringList withCampaigns;
        for (const QString &id : std::as_const(m_ids)) {
            if (!listed.contains(id)) {
                ApiError missing;
                missing.kind = ApiError::Kind::Http;
                missing.httpStatus = 404;
                missing.message = tr("The organization has no profile %1.").arg(id);
                m_failures.insert(id, missing);
                ++m_done;
                continue;
            }
            ProfileNode node;
            node.profile = listed.value(id);
            node.campaignsLoaded = m_withCampaigns && !node.profile.hasBrand();
            m_nodes.insert(id, node);
            if (m_withCampaigns && node.profile.hasBrand())
                withCampaigns.append(id);
            else
                ++m_done;
        }
        Q_EMIT progress(m_done, int(m_ids.size()));
        if (withCampaigns.isEmpty()) {
            m_loading = false;
            Q_EMIT finished();
            return;
        }
        m_campaignQueue = withCampaigns;
        nextCampaigns();
    });
}

void BulkSelection::nextCampaigns()
{
    while (m_loading && m_inFlight < kConcurrency && !m_campaignQueue.isEmpty())
        readCampaigns(m_campaignQueue.takeFirst());
}

void BulkSelection::cancel()
{
    if (!m_loading)
        return;
    m_loading = false;
    m_ids = m_ids.mid(0, m_started); // nothing more starts; what is in flight is let go
    Q_EMIT finished();
}

void BulkSelection::next()
{
    while (m_loading && m_inFlight < kConcurrency && !m_profileRetries.isEmpty())
        readOne(m_profileRetries.takeFirst());
    while (m_loading && m_inFlight < kConcurrency && m_started < m_ids.size())
        readOne(m_ids.at(m_started++));
}

bool BulkSelection::askAgain(const QString &profileId, const ApiError &error)
{
    // Beyond the client's own retries: a read is safe to repeat, and a profile left out of the plan because one
    // answer was lost would be left out of the job.
    return error.isTransient() && ++m_attempts[profileId] < kReadAttempts;
}

void BulkSelection::readOne(const QString &profileId)
{
    ++m_inFlight;
    m_session->fetchProfile(
        profileId, this,
        [this, profileId](const Result<Profile> &result) {
            if (!m_loading)
                return;
            if (!result.ok()) {
                if (askAgain(profileId, result.error())) {
                    --m_inFlight;
                    m_profileRetries.append(profileId);
                    next();
                    return;
                }
                m_failures.insert(profileId, result.error());
                ended(profileId);
                return;
            }
            ProfileNode node;
            node.profile = result.value();
            m_nodes.insert(profileId, node);
            if (!m_withCampaigns || !node.profile.hasBrand()) { // without a brand the list can only say so
                m_nodes[profileId].campaignsLoaded = m_withCampaigns;
                ended(profileId);
                return;
            }
            --m_inFlight; // the campaigns count as the profile's own slot from here
            readCampaigns(profileId);
        },
        Priority::Background);
}

void BulkSelection::readCampaigns(const QString &profileId)
{
    ++m_inFlight;
    m_session->fetchCampaigns(
        profileId, this,
        [this, profileId](const Result<QList<Campaign>> &campaigns) {
            if (!m_loading)
                return;
            if (campaigns.ok()) {
                m_nodes[profileId].campaigns = campaigns.value();
                m_nodes[profileId].campaignsLoaded = true;
            } else if (askAgain(profileId, campaigns.error())) {
                --m_inFlight;
                m_campaignQueue.append(profileId);
                nextCampaigns();
                return;
            } else {
                m_failures.insert(profileId, campaigns.error());
                m_nodes.remove(profileId);
            }
            ended(profileId);
        },
        Priority::Background);
}

void BulkSelection::ended(const QString &)
{
    --m_inFlight;
    ++m_done;
    Q_EMIT progress(m_done, int(m_ids.size()));
    if (m_done == m_ids.size()) {
        m_loading = false;
        Q_EMIT finished();
        return;
    }
    next();
    nextCampaigns();
}

QList<ProfileNode> BulkSelection::nodes() const
{
    QList<ProfileNode> result;
    for (const QString &id : m_ids)
        if (m_nodes.contains(id))
            result.append(m_nodes.value(id));
    return result;
}

} // namespace cd
