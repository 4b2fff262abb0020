#include "brand.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cd {

using json::nullable;

QString BrandCompliance::mainCountry() const
{
    for (const DestinationCountry &country : destinationCountries)
        if (country.isMain)
            return country.id;
    return {};
}

namespace {

BrandContact contactFromJson(const QJsonObject &o)
{
    BrandContact c;
    c.name = json::string(o, "name"_L1);
    c.businessName = json::string(o, "business_name"_L1, "businessName"_L1);
    c.email = json::string(o, "email"_L1);
    c.phone = json::string(o, "phone"_L1);
    c.phoneCountryCode = json::string(o, "phone_country_code"_L1, "phoneCountryCode"_L1);
    c.role = json::string(o, "role"_L1);
    return c;
}

BrandBusiness businessFromJson(const QJsonObject &o)
{
    BrandBusiness b;
    b.legalName = json::string(o, "legal_name"_L1, "legalName"_L1);
    b.entityType = json::string(o, "entity_type"_L1, "entityType"_L1);
    b.taxId = json::string(o, "tax_id"_L1, "taxId"_L1);
    b.taxIdType = json::string(o, "tax_id_type"_L1, "taxIdType"_L1);
    b.url = json::string(o, "url"_L1);
    b.street = json::string(o, "street"_L1);
    b.city = json::string(o, "city"_L1);
    b.state = json::string(o, "state"_L1);
    b.postalCode = json::string(o, "postal_code"_L1, "postalCode"_L1);
    b.country = json::string(o, "country"_L1);
    b.countryOfRegistration = json::string(o, "country_of_registration"_L1, "countryOfRegistration"_L1);
    return b;
}

BrandCompliance complianceFromJson(const QJsonObject &o)
{
    BrandCompliance c;
    c.brandRelationship = json::string(o, "brand_relationship"_L1, "brandRelationship"_L1);
    c.vertical = json::string(o, "vertical"_L1);
    const QJsonArray countries = json::array(o, "destination_countries"_L1, "destinationCountries"_L1);
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        c.destinationCountries.append(
            {json::string(country, "id"_L1), json::boolean(country, "isMain"_L1, "is_main"_L1)});
    }
    c.expectedMessagingVolume = json::string(o, "expected_messaging_volume"_L1, "expectedMessagingVolume"_L1);
    c.isTcrApplication = json::optionalBool(o, "is_tcr_application"_L1, "isTcrApplication"_L1);
    c.notes = json::string(o, "notes"_L1);
    c.phoneNumberPrefix = json::string(o, "phone_number_prefix"_L1, "phoneNumberPrefix"_L1);
    c.primaryUseCase = json::string(o, "primary_use_case"_L1, "primaryUseCase"_L1);
    return c;
}

QJsonArray countriesToJson(const QList<DestinationCountry> &countries)
{
    QJsonArray array;
    for (const DestinationCountry &country : countries)
        array.append(QJsonObject{{u"id"_s, country.id}, {u"isMain"_s, country.isMain}});
    return array;
}

// Request objects leave out what is unset, so a partial brand does not clear fields on the server.
void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isNull())
        o.insert(key, value);
}

} // namespace

Brand Brand::fromJson(const QJsonObject &o)
{
    Brand b;
    b.id = json::id(o, "id"_L1);
    if (const QJsonValue v = json::field(o, "contact"_L1); v.isObject())
        b.contact = contactFromJson(v.toObject());
    if (const QJsonValue v = json::field(o, "business"_L1); v.isObject())
        b.business = businessFromJson(v.toObject());
    if (const QJsonValue v = json::field(o, "compliance"_L1); v.isObject())
        b.compliance = complianceFromJson(v.toObject());
    b.status = json::string(o, "status"_L1);
    b.identityStatus = json::string(o, "identity_status"_L1, "identityStatus"_L1);
    b.isInherited = json::boolean(o, "is_inherited"_L1, "isInherited"_L1);
    b.submittedToTcr = json::boolean(o, "submitted_to_tcr"_L1, "submittedToTcr"_L1);
    b.submittedAt = json::timestamp(o, "submitted_at"_L1, "submittedAt"_L1);
    b.tcrBrandId = json::string(o, "tcr_brand_id"_L1, "tcrBrandId"_L1);
    b.universalEin = json::string(o, "universal_ein"_L1, "universalEin"_L1);
    b.cspId = json::string(o, "csp_id"_L1, "cspId"_L1);
    b.createdAt = json::timestamp(o, "created_at"_L1, "createdAt"_L1);
    b.updatedAt = json::timestamp(o, "updated_at"_L1, "updatedAt"_L1);
    return b;
}

QJsonObject Brand::toJson() const
{
    QJsonObject o{
        {u"id"_s, nullable(id)},
        {u"status"_s, nullable(status)},
        {u"identity_status"_s, nullable(identityStatus)},
        {u"is_inherited"_s, isInherited},
        {u"submitted_to_tcr"_s, submittedToTcr},
        {u"submitted_at"_s, nullable(submittedAt)},
        {u"tcr_brand_id"_s, nullable(tcrBrandId)},
        {u"universal_ein"_s, nullable(universalEin)},
        {u"csp_id"_s, nullable(cspId)},
        {u"created_at"_s, nullable(createdAt)},
        {u"updated_at"_s, nullable(updatedAt)},
    };
    o.insert(u"contact"_s,
             contact ? QJsonValue(QJsonObject{
                 {u"name"_s, nullable(contact->name)},
                 {u"business_name"_s, nullable(contact->businessName)},
                 {u"email"_s, nullable(contact->email)},
                 {u"phone"_s, nullable(contact->phone)},
                 {u"phone_country_code"_s, nullable(contact->phoneCountryCode)},
                 {u"role"_s, nullable(contact->role)},
             })
                     : QJsonValue(QJsonValue::Null));
    o.insert(u"business"_s,
             business ? QJsonValue(QJsonObject{
                 {u"legal_name"_s, nullable(business->legalName)},
                 {u"entity_type"_s, nullable(business->entityType)},
                 {u"tax_id"_s, nullable(business->taxId)},
                 {u"tax_id_type"_s, nullable(business->taxIdType)},
                 {u"url"_s, nullable(business->url)},
                 {u"street"_s, nullable(business->street)},
                 {u"city"_s, nullable(business->city)},
                 {u"state"_s, nullable(business->state)},
                 {u"postal_code"_s, nullable(business->postalCode)},
                 {u"country"_s, nullable(business->country)},
                 {u"country_of_registration"_s, nullable(business->countryOfRegistration)},
             })
                      : QJsonValue(QJsonValue::Null));
    o.insert(u"compliance"_s,
             compliance ? QJsonValue(QJsonObject{
                 {u"brand_relationship"_s, nullable(compliance->brandRelationship)},
                 {u"vertical"_s, nullable(compliance->vertical)},
                 {u"destination_countries"_s, countriesToJson(compliance->destinationCountries)},
                 {u"expected_messaging_volume"_s, nullable(compliance->expectedMessagingVolume)},
                 {u"is_tcr_application"_s, nullable(compliance->isTcrApplication)},
                 {u"notes"_s, nullable(compliance->notes)},
                 {u"phone_number_prefix"_s, nullable(compliance->phoneNumberPrefix)},
                 {u"primary_use_case"_s, nullable(compliance->primaryUseCase)},
             })
                        : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject Brand::toRequestJson() const
{
    QJsonObject o;
    if (contact) {
        QJsonObject c{{u"name"_s, contact->name}};
        putIfSet(c, u"businessName"_s, contact->businessName);
        putIfSet(c, u"email"_s, contact->email);
        putIfSet(c, u"phone"_s, contact->phone);
        putIfSet(c, u"phoneCountryCode"_s, contact->phoneCountryCode);
        putIfSet(c, u"role"_s, contact->role);
        o.insert(u"contact"_s, c);
    }
    if (business) {
        QJsonObject b;
        putIfSet(b, u"legalName"_s, business->legalName);
        putIfSet(b, u"entityType"_s, business->entityType);
        putIfSet(b, u"taxId"_s, business->taxId);
        putIfSet(b, u"taxIdType"_s, business->taxIdType);
        putIfSet(b, u"url"_s, business->url);
        putIfSet(b, u"street"_s, business->street);
        putIfSet(b, u"city"_s, business->city);
        putIfSet(b, u"state"_s, business->state);
        putIfSet(b, u"postalCode"_s, business->postalCode);
        putIfSet(b, u"country"_s, business->country);
        putIfSet(b, u"countryOfRegistration"_s, business->countryOfRegistration);
        o.insert(u"business"_s, b);
    }
    if (compliance) {
        QJsonObject c;
        putIfSet(c, u"brandRelationship"_s, compliance->brandRelationship);
        putIfSet(c, u"vertical"_s, compliance->vertical);
        if (!compliance->destinationCountries.isEmpty())
            c.insert(u"destinationCountries"_s, countriesToJson(compliance->destinationCountries));
        if (compliance->isTcrApplication)
            c.insert(u"isTcrApplication"_s, *compliance->isTcrApplication);
        putIfSet(c, u"notes"_s, compliance->notes);
        putIfSet(c, u"phoneNumberPrefix"_s, compliance->phoneNumberPrefix);
        o.insert(u"compliance"_s, c);
    }
    return o;
}

} // namespace cd
