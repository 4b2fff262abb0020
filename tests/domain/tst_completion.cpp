#include "domain/completion.h"

#include <QTest>

using namespace cd;

namespace {

// A profile that meets every prerequisite: data complete, its own TCR brand, one campaign, an SMS number.
Profile complete()
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Acme Dental");
    p.shortName = QStringLiteral("Acme");
    p.description = QStringLiteral("Appointment reminders");
    p.sendingPhoneNumber = QStringLiteral("+14155550100");
    Brand b;
    b.id = QStringLiteral("b1");
    BrandCompliance compliance;
    compliance.isTcrApplication = true;
    b.compliance = compliance;
    p.brand = b;
    return p;
}

Campaign campaign(const QString &owner)
{
    Campaign c;
    c.id = QStringLiteral("c-") + owner;
    c.customerId = owner;
    return c;
}

enum Change {
    NoName,
    NoShortName,
    NoDescription,
    NoBrand,
    InheritBrandShown,
    InheritBrandNone,
    NotTcr,
    NoCampaigns,
    InheritCampaignsListed,
    InheritCampaignsNone,
    NoChannels,
    WhatsAppOnly,
    MainDestination,
    InheritBoth,
};

} // namespace

Q_DECLARE_METATYPE(QList<int>)

class TestCompletion : public QObject
{
    Q_OBJECT

    static void apply(const QList<int> &changes, Profile &p, QList<Campaign> &campaigns)
    {
        campaigns = {campaign(p.id)};
        for (int change : changes) {
            switch (Change(change)) {
            case NoName:
                p.name.clear();
                break;
            case NoShortName:
                p.shortName = QStringLiteral("  ");
                break;
            case NoDescription:
                p.description.clear();
                break;
            case NoBrand:
                p.brand.reset();
                break;
            case InheritBrandShown:
                p.inheritTcrBrand = true;
                p.brand->isInherited = true;
                break;
            case InheritBrandNone:
                p.inheritTcrBrand = true;
                p.brand.reset();
                break;
            case NotTcr:
                if (p.brand)
                    p.brand->compliance->isTcrApplication = false;
                break;
            case NoCampaigns:
                campaigns.clear();
                break;
            case InheritCampaignsListed:
                p.inheritTcrCampaign = true;
                campaigns = {campaign(QStringLiteral("org"))};
                break;
            case InheritCampaignsNone:
                p.inheritTcrCampaign = true;
                campaigns.clear();
                break;
            case NoChannels:
                p.sendingPhoneNumber.clear();
                p.whatsappPhoneNumber.clear();
                break;
            case WhatsAppOnly:
                p.sendingPhoneNumber.clear();
                p.whatsappPhoneNumber = QStringLiteral("+14155550101");
                break;
            case MainDestination:
                p.brand->compliance->destinationCountries = {{QStringLiteral("US"), true}};
                break;
            case InheritBoth:
                p.inheritTcrBrand = true;
                p.brand->isInherited = true;
                p.inheritTcrCampaign = true;
                campaigns = {campaign(QStringLiteral("org"))};
                break;
            }
        }
    }

private Q_SLOTS:
    // The seed's prerequisites, one row each way.
    void prerequisites_data()
    {
        QTest::addColumn<QList<int>>("changes");
        QTest::addColumn<QString>("unmetItem"); // empty: every item met
        QTest::addColumn<bool>("ready");
        QTest::addColumn<int>("fix");
        using F = CompletionChecklist::Fix;
        QTest::newRow("everything in place") << QList<int>{} << QString() << true << int(F::None);
        QTest::newRow("no name") << QList<int>{NoName} << QStringLiteral("name") << false << int(F::EditProfile);
        QTest::newRow("blank short name")
            << QList<int>{NoShortName} << QStringLiteral("short_name") << false << int(F::EditProfile);
        QTest::newRow("no description") << QList<int>{NoDescription} << QStringLiteral("description") << false
                                        << int(F::EditProfile);
        QTest::newRow("own brand missing")
            << QList<int>{NoBrand} << QStringLiteral("brand") << false << int(F::EditBrand);
        QTest::newRow("inherits, the organization has a brand")
            << QList<int>{InheritBrandShown} << QString() << true << int(F::None);
        QTest::newRow("inherits, the organization has none")
            << QList<int>{InheritBrandNone} << QStringLiteral("brand") << false << int(F::ChangeInheritance);
        QTest::newRow("TCR application without campaigns")
            << QList<int>{NoCampaigns} << QStringLiteral("campaigns") << false << int(F::NewCampaign);
        QTest::newRow("TCR application with inherited campaigns")
            << QList<int>{InheritCampaignsListed} << QString() << true << int(F::None);
        QTest::newRow("inherits campaigns, the organization has none")
            << QList<int>{InheritCampaignsNone} << QStringLiteral("campaigns") << false << int(F::ChangeInheritance);
        QTest::newRow("not TCR and no campaigns: advice only")
            << QList<int>{NotTcr, NoCampaigns} << QStringLiteral("campaigns") << true << int(F::NewCampaign);
    }
    void prerequisites()
    {
        QFETCH(QList<int>, changes);
        QFETCH(QString, unmetItem);
        QFETCH(bool, ready);
        QFETCH(int, fix);
        Profile p = complete();
        QList<Campaign> campaigns;
        apply(changes, p, campaigns);
        const CompletionChecklist c = CompletionChecklist::of(p, campaigns);
        QCOMPARE(c.ready(), ready);
        const QList<CompletionChecklist::Item> unmet = c.unmet();
        if (unmetItem.isEmpty()) {
            QVERIFY(unmet.isEmpty());
            return;
        }
        QCOMPARE(unmet.size(), 1);
        QCOMPARE(unmet.first().id, unmetItem);
        QCOMPARE(int(unmet.first().fix), fix);
        QVERIFY(!unmet.first().text.isEmpty());
    }

    // The seed's status logic, in its order.
    void outcome_data()
    {
        QTest::addColumn<QList<int>>("changes");
        QTest::addColumn<bool>("submitted");
        QTest::newRow("no SMS and no WhatsApp number") << QList<int>{NoChannels, InheritBoth} << true;
        QTest::newRow("TCR, own brand and campaigns") << QList<int>{} << true;
        QTest::newRow("TCR, inherits the brand only") << QList<int>{InheritBrandShown} << true;
        QTest::newRow("TCR, inherits brand and campaigns") << QList<int>{InheritBoth} << false;
        QTest::newRow("not TCR, a main destination country") << QList<int>{NotTcr, MainDestination} << true;
        QTest::newRow("not TCR, WhatsApp only, no main destination") << QList<int>{NotTcr, WhatsAppOnly} << false;
        QTest::newRow("TCR with a main destination, inheriting both")
            << QList<int>{InheritBoth, MainDestination} << false;
    }
    void outcome()
    {
        QFETCH(QList<int>, changes);
        QFETCH(bool, submitted);
        Profile p = complete();
        QList<Campaign> campaigns;
        apply(changes, p, campaigns);
        const CompletionChecklist c = CompletionChecklist::of(p, campaigns);
        QCOMPARE(c.outcome == CompletionChecklist::Outcome::Submitted, submitted);
        QVERIFY(!c.outcomeReason.isEmpty());
    }

    void whatTheOrganizationHasOverridesTheGuess()
    {
        Profile p = complete();
        p.inheritTcrBrand = true;
        p.brand.reset();
        CompletionChecklist::Parent parent;
        parent.hasBrand = true;
        QVERIFY(CompletionChecklist::of(p, {campaign(p.id)}, parent).ready());
        parent.hasBrand = false;
        QVERIFY(!CompletionChecklist::of(p, {campaign(p.id)}, parent).ready());
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
