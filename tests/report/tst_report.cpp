#include "report/compliancereport.h"
#include "report/csv.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace cd;

namespace {

Campaign campaign(const QString &id, const QString &name, const QString &status, const QStringList &samples)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.description = QStringLiteral("Appointment reminders for Acme Dental patients");
    c.type = QStringLiteral("App");
    c.messageFlow = QStringLiteral("Patients tick an unticked box on the booking form.");
    UseCase u;
    u.messagingUseCaseUs = QStringLiteral("ACCOUNT_NOTIFICATION");
    u.sampleMessages = samples;
    c.useCases = {u};
    return c;
}

ProfileNode profile(const QString &id, const QString &name, const QString &status, QList<Campaign> campaigns)
{
    ProfileNode node;
    node.profile.id = id;
    node.profile.name = name;
    node.profile.status = status;
    Brand brand;
    brand.status = QStringLiteral("ACTIVE");
    brand.tcrBrandId = QStringLiteral("B") + id;
    brand.submittedToTcr = true;
    BrandBusiness business;
    business.legalName = name + QStringLiteral(" LLC");
    brand.business = business;
    node.profile.brand = brand;
    node.campaigns = std::move(campaigns);
    node.campaignsLoaded = true;
    return node;
}

// Three profiles counted by hand: two campaigns, none, one.
ComplianceReport fixture()
{
    Account account;
    account.id = QStringLiteral("org-1");
    account.name = QStringLiteral("Northwind Agency");
    const QString tricky = QStringLiteral("Acme: \"Dr. Lee\", 3pm,\nsee you then. Reply STOP to opt out.");
    QList<ProfileNode> profiles = {
        profile(QStringLiteral("pa"), QStringLiteral("Acme Dental"), QStringLiteral("approved"),
                {campaign(QStringLiteral("ca1"), QStringLiteral("Reminders"), QStringLiteral("ACTIVE"), {tricky}),
                 campaign(QStringLiteral("ca2"), QStringLiteral("Offers"), QStringLiteral("SENT_CREATED"),
                          {QStringLiteral("50% off!")})}),
        profile(QStringLiteral("pb"), QStringLiteral("Bayside Gym"), QStringLiteral("incomplete"), {}),
        profile(QStringLiteral("pc"), QStringLiteral("Cedar Clinic"), QStringLiteral("submitted"),
                {campaign(QStringLiteral("cc1"), QStringLiteral("Results"), QStringLiteral("ACTIVE"),
                          {QStringLiteral("Cedar Clinic: your results are ready. Reply STOP to opt out.")})}),
    };
    HistoryEntry older;
    older.profileId = QStringLiteral("pa");
    older.campaignId = QStringLiteral("ca1");
    older.kind = HistoryEntry::Kind::Status;
    older.at = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    older.summary = QStringLiteral("Campaign “Reminders”: In review → Approved");
    HistoryEntry newer = older;
    newer.kind = HistoryEntry::Kind::Mutation;
    newer.at = QDateTime(QDate(2026, 11, 5), QTime(9, 0), QTimeZone::utc());
    newer.summary = QStringLiteral("Changed the campaign “Reminders”");
    newer.requestId = QStringLiteral("req_42");
    newer.actor = QStringLiteral("alice on desk-07 (compliance-desk)");
    return ComplianceReport(OrganizationTree{account, profiles}, {newer, older}); // newest first, as the log gives them
}

} // namespace

// The compliance report: its CSV against a hand-counted fixture and read back, and a PDF that a PDF reader opens.
class TestReport : public QObject
{
    Q_OBJECT

    QTranslator m_english; // English plurals

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/compliance-desk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void csvRoundTrips()
    {
        const QList<QStringList> records = {
            {QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("with \"quotes\"")},
            {QStringLiteral("two\nlines"), QStringLiteral(" padded "), QStringLiteral("Zürich – ✓")},
            {QString(), QStringLiteral("last"), QString()},
        };
        QCOMPARE(csv::read(csv::write(records)), records);
        QVERIFY(csv::write({{QStringLiteral("a"), QStringLiteral("b")}}).endsWith("\r\n"));
        // What a spreadsheet would run as a formula is written as text.
        QCOMPARE(csv::read(csv::write({{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-1")}})).first(),
                 (QStringList{QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral("'-1")}));
    }

    void oneRowPerCampaignAndPerProfileWithout()
    {
        const ComplianceReport report = fixture();
        const QList<QStringList> rows = csv::read(report.toCsv());
        QCOMPARE(rows.size(), 1 + 4); // the header, ca1, ca2, pb, cc1
        QCOMPARE(rows.first().first(), QStringLiteral("profile_id"));
        const QStringList header = rows.first();
        const auto at = [&header](const QStringList &row, const char *column) {
            return row.value(header.indexOf(QLatin1String(column)));
        };
        QStringList ids, campaigns;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            ids << row.first();
            campaigns << at(row, "campaign_id");
        }
        QCOMPARE(ids, (QStringList{u"pa"_qs, u"pa"_qs, u"pb"_qs, u"pc"_qs}));
        QCOMPARE(campaigns, (QStringList{u"ca1"_qs, u"ca2"_qs, QString(), u"cc1"_qs}));
        const QStringList reminders = rows.at(1);
        QCOMPARE(at(reminders, "sample_messages"),
                 QStringLiteral("Acme: \"Dr. Lee\", 3pm,\nsee you then. Reply STOP to opt out."));
        QCOMPARE(at(reminders, "brand_legal_name"), QStringLiteral("Acme Dental LLC"));
        QCOMPARE(at(reminders, "use_cases"), QStringLiteral("ACCOUNT_NOTIFICATION"));
        QCOMPARE(at(reminders, "history_entries"), QStringLiteral("2"));
        QCOMPARE(at(reminders, "last_status_change"), QStringLiteral("2026-11-02T09:00:00Z"));
        QCOMPARE(at(reminders, "last_change"), QStringLiteral("2026-11-05T09:00:00Z"));
        QCOMPARE(at(reminders, "last_change_by"), QStringLiteral("alice on desk-07 (compliance-desk)"));
        QVERIFY(at(rows.at(2), "last_change_by").isEmpty()); // nothing changed from here
        QCOMPARE(at(rows.at(3), "profile_status"), QStringLiteral("incomplete"));
        // The offer without opt-out language: the linter's findings are counted.
        QVERIFY(at(rows.at(2), "lint_warnings").toInt() + at(rows.at(2), "lint_errors").toInt() > 0);
        QVERIFY(!at(rows.at(2), "lint_rules").isEmpty());
    }

    // A campaign submitted to TCR cannot be changed: a fact the report states, not a defect. Neither the PDF's findings
    // nor the CSV's counts list it, and a finding without a field prints no empty "()".
    void aSubmittedCampaignsStateIsNotAFinding()
    {
        Campaign live = campaign(QStringLiteral("c1"), QStringLiteral("Reminders"), QStringLiteral("ACTIVE"),
                                 {QStringLiteral("Acme Dental: see you at 3pm. Reply STOP to opt out.")});
        live.submittedToTcr = true;
        Account account;
        account.id = QStringLiteral("org-1");
        const ComplianceReport report(OrganizationTree{account,
                                                       {profile(QStringLiteral("pa"), QStringLiteral("Acme Dental"),
                                                                QStringLiteral("approved"), {live})}},
                                      {});
        const QList<QStringList> rows = csv::read(report.toCsv());
        const QStringList header = rows.first();
        const QStringList row = rows.at(1);
        QVERIFY2(!row.value(header.indexOf(QLatin1String("lint_rules"))).contains(QLatin1String("P0")),
                 qPrintable(row.value(header.indexOf(QLatin1String("lint_rules")))));
        QVERIFY(!report.toHtml().contains(QLatin1String("P03")));
        QVERIFY(!report.toHtml().contains(QLatin1String("()")));
        // Its content is still checked: the message flow too short, no opt-out reply, … are counted.
        QVERIFY(row.value(header.indexOf(QLatin1String("lint_errors"))).toInt()
                    + row.value(header.indexOf(QLatin1String("lint_warnings"))).toInt()
                > 0);
        QVERIFY(!row.value(header.indexOf(QLatin1String("lint_rules"))).isEmpty());
    }

    // An organization campaign that several profiles inherit is one campaign: counted once, described in full once
    // with the number and names of the profiles that use it, and only named under each of them.
    void anOrganizationCampaignIsDescribedOnce()
    {
        Campaign shared =
            campaign(QStringLiteral("org-c"), QStringLiteral("Shared reminders"), QStringLiteral("ACTIVE"),
                     {QStringLiteral("Northwind: your visit is tomorrow. Reply STOP to opt out.")});
        shared.customerId = QStringLiteral("org-1");
        Account account;
        account.id = QStringLiteral("org-1");
        const ComplianceReport report(
            OrganizationTree{
                account,
                {profile(QStringLiteral("pa"), QStringLiteral("Acme Dental"), QStringLiteral("approved"),
                         {shared,
                          campaign(QStringLiteral("own"), QStringLiteral("Own"), QStringLiteral("ACTIVE"),
                                   {QStringLiteral("Hi")})}),
                 profile(QStringLiteral("pb"), QStringLiteral("Bayside Gym"), QStringLiteral("approved"), {shared}),
                 profile(QStringLiteral("pc"), QStringLiteral("Cedar Clinic"), QStringLiteral("approved"), {shared})}},
            {});
        QCOMPARE(report.campaignCount(), 2);
        const QString html = report.toHtml();
        QCOMPARE(html.count(QLatin1String("Campaign Shared reminders")), 1);         // its heading, once
        QCOMPARE(html.count(QLatin1String("Northwind: your visit is tomorrow")), 1); // its samples, once
        QVERIFY(html.contains(QLatin1String("used by 3 profiles")));
        QVERIFY(html.contains(QLatin1String("Used by: Acme Dental, Bayside Gym, Cedar Clinic.")));
        QCOMPARE(html.count(QLatin1String("described once under")), 3); // named under each
        QVERIFY(html.contains(QLatin1String("Campaign Own")));
        QCOMPARE(report.csvRows().size(), 4); // the CSV keeps one row per profile and campaign
    }

    // Written a row at a time: the same bytes as the whole CSV; a cancellation stops it.
    void theCsvIsWrittenAsItIsMade()
    {
        const ComplianceReport report = fixture();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(report.writeCsv(buffer));
        QCOMPARE(buffer.data(), report.toCsv());
        QBuffer stopped;
        QVERIFY(stopped.open(QIODevice::WriteOnly));
        int asked = 0;
        QVERIFY(!report.writeCsv(stopped, [&asked] { return ++asked > 1; }));
        QVERIFY(stopped.data().size() < report.toCsv().size()); // it stopped before the end
    }

    void narrowedToAProfileOrACampaign()
    {
        ComplianceReport byProfile = fixture();
        QVERIFY(byProfile.narrowTo(QStringLiteral("pc")));
        QCOMPARE(byProfile.scope(), ComplianceReport::Scope::Profile);
        QCOMPARE(byProfile.csvRows().size(), 1);
        ComplianceReport byCampaign = fixture();
        QVERIFY(byCampaign.narrowTo(QStringLiteral("ca2")));
        QCOMPARE(byCampaign.csvRows().size(), 1);
        QCOMPARE(byCampaign.csvRows().first().first(), QStringLiteral("pa"));
        QVERIFY(byCampaign.title().contains(QLatin1String("Offers")));
        ComplianceReport unknown = fixture();
        QVERIFY(!unknown.narrowTo(QStringLiteral("nope")));
    }

    void aPdfThatOpens()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext is needed (Debian: poppler-utils; scripts/test.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(fixture().writePdf(path, &error,
                                    [&pages](int, int total) {
                                        pages = total;
                                        return true;
                                    }),
                 qPrintable(error));
        QVERIFY(pages >= 1);
        if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR"))
            QFile::copy(path, qEnvironmentVariable("CD_SCREENSHOT_DIR") + QStringLiteral("/report.pdf"));
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Compliance report: Northwind Agency")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("Bayside Gym")));
        QVERIFY(text.contains(QLatin1String("Cedar Clinic: your results are ready")));
        QVERIFY(text.contains(QLatin1String("req_42"))); // the timeline, with who changed what
        QVERIFY(text.contains(QLatin1String("alice on desk-07")));
        QVERIFY(text.contains(QLatin1String("page 1 of")));

        // Cancelled on the first page: nothing is left behind.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(!fixture().writePdf(cancelled, &error, [](int, int) { return false; }));
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
