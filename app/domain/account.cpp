#include "account.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cd {

using json::nullable;

ProfileSettings ProfileSettings::fromJson(const QJsonObject &o)
{
    ProfileSettings s;
    s.inheritTcrBrand = json::optionalBool(o, "inherit_tcr_brand"_L1);
    s.inheritTcrCampaign = json::optionalBool(o, "inherit_tcr_campaign"_L1);
    s.inheritContacts = json::optionalBool(o, "inherit_contacts"_L1);
    s.inheritTemplates = json::optionalBool(o, "inherit_templates"_L1);
    s.allowContactSharing = json::optionalBool(o, "allow_contact_sharing"_L1);
    s.allowTemplateSharing = json::optionalBool(o, "allow_template_sharing"_L1);
    s.billingModel = json::string(o, "billing_model"_L1);
    return s;
}

QJsonObject ProfileSettings::toJson() const
{
    return {
        {u"inherit_tcr_brand"_s, nullable(inheritTcrBrand)},
        {u"inherit_tcr_campaign"_s, nullable(inheritTcrCampaign)},
        {u"inherit_contacts"_s, nullable(inheritContacts)},
        {u"inherit_templates"_s, nullable(inheritTemplates)},
        {u"allow_contact_sharing"_s, nullable(allowContactSharing)},
        {u"allow_template_sharing"_s, nullable(allowTemplateSharing)},
        {u"billing_model"_s, nullable(billingModel)},
    };
}

namespace {

ChannelInfo channelFromJson(const QJsonObject &o)
{
    return {json::boolean(o, "configured"_L1), json::string(o, "phone_number"_L1), json::string(o, "business_name"_L1)};
}

QJsonObject channelToJson(const ChannelInfo &c, bool withBusinessName)
{
    QJsonObject o{{u"configured"_s, c.configured}, {u"phone_number"_s, nullable(c.phoneNumber)}};
    if (withBusinessName)
        o.insert(u"business_name"_s, nullable(c.businessName));
    return o;
}

std::optional<ProfileSettings> settingsFromJson(const QJsonObject &o)
{
    const QJsonValue v = json::field(o, "settings"_L1);
    if (!v.isObject())
        return std::nullopt;
    return ProfileSettings::fromJson(v.toObject());
}

} // namespace

Account::Kind Account::kind() const
{
    if (type.compare(QLatin1String("organization"), Qt::CaseInsensitive) == 0)
        return Kind::Organization;
    if (type.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
        return Kind::User;
    if (type.compare(QLatin1String("profile"), Qt::CaseInsensitive) == 0)
        return Kind::Profile;
    return Kind::Unknown;
}

QString Account::kindLabel() const
{
    switch (kind()) {
    case Kind::Organization:
        return QCoreApplication::translate("cd::Account", "Organization");
    case Kind::User:
        return QCoreApplication::translate("cd::Account", "Account");
    case Kind::Profile:
        return QCoreApplication::translate("cd::Account", "Sender profile");
    case Kind::Unknown:
        break;
    }
    return type;
}

Account Account::fromJson(const QJsonObject &o)
{
    Account a;
    a.type = json::string(o, "type"_L1);
    a.id = json::id(o, "id"_L1);
    a.name = json::string(o, "name"_L1);
    a.email = json::string(o, "email"_L1);
    a.icon = json::string(o, "icon"_L1);
    a.description = json::string(o, "description"_L1);
    a.createdAt = json::timestamp(o, "created_at"_L1);
    a.organizationId = json::id(o, "organization_id"_L1);
    a.shortName = json::string(o, "short_name"_L1);
    a.status = json::string(o, "status"_L1);
    a.settings = settingsFromJson(o);
    const QJsonObject channels = json::object(o, "channels"_L1);
    a.sms = channelFromJson(json::object(channels, "sms"_L1));
    a.whatsapp = channelFromJson(json::object(channels, "whatsapp"_L1));
    a.rcs = channelFromJson(json::object(channels, "rcs"_L1));
    const QJsonArray profiles = json::array(o, "profiles"_L1);
    for (const QJsonValue &value : profiles) {
        const QJsonObject p = value.toObject();
        a.profiles.append({json::id(p, "id"_L1), json::string(p, "name"_L1), json::string(p, "icon"_L1),
                           json::string(p, "description"_L1), json::string(p, "short_name"_L1),
                           json::string(p, "status"_L1), json::timestamp(p, "created_at"_L1),
                           json::string(p, "role"_L1), settingsFromJson(p)});
    }
    a.sendingPhoneNumber = json::string(o, "sending_phone_number"_L1);
    if (a.sendingPhoneNumber.isNull())
        a.sendingPhoneNumber = a.sms.phoneNumber;
    a.sendingPhoneNumberProfileId = json::id(o, "sending_phone_number_profile_id"_L1);
    return a;
}

QJsonObject Account::toJson() const
{
    QJsonArray summaries;
    for (const AccountProfileSummary &p : profiles)
        summaries.append(QJsonObject{
            {u"id"_s, nullable(p.id)},
            {u"name"_s, nullable(p.name)},
            {u"icon"_s, nullable(p.icon)},
            {u"description"_s, nullable(p.description)},
            {u"short_name"_s, nullable(p.shortName)},
            {u"status"_s, nullable(p.status)},
            {u"created_at"_s, nullable(p.createdAt)},
            {u"role"_s, nullable(p.role)},
            {u"settings"_s, p.settings ? QJsonValue(p.settings->toJson()) : QJsonValue(QJsonValue::Null)},
        });
    return {
        {u"type"_s, nullable(type)},
        {u"id"_s, nullable(id)},
        {u"name"_s, nullable(name)},
        {u"email"_s, nullable(email)},
        {u"icon"_s, nullable(icon)},
        {u"description"_s, nullable(description)},
        {u"created_at"_s, nullable(createdAt)},
        {u"organization_id"_s, nullable(organizationId)},
        {u"short_name"_s, nullable(shortName)},
        {u"status"_s, nullable(status)},
        {u"settings"_s, settings ? QJsonValue(settings->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"channels"_s,
         QJsonObject{{u"sms"_s, channelToJson(sms, false)},
                     {u"whatsapp"_s, channelToJson(whatsapp, true)},
                     {u"rcs"_s, channelToJson(rcs, false)}}},
        {u"profiles"_s, summaries},
        {u"sending_phone_number"_s, nullable(sendingPhoneNumber)},
        {u"sending_phone_number_profile_id"_s, nullable(sendingPhoneNumberProfileId)},
    };
}

} // namespace cd
