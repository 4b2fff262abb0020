#include "profileimport.h"

#include "domain/profilerules.h"
#include "report/csv.h"

#include <QRegularExpression>

#include <functional>

namespace cd {

namespace {

// How a header or a field id compares: lower case, letters and digits only ("Brand contact: Phone" and
// "brand.contact.phone" meet).
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// Other names people give the columns.
const QMap<QString, QString> &synonyms()
{
    static const QMap<QString, QString> map{
        {QStringLiteral("profilename"), QStringLiteral("name")},
        {QStringLiteral("location"), QStringLiteral("name")},
        {QStringLiteral("shortname"), QStringLiteral("short_name")},
        {QStringLiteral("billingmodel"), QStringLiteral("billing_model")},
        {QStringLiteral("whopays"), QStringLiteral("billing_model")},
        {QStringLiteral("inheritbrand"), QStringLiteral("inherit_tcr_brand")},
        {QStringLiteral("inheritcampaigns"), QStringLiteral("inherit_tcr_campaign")},
        {QStringLiteral("contactname"), QStringLiteral("brand.contact.name")},
        {QStringLiteral("contact"), QStringLiteral("brand.contact.name")},
        {QStringLiteral("businessname"), QStringLiteral("brand.contact.businessName")},
        {QStringLiteral("dba"), QStringLiteral("brand.contact.businessName")},
        {QStringLiteral("email"), QStringLiteral("brand.contact.email")},
        {QStringLiteral("contactemail"), QStringLiteral("brand.contact.email")},
        {QStringLiteral("phone"), QStringLiteral("brand.contact.phone")},
        {QStringLiteral("contactphone"), QStringLiteral("brand.contact.phone")},
        {QStringLiteral("role"), QStringLiteral("brand.contact.role")},
        {QStringLiteral("company"), QStringLiteral("brand.business.legalName")},
        {QStringLiteral("legalname"), QStringLiteral("brand.business.legalName")},
        {QStringLiteral("entitytype"), QStringLiteral("brand.business.entityType")},
        {QStringLiteral("ein"), QStringLiteral("brand.business.taxId")},
        {QStringLiteral("taxid"), QStringLiteral("brand.business.taxId")},
        {QStringLiteral("taxidtype"), QStringLiteral("brand.business.taxIdType")},
        {QStringLiteral("website"), QStringLiteral("brand.business.url")},
        {QStringLiteral("url"), QStringLiteral("brand.business.url")},
        {QStringLiteral("street"), QStringLiteral("brand.business.street")},
        {QStringLiteral("address"), QStringLiteral("brand.business.street")},
        {QStringLiteral("city"), QStringLiteral("brand.business.city")},
        {QStringLiteral("state"), QStringLiteral("brand.business.state")},
        {QStringLiteral("zip"), QStringLiteral("brand.business.postalCode")},
        {QStringLiteral("zipcode"), QStringLiteral("brand.business.postalCode")},
        {QStringLiteral("postalcode"), QStringLiteral("brand.business.postalCode")},
        {QStringLiteral("country"), QStringLiteral("brand.business.country")},
        {QStringLiteral("vertical"), QStringLiteral("brand.compliance.vertical")},
        {QStringLiteral("industry"), QStringLiteral("brand.compliance.vertical")},
        {QStringLiteral("brandrelationship"), QStringLiteral("brand.compliance.brandRelationship")},
        {QStringLiteral("destinationcountries"), QStringLiteral("brand.compliance.destinationCountries")},
    };
    return map;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("y"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}

BrandContact &contactOf(ProfileChanges &p)
{
    if (!p.brand)
        p.brand = Brand();
    if (!p.brand->contact)
        p.brand->contact = BrandContact();
    return *p.brand->contact;
}

BrandBusiness &businessOf(ProfileChanges &p)
{
    if (!p.brand)
        p.brand = Brand();
    if (!p.brand->business)
        p.brand->business = BrandBusiness();
    return *p.brand->business;
}

BrandCompliance &complianceOf(ProfileChanges &p)
{
    if (!p.brand)
        p.brand = Brand();
    if (!p.brand->compliance)
        p.brand->compliance = BrandCompliance();
    return *p.brand->compliance;
}

// Puts a cell's value into the profile; returns what is wrong with it, for people (empty: nothing).
using Setter = std::function<QString(ProfileChanges &, const QString &)>;

Setter text(QString BrandContact::*member)
{
    return [member](ProfileChanges &p, const QString &v) {
        contactOf(p).*member = v;
        return QString();
    };
}

Setter business(QString BrandBusiness::*member)
{
    return [member](ProfileChanges &p, const QString &v) {
        businessOf(p).*member = v;
        return QString();
    };
}

Setter flag(std::optional<bool> ProfileChanges::*member)
{
    return [member](ProfileChanges &p, const QString &v) {
        const std::optional<bool> value = yesNo(v);
        if (!value)
            return ProfileImport::tr("Write yes or no.");
        p.*member = value;
        return QString();
    };
}

const QHash<QString, Setter> &setters()
{
    static const QHash<QString, Setter> map{
        {QStringLiteral("name"),
         [](ProfileChanges &p, const QString &v) {
             p.name = v;
             return QString();
         }},
        {QStringLiteral("short_name"),
         [](ProfileChanges &p, const QString &v) {
             p.shortName = v;
             return QString();
         }},
        {QStringLiteral("description"),
         [](ProfileChanges &p, const QString &v) {
             p.description = v;
             return QString();
         }},
        {QStringLiteral("billing_model"),
         [](ProfileChanges &p, const QString &v) {
             p.billingModel = v.trimmed().toLower();
             return QString();
         }},
        {QStringLiteral("billing_contact.name"),
         [](ProfileChanges &p, const QString &v) {
             p.billingContact = p.billingContact.value_or(BillingContact());
             p.billingContact->name = v;
             return QString();
         }},
        {QStringLiteral("billing_contact.email"),
         [](ProfileChanges &p, const QString &v) {
             p.billingContact = p.billingContact.value_or(BillingContact());
             p.billingContact->email = v;
             return QString();
         }},
        {QStringLiteral("billing_contact.phone"),
         [](ProfileChanges &p, const QString &v) {
             p.billingContact = p.billingContact.value_or(BillingContact());
             p.billingContact->phone = v;
             return QString();
         }},
        {QStringLiteral("inherit_tcr_brand"), flag(&ProfileChanges::inheritTcrBrand)},
        {QStringLiteral("inherit_tcr_campaign"), flag(&ProfileChanges::inheritTcrCampaign)},
        {QStringLiteral("brand.contact.name"), text(&BrandContact::name)},
        {QStringLiteral("brand.contact.businessName"), text(&BrandContact::businessName)},
        {QStringLiteral("brand.contact.email"), text(&BrandContact::email)},
        {QStringLiteral("brand.contact.phone"), text(&BrandContact::phone)},
        {QStringLiteral("brand.contact.role"), text(&BrandContact::role)},
        {QStringLiteral("brand.business.legalName"), business(&BrandBusiness::legalName)},
        {QStringLiteral("brand.business.entityType"),
         [](ProfileChanges &p, const QString &v) {
             businessOf(p).entityType = v.trimmed().toUpper();
             return QString();
         }},
        {QStringLiteral("brand.business.taxId"), business(&BrandBusiness::taxId)},
        {QStringLiteral("brand.business.taxIdType"), business(&BrandBusiness::taxIdType)},
        {QStringLiteral("brand.business.url"), business(&BrandBusiness::url)},
        {QStringLiteral("brand.business.street"), business(&BrandBusiness::street)},
        {QStringLiteral("brand.business.city"), business(&BrandBusiness::city)},
        {QStringLiteral("brand.business.state"), business(&BrandBusiness::state)},
        {QStringLiteral("brand.business.postalCode"), business(&BrandBusiness::postalCode)},
        {QStringLiteral("brand.business.country"),
         [](ProfileChanges &p, const QString &v) {
             businessOf(p).country = v.trimmed().toUpper();
             return QString();
         }},
        {QStringLiteral("brand.compliance.vertical"),
         [](ProfileChanges &p, const QString &v) {
             complianceOf(p).vertical = v.trimmed().toUpper();
             return QString();
         }},
        {QStringLiteral("brand.compliance.brandRelationship"),
         [](ProfileChanges &p, const QString &v) {
             complianceOf(p).brandRelationship = v.trimmed().toUpper();
             return QString();
         }},
        {QStringLiteral("brand.compliance.destinationCountries"),
         [](ProfileChanges &p, const QString &v) {
             QList<DestinationCountry> countries;
             const QStringList codes = v.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
             for (const QString &code : codes)
                 countries.append({code.trimmed().toUpper(), countries.isEmpty()});
             complianceOf(p).destinationCountries = countries;
             return QString();
         }},
    };
    return map;
}

} // namespace

const QList<ProfileImport::Field> &ProfileImport::fields()
{
    static const QList<Field> list{
        {QStringLiteral("name"), tr("Profile name"), true, QStringLiteral("Zahnarztpraxis Müller – Zürich")},
        {QStringLiteral("short_name"), tr("Short name (3–11 letters, digits or spaces)"), false,
         QStringLiteral("ZAHN ZH")},
        {QStringLiteral("description"), tr("Description"), false, QStringLiteral("Dental practice, Zürich branch")},
        {QStringLiteral("billing_model"), tr("Who pays: profile, organization or profile_and_organization"), false,
         QStringLiteral("organization")},
        {QStringLiteral("billing_contact.name"), tr("Billing contact's name"), false, QStringLiteral("Anna Müller")},
        {QStringLiteral("billing_contact.email"), tr("Billing contact's email"), false,
         QStringLiteral("billing@praxis-mueller.example")},
        {QStringLiteral("billing_contact.phone"), tr("Billing contact's phone (+ and digits)"), false,
         QStringLiteral("+41445550100")},
        {QStringLiteral("inherit_tcr_brand"), tr("Uses the organization's brand (yes or no)"), false,
         QStringLiteral("no")},
        {QStringLiteral("inherit_tcr_campaign"), tr("Uses the organization's campaigns (yes or no)"), false,
         QStringLiteral("no")},
        {QStringLiteral("brand.contact.name"), tr("Brand contact's name"), false, QStringLiteral("Anna Müller")},
        {QStringLiteral("brand.contact.businessName"), tr("Business name the public knows"), false,
         QStringLiteral("Praxis Müller")},
        {QStringLiteral("brand.contact.email"), tr("Brand contact's email"), false,
         QStringLiteral("anna@praxis-mueller.example")},
        {QStringLiteral("brand.contact.phone"), tr("Brand contact's phone (+ and digits)"), false,
         QStringLiteral("+14155550100")},
        {QStringLiteral("brand.contact.role"), tr("Brand contact's role"), false, QStringLiteral("Owner")},
        {QStringLiteral("brand.business.legalName"), tr("Legal name"), false, QStringLiteral("Praxis Müller GmbH")},
        {QStringLiteral("brand.business.entityType"), tr("Entity type (e.g. PRIVATE_PROFIT)"), false,
         QStringLiteral("PRIVATE_PROFIT")},
        {QStringLiteral("brand.business.taxId"), tr("Tax id (e.g. an EIN)"), false, QStringLiteral("12-3456789")},
        {QStringLiteral("brand.business.taxIdType"), tr("Tax id type (e.g. us_ein)"), false, QStringLiteral("us_ein")},
        {QStringLiteral("brand.business.url"), tr("Website"), false, QStringLiteral("https://praxis-mueller.example")},
        {QStringLiteral("brand.business.street"), tr("Street"), false, QStringLiteral("100 Main St")},
        {QStringLiteral("brand.business.city"), tr("City"), false, QStringLiteral("Springfield")},
        {QStringLiteral("brand.business.state"), tr("State or region"), false, QStringLiteral("IL")},
        {QStringLiteral("brand.business.postalCode"), tr("Postal code"), false, QStringLiteral("62701")},
        {QStringLiteral("brand.business.country"), tr("Country (two letters)"), false, QStringLiteral("US")},
        {QStringLiteral("brand.compliance.vertical"), tr("Industry (the registry's vertical)"), false,
         QStringLiteral("HEALTHCARE")},
        {QStringLiteral("brand.compliance.brandRelationship"), tr("Relationship with the brand"), false,
         QStringLiteral("SMALL_ACCOUNT")},
        {QStringLiteral("brand.compliance.destinationCountries"),
         tr("Countries messaged (two letters each, the main one first)"), false, QStringLiteral("US")},
    };
    return list;
}

QString ProfileImport::labelOf(const QString &fieldId)
{
    for (const Field &f : fields())
        if (f.id == fieldId)
            return f.label;
    return fieldId;
}

std::optional<ProfileImport::Table> ProfileImport::parse(const QByteArray &bytes, QString *error)
{
    Table table;
    table.delimiter = csv::guessDelimiter(bytes);
    QList<QStringList> records = csv::read(bytes, table.delimiter);
    // Blank lines (a spreadsheet's trailing ones) are no rows.
    records.removeIf([](const QStringList &r) {
        return std::all_of(r.cbegin(), r.cend(), [](const QString &v) { return v.trimmed().isEmpty(); });
    });
    if (records.isEmpty()) {
        if (error)
            *error = tr("The file is empty.");
        return std::nullopt;
    }
    table.header = records.takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    if (records.isEmpty()) {
        if (error)
            *error = tr("The file has a header line but no profiles under it.");
        return std::nullopt;
    }
    table.rows = records;
    return table;
}

ProfileImport::Mapping ProfileImport::guessMapping(const QStringList &header)
{
    QHash<QString, QString> byFolded;
    for (const Field &f : fields()) {
        byFolded.insert(folded(f.id), f.id);
        byFolded.insert(folded(f.id.section(QLatin1Char('.'), -1)), f.id); // "postalCode" alone
    }
    for (auto it = synonyms().cbegin(); it != synonyms().cend(); ++it)
        byFolded.insert(it.key(), it.value());
    // The exact names win over the short ones: "brand.business.state" is state, not billing anything.
    for (const Field &f : fields())
        byFolded.insert(folded(f.id), f.id);
    Mapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString id = byFolded.value(folded(header.at(column)));
        if (!id.isEmpty() && !mapping.contains(id))
            mapping.insert(id, column);
    }
    return mapping;
}

QJsonObject ProfileImport::mappingToJson(const Mapping &mapping, const QStringList &header)
{
    QJsonObject json;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        if (it.value() >= 0 && it.value() < header.size())
            json.insert(it.key(), header.at(it.value()));
    return json;
}

ProfileImport::Mapping ProfileImport::mappingFromJson(const QJsonObject &json, const QStringList &header,
                                                      QStringList *unknown)
{
    Mapping mapping;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const int column = header.indexOf(it.value().toString().trimmed());
        if (column >= 0 && setters().contains(it.key()))
            mapping.insert(it.key(), column);
        else if (unknown)
            unknown->append(it.value().toString());
    }
    return mapping;
}

ProfileImport::Mapping ProfileImport::mappingFor(const QStringList &header, const QJsonObject &remembered)
{
    Mapping mapping = guessMapping(header);
    const Mapping last = mappingFromJson(remembered, header);
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        mapping.remove(mapping.key(it.value(), QString())); // that column fills what it filled last time
        mapping.insert(it.key(), it.value());
    }
    return mapping;
}

QList<ProfileImport::Row> ProfileImport::rows(const Table &table, const Mapping &mapping,
                                              const QList<Profile> &existing)
{
    QHash<QString, QString> takenNames, takenShortNames; // folded → who has it, for people
    for (const Profile &p : existing) {
        takenNames.insert(p.name.trimmed().toCaseFolded(), tr("the existing profile “%1”").arg(p.name));
        if (!p.shortName.trimmed().isEmpty())
            takenShortNames.insert(p.shortName.trimmed().toCaseFolded(), tr("the existing profile “%1”").arg(p.name));
    }
    QList<Row> result;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &record = table.rows.at(i);
        Row row;
        row.line = i + 2;
        row.profile = changesOf(record, mapping, &row.problems);
        const ProfileRules::Problems problems = ProfileRules::check(row.profile);
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            if (!row.problems.contains(it.key()))
                row.problems.insert(it.key(), it.value());
        const QString name = row.profile.name.value_or(QString()).trimmed().toCaseFolded();
        const QString shortName = row.profile.shortName.value_or(QString()).trimmed().toCaseFolded();
        if (!name.isEmpty() && takenNames.contains(name))
            row.duplicateOf = takenNames.value(name);
        else if (!shortName.isEmpty() && takenShortNames.contains(shortName))
            row.duplicateOf = takenShortNames.value(shortName);
        if (!name.isEmpty() && !takenNames.contains(name))
            takenNames.insert(name, tr("line %1 of the file").arg(row.line));
        if (!shortName.isEmpty() && !takenShortNames.contains(shortName))
            takenShortNames.insert(shortName, tr("line %1 of the file").arg(row.line));
        result.append(row);
    }
    return result;
}

ProfileChanges ProfileImport::changesOf(const QStringList &record, const Mapping &mapping,
                                        QMap<QString, QString> *problems)
{
    ProfileChanges changes;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString value = it.value() < record.size() ? record.at(it.value()).trimmed() : QString();
        const auto setter = setters().constFind(it.key());
        if (value.isEmpty() || setter == setters().cend())
            continue;
        const QString problem = (*setter)(changes, value);
        if (!problem.isEmpty() && problems)
            problems->insert(it.key(), problem);
    }
    return changes;
}

BulkPlan ProfileImport::plan(const QList<Row> &rows)
{
    BulkPlan plan;
    for (const Row &row : rows) {
        PlannedItem p;
        p.item.action = BulkItem::Action::CreateProfile;
        p.item.input = row.profile.toJson();
        p.profileName = row.profile.name.value_or(QString());
        p.item.label = p.profileName.isEmpty() ? tr("Line %1").arg(row.line) : p.profileName;
        p.changes = diffJson(QJsonObject(), p.item.input);
        if (!row.duplicateOf.isEmpty()) {
            p.verdict = PlannedItem::Verdict::Excluded;
            p.reason = tr("Line %1 repeats the name or short name of %2.").arg(row.line).arg(row.duplicateOf);
        } else if (!row.problems.isEmpty()) {
            p.verdict = PlannedItem::Verdict::Errors;
            QStringList lines;
            for (auto it = row.problems.cbegin(); it != row.problems.cend(); ++it)
                lines << tr("%1: %2").arg(labelOf(it.key()), it.value());
            p.reason = tr("Line %1: %2").arg(row.line).arg(lines.join(QLatin1Char(' ')));
        }
        plan.items.append(p);
    }
    return plan;
}

} // namespace cd
