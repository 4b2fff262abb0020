#pragma once

#include <QString>

namespace cd {

struct Brand;
struct Campaign;

// What a status word means to a compliance manager. The raw word is always kept beside it: the API's set of
// status words is open, and an unknown word is shown as the API sent it.
enum class StatusCategory {
    Draft,     // not yet submitted anywhere
    InReview,  // submitted, waiting for Sent, TCR or the carriers
    Approved,  // approved / active: nothing left to do
    Rejected,  // rejected, failed, suspended: needs attention
    Expired,   // was active, no longer is
    NotSynced, // a campaign sent.dm could not send to the registry (a sync error): nothing was rejected, the user acts
    Unknown,   // a word this version does not know
};

struct Status
{
    QString raw; // as the API sent it (empty when it sent none)
    StatusCategory category = StatusCategory::Unknown;

    QString label() const;       // translated category name
    QString displayText() const; // the label, or the raw word when the category is Unknown
    bool isSettled() const;      // nothing more will happen without the user
    bool operator==(const Status &other) const = default;
};

// The one place that maps the API's status words onto categories. Words compare case-insensitively.
Status profileStatus(const QString &raw);
Status campaignStatus(const Campaign &campaign);
Status brandStatus(const Brand &brand);

QString statusCategoryLabel(StatusCategory category);
// A label in the middle of a sentence ("8 in review", "campaigns that are in review"): its first letter lowered where
// the language writes it so (English) and the word is not an acronym — "TCR" stays, and German nouns keep their
// capital.
QString labelInSentence(const QString &label);
// Stable machine names (for --json output and the local database): draft, in_review, approved, …
QString statusCategoryKey(StatusCategory category);

} // namespace cd
