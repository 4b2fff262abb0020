#include "organizationtree.h"

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
    int count = 0;
    for (const ProfileNode &node : profiles)
        count += int(node.campaigns.size());
    return count;
}

QJsonObject OrganizationTree::toJson() const
{
    QJsonArray profileArray;
    for (const ProfileNode &node : profiles) {
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
        profileArray.append(profile);
    }
    return {{QStringLiteral("account"), account.toJson()}, {QStringLiteral("profiles"), profileArray}};
}

} // namespace cd
