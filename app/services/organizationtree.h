#pragma once

#include "api/apierror.h"
#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "store/treecache.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cd {

// One profile with what was learnt about its campaigns.
struct ProfileNode
{
    Profile profile;
    QList<Campaign> campaigns;
    bool campaignsLoaded = false;
    std::optional<ApiError> campaignsError;
};

// The whole organization as one snapshot: the account behind the key, its profiles (with brand) and campaigns.
struct OrganizationTree
{
    Account account;
    QList<ProfileNode> profiles;

    // What this computer saved of it (the cache's records): the same shape, whatever it was read from.
    static OrganizationTree of(const TreeCache::Snapshot &snapshot);

    // The distinct campaigns: each counts once, so an organization campaign that many profiles inherit is one
    // campaign (the dashboard's definition too).
    int campaignCount() const;
    static int campaignCount(const QList<ProfileNode> &profiles);
    // Profiles ordered as listed; campaigns under `campaigns`, a failed list under `campaigns_error`.
    QJsonObject toJson() const;
    // One element of toJson()'s `profiles`: what a stream writes one at a time.
    static QJsonObject profileJson(const ProfileNode &node);
};

} // namespace cd
