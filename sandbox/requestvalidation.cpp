#include "requestvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace cd::sandbox::validation {

namespace {

const QString kV001 = QStringLiteral("VALIDATION_001");
const QString kV002 = QStringLiteral("VALIDATION_002");
const QString kV003 = QStringLiteral("VALIDATION_003");
const QString kV004 = QStringLiteral("VALIDATION_004");
const QString kV005 = QStringLiteral("VALIDATION_005");
const QString kV006 = QStringLiteral("VALIDATION_006");

const QStringList kBillingModels = {QStringLiteral("profile"), QStringLiteral("organization"),
                                    QStringLiteral("profile_and_organization")};
const QStringList kRelationships = {QStringLiteral("BASIC_ACCOUNT"), QStringLiteral("MEDIUM_ACCOUNT"),
                                    QStringLiteral("LARGE_ACCOUNT"), QStringLiteral("SMALL_ACCOUNT"),
                                    QStringLiteral("KEY_ACCOUNT")};
const QStringList kEntityTypes = {QStringLiteral("PRIVATE_PROFIT"), QStringLiteral("PUBLIC_PROFIT"),
                                  QStringLiteral("NON_PROFIT"), QStringLiteral("SOLE_PROPRIETOR"),
                                  QStringLiteral("GOVERNMENT")};
const QStringList kVerticals = {QStringLiteral("PROFESSIONAL"), QStringLiteral("REAL_ESTATE"),
                                QStringLiteral("HEALTHCARE"),   QStringLiteral("HUMAN_RESOURCES"),
                                QStringLiteral("ENERGY"),       QStringLiteral("ENTERTAINMENT"),
                                QStringLiteral("RETAIL"),       QStringLiteral("TRANSPORTATION"),
                                QStringLiteral("AGRICULTURE"),  QStringLiteral("INSURANCE"),
                                QStringLiteral("POSTAL"),       QStringLiteral("EDUCATION"),
                                QStringLiteral("HOSPITALITY"),  QStringLiteral("FINANCIAL"),
                                QStringLiteral("POLITICAL"),    QStringLiteral("GAMBLING"),
                                QStringLiteral("LEGAL"),        QStringLiteral("CONSTRUCTION"),
                                QStringLiteral("NGO"),          QStringLiteral("MANUFACTURING"),
                                QStringLiteral("GOVERNMENT"),   QStringLiteral("TECHNOLOGY"),
                                QStringLiteral("COMMUNICATION")};
const QStringList kUseCases = {QStringLiteral("MARKETING"),      QStringLiteral("ACCOUNT_NOTIFICATION"),
                               QStringLiteral("CUSTOMER_CARE"),  QStringLiteral("FRAUD_ALERT"),
                               QStringLiteral("TWO_FA"),         QStringLiteral("DELIVERY_NOTIFICATION"),
                               QStringLiteral("SECURITY_ALERT"), QStringLiteral("M2M"),
                               QStringLiteral("MIXED"),          QStringLiteral("HIGHER_EDUCATION"),
                               QStringLiteral("POLLING_VOTING"), QStringLiteral("PUBLIC_SERVICE_ANNOUNCEMENT"),
                               QStringLiteral("LOW_VOLUME")};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Reads an optional string|null field. Returns false (and records the error) for any other JSON type.
// `present` says whether the key was there with a string value.
bool optionalString(const QJsonObject &o, const QString &key, const QString &path, FieldErrors &errors, QString &out,
                    bool *present = nullptr)
{
    if (present)
        *present = false;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        errors.add(join(path, key), kV001, QStringLiteral("'%1' must be a string.").arg(key));
        return false;
    }
    out = v.toString();
    if (present)
        *present = true;
    return true;
}

void requiredString(const QJsonObject &o, const QString &key, const QString &path, FieldErrors &errors, QString &out)
{
    const QJsonValue v = o.value(key);
    if (v.isString() && !v.toString().trimmed().isEmpty()) {
        out = v.toString();
        return;
    }
    if (v.isUndefined() || v.isNull() || v.isString())
        errors.add(join(path, key), kV004, QStringLiteral("'%1' is required.").arg(key));
    else
        errors.add(join(path, key), kV001, QStringLiteral("'%1' must be a string.").arg(key));
}

void optionalBool(const QJsonObject &o, const QString &key, const QString &path, FieldErrors &errors, bool &out,
                  bool *present = nullptr)
{
    if (present)
        *present = false;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool()) {
        errors.add(join(path, key), kV001, QStringLiteral("'%1' must be true or false.").arg(key));
        return;
    }
    out = v.toBool();
    if (present)
        *present = true;
}

void checkEnum(const QString &value, const QStringList &allowed, const QString &field, FieldErrors &errors)
{
    if (!value.isNull() && !allowed.contains(value))
        errors.add(field, kV006,
                   QStringLiteral("'%1' is not one of: %2.").arg(value, allowed.join(QStringLiteral(", "))));
}

void checkPhone(const QString &value, const QString &field, FieldErrors &errors)
{
    if (!value.isNull() && !isE164(value))
        errors.add(field, kV002, QStringLiteral("Phone numbers must be in E.164 format, e.g. +14155550100."));
}

void checkEmail(const QString &value, const QString &field, FieldErrors &errors)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!value.isNull() && !email.match(value).hasMatch())
        errors.add(field, kV001, QStringLiteral("'%1' is not a valid email address.").arg(value));
}

void checkUrl(const QString &value, const QString &field, FieldErrors &errors)
{
    if (!value.isNull() && !isHttpUrl(value))
        errors.add(field, kV001, QStringLiteral("Must be a valid HTTP or HTTPS URL."));
}

void checkShortName(const QString &value, const QString &field, FieldErrors &errors)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 ]{3,11}$"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    if (!allowed.match(value).hasMatch() || !letter.match(value).hasMatch())
        errors.add(field, kV001,
                   QStringLiteral("Short name must be 3–11 characters of letters, numbers and spaces, with at "
                                  "least one letter."));
}

bool objectOrNull(const QJsonObject &o, const QString &key, const QString &path, FieldErrors &errors, QJsonObject &out,
                  bool *present)
{
    *present = false;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject()) {
        errors.add(join(path, key), kV001, QStringLiteral("'%1' must be an object.").arg(key));
        return false;
    }
    out = v.toObject();
    *present = true;
    return true;
}

void applyBillingContact(const QJsonObject &o, Profile &target, FieldErrors &errors)
{
    const QString path = QStringLiteral("billing_contact");
    BillingContact contact;
    requiredString(o, QStringLiteral("name"), path, errors, contact.name);
    requiredString(o, QStringLiteral("email"), path, errors, contact.email);
    checkEmail(contact.email.isEmpty() ? QString() : contact.email, join(path, QStringLiteral("email")), errors);
    optionalString(o, QStringLiteral("phone"), path, errors, contact.phone);
    checkPhone(contact.phone, join(path, QStringLiteral("phone")), errors);
    optionalString(o, QStringLiteral("address"), path, errors, contact.address);
    target.billingContact = contact;
}

void checkPaymentDetails(const QJsonObject &o, FieldErrors &errors)
{
    const QString path = QStringLiteral("payment_details");
    static const QRegularExpression card(QStringLiteral("^\\d{13,19}$"));
    static const QRegularExpression expiry(QStringLiteral("^(0[1-9]|1[0-2])/\\d{2}$"));
    static const QRegularExpression cvc(QStringLiteral("^\\d{3,4}$"));
    const struct
    {
        const char *key;
        const QRegularExpression *pattern;
        const char *message;
    } fields[] = {{"card_number", &card, "Card number must be 13–19 digits."},
                  {"expiry", &expiry, "Expiry must be MM/YY."},
                  {"cvc", &cvc, "CVC must be 3 or 4 digits."},
                  {"zip_code", nullptr, nullptr}};
    for (const auto &field : fields) {
        QString value;
        requiredString(o, QString::fromLatin1(field.key), path, errors, value);
        if (!value.isEmpty() && field.pattern && !field.pattern->match(value).hasMatch())
            errors.add(join(path, QString::fromLatin1(field.key)), kV001, QString::fromUtf8(field.message));
    }
}

} // namespace

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

bool isE164(const QString &text)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return e164.match(text).hasMatch();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool sandboxFlag(const QJsonObject &body, FieldErrors &errors)
{
    bool flag = false;
    optionalBool(body, QStringLiteral("sandbox"), QString(), errors, flag);
    return flag;
}

void applyBrand(const QJsonValue &value, const QString &path, Brand &target, FieldErrors &errors)
{
    if (!value.isObject()) {
        errors.add(path, kV001, QStringLiteral("'brand' must be an object."));
        return;
    }
    const QJsonObject o = value.toObject();

    const QString contactPath = join(path, QStringLiteral("contact"));
    const QJsonValue contactValue = o.value(QLatin1String("contact"));
    if (!contactValue.isObject()) {
        errors.add(contactPath, contactValue.isUndefined() || contactValue.isNull() ? kV004 : kV001,
                   QStringLiteral("A brand needs a primary contact."));
    } else {
        const QJsonObject c = contactValue.toObject();
        requiredString(c, QStringLiteral("name"), contactPath, errors, target.contactName);
        target.contactBusinessName = QString();
        target.contactEmail = QString();
        target.contactPhone = QString();
        target.contactPhoneCountryCode = QString();
        target.contactRole = QString();
        optionalString(c, QStringLiteral("businessName"), contactPath, errors, target.contactBusinessName);
        optionalString(c, QStringLiteral("email"), contactPath, errors, target.contactEmail);
        checkEmail(target.contactEmail, join(contactPath, QStringLiteral("email")), errors);
        optionalString(c, QStringLiteral("phone"), contactPath, errors, target.contactPhone);
        checkPhone(target.contactPhone, join(contactPath, QStringLiteral("phone")), errors);
        optionalString(c, QStringLiteral("phoneCountryCode"), contactPath, errors, target.contactPhoneCountryCode);
        static const QRegularExpression countryCode(QStringLiteral("^\\d{1,3}$"));
        if (!target.contactPhoneCountryCode.isNull() && !countryCode.match(target.contactPhoneCountryCode).hasMatch())
            errors.add(join(contactPath, QStringLiteral("phoneCountryCode")), kV001,
                       QStringLiteral("A country calling code is 1–3 digits, e.g. \"1\"."));
        optionalString(c, QStringLiteral("role"), contactPath, errors, target.contactRole);
    }

    const QString compliancePath = join(path, QStringLiteral("compliance"));
    const QJsonValue complianceValue = o.value(QLatin1String("compliance"));
    if (!complianceValue.isObject()) {
        errors.add(compliancePath, complianceValue.isUndefined() || complianceValue.isNull() ? kV004 : kV001,
                   QStringLiteral("A brand needs its compliance information."));
    } else {
        const QJsonObject c = complianceValue.toObject();
        requiredString(c, QStringLiteral("brandRelationship"), compliancePath, errors, target.brandRelationship);
        checkEnum(target.brandRelationship.isEmpty() ? QString() : target.brandRelationship, kRelationships,
                  join(compliancePath, QStringLiteral("brandRelationship")), errors);
        requiredString(c, QStringLiteral("vertical"), compliancePath, errors, target.vertical);
        checkEnum(target.vertical.isEmpty() ? QString() : target.vertical, kVerticals,
                  join(compliancePath, QStringLiteral("vertical")), errors);
        target.destinationCountries.clear();
        const QJsonValue countries = c.value(QLatin1String("destinationCountries"));
        const QString countriesPath = join(compliancePath, QStringLiteral("destinationCountries"));
        if (countries.isArray()) {
            int mains = 0;
            const QJsonArray list = countries.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject country = list.at(i).toObject();
                const QString id = country.value(QLatin1String("id")).toString();
                static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
                if (!iso.match(id).hasMatch())
                    errors.add(QStringLiteral("%1[%2].id").arg(countriesPath).arg(i), kV001,
                               QStringLiteral("Use a two-letter ISO country code, e.g. \"US\"."));
                const bool isMain = country.value(QLatin1String("isMain")).toBool();
                mains += isMain ? 1 : 0;
                target.destinationCountries.append({id, isMain});
            }
            if (mains > 1)
                errors.add(countriesPath, kV001, QStringLiteral("Only one destination country can be the main one."));
        } else if (!countries.isUndefined() && !countries.isNull()) {
            errors.add(countriesPath, kV001, QStringLiteral("'destinationCountries' must be a list."));
        }
        target.isTcrApplication = false;
        optionalBool(c, QStringLiteral("isTcrApplication"), compliancePath, errors, target.isTcrApplication);
        target.notes = QString();
        target.phoneNumberPrefix = QString();
        target.expectedMessagingVolume = QString();
        target.primaryUseCase = QString();
        optionalString(c, QStringLiteral("notes"), compliancePath, errors, target.notes);
        optionalString(c, QStringLiteral("phoneNumberPrefix"), compliancePath, errors, target.phoneNumberPrefix);
        optionalString(c, QStringLiteral("expectedMessagingVolume"), compliancePath, errors,
                       target.expectedMessagingVolume);
        optionalString(c, QStringLiteral("primaryUseCase"), compliancePath, errors, target.primaryUseCase);
    }

    QJsonObject business;
    bool hasBusiness = false;
    objectOrNull(o, QStringLiteral("business"), path, errors, business, &hasBusiness);
    target.hasBusiness = hasBusiness;
    const QString businessPath = join(path, QStringLiteral("business"));
    struct
    {
        const char *key;
        QString *field;
    } businessFields[] = {{"legalName", &target.legalName},
                          {"entityType", &target.entityType},
                          {"taxId", &target.taxId},
                          {"taxIdType", &target.taxIdType},
                          {"url", &target.url},
                          {"street", &target.street},
                          {"city", &target.city},
                          {"state", &target.state},
                          {"postalCode", &target.postalCode},
                          {"country", &target.country},
                          {"countryOfRegistration", &target.countryOfRegistration}};
    for (auto &field : businessFields) {
        *field.field = QString();
        optionalString(business, QString::fromLatin1(field.key), businessPath, errors, *field.field);
    }
    checkEnum(target.entityType, kEntityTypes, join(businessPath, QStringLiteral("entityType")), errors);
    checkUrl(target.url, join(businessPath, QStringLiteral("url")), errors);
}

void applyProfile(const QJsonObject &body, ProfileRequest kind, Profile &target, FieldErrors &errors)
{
    const bool create = kind == ProfileRequest::Create;
    const QString none;

    QString name;
    bool hasName = false;
    if (create) {
        requiredString(body, QStringLiteral("name"), none, errors, target.name);
    } else if (optionalString(body, QStringLiteral("name"), none, errors, name, &hasName) && hasName) {
        if (name.trimmed().isEmpty())
            errors.add(QStringLiteral("name"), kV004, QStringLiteral("'name' cannot be empty."));
        else
            target.name = name;
    }

    QString shortName;
    bool hasShortName = false;
    if (optionalString(body, QStringLiteral("short_name"), none, errors, shortName, &hasShortName) && hasShortName) {
        checkShortName(shortName, QStringLiteral("short_name"), errors);
        target.shortName = shortName;
    }
    QString text;
    bool present = false;
    if (optionalString(body, QStringLiteral("description"), none, errors, text, &present) && present) {
        if (text.size() > 5000)
            errors.add(QStringLiteral("description"), kV005,
                       QStringLiteral("Description is limited to 5000 characters."));
        target.description = text;
    }
    if (optionalString(body, QStringLiteral("icon"), none, errors, text, &present) && present) {
        checkUrl(text, QStringLiteral("icon"), errors);
        target.icon = text;
    }
    if (optionalString(body, QStringLiteral("billing_model"), none, errors, text, &present) && present) {
        checkEnum(text, kBillingModels, QStringLiteral("billing_model"), errors);
        target.billingModel = text;
    }

    QJsonObject object;
    if (objectOrNull(body, QStringLiteral("billing_contact"), none, errors, object, &present) && present)
        applyBillingContact(object, target, errors);
    const bool profileBilling = target.billingModel != QLatin1String("organization");
    if (profileBilling && !target.billingContact && !errors.messages.contains(QStringLiteral("billing_model")))
        errors.add(QStringLiteral("billing_contact"), kV004,
                   QStringLiteral("A billing contact is required when the profile pays for itself (billing_model "
                                  "'profile' or 'profile_and_organization')."));
    if (objectOrNull(body, QStringLiteral("payment_details"), none, errors, object, &present) && present) {
        if (!profileBilling)
            errors.add(QStringLiteral("payment_details"), kV001,
                       QStringLiteral("Payment details are only accepted when the profile pays for itself."));
        else
            checkPaymentDetails(object, errors);
    }

    bool inheritBrandGiven = false;
    optionalBool(body, QStringLiteral("inherit_tcr_brand"), none, errors, target.inheritTcrBrand, &inheritBrandGiven);
    optionalBool(body, QStringLiteral("inherit_tcr_campaign"), none, errors, target.inheritTcrCampaign);
    optionalBool(body, QStringLiteral("inherit_contacts"), none, errors, target.inheritContacts);
    optionalBool(body, QStringLiteral("inherit_templates"), none, errors, target.inheritTemplates);
    optionalBool(body, QStringLiteral("allow_contact_sharing"), none, errors, target.allowContactSharing);
    optionalBool(body, QStringLiteral("allow_template_sharing"), none, errors, target.allowTemplateSharing);

    const QJsonValue brandValue = body.value(QLatin1String("brand"));
    if (!brandValue.isUndefined() && !brandValue.isNull()) {
        // A brand of its own implies not inheriting, unless the request says otherwise in so many words.
        if (create && !inheritBrandGiven)
            target.inheritTcrBrand = false;
        if (target.inheritTcrBrand) {
            errors.add(QStringLiteral("brand"), kV001,
                       QStringLiteral("A profile that inherits the organization's brand cannot have its own brand; "
                                      "set inherit_tcr_brand to false."));
        } else if (target.ownBrand && target.ownBrand->submittedToTcr) {
            errors.add(QStringLiteral("brand"), kV001,
                       QStringLiteral("Once a brand has been submitted to TCR it cannot be modified."));
        } else {
            Brand brand = target.ownBrand.value_or(Brand{});
            applyBrand(brandValue, QStringLiteral("brand"), brand, errors);
            target.ownBrand = brand;
        }
    }

    if (create) {
        if (objectOrNull(body, QStringLiteral("whatsapp_business_account"), none, errors, object, &present)
            && present) {
            QString wabaId;
            QString token;
            requiredString(object, QStringLiteral("waba_id"), QStringLiteral("whatsapp_business_account"), errors,
                           wabaId);
            requiredString(object, QStringLiteral("access_token"), QStringLiteral("whatsapp_business_account"), errors,
                           token);
            target.wabaId = wabaId; // the token is write-only: never kept
        }
        return;
    }

    bool flag = false;
    optionalBool(body, QStringLiteral("allow_number_change_during_onboarding"), none, errors, flag, &present);
    if (present)
        target.allowNumberChangeDuringOnboarding = flag;
    if (optionalString(body, QStringLiteral("sending_phone_number"), none, errors, text, &present) && present) {
        checkPhone(text, QStringLiteral("sending_phone_number"), errors);
        target.sendingPhoneNumber = text;
    }
    if (optionalString(body, QStringLiteral("whatsapp_phone_number"), none, errors, text, &present) && present) {
        checkPhone(text, QStringLiteral("whatsapp_phone_number"), errors);
        target.whatsappPhoneNumber = text;
    }
    for (const auto *key : {"sending_phone_number_profile_id", "sending_whatsapp_number_profile_id"}) {
        const QString field = QString::fromLatin1(key);
        if (optionalString(body, field, none, errors, text, &present) && present) {
            if (!isGuid(text))
                errors.add(field, QStringLiteral("VALIDATION_003"), QStringLiteral("Invalid GUID format"));
            else if (field.startsWith(QLatin1String("sending_phone")))
                target.sendingPhoneNumberProfileId = text;
            else
                target.sendingWhatsappNumberProfileId = text;
        }
    }
}

void applyCampaign(const QJsonObject &body, Campaign &target, FieldErrors &errors)
{
    const QString path = QStringLiteral("campaign");
    const QJsonValue value = body.value(path);
    if (!value.isObject()) {
        errors.add(path, value.isUndefined() || value.isNull() ? kV004 : kV001,
                   QStringLiteral("The request needs a 'campaign' object."));
        return;
    }
    const QJsonObject o = value.toObject();
    requiredString(o, QStringLiteral("name"), path, errors, target.name);
    requiredString(o, QStringLiteral("description"), path, errors, target.description);
    requiredString(o, QStringLiteral("type"), path, errors, target.type);

    const QString useCasesPath = join(path, QStringLiteral("useCases"));
    const QJsonValue useCases = o.value(QLatin1String("useCases"));
    QList<UseCase> parsed;
    if (!useCases.isArray() || useCases.toArray().isEmpty()) {
        errors.add(useCasesPath, useCases.isArray() || useCases.isUndefined() || useCases.isNull() ? kV004 : kV001,
                   QStringLiteral("Each campaign must include at least one use case with sample messages."));
    } else {
        const QJsonArray list = useCases.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(useCasesPath).arg(i);
            if (!list.at(i).isObject()) {
                errors.add(itemPath, kV001, QStringLiteral("A use case must be an object."));
                continue;
            }
            const QJsonObject item = list.at(i).toObject();
            UseCase useCase;
            requiredString(item, QStringLiteral("messagingUseCaseUs"), itemPath, errors, useCase.messagingUseCaseUs);
            checkEnum(useCase.messagingUseCaseUs.isEmpty() ? QString() : useCase.messagingUseCaseUs, kUseCases,
                      join(itemPath, QStringLiteral("messagingUseCaseUs")), errors);
            const QString samplesPath = join(itemPath, QStringLiteral("sampleMessages"));
            const QJsonValue samples = item.value(QLatin1String("sampleMessages"));
            if (!samples.isArray()) {
                errors.add(samplesPath, samples.isUndefined() || samples.isNull() ? kV004 : kV001,
                           QStringLiteral("Sample messages are required (1 to 5)."));
            } else {
                const QJsonArray sampleList = samples.toArray();
                if (sampleList.isEmpty() || sampleList.size() > 5)
                    errors.add(
                        samplesPath, kV005,
                        QStringLiteral("A use case needs 1 to 5 sample messages; it has %1.").arg(sampleList.size()));
                for (qsizetype s = 0; s < sampleList.size(); ++s) {
                    const QString samplePath = QStringLiteral("%1[%2]").arg(samplesPath).arg(s);
                    const QJsonValue sample = sampleList.at(s);
                    if (!sample.isString() || sample.toString().trimmed().isEmpty()) {
                        errors.add(samplePath, kV004, QStringLiteral("A sample message cannot be empty."));
                    } else if (sample.toString().size() > 1024) {
                        errors.add(samplePath, kV005,
                                   QStringLiteral("A sample message is limited to 1024 characters; this one has %1.")
                                       .arg(sample.toString().size()));
                    }
                    useCase.sampleMessages.append(sample.toString());
                }
            }
            parsed.append(useCase);
        }
    }
    // Use case ids are kept when the same use case comes back in a full replacement.
    for (auto &useCase : parsed) {
        for (const auto &old : std::as_const(target.useCases)) {
            if (old.messagingUseCaseUs == useCase.messagingUseCaseUs)
                useCase.id = old.id;
        }
    }
    target.useCases = parsed;

    struct
    {
        const char *key;
        QString *field;
        bool url;
    } optional[] = {{"messageFlow", &target.messageFlow, false},
                    {"privacyPolicyLink", &target.privacyPolicyLink, true},
                    {"termsAndConditionsLink", &target.termsAndConditionsLink, true},
                    {"optinMessage", &target.optinMessage, false},
                    {"optoutMessage", &target.optoutMessage, false},
                    {"helpMessage", &target.helpMessage, false},
                    {"optinKeywords", &target.optinKeywords, false},
                    {"optoutKeywords", &target.optoutKeywords, false},
                    {"helpKeywords", &target.helpKeywords, false},
                    {"volume", &target.volume, false}};
    for (auto &field : optional) {
        *field.field = QString();
        optionalString(o, QString::fromLatin1(field.key), path, errors, *field.field);
        if (field.url)
            checkUrl(*field.field, join(path, QString::fromLatin1(field.key)), errors);
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (!target.volume.isNull() && !digits.match(target.volume).hasMatch())
        errors.add(join(path, QStringLiteral("volume")), kV001,
                   QStringLiteral("Volume is the expected number of messages a month, e.g. \"1999\"."));
}

} // namespace cd::sandbox::validation
