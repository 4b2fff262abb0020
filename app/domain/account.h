#pragma once

#include "status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// `settings` of /v3/me and of its profile summaries.
struct ProfileSettings
{
    std::optional<bool> inheritTcrBrand;
    std::optional<bool> inheritTcrCampaign;
    std::optional<bool> inheritContacts;
    std::optional<bool> inheritTemplates;
    std::optional<bool> allowContactSharing;
    std::optional<bool> allowTemplateSharing;
    QString billingModel;

    static ProfileSettings fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool operator==(const ProfileSettings &) const = default;
};

struct ChannelInfo
{
    bool configured = false;
    QString phoneNumber;
    QString businessName; // WhatsApp only

    bool operator==(const ChannelInfo &) const = default;
};

struct AccountProfileSummary
{
    QString id;
    QString name;
    QString icon;
    QString description;
    QString shortName;
    QString status;
    QDateTime createdAt;
    QString role; // the caller's role in that profile: admin | billing | developer
    std::optional<ProfileSettings> settings;

    bool operator==(const AccountProfileSummary &) const = default;
};

// Who an API key belongs to (GET /v3/me).
struct Account
{
    enum class Kind { Organization, User, Profile, Unknown };

    QString type; // raw word
    QString id;
    QString name;
    QString email;
    QString icon;
    QString description;
    QDateTime createdAt;
    QString organizationId; // profile keys only
    QString shortName;      // profile keys only
    QString status;         // profile keys only
    std::optional<ProfileSettings> settings;
    ChannelInfo sms;
    ChannelInfo whatsapp;
    ChannelInfo rcs;
    QList<AccountProfileSummary> profiles;
    QString sendingPhoneNumber;
    QString sendingPhoneNumberProfileId;

    Kind kind() const;
    QString kindLabel() const; // translated
    Status statusInfo() const { return profileStatus(status); }

    static Account fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool operator==(const Account &) const = default;
};

} // namespace cd
