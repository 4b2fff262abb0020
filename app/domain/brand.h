#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

struct BrandContact
{
    QString name;
    QString businessName;
    QString email;
    QString phone;            // E.164
    QString phoneCountryCode; // e.g. "1"
    QString role;

    bool operator==(const BrandContact &) const = default;
};

struct BrandBusiness
{
    QString legalName;
    QString entityType; // PRIVATE_PROFIT, … (kept as sent)
    QString taxId;
    QString taxIdType; // e.g. us_ein
    QString url;
    QString street;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    QString countryOfRegistration;

    bool operator==(const BrandBusiness &) const = default;
};

struct DestinationCountry
{
    QString id; // ISO country code
    bool isMain = false;
    bool operator==(const DestinationCountry &) const = default;
};

struct BrandCompliance
{
    QString brandRelationship; // TcrBrandRelationship
    QString vertical;          // TcrVertical
    QList<DestinationCountry> destinationCountries;
    QString expectedMessagingVolume; // baseline only
    std::optional<bool> isTcrApplication;
    QString notes;
    QString phoneNumberPrefix;
    QString primaryUseCase; // baseline only

    QString mainCountry() const;

    bool operator==(const BrandCompliance &) const = default;
};

// A profile's brand (KYC and TCR registration). Responses spell it in snake_case, requests in camelCase:
// decoding accepts either spelling of every field.
struct Brand
{
    QString id;
    std::optional<BrandContact> contact;
    std::optional<BrandBusiness> business;
    std::optional<BrandCompliance> compliance;
    QString status;         // ACTIVE | INACTIVE | SUSPENDED | unset | unknown word
    QString identityStatus; // SELF_DECLARED | UNVERIFIED | VERIFIED | VETTED_VERIFIED | …
    bool isInherited = false;
    bool submittedToTcr = false;
    QDateTime submittedAt;
    QString tcrBrandId;
    QString universalEin;
    QString cspId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isTcrApplication() const { return compliance && compliance->isTcrApplication.value_or(false); }

    static Brand fromJson(const QJsonObject &json);
    QJsonObject toJson() const;        // the response shape (snake_case)
    QJsonObject toRequestJson() const; // BrandsBrandData, the request shape (camelCase, request fields only)

    bool operator==(const Brand &) const = default;
};

} // namespace cd
