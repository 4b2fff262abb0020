#include "brandform.h"
#include "core/datetext.h"

#include "profileeditor/fieldset.h"

#include "domain/labels.h"
#include "domain/profilerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

const QString kContact = QStringLiteral("brand.contact.");
const QString kBusiness = QStringLiteral("brand.business.");
const QString kCompliance = QStringLiteral("brand.compliance.");
const QString kCountries = QStringLiteral("brand.compliance.destinationCountries");
const QString kMain = QStringLiteral("brand.compliance.mainCountry"); // the form's; sent as isMain

FieldSet::Choices choices(const QStringList &values, QString (*name)(const QString &))
{
    FieldSet::Choices list;
    for (const QString &value : values)
        list.append({value, name(value)});
    return list;
}

QStringList countryCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList codes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!codes.contains(part.toUpper()))
            codes.append(part.toUpper());
    return codes;
}

} // namespace

BrandForm::BrandForm(FieldSet *fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setAccessibleName(tr("About this brand"));
    m_switch = new QPushButton(tr("Give the profile a brand of its &own"), this);
    m_switch->setToolTip(tr("Stop using the organization's brand; the form below becomes this profile's own brand."));
    connect(m_switch, &QPushButton::clicked, this, &BrandForm::switchToOwnRequested);
    layout->addWidget(m_notice);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);

    auto *contactBox = new QGroupBox(tr("Primary contact"), this);
    auto *contact = new QFormLayout(contactBox);
    fields->addLine(contact, tr("&Name:"), kContact + QStringLiteral("name"), tr("Who TCR and carriers can reach"));
    fields->addLine(contact, tr("Business na&me:"), kContact + QStringLiteral("businessName"));
    fields->addLine(contact, tr("&Email:"), kContact + QStringLiteral("email"), tr("name@example.com"));
    fields->addLine(contact, tr("P&hone:"), kContact + QStringLiteral("phone"), tr("+14155550100"));
    fields->addLine(contact, tr("Calling code:"), kContact + QStringLiteral("phoneCountryCode"), tr("1"));
    fields->addLine(contact, tr("Role:"), kContact + QStringLiteral("role"), tr("e.g. Compliance manager"));
    layout->addWidget(contactBox);

    auto *businessBox = new QGroupBox(tr("Business"), this);
    auto *business = new QFormLayout(businessBox);
    fields->addLine(business, tr("&Legal name:"), kBusiness + QStringLiteral("legalName"),
                    tr("As registered with the tax authority"));
    fields->addChoice(business, tr("Entity &type:"), kBusiness + QStringLiteral("entityType"),
                      choices(ProfileRules::entityTypes(), &Labels::entityType), tr("Not stated"));
    fields->addLine(business, tr("Ta&x ID:"), kBusiness + QStringLiteral("taxId"), tr("e.g. 12-3456789"));
    fields->addChoice(
        business, tr("Tax ID type:"), kBusiness + QStringLiteral("taxIdType"),
        {{QStringLiteral("us_ein"), tr("US EIN")}, {QStringLiteral("ca_bn"), tr("Canadian business number")}},
        tr("Not stated"));
    fields->addLine(business, tr("&Website:"), kBusiness + QStringLiteral("url"), tr("https://example.com"));
    fields->addLine(business, tr("Street:"), kBusiness + QStringLiteral("street"));
    fields->addLine(business, tr("C&ity:"), kBusiness + QStringLiteral("city"));
    fields->addLine(business, tr("State or re&gion:"), kBusiness + QStringLiteral("state"));
    fields->addLine(business, tr("Postal code:"), kBusiness + QStringLiteral("postalCode"));
    fields->addLine(business, tr("Co&untry:"), kBusiness + QStringLiteral("country"), tr("US"));
    fields->addLine(business, tr("Country of registration:"), kBusiness + QStringLiteral("countryOfRegistration"),
                    tr("US"));
    layout->addWidget(businessBox);

    auto *complianceBox = new QGroupBox(tr("Compliance"), this);
    auto *compliance = new QFormLayout(complianceBox);
    QComboBox *relationship =
        fields->addChoice(compliance, tr("Rel&ationship:"), kCompliance + QStringLiteral("brandRelationship"),
                          choices(ProfileRules::brandRelationships(), &Labels::relationship), tr("Choose…"));
    // The account sizes mean little without their explanation: each says it, and the box says what it is for.
    for (int i = 0; i < relationship->count(); ++i)
        relationship->setItemData(i, Labels::relationshipHint(relationship->itemData(i).toString()), Qt::ToolTipRole);
    relationship->setWhatsThis(tr("How well the messaging provider knows this business. The registry uses it to "
                                  "decide how much it checks the brand: choose Basic account for a new customer."));
    fields->addChoice(compliance, tr("&Vertical:"), kCompliance + QStringLiteral("vertical"),
                      choices(ProfileRules::verticals(), &Labels::vertical), tr("Choose…"));
    m_countries =
        fields->addLine(compliance, tr("&Destination countries:"), kCountries, tr("Two-letter codes, e.g. US, CA"));
    m_mainCountry = fields->addChoice(compliance, tr("Main countr&y:"), kMain, {}, tr("None"));
    fields
        ->addCheck(compliance, tr("&Register with The Campaign Registry (US 10DLC TCR application)"),
                   kCompliance + QStringLiteral("isTcrApplication"))
        ->setWhatsThis(tr("Registers the brand with The Campaign Registry, which US carriers require for 10DLC "
                          "messaging. A registered brand needs at least one campaign, and can no longer be changed "
                          "once submitted."));
    fields->addLine(compliance, tr("Number prefix:"), kCompliance + QStringLiteral("phoneNumberPrefix"), tr("+1"));
    fields->addText(compliance, tr("Notes:"), kCompliance + QStringLiteral("notes"));
    layout->addWidget(complianceBox);
    layout->addStretch(1);

    connect(m_countries, &QLineEdit::textChanged, this, &BrandForm::updateMainCountries);
    setMode(Mode::Own);
}

QStringList BrandForm::paths() const
{
    QStringList result;
    for (const QString &path : m_fields->paths())
        if (path.startsWith(QLatin1String("brand.")))
            result.append(path);
    return result;
}

void BrandForm::updateMainCountries()
{
    const QString current = m_mainCountry->currentData().toString();
    const QStringList codes = countryCodes(m_countries->text());
    QSignalBlocker block(m_mainCountry);
    while (m_mainCountry->count() > 1)
        m_mainCountry->removeItem(1);
    for (const QString &code : codes) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name = territory == QLocale::AnyTerritory
            ? code
            : QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
        m_mainCountry->addItem(name, code);
    }
    m_mainCountry->setCurrentIndex(std::max(0, m_mainCountry->findData(current)));
    // One destination: it is the main one (unless the user said otherwise since).
    if (codes.size() == 1 && m_mainCountry->currentIndex() == 0 && !m_fields->isTouched(kMain))
        m_mainCountry->setCurrentIndex(1);
}

void BrandForm::load(const std::optional<Brand> &brand)
{
    m_loaded = brand;
    const BrandContact contact = brand ? brand->contact.value_or(BrandContact{}) : BrandContact{};
    const BrandBusiness business = brand ? brand->business.value_or(BrandBusiness{}) : BrandBusiness{};
    const BrandCompliance compliance = brand ? brand->compliance.value_or(BrandCompliance{}) : BrandCompliance{};
    const std::pair<QString, QString> values[] = {{QStringLiteral("name"), contact.name},
                                                  {QStringLiteral("businessName"), contact.businessName},
                                                  {QStringLiteral("email"), contact.email},
                                                  {QStringLiteral("phone"), contact.phone},
                                                  {QStringLiteral("phoneCountryCode"), contact.phoneCountryCode},
                                                  {QStringLiteral("role"), contact.role}};
    for (const auto &[key, value] : values)
        m_fields->setText(kContact + key, value);
    const std::pair<QString, QString> businessValues[] = {
        {QStringLiteral("legalName"), business.legalName},
        {QStringLiteral("entityType"), business.entityType},
        {QStringLiteral("taxId"), business.taxId},
        {QStringLiteral("taxIdType"), business.taxIdType},
        {QStringLiteral("url"), business.url},
        {QStringLiteral("street"), business.street},
        {QStringLiteral("city"), business.city},
        {QStringLiteral("state"), business.state},
        {QStringLiteral("postalCode"), business.postalCode},
        {QStringLiteral("country"), business.country},
        {QStringLiteral("countryOfRegistration"), business.countryOfRegistration}};
    for (const auto &[key, value] : businessValues)
        m_fields->setText(kBusiness + key, value);
    m_fields->setText(kCompliance + QStringLiteral("brandRelationship"), compliance.brandRelationship);
    m_fields->setText(kCompliance + QStringLiteral("vertical"), compliance.vertical);
    QStringList codes;
    for (const DestinationCountry &country : compliance.destinationCountries)
        codes.append(country.id);
    m_fields->setText(kCountries, codes.join(QStringLiteral(", ")));
    updateMainCountries();
    m_fields->setText(kMain, compliance.mainCountry());
    m_fields->setChecked(kCompliance + QStringLiteral("isTcrApplication"), compliance.isTcrApplication.value_or(false));
    m_fields->setText(kCompliance + QStringLiteral("phoneNumberPrefix"), compliance.phoneNumberPrefix);
    m_fields->setText(kCompliance + QStringLiteral("notes"), compliance.notes);
    setMode(m_mode);
}

void BrandForm::setMode(Mode mode)
{
    m_mode = mode;
    m_fields->setReadOnly(mode != Mode::Own, paths());
    m_switch->setVisible(mode == Mode::Inherited);
    switch (mode) {
    case Mode::Inherited:
        m_notice->setText(
            m_loaded ? tr("This profile uses the organization's brand, shown here as it is; only the organization "
                          "can change it.")
                     : tr("This profile uses the organization's brand; only the organization can change it."));
        break;
    case Mode::Submitted: {
        QString text = tr("This brand was submitted to The Campaign Registry");
        if (m_loaded && m_loaded->submittedAt.isValid())
            text += QLatin1Char(' ') + tr("on %1").arg(DateText::day(m_loaded->submittedAt));
        if (m_loaded && !m_loaded->tcrBrandId.isEmpty())
            text += QLatin1Char(' ') + tr("(TCR brand %1)").arg(m_loaded->tcrBrandId);
        m_notice->setText(
            text + QStringLiteral(". ")
            + tr("A submitted brand can no longer be changed, so it is shown read-only. To correct it, contact "
                 "sent.dm support with the TCR brand ID."));
        break;
    }
    case Mode::Own:
        m_notice->setText(
            m_loaded ? tr("The profile's own brand.")
                     : tr("The profile has no brand yet. Fill in at least the contact's name, the relationship and "
                          "the vertical to create one, or use the organization's brand (Profile tab)."));
        break;
    }
}

QString BrandForm::noticeText() const
{
    return m_notice->text();
}

bool BrandForm::isFilled() const
{
    for (const QString &path : paths())
        if (path != kMain && !m_fields->text(path).isEmpty())
            return true;
    return m_fields->isChecked(kCompliance + QStringLiteral("isTcrApplication"));
}

std::optional<Brand> BrandForm::brand() const
{
    if (!isFilled())
        return std::nullopt;
    Brand brand;
    if (m_loaded)
        brand = *m_loaded;
    BrandContact contact;
    contact.name = m_fields->text(kContact + QStringLiteral("name"));
    contact.businessName = m_fields->text(kContact + QStringLiteral("businessName"));
    contact.email = m_fields->text(kContact + QStringLiteral("email"));
    contact.phone = m_fields->text(kContact + QStringLiteral("phone"));
    contact.phoneCountryCode = m_fields->text(kContact + QStringLiteral("phoneCountryCode"));
    contact.role = m_fields->text(kContact + QStringLiteral("role"));
    brand.contact = contact;

    BrandBusiness business;
    QString *const targets[] = {&business.legalName,
                                &business.entityType,
                                &business.taxId,
                                &business.taxIdType,
                                &business.url,
                                &business.street,
                                &business.city,
                                &business.state,
                                &business.postalCode,
                                &business.country,
                                &business.countryOfRegistration};
    const char *const keys[] = {
        "legalName", "entityType",           "taxId", "taxIdType", "url", "street", "city", "state", "postalCode",
        "country",   "countryOfRegistration"};
    bool anyBusiness = false;
    for (size_t i = 0; i < std::size(keys); ++i) {
        *targets[i] = m_fields->text(kBusiness + QLatin1String(keys[i]));
        anyBusiness = anyBusiness || !targets[i]->isEmpty();
    }
    if (anyBusiness)
        brand.business = business;
    else
        brand.business.reset();

    BrandCompliance compliance = brand.compliance.value_or(BrandCompliance{});
    compliance.brandRelationship = m_fields->text(kCompliance + QStringLiteral("brandRelationship"));
    compliance.vertical = m_fields->text(kCompliance + QStringLiteral("vertical"));
    compliance.destinationCountries.clear();
    const QString main = m_fields->text(kMain);
    for (const QString &code : countryCodes(m_fields->text(kCountries)))
        compliance.destinationCountries.append({code, code == main});
    compliance.isTcrApplication = m_fields->isChecked(kCompliance + QStringLiteral("isTcrApplication"));
    compliance.phoneNumberPrefix = m_fields->text(kCompliance + QStringLiteral("phoneNumberPrefix"));
    compliance.notes = m_fields->text(kCompliance + QStringLiteral("notes"));
    brand.compliance = compliance;
    return brand;
}

} // namespace cd::ui
