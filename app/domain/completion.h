#pragma once

#include "campaign.h"
#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

// What POST /v3/profiles/{id}/complete will check, worked out locally from the profile, its brand and its
// campaigns, exactly as the contract's seed states the prerequisites and the status logic (sent-api.md §2.9), so
// that the user sees every unmet item — and what fixes it — before asking.
struct CompletionChecklist
{
    Q_DECLARE_TR_FUNCTIONS(cd::CompletionChecklist)

public:
    enum class Fix { None, EditProfile, EditBrand, NewCampaign, ChangeInheritance };
    enum class Outcome { Submitted, Completed };

    struct Item
    {
        QString id; // name, short_name, description, brand, campaigns (the API's detail keys)
        bool met = false;
        bool blocking = true; // false: advice the API does not enforce
        QString text;         // what is needed, translated
        Fix fix = Fix::None;
    };

    // What the organization has, as far as this profile shows it: an inherited brand and inherited campaigns
    // come with the profile and its campaign list. Unknown (nullopt) counts as present: the API decides.
    struct Parent
    {
        std::optional<bool> hasBrand;
        std::optional<bool> hasCampaigns;
    };

    QList<Item> items;
    Outcome outcome = Outcome::Completed;
    QString outcomeReason; // why that status, translated

    bool ready() const; // every blocking item met
    QList<Item> unmet() const;

    // `campaigns`: the profile's campaign list as the API returns it (inherited ones included when inheriting).
    static CompletionChecklist of(const Profile &profile, const QList<Campaign> &campaigns, const Parent &parent = {});
};

} // namespace cd
