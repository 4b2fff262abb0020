#pragma once

#include "brand.h"
#include "status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cd {

struct BillingContact
{
    QString name;
    QString email;
    QString phone;
    QString address;

    static BillingContact fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const BillingContact &) const = default;
};

// A child sender profile (ProfileDetail), snake_case on the wire. The oldest shape nested the flags under
// `settings`; that is read too.
struct Profile
{
    QString id;
    QString organizationId;
    QString name;
    QString shortName;
    QString description;
    QString icon;
    QString email;
    QString status; // raw word; see statusInfo()
    QDateTime createdAt;
    QDateTime updatedAt;
    QString billingModel; // profile | organization | profile_and_organization
    std::optional<BillingContact> billingContact;
    bool inheritTcrBrand = false;
    bool inheritTcrCampaign = false;
    std::optional<bool> inheritContacts;
    std::optional<bool> inheritTemplates;
    std::optional<bool> allowContactSharing;
    std::optional<bool> allowTemplateSharing;
    std::optional<bool> allowNumberChangeDuringOnboarding;
    QString sendingPhoneNumber;
    QString whatsappPhoneNumber;
    QString sendingPhoneNumberProfileId;
    QString sendingWhatsappNumberProfileId;
    QString wabaId;
    std::optional<Brand> brand;

    Status statusInfo() const { return profileStatus(status); }
    // Whether the campaigns list can answer: a brand of its own or one inherited from the organization.
    bool hasBrand() const { return brand.has_value() || inheritTcrBrand; }

    static Profile fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // the response shape

    bool operator==(const Profile &) const = default;
};

// A create (POST) or partial update (PATCH) of a profile: only the fields that are set are sent. A set field
// holding a null QString is sent as JSON null (clears it).
struct ProfileChanges
{
    std::optional<QString> name;
    std::optional<QString> shortName;
    std::optional<QString> description;
    std::optional<QString> icon;
    std::optional<QString> billingModel;
    std::optional<BillingContact> billingContact;
    std::optional<bool> inheritTcrBrand;
    std::optional<bool> inheritTcrCampaign;
    std::optional<Brand> brand;

    QJsonObject toJson() const;
    static ProfileChanges fromJson(const QJsonObject &json);

    // The changes `profile` does not show yet: a field already at its value is left out (the brand as a whole, as
    // sent.dm replaces it from what is sent). Empty (toJson()) when the profile shows every change: what the editor
    // sends, and how an update whose answer was lost is told made or not.
    ProfileChanges unshownBy(const Profile &profile) const;
};

// A request body as a local file may keep it (the history, the change journal): the secrets a request may carry
// replaced by "(not recorded)" — card details go to the payment processor, a WhatsApp access token to Meta.
QJsonObject withoutSecrets(const QJsonObject &body);

// The answer of POST /v3/profiles/{id}/complete.
struct CompletionResult
{
    int httpStatus = 0; // 202 (or 204, no body, as the live API answers) started; 200 already complete or in progress
    QString message;
    QString status; // completed | submitted | in_progress | … (empty on 202)

    bool started() const { return httpStatus == 202 || httpStatus == 204; }
    static CompletionResult fromJson(int httpStatus, const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace cd
