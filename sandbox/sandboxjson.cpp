#include "sandboxjson.h"

#include <QJsonArray>

namespace cd::sandbox::json {

QString timestamp(const QDateTime &when)
{
    // .NET style: seven fractional digits and an explicit offset, as the real API sends. The sub-millisecond
    // digits stay below 5000 so that a reader rounding to milliseconds gets the same instant back.
    const QDateTime utc = when.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1+00:00")
              .arg(static_cast<int>((utc.toMSecsSinceEpoch() * 7919) % 5000), 4, 10, QLatin1Char('0'));
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nullable(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(timestamp(value)) : QJsonValue(QJsonValue::Null);
}

QString string(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

static QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

static std::optional<bool> optionalBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

QJsonObject campaign(const Campaign &c)
{
    QJsonArray useCases;
    for (const auto &uc : c.useCases) {
        useCases.append(QJsonObject{
            {QStringLiteral("campaignId"), c.id},
            {QStringLiteral("customerId"), kNullGuid},
            {QStringLiteral("messagingUseCaseUs"), uc.messagingUseCaseUs},
            {QStringLiteral("sampleMessages"), QJsonArray::fromStringList(uc.sampleMessages)},
            {QStringLiteral("id"), uc.id},
            {QStringLiteral("createdAt"), kUnsetDate},
            {QStringLiteral("updatedAt"), QJsonValue::Null},
        });
    }
    return QJsonObject{
        {QStringLiteral("useCases"), useCases},
        {QStringLiteral("tcrSyncError"), nullable(c.tcrSyncError)},
        {QStringLiteral("kycSubmissionFormId"), QJsonValue::Null},
        {QStringLiteral("type"), c.type},
        {QStringLiteral("customerId"), c.customerId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("submittedToTCR"), c.submittedToTcr},
        {QStringLiteral("submittedAt"), nullable(c.submittedAt)},
        {QStringLiteral("billedDate"), nullable(c.billedDate)},
        {QStringLiteral("cost"), c.cost ? QJsonValue(*c.cost) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hasSubmissionTransaction"), c.hasSubmissionTransaction},
        {QStringLiteral("telnyxCampaignId"), QJsonValue::Null},
        {QStringLiteral("tcrCampaignId"), nullable(c.tcrCampaignId)},
        {QStringLiteral("cspId"), QJsonValue::Null},
        {QStringLiteral("status"), nullable(c.status)},
        {QStringLiteral("brandId"), nullable(c.brandId)},
        {QStringLiteral("resellerId"), QJsonValue::Null},
        {QStringLiteral("volume"), nullable(c.volume)},
        {QStringLiteral("dcaElectionsComplete"), optionalBool(c.dcaElectionsComplete)},
        {QStringLiteral("dcaElectionsCompletedAt"), nullable(c.dcaElectionsCompletedAt)},
        {QStringLiteral("messageFlow"), nullable(c.messageFlow)},
        {QStringLiteral("privacyPolicyLink"), nullable(c.privacyPolicyLink)},
        {QStringLiteral("termsAndConditionsLink"), nullable(c.termsAndConditionsLink)},
        {QStringLiteral("optinMessage"), nullable(c.optinMessage)},
        {QStringLiteral("optoutMessage"), nullable(c.optoutMessage)},
        {QStringLiteral("helpMessage"), nullable(c.helpMessage)},
        {QStringLiteral("optinKeywords"), nullable(c.optinKeywords)},
        {QStringLiteral("optoutKeywords"), nullable(c.optoutKeywords)},
        {QStringLiteral("helpKeywords"), nullable(c.helpKeywords)},
        {QStringLiteral("upstreamCnpId"), QJsonValue::Null},
        {QStringLiteral("sharingStatus"), QJsonValue::Null},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("createdAt"), timestamp(c.createdAt)},
        {QStringLiteral("updatedAt"), nullable(c.updatedAt)},
    };
}

Campaign campaignFromStorage(const QJsonObject &o)
{
    Campaign c;
    c.id = string(o.value(QLatin1String("id")));
    c.customerId = string(o.value(QLatin1String("customerId")));
    c.brandId = string(o.value(QLatin1String("brandId")));
    c.name = string(o.value(QLatin1String("name")));
    c.description = string(o.value(QLatin1String("description")));
    c.type = string(o.value(QLatin1String("type")));
    const auto useCases = o.value(QLatin1String("useCases")).toArray();
    for (const auto &value : useCases) {
        const auto u = value.toObject();
        UseCase uc;
        uc.id = string(u.value(QLatin1String("id")));
        uc.messagingUseCaseUs = string(u.value(QLatin1String("messagingUseCaseUs")));
        const auto samples = u.value(QLatin1String("sampleMessages")).toArray();
        for (const auto &s : samples)
            uc.sampleMessages.append(s.toString());
        c.useCases.append(uc);
    }
    c.messageFlow = string(o.value(QLatin1String("messageFlow")));
    c.privacyPolicyLink = string(o.value(QLatin1String("privacyPolicyLink")));
    c.termsAndConditionsLink = string(o.value(QLatin1String("termsAndConditionsLink")));
    c.optinMessage = string(o.value(QLatin1String("optinMessage")));
    c.optoutMessage = string(o.value(QLatin1String("optoutMessage")));
    c.helpMessage = string(o.value(QLatin1String("helpMessage")));
    c.optinKeywords = string(o.value(QLatin1String("optinKeywords")));
    c.optoutKeywords = string(o.value(QLatin1String("optoutKeywords")));
    c.helpKeywords = string(o.value(QLatin1String("helpKeywords")));
    c.volume = string(o.value(QLatin1String("volume")));
    c.status = string(o.value(QLatin1String("status")));
    c.submittedToTcr = o.value(QLatin1String("submittedToTCR")).toBool();
    c.submittedAt = parseTimestamp(o.value(QLatin1String("submittedAt")));
    c.tcrCampaignId = string(o.value(QLatin1String("tcrCampaignId")));
    c.tcrSyncError = string(o.value(QLatin1String("tcrSyncError")));
    c.dcaElectionsComplete = optionalBool(o.value(QLatin1String("dcaElectionsComplete")));
    c.dcaElectionsCompletedAt = parseTimestamp(o.value(QLatin1String("dcaElectionsCompletedAt")));
    c.billedDate = parseTimestamp(o.value(QLatin1String("billedDate")));
    if (o.value(QLatin1String("cost")).isDouble())
        c.cost = o.value(QLatin1String("cost")).toDouble();
    c.hasSubmissionTransaction = o.value(QLatin1String("hasSubmissionTransaction")).toBool();
    c.createdAt = parseTimestamp(o.value(QLatin1String("createdAt")));
    c.updatedAt = parseTimestamp(o.value(QLatin1String("updatedAt")));
    return c;
}

QJsonObject brand(const Brand &b, bool inherited)
{
    QJsonArray countries;
    for (const auto &[id, isMain] : b.destinationCountries)
        countries.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("isMain"), isMain}});
    QJsonValue business = QJsonValue::Null;
    if (b.hasBusiness) {
        business = QJsonObject{
            {QStringLiteral("legal_name"), nullable(b.legalName)},
            {QStringLiteral("entity_type"), nullable(b.entityType)},
            {QStringLiteral("tax_id"), nullable(b.taxId)},
            {QStringLiteral("tax_id_type"), nullable(b.taxIdType)},
            {QStringLiteral("url"), nullable(b.url)},
            {QStringLiteral("street"), nullable(b.street)},
            {QStringLiteral("city"), nullable(b.city)},
            {QStringLiteral("state"), nullable(b.state)},
            {QStringLiteral("postal_code"), nullable(b.postalCode)},
            {QStringLiteral("country"), nullable(b.country)},
            {QStringLiteral("country_of_registration"), nullable(b.countryOfRegistration)},
        };
    }
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("contact"),
         QJsonObject{
             {QStringLiteral("name"), b.contactName},
             {QStringLiteral("business_name"), nullable(b.contactBusinessName)},
             {QStringLiteral("email"), nullable(b.contactEmail)},
             {QStringLiteral("phone"), nullable(b.contactPhone)},
             {QStringLiteral("phone_country_code"), nullable(b.contactPhoneCountryCode)},
             {QStringLiteral("role"), nullable(b.contactRole)},
         }},
        {QStringLiteral("business"), business},
        {QStringLiteral("compliance"),
         QJsonObject{
             {QStringLiteral("brand_relationship"), nullable(b.brandRelationship)},
             {QStringLiteral("vertical"), nullable(b.vertical)},
             {QStringLiteral("destination_countries"), countries},
             {QStringLiteral("expected_messaging_volume"), nullable(b.expectedMessagingVolume)},
             {QStringLiteral("is_tcr_application"), b.isTcrApplication},
             {QStringLiteral("notes"), nullable(b.notes)},
             {QStringLiteral("phone_number_prefix"), nullable(b.phoneNumberPrefix)},
             {QStringLiteral("primary_use_case"), nullable(b.primaryUseCase)},
         }},
        {QStringLiteral("status"), nullable(b.status)},
        {QStringLiteral("identity_status"), nullable(b.identityStatus)},
        {QStringLiteral("is_inherited"), inherited},
        {QStringLiteral("submitted_to_tcr"), b.submittedToTcr},
        {QStringLiteral("submitted_at"), nullable(b.submittedAt)},
        {QStringLiteral("tcr_brand_id"), nullable(b.tcrBrandId)},
        {QStringLiteral("universal_ein"), nullable(b.universalEin)},
        {QStringLiteral("csp_id"), nullable(b.cspId)},
        {QStringLiteral("created_at"), timestamp(b.createdAt)},
        {QStringLiteral("updated_at"), nullable(b.updatedAt)},
    };
}

Brand brandFromStorage(const QJsonObject &o)
{
    Brand b;
    b.id = string(o.value(QLatin1String("id")));
    const auto contact = o.value(QLatin1String("contact")).toObject();
    b.contactName = string(contact.value(QLatin1String("name")));
    b.contactBusinessName = string(contact.value(QLatin1String("business_name")));
    b.contactEmail = string(contact.value(QLatin1String("email")));
    b.contactPhone = string(contact.value(QLatin1String("phone")));
    b.contactPhoneCountryCode = string(contact.value(QLatin1String("phone_country_code")));
    b.contactRole = string(contact.value(QLatin1String("role")));
    const auto business = o.value(QLatin1String("business"));
    b.hasBusiness = business.isObject();
    const auto bo = business.toObject();
    b.legalName = string(bo.value(QLatin1String("legal_name")));
    b.entityType = string(bo.value(QLatin1String("entity_type")));
    b.taxId = string(bo.value(QLatin1String("tax_id")));
    b.taxIdType = string(bo.value(QLatin1String("tax_id_type")));
    b.url = string(bo.value(QLatin1String("url")));
    b.street = string(bo.value(QLatin1String("street")));
    b.city = string(bo.value(QLatin1String("city")));
    b.state = string(bo.value(QLatin1String("state")));
    b.postalCode = string(bo.value(QLatin1String("postal_code")));
    b.country = string(bo.value(QLatin1String("country")));
    b.countryOfRegistration = string(bo.value(QLatin1String("country_of_registration")));
    const auto compliance = o.value(QLatin1String("compliance")).toObject();
    b.brandRelationship = string(compliance.value(QLatin1String("brand_relationship")));
    b.vertical = string(compliance.value(QLatin1String("vertical")));
    const auto countries = compliance.value(QLatin1String("destination_countries")).toArray();
    for (const auto &value : countries) {
        const auto country = value.toObject();
        b.destinationCountries.append(
            {string(country.value(QLatin1String("id"))), country.value(QLatin1String("isMain")).toBool()});
    }
    b.expectedMessagingVolume = string(compliance.value(QLatin1String("expected_messaging_volume")));
    b.isTcrApplication = compliance.value(QLatin1String("is_tcr_application")).toBool();
    b.notes = string(compliance.value(QLatin1String("notes")));
    b.phoneNumberPrefix = string(compliance.value(QLatin1String("phone_number_prefix")));
    b.primaryUseCase = string(compliance.value(QLatin1String("primary_use_case")));
    b.status = string(o.value(QLatin1String("status")));
    b.identityStatus = string(o.value(QLatin1String("identity_status")));
    b.submittedToTcr = o.value(QLatin1String("submitted_to_tcr")).toBool();
    b.submittedAt = parseTimestamp(o.value(QLatin1String("submitted_at")));
    b.tcrBrandId = string(o.value(QLatin1String("tcr_brand_id")));
    b.universalEin = string(o.value(QLatin1String("universal_ein")));
    b.cspId = string(o.value(QLatin1String("csp_id")));
    b.createdAt = parseTimestamp(o.value(QLatin1String("created_at")));
    b.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    return b;
}

QJsonObject billingContact(const std::optional<BillingContact> &contact)
{
    if (!contact)
        return {};
    return QJsonObject{
        {QStringLiteral("name"), nullable(contact->name)},
        {QStringLiteral("email"), nullable(contact->email)},
        {QStringLiteral("phone"), nullable(contact->phone)},
        {QStringLiteral("address"), nullable(contact->address)},
    };
}

QJsonObject profile(const Profile &p, const Organization &org)
{
    QJsonValue brandValue = QJsonValue::Null;
    if (p.inheritTcrBrand) {
        if (org.brand)
            brandValue = brand(*org.brand, true);
    } else if (p.ownBrand) {
        brandValue = brand(*p.ownBrand, false);
    }
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("organization_id"), org.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("email"), nullable(org.email)},
        {QStringLiteral("icon"), nullable(p.icon)},
        {QStringLiteral("description"), nullable(p.description)},
        {QStringLiteral("short_name"), nullable(p.shortName)},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("created_at"), timestamp(p.createdAt)},
        {QStringLiteral("updated_at"), nullable(p.updatedAt)},
        {QStringLiteral("allow_contact_sharing"), p.allowContactSharing},
        {QStringLiteral("allow_template_sharing"), p.allowTemplateSharing},
        {QStringLiteral("inherit_contacts"), p.inheritContacts},
        {QStringLiteral("inherit_templates"), p.inheritTemplates},
        {QStringLiteral("inherit_tcr_brand"), p.inheritTcrBrand},
        {QStringLiteral("inherit_tcr_campaign"), p.inheritTcrCampaign},
        {QStringLiteral("billing_model"), p.billingModel},
        {QStringLiteral("sending_phone_number_profile_id"), nullable(p.sendingPhoneNumberProfileId)},
        {QStringLiteral("sending_whatsapp_number_profile_id"), nullable(p.sendingWhatsappNumberProfileId)},
        {QStringLiteral("sending_phone_number"), nullable(p.sendingPhoneNumber)},
        {QStringLiteral("whatsapp_phone_number"), nullable(p.whatsappPhoneNumber)},
        {QStringLiteral("allow_number_change_during_onboarding"), optionalBool(p.allowNumberChangeDuringOnboarding)},
        {QStringLiteral("waba_id"), nullable(p.wabaId)},
        {QStringLiteral("billing_contact"),
         p.billingContact ? QJsonValue(billingContact(p.billingContact)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("brand"), brandValue},
    };
}

QJsonObject profileToStorage(const Profile &p)
{
    Organization none;
    QJsonObject o = profile(p, none);
    o.insert(QStringLiteral("own_brand"), p.ownBrand ? QJsonValue(brand(*p.ownBrand, false)) : QJsonValue());
    QJsonArray campaigns;
    for (const auto &c : p.campaigns)
        campaigns.append(campaign(c));
    o.insert(QStringLiteral("campaigns"), campaigns);
    o.insert(QStringLiteral("deleted"), p.deleted);
    o.insert(QStringLiteral("completion_running"), p.completionRunning);
    return o;
}

Profile profileFromStorage(const QJsonObject &o)
{
    Profile p;
    p.id = string(o.value(QLatin1String("id")));
    p.name = string(o.value(QLatin1String("name")));
    p.shortName = string(o.value(QLatin1String("short_name")));
    p.description = string(o.value(QLatin1String("description")));
    p.icon = string(o.value(QLatin1String("icon")));
    p.status = string(o.value(QLatin1String("status")));
    p.createdAt = parseTimestamp(o.value(QLatin1String("created_at")));
    p.updatedAt = parseTimestamp(o.value(QLatin1String("updated_at")));
    p.billingModel = string(o.value(QLatin1String("billing_model")));
    if (o.value(QLatin1String("billing_contact")).isObject()) {
        const auto bc = o.value(QLatin1String("billing_contact")).toObject();
        p.billingContact =
            BillingContact{string(bc.value(QLatin1String("name"))), string(bc.value(QLatin1String("email"))),
                           string(bc.value(QLatin1String("phone"))), string(bc.value(QLatin1String("address")))};
    }
    p.inheritTcrBrand = o.value(QLatin1String("inherit_tcr_brand")).toBool();
    p.inheritTcrCampaign = o.value(QLatin1String("inherit_tcr_campaign")).toBool();
    p.inheritContacts = o.value(QLatin1String("inherit_contacts")).toBool();
    p.inheritTemplates = o.value(QLatin1String("inherit_templates")).toBool();
    p.allowContactSharing = o.value(QLatin1String("allow_contact_sharing")).toBool();
    p.allowTemplateSharing = o.value(QLatin1String("allow_template_sharing")).toBool();
    p.allowNumberChangeDuringOnboarding = optionalBool(o.value(QLatin1String("allow_number_change_during_onboarding")));
    p.sendingPhoneNumber = string(o.value(QLatin1String("sending_phone_number")));
    p.whatsappPhoneNumber = string(o.value(QLatin1String("whatsapp_phone_number")));
    p.sendingPhoneNumberProfileId = string(o.value(QLatin1String("sending_phone_number_profile_id")));
    p.sendingWhatsappNumberProfileId = string(o.value(QLatin1String("sending_whatsapp_number_profile_id")));
    p.wabaId = string(o.value(QLatin1String("waba_id")));
    if (o.value(QLatin1String("own_brand")).isObject())
        p.ownBrand = brandFromStorage(o.value(QLatin1String("own_brand")).toObject());
    const auto campaigns = o.value(QLatin1String("campaigns")).toArray();
    for (const auto &value : campaigns)
        p.campaigns.append(campaignFromStorage(value.toObject()));
    p.deleted = o.value(QLatin1String("deleted")).toBool();
    p.completionRunning = o.value(QLatin1String("completion_running")).toBool();
    return p;
}

QJsonObject organizationToStorage(const Organization &org)
{
    QJsonArray campaigns;
    for (const auto &c : org.campaigns)
        campaigns.append(campaign(c));
    return QJsonObject{
        {QStringLiteral("id"), org.id},
        {QStringLiteral("name"), org.name},
        {QStringLiteral("email"), nullable(org.email)},
        {QStringLiteral("icon"), nullable(org.icon)},
        {QStringLiteral("description"), nullable(org.description)},
        {QStringLiteral("created_at"), timestamp(org.createdAt)},
        {QStringLiteral("waba_id"), nullable(org.wabaId)},
        {QStringLiteral("sending_phone_number"), nullable(org.sendingPhoneNumber)},
        {QStringLiteral("whatsapp_phone_number"), nullable(org.whatsappPhoneNumber)},
        {QStringLiteral("brand"), org.brand ? QJsonValue(brand(*org.brand, false)) : QJsonValue()},
        {QStringLiteral("campaigns"), campaigns},
    };
}

Organization organizationFromStorage(const QJsonObject &o)
{
    Organization org;
    org.id = string(o.value(QLatin1String("id")));
    org.name = string(o.value(QLatin1String("name")));
    org.email = string(o.value(QLatin1String("email")));
    org.icon = string(o.value(QLatin1String("icon")));
    org.description = string(o.value(QLatin1String("description")));
    org.createdAt = parseTimestamp(o.value(QLatin1String("created_at")));
    org.wabaId = string(o.value(QLatin1String("waba_id")));
    org.sendingPhoneNumber = string(o.value(QLatin1String("sending_phone_number")));
    org.whatsappPhoneNumber = string(o.value(QLatin1String("whatsapp_phone_number")));
    if (o.value(QLatin1String("brand")).isObject())
        org.brand = brandFromStorage(o.value(QLatin1String("brand")).toObject());
    const auto campaigns = o.value(QLatin1String("campaigns")).toArray();
    for (const auto &value : campaigns)
        org.campaigns.append(campaignFromStorage(value.toObject()));
    return org;
}

} // namespace cd::sandbox::json

namespace cd::sandbox {
bool Brand::hasMainDestination() const
{
    for (const auto &destination : destinationCountries) {
        if (destination.second)
            return true;
    }
    return false;
}
} // namespace cd::sandbox
