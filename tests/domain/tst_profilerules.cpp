#include "domain/profilerules.h"

#include <QTest>

using namespace cd;

namespace {

Brand validBrand()
{
    Brand b;
    BrandContact contact;
    contact.name = QStringLiteral("Ada Ops");
    contact.email = QStringLiteral("ada@acme.example");
    contact.phone = QStringLiteral("+14155550100");
    b.contact = contact;
    BrandCompliance compliance;
    compliance.brandRelationship = QStringLiteral("SMALL_ACCOUNT");
    compliance.vertical = QStringLiteral("RETAIL");
    compliance.destinationCountries = {{QStringLiteral("US"), true}};
    compliance.isTcrApplication = true;
    b.compliance = compliance;
    BrandBusiness business;
    business.legalName = QStringLiteral("Acme Retail LLC");
    business.entityType = QStringLiteral("PRIVATE_PROFIT");
    business.url = QStringLiteral("https://acme.example");
    b.business = business;
    return b;
}

ProfileChanges validCreate()
{
    ProfileChanges c;
    c.name = QStringLiteral("Acme Retail");
    c.shortName = QStringLiteral("Acme");
    c.billingModel = QStringLiteral("profile");
    c.billingContact = BillingContact{QStringLiteral("Ada Ops"), QStringLiteral("ops@acme.example"), {}, {}};
    c.inheritTcrBrand = false;
    c.brand = validBrand();
    return c;
}

} // namespace

// The contract's field rules for profiles and brands, checked locally: each rule broken once, on the path the API
// would name.
class TestProfileRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidProfileHasNoProblems()
    {
        QVERIFY2(ProfileRules::check(validCreate()).isEmpty(),
                 qPrintable(ProfileRules::check(validCreate()).keys().join(u',')));
    }

    void eachRuleOnItsField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::function<void(ProfileChanges &)>>("breakIt");
        using F = std::function<void(ProfileChanges &)>;
        QTest::newRow("no name") << u"name"_qs << F([](ProfileChanges &c) { c.name = QStringLiteral("  "); });
        QTest::newRow("short name too short")
            << u"short_name"_qs << F([](ProfileChanges &c) { c.shortName = QStringLiteral("ab"); });
        QTest::newRow("short name too long")
            << u"short_name"_qs << F([](ProfileChanges &c) { c.shortName = QStringLiteral("Abcdefghijkl"); });
        QTest::newRow("short name no letter")
            << u"short_name"_qs << F([](ProfileChanges &c) { c.shortName = QStringLiteral("1234"); });
        QTest::newRow("short name punctuation")
            << u"short_name"_qs << F([](ProfileChanges &c) { c.shortName = QStringLiteral("Acme-2"); });
        QTest::newRow("icon not a url") << u"icon"_qs
                                        << F([](ProfileChanges &c) { c.icon = QStringLiteral("logo.png"); });
        QTest::newRow("unknown billing model")
            << u"billing_model"_qs << F([](ProfileChanges &c) { c.billingModel = QStringLiteral("nobody"); });
        QTest::newRow("profile pays without contact")
            << u"billing_contact"_qs << F([](ProfileChanges &c) { c.billingContact.reset(); });
        QTest::newRow("billing email missing")
            << u"billing_contact.email"_qs << F([](ProfileChanges &c) { c.billingContact->email.clear(); });
        QTest::newRow("billing email wrong")
            << u"billing_contact.email"_qs
            << F([](ProfileChanges &c) { c.billingContact->email = QStringLiteral("ops"); });
        QTest::newRow("billing phone not E.164")
            << u"billing_contact.phone"_qs
            << F([](ProfileChanges &c) { c.billingContact->phone = QStringLiteral("415 555 0100"); });
        QTest::newRow("brand while inheriting")
            << u"brand"_qs << F([](ProfileChanges &c) { c.inheritTcrBrand = true; });
        QTest::newRow("contact name missing")
            << u"brand.contact.name"_qs << F([](ProfileChanges &c) { c.brand->contact->name.clear(); });
        QTest::newRow("contact email wrong")
            << u"brand.contact.email"_qs
            << F([](ProfileChanges &c) { c.brand->contact->email = QStringLiteral("a@b"); });
        QTest::newRow("contact phone wrong")
            << u"brand.contact.phone"_qs
            << F([](ProfileChanges &c) { c.brand->contact->phone = QStringLiteral("+0123"); });
        QTest::newRow("calling code wrong")
            << u"brand.contact.phoneCountryCode"_qs
            << F([](ProfileChanges &c) { c.brand->contact->phoneCountryCode = QStringLiteral("+1"); });
        QTest::newRow("relationship missing")
            << u"brand.compliance.brandRelationship"_qs
            << F([](ProfileChanges &c) { c.brand->compliance->brandRelationship.clear(); });
        QTest::newRow("relationship unknown")
            << u"brand.compliance.brandRelationship"_qs
            << F([](ProfileChanges &c) { c.brand->compliance->brandRelationship = QStringLiteral("HUGE"); });
        QTest::newRow("vertical missing")
            << u"brand.compliance.vertical"_qs << F([](ProfileChanges &c) { c.brand->compliance->vertical.clear(); });
        QTest::newRow("country code wrong") << u"brand.compliance.destinationCountries"_qs << F([](ProfileChanges &c) {
            c.brand->compliance->destinationCountries = {{QStringLiteral("USA"), true}};
        });
        QTest::newRow("two main countries") << u"brand.compliance.destinationCountries"_qs << F([](ProfileChanges &c) {
            c.brand->compliance->destinationCountries = {{QStringLiteral("US"), true}, {QStringLiteral("CA"), true}};
        });
        QTest::newRow("tcr without main country")
            << u"brand.compliance.destinationCountries"_qs << F([](ProfileChanges &c) {
                   c.brand->compliance->destinationCountries = {{QStringLiteral("US"), false}};
               });
        QTest::newRow("prefix wrong") << u"brand.compliance.phoneNumberPrefix"_qs << F([](ProfileChanges &c) {
            c.brand->compliance->phoneNumberPrefix = QStringLiteral("1");
        });
        QTest::newRow("entity type unknown")
            << u"brand.business.entityType"_qs
            << F([](ProfileChanges &c) { c.brand->business->entityType = QStringLiteral("LLC"); });
        QTest::newRow("website not a url")
            << u"brand.business.url"_qs
            << F([](ProfileChanges &c) { c.brand->business->url = QStringLiteral("acme.example"); });
        QTest::newRow("EIN too short") << u"brand.business.taxId"_qs << F([](ProfileChanges &c) {
            c.brand->business->taxId = QStringLiteral("12-345678");
            c.brand->business->taxIdType = QStringLiteral("us_ein");
        });
        QTest::newRow("EIN with letters") << u"brand.business.taxId"_qs << F([](ProfileChanges &c) {
            c.brand->business->taxId = QStringLiteral("AB-3456789");
            c.brand->business->taxIdType = QStringLiteral("US_EIN");
        });
        QTest::newRow("business number wrong") << u"brand.business.taxId"_qs << F([](ProfileChanges &c) {
            c.brand->business->taxId = QStringLiteral("12345678RT01");
            c.brand->business->taxIdType = QStringLiteral("ca_bn");
        });
        QTest::newRow("tax id without its kind")
            << u"brand.business.taxIdType"_qs
            << F([](ProfileChanges &c) { c.brand->business->taxId = QStringLiteral("12-3456789"); });
        QTest::newRow("country wrong") << u"brand.business.country"_qs << F([](ProfileChanges &c) {
            c.brand->business->country = QStringLiteral("us");
        });
    }
    void eachRuleOnItsField()
    {
        QFETCH(QString, path);
        QFETCH(std::function<void(ProfileChanges &)>, breakIt);
        ProfileChanges changes = validCreate();
        breakIt(changes);
        const ProfileRules::Problems problems = ProfileRules::check(changes);
        QVERIFY2(problems.contains(path), qPrintable(problems.keys().join(u',')));
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.value(path).isEmpty());
    }

    void taxIdsInTheirKnownForms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("EIN with dash") << u"us_ein"_qs << u"12-3456789"_qs;
        QTest::newRow("EIN digits only") << u"us_ein"_qs << u"123456789"_qs;
        QTest::newRow("business number") << u"ca_bn"_qs << u"123456789"_qs;
        QTest::newRow("business number with account") << u"ca_bn"_qs << u"123456789 RT0001"_qs;
        QTest::newRow("another kind as written") << u"gb_crn"_qs << u"SC123456"_qs;
    }
    void taxIdsInTheirKnownForms()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        ProfileChanges changes = validCreate();
        changes.brand->business->taxId = id;
        changes.brand->business->taxIdType = kind;
        const ProfileRules::Problems problems = ProfileRules::check(changes);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.keys().join(u',')));
    }

    void theOrganizationPayingNeedsNoContact()
    {
        ProfileChanges changes = validCreate();
        changes.billingModel = QStringLiteral("organization");
        changes.billingContact.reset();
        QVERIFY(ProfileRules::check(changes).isEmpty());
    }

    void anUpdateChecksOnlyWhatItChanges()
    {
        Profile existing;
        existing.id = QStringLiteral("p1");
        existing.name = QStringLiteral("Acme");
        existing.billingModel = QStringLiteral("profile");
        existing.billingContact = BillingContact{QStringLiteral("Ada"), QStringLiteral("ada@acme.example"), {}, {}};
        ProfileChanges changes;
        changes.description = QStringLiteral("Appointment reminders");
        QVERIFY(ProfileRules::check(changes, &existing).isEmpty()); // no name sent: the existing one counts
        Brand submitted = validBrand();
        submitted.submittedToTcr = true;
        existing.brand = submitted;
        changes.brand = validBrand();
        QVERIFY(ProfileRules::check(changes, &existing).contains(QStringLiteral("brand")));
    }

    void apiPathsFindTheirFields_data()
    {
        QTest::addColumn<QString>("apiPath");
        QTest::addColumn<QString>("field");
        QTest::newRow("same") << u"short_name"_qs << u"short_name"_qs;
        QTest::newRow("camel for snake") << u"shortName"_qs << u"short_name"_qs;
        QTest::newRow("snake for camel") << u"brand.contact.phone_country_code"_qs
                                         << u"brand.contact.phoneCountryCode"_qs;
        QTest::newRow("capitalized") << u"Brand.Compliance.Vertical"_qs << u"brand.compliance.vertical"_qs;
        QTest::newRow("indexed") << u"brand.compliance.destinationCountries[1].id"_qs
                                 << u"brand.compliance.destinationCountries"_qs;
        QTest::newRow("enclosing") << u"billing_contact.fax"_qs << u"billing_contact"_qs;
        QTest::newRow("body prefix") << u"profile.name"_qs << u"name"_qs;
        QTest::newRow("none") << u"whatsapp_business_account"_qs << QString();
    }
    void apiPathsFindTheirFields()
    {
        QFETCH(QString, apiPath);
        QFETCH(QString, field);
        const QStringList fields = {u"name"_qs,
                                    u"short_name"_qs,
                                    u"billing_contact"_qs,
                                    u"billing_contact.email"_qs,
                                    u"brand.contact.phoneCountryCode"_qs,
                                    u"brand.compliance.vertical"_qs,
                                    u"brand.compliance.destinationCountries"_qs};
        QCOMPARE(ProfileRules::fieldFor(apiPath, fields), field);
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
