#include "completion.h"

#include <QCoreApplication>

namespace cd {

bool CompletionChecklist::ready() const
{
    return std::all_of(items.begin(), items.end(), [](const Item &i) { return i.met || !i.blocking; });
}

QList<CompletionChecklist::Item> CompletionChecklist::unmet() const
{
    QList<Item> result;
    for (const Item &i : items)
        if (!i.met)
            result.append(i);
    return result;
}

CompletionChecklist CompletionChecklist::of(const Profile &profile, const QList<Campaign> &campaigns,
                                            const Parent &parent)
{
    CompletionChecklist c;
    // "Profile must be completed": its general data.
    c.items.append({QStringLiteral("name"), !profile.name.trimmed().isEmpty(), true, tr("The profile has a name."),
                    Fix::EditProfile});
    c.items.append({QStringLiteral("short_name"), !profile.shortName.trimmed().isEmpty(), true,
                    tr("The profile has a short name."), Fix::EditProfile});
    c.items.append({QStringLiteral("description"), !profile.description.trimmed().isEmpty(), true,
                    tr("The profile has a description."), Fix::EditProfile});

    // A brand: its own, or the parent's when it inherits (the API shows an inherited brand on the profile, so
    // none shown means the organization has none).
    if (profile.inheritTcrBrand)
        c.items.append({QStringLiteral("brand"), parent.hasBrand.value_or(profile.brand.has_value()), true,
                        tr("The organization has a brand for the profile to inherit."), Fix::ChangeInheritance});
    else
        c.items.append({QStringLiteral("brand"), profile.brand.has_value() && !profile.brand->isInherited, true,
                        tr("The profile has a brand of its own."), Fix::EditBrand});

    // Campaigns.
    const bool tcr = profile.brand && profile.brand->isTcrApplication();
    int own = 0, inherited = 0;
    for (const Campaign &campaign : campaigns)
        (campaign.customerId.isEmpty() || campaign.customerId == profile.id ? own : inherited) += 1;
    if (profile.inheritTcrCampaign) {
        const bool parentHasCampaigns = parent.hasCampaigns.value_or(!campaigns.isEmpty());
        c.items.append({QStringLiteral("campaigns"), parentHasCampaigns, true,
                        tr("The organization has campaigns for the profile to inherit."), Fix::ChangeInheritance});
    } else if (tcr) {
        c.items.append({QStringLiteral("campaigns"), own + inherited > 0, true,
                        tr("A TCR application has at least one campaign."), Fix::NewCampaign});
    } else {
        // "Profile should have campaigns": advice, not a condition the API enforces.
        c.items.append({QStringLiteral("campaigns"), own > 0, false, tr("The profile has campaigns of its own."),
                        Fix::NewCampaign});
    }

    // The status it will get.
    const bool noChannel = profile.sendingPhoneNumber.isEmpty() && profile.whatsappPhoneNumber.isEmpty();
    const bool mainDestination =
        profile.brand && profile.brand->compliance && !profile.brand->compliance->mainCountry().isEmpty();
    if (noChannel) {
        c.outcome = Outcome::Submitted;
        c.outcomeReason = tr("It has neither an SMS nor a WhatsApp number yet, so it waits for one.");
    } else if (tcr && !(profile.inheritTcrBrand && profile.inheritTcrCampaign)) {
        c.outcome = Outcome::Submitted;
        c.outcomeReason = tr("Its own brand or campaigns go to The Campaign Registry for review.");
    } else if (!tcr && mainDestination) {
        c.outcome = Outcome::Submitted;
        c.outcomeReason = tr("Its main destination country's documents are reviewed first.");
    } else {
        c.outcome = Outcome::Completed;
        c.outcomeReason = tr("Nothing needs review: it can send once the setup runs.");
    }
    return c;
}

} // namespace cd
