#pragma once

#include "domain/bulkjob.h"
#include "domain/completion.h"
#include "domain/inheritance.h"
#include "domain/jsondiff.h"
#include "lint/finding.h"
#include "organizationtree.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

// One item of a bulk job before it is sent: what it will send, what it changes on sent.dm, what the checks say of
// it, and whether it goes.
struct PlannedItem
{
    Q_DECLARE_TR_FUNCTIONS(cd::PlannedItem)
public:
    enum class Verdict {
        Ready,    // nothing against it
        Warnings, // goes once the job's warnings are acknowledged (once, for the whole job)
        Errors,   // left out until fixed: the linter's errors, a placeholder without a value
        Excluded, // cannot be done to this profile as it is (reason says why)
    };

    BulkItem item;
    Verdict verdict = Verdict::Ready;
    QString reason;                               // Errors and Excluded: one sentence for people
    lint::Findings findings;                      // a campaign: the linter's, against this profile's own brand
    QList<FieldChange> changes;                   // against what sent.dm has now (a creation: every field added)
    std::optional<CompletionChecklist> checklist; // a completion: what sent.dm will check
    std::optional<InheritanceSwitch> inheritance; // a switch of inheritance: what it does to the profile
    QString profileName;

    bool goes(bool warningsAcknowledged) const
    {
        return verdict == Verdict::Ready || (verdict == Verdict::Warnings && warningsAcknowledged);
    }
    static QString verdictText(Verdict verdict);
};

// What a bulk job will do, item by item, before anything is sent.
struct BulkPlan
{
    QList<PlannedItem> items;

    struct Counts
    {
        int ready = 0;
        int warnings = 0;
        int errors = 0;
        int excluded = 0;
    };
    Counts counts() const;
    // The job of the items that go, in their order (none goes: no items).
    BulkJob job(const QString &title, bool warningsAcknowledged) const;
};

// Turns a template and a selection into a plan: one item a profile (or campaign), each checked as the single-item
// dialogs check it — the linter against the profile's own brand, the completion checklist, what the API would
// refuse outright (a submitted brand, campaigns that are inherited) — so the preview shows it and the job leaves it
// out.
class BulkPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkPlanner)
public:
    // The same campaign (a template: placeholders filled per profile) created for every profile.
    static BulkPlan applyCampaign(const QJsonObject &campaignTemplate, const QList<ProfileNode> &profiles);
    // The same fields changed on every profile (only those that differ from what the profile has are sent).
    static BulkPlan changeProfiles(const ProfileChanges &changes, const QList<ProfileNode> &profiles);
    // The same fields on every profile, and facts of each profile's own brand (its industry, its relationship, the
    // countries it messages): the
    // brand is sent whole, as sent.dm replaces it, so each profile's other brand facts go with it unchanged. A profile
    // that uses the organization's brand, or has none, is left out of a brand change, with why.
    // `organization`: what the tree knows of the organization's brand and campaigns, for the preview of a switch
    // of inheritance (each profile's, with a warning where a live profile would stop sending).
    static BulkPlan changeProfileFields(const ProfileChanges &fields, const BrandCompliance &brandFacts,
                                        const QList<ProfileNode> &profiles, const Inheritance *organization = nullptr);
    // Each profile its own changes (a CSV of changes: a row a profile).
    static BulkPlan changeEachProfile(const QList<std::pair<ProfileNode, ProfileChanges>> &changes);
    // Setup completed for every profile that is not already complete.
    static BulkPlan completeProfiles(const QString &webhookUrl, const QList<ProfileNode> &profiles,
                                     const CompletionChecklist::Parent &parent = {});
    static BulkPlan deleteProfiles(const QList<ProfileNode> &profiles);
    // `campaigns`: a profile node each, with the campaigns of it to delete.
    static BulkPlan deleteCampaigns(const QList<ProfileNode> &campaigns);
};

} // namespace cd
