#pragma once

#include "sandboxerrors.h"
#include "sandboxmodel.h"
#include "sandboxoptions.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace cd::sandbox {

class RegistrySimulator;
class SandboxClock;
class SandboxState;

// Who is calling, once the key and x-profile-id have been checked.
struct Caller
{
    ApiKey key;
    QString profileId;   // the profile the call acts as (profile key, or organization key + x-profile-id); empty = org
    bool scoped = false; // x-profile-id was used

    bool isOrganization() const { return profileId.isEmpty(); }
};

struct ApiReply
{
    int status = 200;
    QJsonValue data;
    std::optional<ApiFailure> failure;
    bool sandbox = false;  // answered in sandbox mode: nothing was stored
    bool mutation = false; // something was (or would have been) changed

    static ApiReply ok(const QJsonValue &data, int status = 200);
    static ApiReply fail(const ApiFailure &failure);
    static ApiReply fail(const QString &code, const QString &message = {});
};

// The endpoints of sent-api.md §2 for profiles, campaigns, completion and /v3/me: business rules only. The
// transport concerns (auth headers, rate limits, idempotency, faults) are SandboxServer's.
class SandboxApi
{
public:
    SandboxApi(SandboxState &state, const SandboxClock &clock, RegistrySimulator &registry, const SandboxOptions &options);

    ApiReply handle(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                    const QJsonObject &body, const Caller &caller);

private:
    ApiReply me(const Caller &caller);
    ApiReply listProfiles(const QUrlQuery &query, const Caller &caller);
    ApiReply createProfile(const QJsonObject &body, const Caller &caller);
    ApiReply getProfile(Profile &profile);
    ApiReply updateProfile(Profile &profile, const QJsonObject &body, const Caller &caller);
    ApiReply deleteProfile(Profile &profile, const QJsonObject &body, const Caller &caller);
    ApiReply completeProfile(Profile &profile, const QJsonObject &body, const Caller &caller);
    ApiReply listCampaigns(Profile &profile);
    ApiReply createCampaign(Profile &profile, const QJsonObject &body, const Caller &caller);
    ApiReply updateCampaign(Profile &profile, const QString &campaignId, const QJsonObject &body, const Caller &caller);
    ApiReply deleteCampaign(Profile &profile, const QString &campaignId, const QJsonObject &body, const Caller &caller);

    std::optional<ApiReply> resolveProfile(const QString &id, const Caller &caller, Profile **out);
    std::optional<ApiReply> resolveOwnCampaign(Profile &profile, const QString &campaignId, qsizetype *index);
    QJsonObject meProfileEntry(const Profile &profile, const QString &role) const;

    SandboxState &m_state;
    const SandboxClock &m_clock;
    RegistrySimulator &m_registry;
    const SandboxOptions &m_options;
};

} // namespace cd::sandbox
