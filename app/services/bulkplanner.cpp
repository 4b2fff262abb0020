#include "bulkplanner.h"

#include "domain/campaigntemplate.h"
#include "domain/profilerules.h"
#include "domain/status.h"
#include "lint/linter.h"
#include "lintcontext.h"

namespace cd {

namespace {

PlannedItem planned(const ProfileNode &node, BulkItem::Action action)
{
    PlannedItem p;
    p.item.action = action;
    p.item.profileId = node.profile.id;
    p.item.label = node.profile.name;
    p.profileName = node.profile.name;
    return p;
}

void exclude(PlannedItem &p, const QString &reason)
{
    p.verdict = PlannedItem::Verdict::Excluded;
    p.reason = reason;
}

void refuse(PlannedItem &p, const QString &reason)
{
    p.verdict = PlannedItem::Verdict::Errors;
    p.reason = reason;
}

// The profile's current values of the fields `after` sets, as the request names them.
QJsonObject currentValues(const Profile &profile, const QJsonObject &after)
{
    const QJsonObject now = profile.toJson();
    QJsonObject before;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (now.contains(it.key()))
            before.insert(it.key(), now.value(it.key()));
    return before;
}

} // namespace

QString PlannedItem::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return tr("Ready");
    case Verdict::Warnings:
        return tr("Warnings to acknowledge");
    case Verdict::Errors:
        return tr("Errors: left out until fixed");
    case Verdict::Excluded:
        return tr("Left out");
    }
    return {};
}

BulkPlan::Counts BulkPlan::counts() const
{
    Counts c;
    for (const PlannedItem &p : items) {
        switch (p.verdict) {
        case PlannedItem::Verdict::Ready:
            ++c.ready;
            break;
        case PlannedItem::Verdict::Warnings:
            ++c.warnings;
            break;
        case PlannedItem::Verdict::Errors:
            ++c.errors;
            break;
        case PlannedItem::Verdict::Excluded:
            ++c.excluded;
            break;
        }
    }
    return c;
}

BulkJob BulkPlan::job(const QString &title, bool warningsAcknowledged) const
{
    BulkJob job;
    job.title = title;
    for (const PlannedItem &p : items) {
        if (!p.goes(warningsAcknowledged))
            continue;
        BulkItem item = p.item;
        item.position = int(job.items.size());
        job.items.append(item);
    }
    return job;
}

BulkPlan BulkPlanner::applyCampaign(const QJsonObject &campaignTemplate, const QList<ProfileNode> &profiles)
{
    BulkPlan plan;
    // The request's own shape, whatever the template was written in.
    const QJsonObject normalised = Campaign::fromJson(campaignTemplate).toRequestJson();
    const QString name = normalised.value(QLatin1String("name")).toString().trimmed();
    for (const ProfileNode &node : profiles) {
        PlannedItem p = planned(node, BulkItem::Action::CreateCampaign);
        const CampaignTemplate::Filled filled = CampaignTemplate::fill(normalised, node.profile);
        p.item.input = filled.campaign;
        p.item.label = name.isEmpty() ? node.profile.name : tr("%1: “%2”").arg(node.profile.name, name);
        p.changes = diffJson(QJsonObject(), filled.campaign);
        const bool sameName = std::any_of(node.campaigns.cbegin(), node.campaigns.cend(), [&](const Campaign &c) {
            return !name.isEmpty() && c.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
        if (node.profile.inheritTcrCampaign) {
            exclude(p,
                    tr("Uses the organization's campaigns: a campaign of its own needs it to stop inheriting them "
                       "first."));
        } else if (!node.profile.hasBrand()) {
            exclude(p, tr("Has no brand yet, and a campaign needs one."));
        } else if (sameName) {
            exclude(p, tr("Already has a campaign named “%1”.").arg(name));
        } else if (!filled.unknown.isEmpty()) {
            refuse(p, tr("Uses {{%1}}, which is not a placeholder.").arg(filled.unknown.first()));
        } else if (!filled.missing.isEmpty()) {
            refuse(p,
                   tr("Has no value for {{%1}} (%2).")
                       .arg(filled.missing.first(), CampaignTemplate::describe(filled.missing.first())));
        }
        // Linted against this profile's own brand: "the sample names the brand" is a question per profile.
        p.findings = lint::lintCampaign(filled.campaign, lintContextFor(node.profile));
        if (p.verdict == PlannedItem::Verdict::Ready) {
            if (p.findings.hasErrors()) {
                const auto errors = p.findings.items;
                const auto first = std::find_if(errors.cbegin(), errors.cend(), [](const lint::Finding &f) {
                    return f.severity == lint::Severity::Error;
                });
                refuse(p, first->message);
            } else if (p.findings.count(lint::Severity::Warning) > 0) {
                p.verdict = PlannedItem::Verdict::Warnings;
            }
        }
        plan.items.append(p);
    }
    return plan;
}

BulkPlan BulkPlanner::changeProfiles(const ProfileChanges &changes, const QList<ProfileNode> &profiles)
{
    QList<std::pair<ProfileNode, ProfileChanges>> each;
    for (const ProfileNode &node : profiles)
        each.append({node, changes});
    return changeEachProfile(each);
}

BulkPlan BulkPlanner::changeProfileFields(const ProfileChanges &fields, const BrandCompliance &brandFacts,
                                          const QList<ProfileNode> &profiles, const Inheritance *organization)
{
    const bool brandChange = !brandFacts.vertical.isEmpty() || !brandFacts.brandRelationship.isEmpty()
        || !brandFacts.destinationCountries.isEmpty();
    QList<std::pair<ProfileNode, ProfileChanges>> each;
    QList<PlannedItem> leftOut;
    QList<int> leftOutAt;
    for (const ProfileNode &node : profiles) {
        ProfileChanges own = fields;
        if (brandChange) {
            const Profile &p = node.profile;
            if (p.inheritTcrBrand || !p.brand || p.brand->isInherited) {
                PlannedItem item = planned(node, BulkItem::Action::UpdateProfile);
                exclude(item,
                        p.inheritTcrBrand || (p.brand && p.brand->isInherited)
                            ? tr("Uses the organization's brand: its brand cannot be changed here.")
                            : tr("Has no brand of its own to change."));
                leftOutAt.append(int(each.size() + leftOut.size()));
                leftOut.append(item);
                continue;
            }
            Brand brand = *p.brand;
            BrandCompliance facts = brand.compliance.value_or(BrandCompliance());
            if (!brandFacts.vertical.isEmpty())
                facts.vertical = brandFacts.vertical;
            if (!brandFacts.brandRelationship.isEmpty())
                facts.brandRelationship = brandFacts.brandRelationship;
            if (!brandFacts.destinationCountries.isEmpty())
                facts.destinationCountries = brandFacts.destinationCountries;
            brand.compliance = facts;
            own.brand = brand;
        }
        each.append({node, own});
    }
    BulkPlan plan = changeEachProfile(each);
    if (organization && (fields.inheritTcrBrand || fields.inheritTcrCampaign)) {
        // Each switch previewed as the single profile's dialog previews it; one that would stop a live profile
        // sending is a warning, acknowledged for the job.
        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            PlannedItem &item = plan.items[i];
            if (item.verdict == PlannedItem::Verdict::Excluded || item.verdict == PlannedItem::Verdict::Errors)
                continue;
            const ProfileNode &node = each.at(i).first;
            QList<CampaignOverview> campaigns;
            for (const Campaign &c : node.campaigns)
                campaigns.append(CampaignOverview::of(c, node.profile.id));
            InheritanceSwitch::Target target;
            target.inheritBrand = fields.inheritTcrBrand.value_or(node.profile.inheritTcrBrand);
            target.inheritCampaigns = fields.inheritTcrCampaign.value_or(node.profile.inheritTcrCampaign);
            item.inheritance = InheritanceSwitch::of(node.profile, campaigns, *organization, target);
            if (item.inheritance->stopsSending && item.verdict == PlannedItem::Verdict::Ready) {
                item.verdict = PlannedItem::Verdict::Warnings;
                item.reason = item.inheritance->warning;
            }
        }
    }
    for (int i = 0; i < leftOut.size(); ++i) // back in the selection's order
        plan.items.insert(std::min<qsizetype>(leftOutAt.at(i), plan.items.size()), leftOut.at(i));
    return plan;
}

BulkPlan BulkPlanner::changeEachProfile(const QList<std::pair<ProfileNode, ProfileChanges>> &changes)
{
    BulkPlan plan;
    for (const auto &[node, own] : changes) {
        PlannedItem p = planned(node, BulkItem::Action::UpdateProfile);
        const Profile &profile = node.profile;
        const bool inheritsBrand = own.inheritTcrBrand.value_or(profile.inheritTcrBrand);
        if (own.brand && inheritsBrand) {
            exclude(p, tr("Uses the organization's brand: its brand cannot be changed here."));
        } else if (own.brand && profile.brand && profile.brand->submittedToTcr) {
            exclude(p, tr("Its brand was submitted to The Campaign Registry and can no longer be changed."));
        } else {
            const ProfileChanges unshown = own.unshownBy(profile);
            p.item.input = unshown.toJson();
            if (p.item.input.isEmpty()) {
                exclude(p, tr("Already has these values."));
            } else {
                p.changes = diffJson(currentValues(profile, p.item.input), p.item.input);
                const ProfileRules::Problems problems = ProfileRules::check(unshown, &profile);
                if (!problems.isEmpty())
                    refuse(p, problems.first());
            }
        }
        plan.items.append(p);
    }
    return plan;
}

BulkPlan BulkPlanner::completeProfiles(const QString &webhookUrl, const QList<ProfileNode> &profiles,
                                       const CompletionChecklist::Parent &parent)
{
    BulkPlan plan;
    for (const ProfileNode &node : profiles) {
        PlannedItem p = planned(node, BulkItem::Action::CompleteProfile);
        p.item.input = QJsonObject{{QStringLiteral("webHookUrl"), webhookUrl}};
        const StatusCategory category = node.profile.statusInfo().category;
        if (category != StatusCategory::Draft && category != StatusCategory::Rejected
            && category != StatusCategory::Unknown) {
            exclude(p,
                    tr("Its setup is not waiting to be completed (%1).")
                        .arg(labelInSentence(node.profile.statusInfo().displayText())));
        } else {
            p.checklist = CompletionChecklist::of(node.profile, node.campaigns, parent);
            if (!p.checklist->ready()) {
                QStringList unmet;
                for (const CompletionChecklist::Item &item : p.checklist->unmet())
                    if (item.blocking)
                        unmet << item.text;
                refuse(p, unmet.join(QLatin1Char(' ')));
            }
        }
        plan.items.append(p);
    }
    return plan;
}

BulkPlan BulkPlanner::deleteProfiles(const QList<ProfileNode> &profiles)
{
    BulkPlan plan;
    for (const ProfileNode &node : profiles) {
        PlannedItem p = planned(node, BulkItem::Action::DeleteProfile);
        // What goes with it: its own campaigns and the numbers it sends from.
        if (!node.profile.inheritTcrCampaign)
            for (int i = 0; i < node.campaigns.size(); ++i)
                p.changes.append({QStringLiteral("campaigns[%1]").arg(i), FieldChange::Kind::Removed,
                                  node.campaigns.at(i).name, QJsonValue(QJsonValue::Undefined)});
        for (const auto &[field, number] :
             {std::pair{QStringLiteral("sending_phone_number"), node.profile.sendingPhoneNumber},
              std::pair{QStringLiteral("whatsapp_phone_number"), node.profile.whatsappPhoneNumber}})
            if (!number.isEmpty())
                p.changes.append({field, FieldChange::Kind::Removed, number, QJsonValue(QJsonValue::Undefined)});
        plan.items.append(p);
    }
    return plan;
}

BulkPlan BulkPlanner::deleteCampaigns(const QList<ProfileNode> &campaigns)
{
    BulkPlan plan;
    for (const ProfileNode &node : campaigns) {
        for (const Campaign &campaign : node.campaigns) {
            PlannedItem p = planned(node, BulkItem::Action::DeleteCampaign);
            p.item.campaignId = campaign.id;
            p.item.label = tr("%1: “%2”").arg(node.profile.name, campaign.name);
            p.changes.append(
                {QStringLiteral("name"), FieldChange::Kind::Removed, campaign.name, QJsonValue(QJsonValue::Undefined)});
            if (node.profile.inheritTcrCampaign)
                exclude(p, tr("Belongs to the organization, which this profile inherits it from."));
            plan.items.append(p);
        }
    }
    return plan;
}

} // namespace cd
