#include "profilerules.h"

#include <QRegularExpression>
#include <QUrl>

namespace cd {

namespace {

QString canonical(QString path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    path.remove(index);
    path.remove(QLatin1Char('_'));
    return path.toLower();
}

void checkContact(const BrandContact &contact, ProfileRules::Problems &problems)
{
    if (contact.name.trimmed().isEmpty())
        problems.insert(QStringLiteral("brand.contact.name"),
                        ProfileRules::tr("The brand's primary contact needs a name."));
    if (!contact.email.isEmpty() && !ProfileRules::isValidEmail(contact.email))
        problems.insert(QStringLiteral("brand.contact.email"), ProfileRules::tr("This is not an email address."));
    if (!contact.phone.isEmpty() && !ProfileRules::isE164(contact.phone))
        problems.insert(QStringLiteral("brand.contact.phone"),
                        ProfileRules::tr("Write the number in international form, e.g. +14155550100."));
    static const QRegularExpression callingCode(QStringLiteral("^\\d{1,3}$"));
    if (!contact.phoneCountryCode.isEmpty() && !callingCode.match(contact.phoneCountryCode).hasMatch())
        problems.insert(QStringLiteral("brand.contact.phoneCountryCode"),
                        ProfileRules::tr("A country calling code is 1–3 digits, e.g. 1."));
}

// The contract leaves the kind of tax id a free string; the two kinds it names have a known form. Other kinds pass
// as written: sent.dm and The Campaign Registry judge them.
void checkTaxId(const BrandBusiness &business, ProfileRules::Problems &problems)
{
    const QString id = business.taxId.trimmed();
    const QString kind = business.taxIdType.trimmed().toLower();
    if (id.isEmpty())
        return; // a kind alone is what sent.dm itself fills in for a brand not yet described
    if (kind.isEmpty()) {
        problems.insert(QStringLiteral("brand.business.taxIdType"),
                        ProfileRules::tr("Say which kind of tax id this is, e.g. us_ein."));
        return;
    }
    static const QRegularExpression ein(QStringLiteral("^\\d{2}-?\\d{7}$"));
    static const QRegularExpression businessNumber(QStringLiteral("^\\d{9}([A-Za-z]{2}\\d{4})?$"));
    if (kind == u"us_ein" && !ein.match(id).hasMatch())
        problems.insert(QStringLiteral("brand.business.taxId"),
                        ProfileRules::tr("A US EIN is nine digits, written 12-3456789."));
    else if (kind == u"ca_bn" && !businessNumber.match(QString(id).remove(u' ')).hasMatch())
        problems.insert(QStringLiteral("brand.business.taxId"),
                        ProfileRules::tr("A Canadian business number is nine digits, e.g. 123456789 or "
                                         "123456789RT0001."));
}

void checkBusiness(const BrandBusiness &business, ProfileRules::Problems &problems)
{
    if (!business.entityType.isEmpty() && !ProfileRules::entityTypes().contains(business.entityType))
        problems.insert(QStringLiteral("brand.business.entityType"),
                        ProfileRules::tr("Choose one of the listed entity types."));
    if (!business.url.isEmpty() && !ProfileRules::isHttpUrl(business.url))
        problems.insert(QStringLiteral("brand.business.url"),
                        ProfileRules::tr("Write the website's full address, starting with https://."));
    checkTaxId(business, problems);
    for (const auto &[path, code] :
         {std::pair{"brand.business.country", &business.country},
          std::pair{"brand.business.countryOfRegistration", &business.countryOfRegistration}})
        if (!code->isEmpty() && !ProfileRules::isCountryCode(*code))
            problems.insert(QString::fromLatin1(path), ProfileRules::tr("Use a two-letter country code, e.g. US."));
}

void checkCompliance(const BrandCompliance &compliance, ProfileRules::Problems &problems)
{
    if (compliance.brandRelationship.isEmpty())
        problems.insert(QStringLiteral("brand.compliance.brandRelationship"),
                        ProfileRules::tr("Choose how the brand relates to sent.dm."));
    else if (!ProfileRules::brandRelationships().contains(compliance.brandRelationship))
        problems.insert(QStringLiteral("brand.compliance.brandRelationship"),
                        ProfileRules::tr("Choose one of the listed relationships."));
    if (compliance.vertical.isEmpty())
        problems.insert(QStringLiteral("brand.compliance.vertical"), ProfileRules::tr("Choose the brand's industry."));
    else if (!ProfileRules::verticals().contains(compliance.vertical))
        problems.insert(QStringLiteral("brand.compliance.vertical"),
                        ProfileRules::tr("Choose one of the listed industries."));
    int mains = 0;
    QStringList wrong;
    for (const DestinationCountry &country : compliance.destinationCountries) {
        mains += country.isMain ? 1 : 0;
        if (!ProfileRules::isCountryCode(country.id))
            wrong.append(country.id);
    }
    if (!wrong.isEmpty())
        problems.insert(QStringLiteral("brand.compliance.destinationCountries"),
                        ProfileRules::tr("Not a two-letter country code: %1.").arg(wrong.join(QStringLiteral(", "))));
    else if (mains > 1)
        problems.insert(QStringLiteral("brand.compliance.destinationCountries"),
                        ProfileRules::tr("Only one destination country can be the main one."));
    else if (compliance.isTcrApplication.value_or(false) && !compliance.destinationCountries.isEmpty() && mains == 0)
        problems.insert(QStringLiteral("brand.compliance.destinationCountries"),
                        ProfileRules::tr("Mark the main destination country: US 10DLC registration needs one."));
    static const QRegularExpression prefix(QStringLiteral("^\\+\\d{1,3}$"));
    if (!compliance.phoneNumberPrefix.isEmpty() && !prefix.match(compliance.phoneNumberPrefix).hasMatch())
        problems.insert(QStringLiteral("brand.compliance.phoneNumberPrefix"),
                        ProfileRules::tr("A number prefix is + and 1–3 digits, e.g. +1."));
}

} // namespace

ProfileRules::Problems ProfileRules::check(const ProfileChanges &changes, const Profile *existing)
{
    Problems problems;
    const bool create = !existing;

    if ((create && !changes.name) || (changes.name && changes.name->trimmed().isEmpty()))
        problems.insert(QStringLiteral("name"), tr("The profile needs a name."));
    if (existing && changes.shortName && changes.shortName->isEmpty() && !existing->shortName.isEmpty())
        problems.insert(QStringLiteral("short_name"),
                        tr("A short name cannot be removed once set; change it instead."));
    else if (changes.shortName && !changes.shortName->isEmpty() && !isValidShortName(*changes.shortName))
        problems.insert(QStringLiteral("short_name"),
                        tr("3 to 11 letters, digits or spaces, with at least one letter (e.g. “Mkt 2”)."));
    if (changes.icon && !changes.icon->isEmpty() && !isHttpUrl(*changes.icon))
        problems.insert(QStringLiteral("icon"), tr("The icon is the address of an image, starting with https://."));

    const QString model = changes.billingModel.value_or(existing ? existing->billingModel : QString());
    if (!model.isEmpty() && !billingModels().contains(model))
        problems.insert(QStringLiteral("billing_model"), tr("Choose who pays for this profile's messages."));
    const bool profilePays = model != QLatin1String("organization");
    const bool hasContact = changes.billingContact || (existing && existing->billingContact);
    if (profilePays && !hasContact)
        problems.insert(QStringLiteral("billing_contact"),
                        tr("A profile that pays for its own messages needs a billing contact for its invoices."));
    if (changes.billingContact && profilePays) {
        const BillingContact &contact = *changes.billingContact;
        if (contact.name.trimmed().isEmpty())
            problems.insert(QStringLiteral("billing_contact.name"), tr("The billing contact needs a name."));
        if (contact.email.trimmed().isEmpty())
            problems.insert(QStringLiteral("billing_contact.email"),
                            tr("Invoices are sent to this address: it is needed."));
        else if (!isValidEmail(contact.email))
            problems.insert(QStringLiteral("billing_contact.email"), tr("This is not an email address."));
        if (!contact.phone.isEmpty() && !isE164(contact.phone))
            problems.insert(QStringLiteral("billing_contact.phone"),
                            tr("Write the number in international form, e.g. +14155550100."));
    }

    const bool inheritsBrand = changes.inheritTcrBrand.value_or(existing ? existing->inheritTcrBrand : false);
    if (changes.brand) {
        if (inheritsBrand && changes.inheritTcrBrand)
            problems.insert(QStringLiteral("brand"),
                            tr("A profile that uses the organization's brand cannot also have its own."));
        else if (existing && existing->brand && existing->brand->submittedToTcr && !existing->brand->isInherited)
            problems.insert(QStringLiteral("brand"),
                            tr("This brand was submitted to TCR and can no longer be changed."));
        const Brand &brand = *changes.brand;
        checkContact(brand.contact.value_or(BrandContact{}), problems);
        checkCompliance(brand.compliance.value_or(BrandCompliance{}), problems);
        if (brand.business)
            checkBusiness(*brand.business, problems);
    }
    return problems;
}

bool ProfileRules::isValidShortName(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 ]{3,11}$"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    return allowed.match(text).hasMatch() && letter.match(text).hasMatch();
}

bool ProfileRules::isValidEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool ProfileRules::isE164(const QString &text)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return e164.match(text).hasMatch();
}

bool ProfileRules::isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool ProfileRules::isCountryCode(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
    return iso.match(text).hasMatch();
}

const QStringList &ProfileRules::billingModels()
{
    static const QStringList list = {QStringLiteral("profile"), QStringLiteral("organization"),
                                     QStringLiteral("profile_and_organization")};
    return list;
}

const QStringList &ProfileRules::brandRelationships()
{
    static const QStringList list = {QStringLiteral("BASIC_ACCOUNT"), QStringLiteral("SMALL_ACCOUNT"),
                                     QStringLiteral("MEDIUM_ACCOUNT"), QStringLiteral("LARGE_ACCOUNT"),
                                     QStringLiteral("KEY_ACCOUNT")};
    return list;
}

const QStringList &ProfileRules::entityTypes()
{
    static const QStringList list = {QStringLiteral("PRIVATE_PROFIT"), QStringLiteral("PUBLIC_PROFIT"),
                                     QStringLiteral("NON_PROFIT"), QStringLiteral("SOLE_PROPRIETOR"),
                                     QStringLiteral("GOVERNMENT")};
    return list;
}

const QStringList &ProfileRules::verticals()
{
    static const QStringList list = {
        QStringLiteral("AGRICULTURE"),  QStringLiteral("COMMUNICATION"), QStringLiteral("CONSTRUCTION"),
        QStringLiteral("EDUCATION"),    QStringLiteral("ENERGY"),        QStringLiteral("ENTERTAINMENT"),
        QStringLiteral("FINANCIAL"),    QStringLiteral("GAMBLING"),      QStringLiteral("GOVERNMENT"),
        QStringLiteral("HEALTHCARE"),   QStringLiteral("HOSPITALITY"),   QStringLiteral("HUMAN_RESOURCES"),
        QStringLiteral("INSURANCE"),    QStringLiteral("LEGAL"),         QStringLiteral("MANUFACTURING"),
        QStringLiteral("NGO"),          QStringLiteral("POLITICAL"),     QStringLiteral("POSTAL"),
        QStringLiteral("PROFESSIONAL"), QStringLiteral("REAL_ESTATE"),   QStringLiteral("RETAIL"),
        QStringLiteral("TECHNOLOGY"),   QStringLiteral("TRANSPORTATION")};
    return list;
}

QString ProfileRules::fieldFor(const QString &apiPath, const QStringList &fields)
{
    QString path = canonical(apiPath);
    // Some answers name the body ("profile.short_name"): drop a leading part no field starts with.
    while (!path.isEmpty()) {
        for (const QString &field : fields)
            if (canonical(field) == path)
                return field;
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        path.truncate(dot);
    }
    const qsizetype first = canonical(apiPath).indexOf(QLatin1Char('.'));
    if (first > 0 && canonical(apiPath).startsWith(QLatin1String("profile.")))
        return fieldFor(apiPath.mid(first + 1), fields);
    return {};
}

} // namespace cd
