#include "status.h"

#include <QLocale>

#include "brand.h"
#include "campaign.h"

#include <QCoreApplication>

namespace cd {

namespace {

bool is(const QString &raw, QLatin1StringView word)
{
    return raw.compare(word, Qt::CaseInsensitive) == 0;
}

bool isAnyOf(const QString &raw, std::initializer_list<QLatin1StringView> words)
{
    for (const QLatin1StringView word : words)
        if (is(raw, word))
            return true;
    return false;
}

} // namespace

QString Status::label() const
{
    return statusCategoryLabel(category);
}

QString Status::displayText() const
{
    if (category == StatusCategory::Unknown && !raw.isEmpty())
        return raw;
    return label();
}

bool Status::isSettled() const
{
    return category != StatusCategory::InReview;
}

Status profileStatus(const QString &raw)
{
    using namespace Qt::Literals::StringLiterals;
    Status status{raw, StatusCategory::Unknown};
    if (isAnyOf(raw, {"incomplete"_L1, "draft"_L1}))
        status.category = StatusCategory::Draft;
    else if (isAnyOf(raw, {"pending_review"_L1, "submitted"_L1, "processing"_L1, "in_progress"_L1, "pending"_L1}))
        status.category = StatusCategory::InReview;
    else if (isAnyOf(raw, {"approved"_L1, "completed"_L1, "active"_L1, "onboarded"_L1}))
        status.category = StatusCategory::Approved;
    else if (isAnyOf(raw, {"rejected"_L1, "failed"_L1, "suspended"_L1}))
        status.category = StatusCategory::Rejected;
    else if (is(raw, "expired"_L1))
        status.category = StatusCategory::Expired;
    return status;
}

Status campaignStatus(const Campaign &campaign)
{
    using namespace Qt::Literals::StringLiterals;
    Status status{campaign.status, StatusCategory::Unknown};
    if (!campaign.tcrSyncError.isEmpty())
        status.category = StatusCategory::NotSynced; // did not reach the registry: nobody rejected it, the user acts
    else if (is(campaign.status, "EXPIRED"_L1))
        status.category = StatusCategory::Expired;
    else if (is(campaign.status, "ACTIVE"_L1))
        status.category = StatusCategory::Approved;
    else if (isAnyOf(campaign.status, {"SENT_CREATED"_L1, "PENDING"_L1}))
        status.category = StatusCategory::InReview;
    else if (isAnyOf(campaign.status, {"REJECTED"_L1, "FAILED"_L1, "SUSPENDED"_L1, "DECLINED"_L1}))
        status.category = StatusCategory::Rejected;
    else if (campaign.status.isEmpty())
        status.category = campaign.submittedToTcr ? StatusCategory::InReview : StatusCategory::Draft;
    return status;
}

Status brandStatus(const Brand &brand)
{
    using namespace Qt::Literals::StringLiterals;
    // The brand's lifecycle is carried by two words: `status` (ACTIVE / INACTIVE / SUSPENDED) once TCR knows it,
    // and `identity_status`, the vetting outcome. The raw text shows both when both are present.
    QString raw = brand.status;
    if (!brand.identityStatus.isEmpty())
        raw = raw.isEmpty() ? brand.identityStatus : raw + QLatin1String(" / ") + brand.identityStatus;
    Status status{raw, StatusCategory::Unknown};
    if (isAnyOf(brand.status, {"SUSPENDED"_L1}) || isAnyOf(brand.identityStatus, {"UNVERIFIED"_L1}))
        status.category = StatusCategory::Rejected;
    else if (is(brand.status, "INACTIVE"_L1))
        status.category = StatusCategory::Expired;
    else if (is(brand.status, "ACTIVE"_L1)
             || isAnyOf(brand.identityStatus, {"VERIFIED"_L1, "VETTED_VERIFIED"_L1, "SELF_DECLARED"_L1}))
        status.category = StatusCategory::Approved;
    else if (brand.status.isEmpty() && brand.identityStatus.isEmpty())
        status.category = brand.submittedToTcr ? StatusCategory::InReview : StatusCategory::Draft;
    return status;
}

QString statusCategoryLabel(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Draft:
        return QCoreApplication::translate("cd::Status", "Draft");
    case StatusCategory::InReview:
        return QCoreApplication::translate("cd::Status", "In review");
    case StatusCategory::Approved:
        return QCoreApplication::translate("cd::Status", "Approved");
    case StatusCategory::Rejected:
        return QCoreApplication::translate("cd::Status", "Rejected");
    case StatusCategory::Expired:
        return QCoreApplication::translate("cd::Status", "Expired");
    case StatusCategory::NotSynced:
        return QCoreApplication::translate("cd::Status", "Not sent to TCR");
    case StatusCategory::Unknown:
        break;
    }
    return QCoreApplication::translate("cd::Status", "Unknown");
}

QString labelInSentence(const QString &label)
{
    const QLocale::Language language = QLocale().language();
    if (label.size() < 2 || (language != QLocale::English && language != QLocale::C) || label.at(1).isUpper())
        return label;
    return label.at(0).toLower() + label.mid(1);
}

QString statusCategoryKey(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Draft:
        return QStringLiteral("draft");
    case StatusCategory::InReview:
        return QStringLiteral("in_review");
    case StatusCategory::Approved:
        return QStringLiteral("approved");
    case StatusCategory::Rejected:
        return QStringLiteral("rejected");
    case StatusCategory::Expired:
        return QStringLiteral("expired");
    case StatusCategory::NotSynced:
        return QStringLiteral("not_synced");
    case StatusCategory::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace cd
