#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/jsonfields.h"
#include "domain/overview.h"
#include "domain/profile.h"
#include "domain/status.h"

#include "codecfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cd;

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestDomainCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overviewsKeepWhatTheTreeShows()
    {
        const Profile profile = Profile::fromJson(QJsonDocument::fromJson(kBaselineProfile).object());
        const ProfileOverview p = ProfileOverview::of(profile);
        QCOMPARE(p.id, profile.id);
        QCOMPARE(p.name, profile.name);
        QCOMPARE(p.status, profile.statusInfo());
        QCOMPARE(p.hasBrand(), profile.hasBrand());
        QCOMPARE(p.lastChange, profile.updatedAt.isValid() ? profile.updatedAt : profile.createdAt);
        QCOMPARE(p.brand.has_value(), profile.brand.has_value());
        if (profile.brand) {
            QCOMPARE(p.brand->status, brandStatus(*profile.brand));
            QCOMPARE(p.brand->tcrBrandId, profile.brand->tcrBrandId);
        }
        // Its own storage: holding an overview must not keep the record's memory alive.
        QVERIFY(p.id.constData() != profile.id.constData());
        QVERIFY(p.name.constData() != profile.name.constData());

        const Campaign campaign = Campaign::fromJson(QJsonDocument::fromJson(kCampaign).object());
        Campaign owned = campaign;
        owned.customerId = QStringLiteral("org");
        const CampaignOverview mine = CampaignOverview::of(owned, QStringLiteral("org"));
        const CampaignOverview inherited = CampaignOverview::of(owned, QStringLiteral("child-profile"));
        QVERIFY(!mine.inherited);
        QVERIFY(inherited.inherited);
        QCOMPARE(mine.useCases, campaign.useCaseNames());
        QCOMPARE(mine.status, campaign.statusInfo());
        QVERIFY(mine.id.constData() != campaign.id.constData());
        // Words from small vocabularies are stored once.
        QVERIFY(!mine.useCases.isEmpty());
        QCOMPARE(mine.useCases.first().constData(), inherited.useCases.first().constData());
        QCOMPARE(sharedWord(QStringLiteral("ACTIVE")).constData(),
                 sharedWord(QString::fromLatin1("ACTIVE")).constData());
        QVERIFY(sharedWord(QString()).isNull());
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // -1: invalid
        const qint64 base = QDateTime(QDate(2026, 2, 1), QTime(9, 53, 14), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("seven digits") << "2026-02-01T09:53:14.0701221+00:00" << base + 70;
        QTest::newRow("seven digits, truncated not rounded") << "2026-02-01T09:53:14.0709999+00:00" << base + 70;
        QTest::newRow("Z") << "2026-02-01T09:53:14Z" << base;
        QTest::newRow("offset") << "2026-02-01T11:53:14.5+02:00" << base + 500;
        QTest::newRow("negative offset") << "2026-02-01T04:53:14-0500" << base;
        QTest::newRow("no zone means UTC") << "2026-02-01T09:53:14" << base;
        QTest::newRow(".NET unset date") << "0001-01-01T00:00:00+00:00" << qint64(-1);
        QTest::newRow("space, comma, lower-case z, blanks") << "  2026-02-01 09:53:14,5 z " << base + 500;
        QTest::newRow("no seconds") << "2026-02-01T09:53Z" << base - 14000;
        QTest::newRow("hours-only offset") << "2026-02-01T10:53:14+01" << base;
        QTest::newRow("date only") << "2026-02-01"
                                   << QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("across midnight")
            << "2026-02-01T23:30:00-10:00"
            << QDateTime(QDate(2026, 2, 2), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("garbage") << "yesterday" << qint64(-1);
        QTest::newRow("trailing words") << "2026-02-01T09:53:14Z tomorrow" << qint64(-1);
        QTest::newRow("empty fraction") << "2026-02-01T09:53:14.Z" << qint64(-1);
        QTest::newRow("bad hour") << "2026-02-01T25:00:00Z" << qint64(-1);
        QTest::newRow("short year") << "26-02-01T09:53:14Z" << qint64(-1);
        QTest::newRow("bad month") << "2026-13-01T00:00:00Z" << qint64(-1);
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime parsed = json::parseTimestamp(text);
        if (msecs < 0) {
            QVERIFY(!parsed.isValid());
        } else {
            QVERIFY(parsed.isValid());
            QCOMPARE(parsed.toMSecsSinceEpoch(), msecs);
            // Written back in the API's shape and read again: the same instant.
            const QString written = json::formatTimestamp(parsed);
            QVERIFY2(written.endsWith(QLatin1String("+00:00")) && written.section(QLatin1Char('.'), 1).size() == 13,
                     qPrintable(written));
            QCOMPARE(json::parseTimestamp(written), parsed);
        }
    }

    void baselineProfileDecodesEveryField()
    {
        const Profile p = Profile::fromJson(parse(kBaselineProfile));
        QCOMPARE(p.id, QStringLiteral("660e8400-e29b-41d4-a716-446655440001"));
        QCOMPARE(p.organizationId, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
        QCOMPARE(p.shortName, QStringLiteral("MKT"));
        QCOMPARE(p.statusInfo().category, StatusCategory::Approved);
        QCOMPARE(p.createdAt.toMSecsSinceEpoch() % 1000, 70);
        QCOMPARE(p.allowContactSharing, std::optional<bool>(true));
        QCOMPARE(p.inheritTemplates, std::optional<bool>(false));
        QVERIFY(!p.inheritTcrBrand);
        QVERIFY(p.sendingPhoneNumber.isNull());
        QVERIFY(!p.allowNumberChangeDuringOnboarding.has_value());
        QVERIFY(p.billingContact.has_value());
        QCOMPARE(p.billingContact->email, QStringLiteral("ops@example.com"));
        QVERIFY(p.brand.has_value());
        const Brand &b = *p.brand;
        QCOMPARE(b.contact->businessName, QStringLiteral("Acme"));
        QCOMPARE(b.contact->phoneCountryCode, QStringLiteral("1"));
        QCOMPARE(b.business->legalName, QStringLiteral("Acme Corp LLC"));
        QCOMPARE(b.business->countryOfRegistration, QStringLiteral("US"));
        QCOMPARE(b.compliance->destinationCountries.size(), 2);
        QCOMPARE(b.compliance->mainCountry(), QStringLiteral("US"));
        QVERIFY(b.isTcrApplication());
        QCOMPARE(b.compliance->expectedMessagingVolume, QStringLiteral("10000"));
        QVERIFY(b.submittedToTcr);
        QCOMPARE(b.tcrBrandId, QStringLiteral("BXYZ123"));
        QVERIFY(!b.updatedAt.isValid());
        QCOMPARE(brandStatus(b).category, StatusCategory::Approved);
    }

    void profileRoundTripsThroughItsResponseShape()
    {
        const Profile p = Profile::fromJson(parse(kBaselineProfile));
        const QJsonObject written = p.toJson();
        QCOMPARE(written.value(QLatin1String("short_name")).toString(), QStringLiteral("MKT"));
        QVERIFY(written.value(QLatin1String("brand")).toObject().contains(QLatin1String("identity_status")));
        const Profile again = Profile::fromJson(written);
        QCOMPARE(again.toJson(), written);
    }

    void newGenerationDecodes()
    {
        const Profile p = Profile::fromJson(parse(kNewProfile));
        QCOMPARE(p.name, QStringLiteral("Support"));
        QCOMPARE(p.statusInfo().category, StatusCategory::Approved); // "APPROVED": case-insensitive
        QCOMPARE(p.statusInfo().raw, QStringLiteral("APPROVED"));
        QVERIFY(!p.inheritContacts.has_value());
        QVERIFY(!p.brand.has_value());
        QVERIFY(p.hasBrand()); // inherits the organization's
        QVERIFY(p.billingModel.isNull());
    }

    void oldGenerationNestedSettingsDecode()
    {
        const Profile p = Profile::fromJson(parse(kOldProfile));
        QVERIFY(p.inheritTcrBrand);
        QVERIFY(!p.inheritTcrCampaign);
        QCOMPARE(p.billingModel, QStringLiteral("organization"));
        QCOMPARE(p.statusInfo().category, StatusCategory::Draft);
    }

    void campaignDecodesAndIgnoresUnknownFields()
    {
        const Campaign c = Campaign::fromJson(parse(kCampaign));
        QCOMPARE(c.name, QStringLiteral("Customer Notifications"));
        QCOMPARE(c.useCases.size(), 1);
        QVERIFY(c.useCases.first().customerId.isNull());  // the null GUID reads as unset
        QVERIFY(!c.useCases.first().createdAt.isValid()); // 0001-01-01 reads as unset
        QCOMPARE(c.useCases.first().sampleMessages.size(), 2);
        QCOMPARE(c.cost, std::optional<double>(15.5));
        QCOMPARE(c.volume, QStringLiteral("5000")); // a number where a string is documented
        QCOMPARE(c.sharingStatus, QStringLiteral("PENDING"));
        QCOMPARE(c.statusInfo().category, StatusCategory::Draft);
        QVERIFY(!c.isInheritedBy(QStringLiteral("660e8400-e29b-41d4-a716-446655440001")));
        QVERIFY(c.isInheritedBy(QStringLiteral("someone-else")));
    }

    void campaignRequestCarriesOnlyRequestFields()
    {
        const QJsonObject request = Campaign::fromJson(parse(kCampaign)).toRequestJson();
        for (const char *key :
             {"id", "status", "submittedToTCR", "customerId", "brandId", "cost", "createdAt", "sharingStatus"})
            QVERIFY2(!request.contains(QLatin1String(key)), key);
        QCOMPARE(request.value(QLatin1String("name")).toString(), QStringLiteral("Customer Notifications"));
        QVERIFY(request.value(QLatin1String("termsAndConditionsLink")).isNull()); // explicit null: full replacement
        const QJsonObject useCase = request.value(QLatin1String("useCases")).toArray().first().toObject();
        QCOMPARE(useCase.keys(), (QStringList{QStringLiteral("messagingUseCaseUs"), QStringLiteral("sampleMessages")}));
    }

    void brandRequestIsCamelCaseAndResponseSnakeCase()
    {
        const Brand b = Profile::fromJson(parse(kBaselineProfile)).brand.value();
        const QJsonObject request = b.toRequestJson();
        QCOMPARE(request.value(QLatin1String("contact")).toObject().value(QLatin1String("businessName")).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(request.value(QLatin1String("business")).toObject().value(QLatin1String("legalName")).toString(),
                 QStringLiteral("Acme Corp LLC"));
        QCOMPARE(
            request.value(QLatin1String("compliance")).toObject().value(QLatin1String("brandRelationship")).toString(),
            QStringLiteral("SMALL_ACCOUNT"));
        QVERIFY(!request.contains(QLatin1String("status")));
        QVERIFY(!request.contains(QLatin1String("tcr_brand_id")));
        // A brand written as a request reads back the same (decoding accepts either casing).
        const Brand again = Brand::fromJson(request);
        QCOMPARE(again.contact->businessName, b.contact->businessName);
        QCOMPARE(again.compliance->destinationCountries, b.compliance->destinationCountries);
        QCOMPARE(b.toJson().value(QLatin1String("business")).toObject().value(QLatin1String("legal_name")).toString(),
                 QStringLiteral("Acme Corp LLC"));
    }

    void profileChangesSendOnlyWhatIsSet()
    {
        ProfileChanges changes;
        changes.name = QStringLiteral("New name");
        changes.description = QString(); // clear
        const QJsonObject o = changes.toJson();
        QCOMPARE(o.size(), 2);
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("New name"));
        QVERIFY(o.value(QLatin1String("description")).isNull());
        QCOMPARE(ProfileChanges::fromJson(o).toJson(), o);
    }

    void accountDecodesBothKeyKinds()
    {
        const Account org = Account::fromJson(parse(kOrganizationMe));
        QCOMPARE(org.kind(), Account::Kind::Organization);
        QCOMPARE(org.profiles.size(), 1);
        QCOMPARE(org.profiles.first().role, QStringLiteral("admin"));
        QCOMPARE(org.profiles.first().settings->inheritTcrBrand, std::optional<bool>(true));
        QVERIFY(org.sms.configured);
        QCOMPARE(org.sendingPhoneNumber, QStringLiteral("+14155550100")); // falls back to channels.sms
        const Account profile = Account::fromJson(parse(kProfileMe));
        QCOMPARE(profile.kind(), Account::Kind::Profile);
        QCOMPARE(profile.statusInfo().category, StatusCategory::InReview);
        QCOMPARE(Account::fromJson(parse(kRobotMe)).kindLabel(), QStringLiteral("robot"));
    }

    void statusTable_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("category");
        QTest::newRow("incomplete") << "incomplete" << int(StatusCategory::Draft);
        QTest::newRow("pending_review") << "pending_review" << int(StatusCategory::InReview);
        QTest::newRow("SUBMITTED") << "SUBMITTED" << int(StatusCategory::InReview);
        QTest::newRow("processing") << "processing" << int(StatusCategory::InReview);
        QTest::newRow("in_progress") << "in_progress" << int(StatusCategory::InReview);
        QTest::newRow("approved") << "approved" << int(StatusCategory::Approved);
        QTest::newRow("COMPLETED") << "COMPLETED" << int(StatusCategory::Approved);
        QTest::newRow("Rejected") << "Rejected" << int(StatusCategory::Rejected);
        QTest::newRow("failed") << "failed" << int(StatusCategory::Rejected);
        QTest::newRow("unknown word") << "quarantined" << int(StatusCategory::Unknown);
        QTest::newRow("empty") << "" << int(StatusCategory::Unknown);
    }
    void statusTable()
    {
        QFETCH(QString, raw);
        QFETCH(int, category);
        const Status status = profileStatus(raw);
        QCOMPARE(int(status.category), category);
        QCOMPARE(status.raw, raw);
        if (status.category == StatusCategory::Unknown && !raw.isEmpty())
            QCOMPARE(status.displayText(), raw); // unknown words are shown as sent
        else
            QCOMPARE(status.displayText(), statusCategoryLabel(status.category));
    }

    void campaignStatusTable()
    {
        Campaign c;
        QCOMPARE(c.statusInfo().category, StatusCategory::Draft);
        c.submittedToTcr = true;
        QCOMPARE(c.statusInfo().category, StatusCategory::InReview);
        c.status = QStringLiteral("sent_created");
        QCOMPARE(c.statusInfo().category, StatusCategory::InReview);
        c.status = QStringLiteral("ACTIVE");
        QCOMPARE(c.statusInfo().category, StatusCategory::Approved);
        c.status = QStringLiteral("EXPIRED");
        QCOMPARE(c.statusInfo().category, StatusCategory::Expired);
        c.status = QStringLiteral("ARCHIVED_BY_TCR");
        QCOMPARE(c.statusInfo().category, StatusCategory::Unknown);
        QCOMPARE(c.statusInfo().displayText(), QStringLiteral("ARCHIVED_BY_TCR"));
        // Not sent to TCR: nothing was rejected, so it is not said to be.
        c.tcrSyncError = QStringLiteral("Brand not vetted");
        QCOMPARE(c.statusInfo().category, StatusCategory::NotSynced);
        QCOMPARE(c.statusInfo().displayText(), QStringLiteral("Not sent to TCR"));
    }

    void brandStatusTable()
    {
        Brand b;
        QCOMPARE(brandStatus(b).category, StatusCategory::Draft);
        b.submittedToTcr = true;
        QCOMPARE(brandStatus(b).category, StatusCategory::InReview);
        b.identityStatus = QStringLiteral("unverified");
        QCOMPARE(brandStatus(b).category, StatusCategory::Rejected);
        b.identityStatus = QStringLiteral("VETTED_VERIFIED");
        QCOMPARE(brandStatus(b).category, StatusCategory::Approved);
        b.status = QStringLiteral("SUSPENDED");
        QCOMPARE(brandStatus(b).category, StatusCategory::Rejected);
        QCOMPARE(brandStatus(b).raw, QStringLiteral("SUSPENDED / VETTED_VERIFIED"));
    }

    void wrongTypesReadAsUnset()
    {
        const Profile p = Profile::fromJson(parse(kWrongTypesProfile));
        QCOMPARE(p.id, QStringLiteral("42"));
        QVERIFY(p.name.isNull());
        QVERIFY(!p.inheritTcrBrand);
        QVERIFY(!p.createdAt.isValid());
        QVERIFY(!p.brand);
        QVERIFY(!p.billingContact);
        const Campaign c = Campaign::fromJson(parse(kWrongTypesCampaign));
        QCOMPARE(c.useCases.size(), 1);
        QCOMPARE(c.useCases.first().sampleMessages, QStringList{QStringLiteral("ok")});
    }

    // Numbers where strings belong are read without undefined behaviour, whatever their size (found by fuzzing:
    // {"id": 1e300} was converted to a 64-bit integer).
    void hugeAndOddNumbersReadAsText()
    {
        QCOMPARE(json::string(parse(R"({"id": 42})"), QLatin1StringView("id")), QStringLiteral("42"));
        QCOMPARE(json::string(parse(R"({"id": -9007199254740992})"), QLatin1StringView("id")),
                 QStringLiteral("-9007199254740992"));
        QCOMPARE(json::string(parse(R"({"id": 1e300})"), QLatin1StringView("id")), QStringLiteral("1e+300"));
        QCOMPARE(json::string(parse(R"({"id": 2.5})"), QLatin1StringView("id")), QStringLiteral("2.5"));
        QCOMPARE(Profile::fromJson(parse(R"({"id": -1e308, "name": 1e19})")).name, QStringLiteral("1e+19"));
    }
};

QTEST_GUILESS_MAIN(TestDomainCodecs)
#include "tst_domain_codecs.moc"
