#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's own picture of an organization, written from ../shared/sent-api.md. It shares nothing with the
// client's domain types on purpose: a misreading on one side of the wire must not hide on the other.
// A null QString stands for JSON null; an empty one for "".
namespace cd::sandbox {

struct UseCase
{
    QString id;
    QString messagingUseCaseUs;
    QStringList sampleMessages;
};

struct Campaign
{
    QString id;
    QString customerId; // owner: a profile id, or the organization id for campaigns profiles inherit
    QString brandId;
    QString name;
    QString description;
    QString type;
    QList<UseCase> useCases;
    QString messageFlow;
    QString privacyPolicyLink;
    QString termsAndConditionsLink;
    QString optinMessage;
    QString optoutMessage;
    QString helpMessage;
    QString optinKeywords;
    QString optoutKeywords;
    QString helpKeywords;
    QString volume;
    QString status; // SENT_CREATED | ACTIVE | EXPIRED | null
    bool submittedToTcr = false;
    QDateTime submittedAt;
    QString tcrCampaignId;
    QString tcrSyncError;
    std::optional<bool> dcaElectionsComplete;
    QDateTime dcaElectionsCompletedAt;
    QDateTime billedDate;
    std::optional<double> cost;
    bool hasSubmissionTransaction = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Brand
{
    QString id;
    QString contactName;
    QString contactBusinessName;
    QString contactEmail;
    QString contactPhone;
    QString contactPhoneCountryCode;
    QString contactRole;
    bool hasBusiness = false;
    QString legalName;
    QString entityType;
    QString taxId;
    QString taxIdType;
    QString url;
    QString street;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    QString countryOfRegistration;
    QString brandRelationship;
    QString vertical;
    QList<QPair<QString, bool>> destinationCountries; // id, isMain
    QString expectedMessagingVolume;
    bool isTcrApplication = false;
    QString notes;
    QString phoneNumberPrefix;
    QString primaryUseCase;
    QString status;         // ACTIVE | INACTIVE | SUSPENDED | null
    QString identityStatus; // SELF_DECLARED | UNVERIFIED | VERIFIED | VETTED_VERIFIED | null
    bool submittedToTcr = false;
    QDateTime submittedAt;
    QString tcrBrandId;
    QString universalEin;
    QString cspId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasMainDestination() const;
};

struct BillingContact
{
    QString name;
    QString email;
    QString phone;
    QString address;
};

struct Profile
{
    QString id;
    QString name;
    QString shortName;
    QString description;
    QString icon;
    QString email;
    QString status; // incomplete | pending_review | submitted | approved | rejected | …
    QDateTime createdAt;
    QDateTime updatedAt;
    QString billingModel = QStringLiteral("profile");
    std::optional<BillingContact> billingContact;
    bool inheritTcrBrand = true;
    bool inheritTcrCampaign = true;
    bool inheritContacts = true;
    bool inheritTemplates = true;
    bool allowContactSharing = false;
    bool allowTemplateSharing = false;
    std::optional<bool> allowNumberChangeDuringOnboarding;
    QString sendingPhoneNumber;
    QString whatsappPhoneNumber;
    QString sendingPhoneNumberProfileId;
    QString sendingWhatsappNumberProfileId;
    QString wabaId;
    std::optional<Brand> ownBrand; // kept while inheriting, so switching back restores it
    QList<Campaign> campaigns;     // the profile's own campaigns
    bool deleted = false;
    bool completionRunning = false; // background completion in progress
};

struct Organization
{
    QString id;
    QString name;
    QString email;
    QString icon;
    QString description;
    QDateTime createdAt;
    QString wabaId;
    QString sendingPhoneNumber;
    QString whatsappPhoneNumber;
    std::optional<Brand> brand;
    QList<Campaign> campaigns; // what profiles with inherit_tcr_campaign see
};

struct ApiKey
{
    QString key;
    QString customerId; // the organization's id or a profile's id
    bool organizationKey = false;
    QString role = QStringLiteral("admin"); // admin | billing | developer
};

} // namespace cd::sandbox
