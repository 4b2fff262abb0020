#include "bulkselection.h"

#include "organizationsession.h"

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
    m_loading = true;
    if (m_ids.isEmpty() || !m_session) {
        m_loading = false;
        Q_EMIT finished();
        return;
    }
    next();
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
    while (m_loading && m_inFlight < kConcurrency && m_started < m_ids.size())
        readOne(m_ids.at(m_started++));
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
            m_session->fetchCampaigns(
                profileId, this,
                [this, profileId](const Result<QList<Campaign>> &campaigns) {
                    if (!m_loading)
                        return;
                    if (campaigns.ok()) {
                        m_nodes[profileId].campaigns = campaigns.value();
                        m_nodes[profileId].campaignsLoaded = true;
                    } else {
                        m_failures.insert(profileId, campaigns.error());
                        m_nodes.remove(profileId);
                    }
                    ended(profileId);
                },
                Priority::Background);
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
