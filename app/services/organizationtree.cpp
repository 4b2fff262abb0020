#include "organizationtree.h"

#include <QSet>

#include <QJsonArray>

namespace cd {

OrganizationTree OrganizationTree::of(const TreeCache::Snapshot &snapshot)
{
    OrganizationTree tree;
    tree.account = snapshot.account;
    tree.profiles.reserve(snapshot.profiles.size());
    for (const Profile &profile : snapshot.profiles) {
        ProfileNode node;
        node.profile = profile;
        node.campaignsLoaded = snapshot.campaigns.contains(profile.id) || !profile.hasBrand();
        node.campaigns = snapshot.campaigns.value(profile.id);
        tree.profiles.append(std::move(node));
    }
    return tree;
}

int OrganizationTree::campaignCount() const
{
    return campaignCount(profiles);
}

int OrganizationTree::campaignCount(const QList<ProfileNode> &profiles)
{
    QSet<QString> ids;
    int withoutId = 0;
    for (const ProfileNode &node : profiles)
        for (const Campaign &c : node.campaigns) {
            if (c.id.isEmpty())
                ++withoutId;
            else
                ids.insert(c.id);
        }
    return int(ids.size()) + withoutId;
}

QJsonObject OrganizationTree::profileJson(const ProfileNode &node)
{
    QJsonObject profile = node.profile.toJson();
    profile.insert(QStringLiteral("status_category"), statusCategoryKey(node.profile.statusInfo().category));
    QJsonArray campaigns;
    for (const Campaign &campaign : node.campaigns) {
        QJsonObject c = campaign.toJson();
        c.insert(QStringLiteral("statusCategory"), statusCategoryKey(campaign.statusInfo().category));
        c.insert(QStringLiteral("inherited"), campaign.isInheritedBy(node.profile.id));
        campaigns.append(c);
    }
    profile.insert(QStringLiteral("campaigns"), campaigns);
    if (node.campaignsError) {
        profile.insert(QStringLiteral("campaigns_error"),
                       QJsonObject{{QStringLiteral("code"), node.campaignsError->code},
                                   {QStringLiteral("message"), node.campaignsError->userMessage()},
                                   {QStringLiteral("request_id"), node.campaignsError->requestId}});
    }
    return profile;
}

QJsonObject OrganizationTree::toJson() const
{
    QJsonArray profileArray;
    for (const ProfileNode &node : profiles)
        profileArray.append(profileJson(node));
    return {{QStringLiteral("account"), account.toJson()}, {QStringLiteral("profiles"), profileArray}};
}

} // namespace cd
