#include "organizationfetch.h"

#include "api/sentclient.h"
#include "core/logging.h"

namespace cd {

OrganizationFetch::OrganizationFetch(SentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

int OrganizationFetch::failedCampaignLists() const
{
    int failed = 0;
    for (const ProfileNode &node : m_tree.profiles)
        failed += node.campaignsError ? 1 : 0;
    return failed;
}

void OrganizationFetch::start()
{
    m_jobs.append(m_client->me({}, this, [this](const Result<Account> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_tree.account = result.value();
        fetchProfiles();
    }));
}

void OrganizationFetch::cancel()
{
    if (m_finished)
        return;
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    fail(cancelled);
}

void OrganizationFetch::fetchProfiles()
{
    // A profile's own key may not list profiles: its organization is that one profile.
    if (m_tree.account.kind() == Account::Kind::Profile) {
        m_jobs.append(m_client->getProfile(m_tree.account.id, {}, this, [this](const Result<Profile> &result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            addProfiles({result.value()});
        }));
        return;
    }
    m_jobs.append(m_client->listProfiles({}, this, [this](const Result<QList<Profile>> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        addProfiles(result.value());
    }));
}

void OrganizationFetch::addProfiles(const QList<Profile> &profiles)
{
    for (const Profile &profile : profiles) {
        ProfileNode node;
        node.profile = profile;
        // Without a brand (own or inherited) the list can only answer RESOURCE_009: not worth a request.
        node.campaignsLoaded = !profile.hasBrand();
        if (profile.hasBrand())
            m_pending.append(int(m_tree.profiles.size()));
        m_tree.profiles.append(node);
    }
    m_total = int(m_pending.size());
    Q_EMIT progress(0, m_total);
    pumpCampaigns();
}

void OrganizationFetch::pumpCampaigns()
{
    if (m_finished)
        return;
    while (m_running < m_concurrency && !m_pending.isEmpty()) {
        const int index = m_pending.takeFirst();
        ++m_running;
        CallOptions options;
        options.priority = Priority::Background;
        const QString profileId = m_tree.profiles.at(index).profile.id;
        m_jobs.removeAll(nullptr);
        m_jobs.append(m_client->listCampaigns(profileId, options, this, [this, index](const Result<QList<Campaign>> &result) {
            if (m_finished)
                return;
            --m_running;
            ++m_done;
            ProfileNode &node = m_tree.profiles[index];
            if (result.ok()) {
                node.campaigns = result.value();
                node.campaignsLoaded = true;
            } else if (result.error().code == QLatin1String("RESOURCE_009")) {
                node.campaignsLoaded = true; // no brand after all: no campaigns
            } else {
                node.campaignsError = result.error();
                qCInfo(lcServices).noquote() << "campaigns of" << node.profile.id << "failed:" << result.error().userMessage();
            }
            Q_EMIT progress(m_done, m_total);
            if (m_running == 0 && m_pending.isEmpty())
                finish();
            else
                pumpCampaigns();
        }));
    }
    if (m_running == 0 && m_pending.isEmpty())
        finish();
}

void OrganizationFetch::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void OrganizationFetch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<ApiJob> &job : jobs)
        if (job)
            job->cancel(); // their callbacks return early: the fetch is over
    Q_EMIT finished();
}

} // namespace cd
