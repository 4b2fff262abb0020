#include "lintcontext.h"

namespace cd {

lint::Context lintContextFor(const Profile &profile, const Campaign *existing)
{
    lint::Context context;
    context.profileKnown = true;
    context.profileHasBrand = profile.hasBrand();
    context.inheritsCampaigns = profile.inheritTcrCampaign;
    auto addName = [&context](const QString &name) {
        if (!name.trimmed().isEmpty() && !context.brandNames.contains(name.trimmed(), Qt::CaseInsensitive))
            context.brandNames.append(name.trimmed());
    };
    if (profile.brand) {
        if (profile.brand->contact)
            addName(profile.brand->contact->businessName);
        if (profile.brand->business)
            addName(profile.brand->business->legalName);
    }
    addName(profile.name);
    addName(profile.shortName);
    if (existing) {
        context.submittedToTcr = existing->submittedToTcr;
        context.cost = existing->cost;
        context.alreadyBilled = existing->hasSubmissionTransaction;
    }
    return context;
}

} // namespace cd
