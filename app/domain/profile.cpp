#include "profile.h"

#include "jsonfields.h"

using namespace Qt::Literals::StringLiterals;

namespace cd {

using json::nullable;

BillingContact BillingContact::fromJson(const QJsonObject &o)
{
    return {json::string(o, "name"_L1), json::string(o, "email"_L1), json::string(o, "phone"_L1),
            json::string(o, "address"_L1)};
}

QJsonObject BillingContact::toJson() const
{
    return {{u"name"_s, nullable(name)},
            {u"email"_s, nullable(email)},
            {u"phone"_s, nullable(phone)},
            {u"address"_s, nullable(address)}};
}

Profile Profile::fromJson(const QJsonObject &o)
{
    // The oldest generation kept the flags under `settings`; a flat field wins when both exist.
    QJsonObject flat = o;
    const QJsonObject settings = json::object(o, "settings"_L1);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        if (!flat.contains(it.key()) || flat.value(it.key()).isNull())
            flat.insert(it.key(), it.value());

    Profile p;
    p.id = json::id(flat, "id"_L1);
    p.organizationId = json::id(flat, "organization_id"_L1, "organizationId"_L1);
    p.name = json::string(flat, "name"_L1);
    p.shortName = json::string(flat, "short_name"_L1, "shortName"_L1);
    p.description = json::string(flat, "description"_L1);
    p.icon = json::string(flat, "icon"_L1);
    p.email = json::string(flat, "email"_L1);
    p.status = json::string(flat, "status"_L1);
    p.createdAt = json::timestamp(flat, "created_at"_L1, "createdAt"_L1);
    p.updatedAt = json::timestamp(flat, "updated_at"_L1, "updatedAt"_L1);
    p.billingModel = json::string(flat, "billing_model"_L1, "billingModel"_L1);
    if (const QJsonValue v = json::field(flat, "billing_contact"_L1, "billingContact"_L1); v.isObject())
        p.billingContact = BillingContact::fromJson(v.toObject());
    p.inheritTcrBrand = json::boolean(flat, "inherit_tcr_brand"_L1, "inheritTcrBrand"_L1);
    p.inheritTcrCampaign = json::boolean(flat, "inherit_tcr_campaign"_L1, "inheritTcrCampaign"_L1);
    p.inheritContacts = json::optionalBool(flat, "inherit_contacts"_L1);
    p.inheritTemplates = json::optionalBool(flat, "inherit_templates"_L1);
    p.allowContactSharing = json::optionalBool(flat, "allow_contact_sharing"_L1);
    p.allowTemplateSharing = json::optionalBool(flat, "allow_template_sharing"_L1);
    p.allowNumberChangeDuringOnboarding = json::optionalBool(flat, "allow_number_change_during_onboarding"_L1);
    p.sendingPhoneNumber = json::string(flat, "sending_phone_number"_L1);
    p.whatsappPhoneNumber = json::string(flat, "whatsapp_phone_number"_L1);
    p.sendingPhoneNumberProfileId = json::id(flat, "sending_phone_number_profile_id"_L1);
    p.sendingWhatsappNumberProfileId = json::id(flat, "sending_whatsapp_number_profile_id"_L1);
    p.wabaId = json::string(flat, "waba_id"_L1);
    if (const QJsonValue v = json::field(flat, "brand"_L1); v.isObject())
        p.brand = Brand::fromJson(v.toObject());
    return p;
}

QJsonObject Profile::toJson() const
{
    return {
        {u"id"_s, nullable(id)},
        {u"organization_id"_s, nullable(organizationId)},
        {u"name"_s, nullable(name)},
        {u"email"_s, nullable(email)},
        {u"icon"_s, nullable(icon)},
        {u"description"_s, nullable(description)},
        {u"short_name"_s, nullable(shortName)},
        {u"status"_s, nullable(status)},
        {u"created_at"_s, nullable(createdAt)},
        {u"updated_at"_s, nullable(updatedAt)},
        {u"allow_contact_sharing"_s, nullable(allowContactSharing)},
        {u"allow_template_sharing"_s, nullable(allowTemplateSharing)},
        {u"inherit_contacts"_s, nullable(inheritContacts)},
        {u"inherit_templates"_s, nullable(inheritTemplates)},
        {u"inherit_tcr_brand"_s, inheritTcrBrand},
        {u"inherit_tcr_campaign"_s, inheritTcrCampaign},
        {u"billing_model"_s, nullable(billingModel)},
        {u"billing_contact"_s, billingContact ? QJsonValue(billingContact->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"sending_phone_number_profile_id"_s, nullable(sendingPhoneNumberProfileId)},
        {u"sending_whatsapp_number_profile_id"_s, nullable(sendingWhatsappNumberProfileId)},
        {u"sending_phone_number"_s, nullable(sendingPhoneNumber)},
        {u"whatsapp_phone_number"_s, nullable(whatsappPhoneNumber)},
        {u"allow_number_change_during_onboarding"_s, nullable(allowNumberChangeDuringOnboarding)},
        {u"waba_id"_s, nullable(wabaId)},
        {u"brand"_s, brand ? QJsonValue(brand->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject ProfileChanges::toJson() const
{
    QJsonObject o;
    auto put = [&o](const QString &key, const std::optional<QString> &value) {
        if (value)
            o.insert(key, nullable(*value));
    };
    put(u"name"_s, name);
    put(u"short_name"_s, shortName);
    put(u"description"_s, description);
    put(u"icon"_s, icon);
    put(u"billing_model"_s, billingModel);
    if (billingContact)
        o.insert(u"billing_contact"_s, billingContact->toJson());
    if (inheritTcrBrand)
        o.insert(u"inherit_tcr_brand"_s, *inheritTcrBrand);
    if (inheritTcrCampaign)
        o.insert(u"inherit_tcr_campaign"_s, *inheritTcrCampaign);
    if (brand)
        o.insert(u"brand"_s, brand->toRequestJson());
    return o;
}

ProfileChanges ProfileChanges::fromJson(const QJsonObject &o)
{
    ProfileChanges c;
    auto get = [&o](QLatin1StringView key) -> std::optional<QString> {
        if (!o.contains(key))
            return std::nullopt;
        return json::string(o, key);
    };
    c.name = get("name"_L1);
    c.shortName = get("short_name"_L1);
    c.description = get("description"_L1);
    c.icon = get("icon"_L1);
    c.billingModel = get("billing_model"_L1);
    if (const QJsonValue v = json::field(o, "billing_contact"_L1); v.isObject())
        c.billingContact = BillingContact::fromJson(v.toObject());
    c.inheritTcrBrand = json::optionalBool(o, "inherit_tcr_brand"_L1);
    c.inheritTcrCampaign = json::optionalBool(o, "inherit_tcr_campaign"_L1);
    if (const QJsonValue v = json::field(o, "brand"_L1); v.isObject())
        c.brand = Brand::fromJson(v.toObject());
    return c;
}

CompletionResult CompletionResult::fromJson(int httpStatus, const QJsonObject &o)
{
    return {httpStatus, json::string(o, "message"_L1), json::string(o, "status"_L1)};
}

QJsonObject CompletionResult::toJson() const
{
    return {{u"http_status"_s, httpStatus}, {u"message"_s, nullable(message)}, {u"status"_s, nullable(status)}};
}

ProfileChanges ProfileChanges::unshownBy(const Profile &p) const
{
    ProfileChanges c = *this;
    auto same = [](const std::optional<QString> &value, const QString &current) {
        return value && value->isEmpty() == current.isEmpty() && (value->isEmpty() || *value == current);
    };
    if (same(c.name, p.name))
        c.name.reset();
    if (same(c.shortName, p.shortName))
        c.shortName.reset();
    if (same(c.description, p.description))
        c.description.reset();
    else if (c.description && c.description->isEmpty())
        c.description = QStringLiteral(""); // cleared: null would mean "keep" to sent.dm
    if (same(c.icon, p.icon))
        c.icon.reset();
    if (same(c.billingModel, p.billingModel))
        c.billingModel.reset();
    if (c.billingContact && p.billingContact && c.billingContact->toJson() == p.billingContact->toJson())
        c.billingContact.reset();
    if (c.inheritTcrBrand == p.inheritTcrBrand)
        c.inheritTcrBrand.reset();
    if (c.inheritTcrCampaign == p.inheritTcrCampaign)
        c.inheritTcrCampaign.reset();
    if (c.brand && p.brand && !p.brand->isInherited && c.brand->toRequestJson() == p.brand->toRequestJson())
        c.brand.reset();
    return c;
}

QJsonObject withoutSecrets(const QJsonObject &body)
{
    QJsonObject kept = body;
    for (const char *secret : {"payment_details", "whatsapp_business_account"})
        if (kept.contains(QLatin1String(secret)))
            kept.insert(QLatin1String(secret), QStringLiteral("(not recorded)"));
    return kept;
}

} // namespace cd
