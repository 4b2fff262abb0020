#pragma once

// The tree's node, shared by the model's structure (organizationmodel.cpp) and its presentation
// (organizationmodeldata.cpp). Not part of the model's interface.

#include "organizationmodel.h"

namespace cd {

struct OrganizationModel::Node
{
    Kind kind = Kind::Organization;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    // One of these, by kind: the payloads live on the heap so that a node costs what its kind needs.
    std::unique_ptr<Account> account;
    std::unique_ptr<ProfileOverview> profile;
    std::unique_ptr<CampaignOverview> campaign; // a profile's campaign, or the organization's
    std::unique_ptr<BrandOverview> brand;       // the organization's brand (OrganizationBrand rows)
    int inheritors = 0;                         // the organization's rows: how many profiles use it
    QString message;                            // Error rows, and a profile's failed load
    QString shownUseCases;                      // Profile rows: what the view was last told
    QString shownAttention;
    QString shownSetup;
    CampaignState campaigns = CampaignState::Unknown; // Profile rows
    mutable QString sortKey; // OrganizationModel::sortName(), made when first asked; cleared when the name may change

    void renumber(size_t from = 0)
    {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->row = int(i);
    }
    // A campaign's use cases; a profile's are its campaigns', each once, in the order they first appear.
    QStringList useCases() const
    {
        if (campaign)
            return campaign->useCases;
        QStringList all;
        for (const auto &child : children)
            if (child->campaign)
                for (const QString &u : child->campaign->useCases)
                    if (!all.contains(u))
                        all.append(u);
        return all;
    }
    bool isShared() const { return kind == Kind::OrganizationBrand || kind == Kind::OrganizationCampaign; }
    const ProfileOverview *owningProfile() const
    {
        for (const Node *n = this; n; n = n->parent)
            if (n->profile)
                return n->profile.get();
        return nullptr;
    }
};

} // namespace cd
