#include "services/profileimport.h"

#include <QFile>
#include <QTest>

using namespace cd;

// New profiles from a spreadsheet's CSV: read as spreadsheets write it, columns matched by themselves, each row
// checked with the contract's rules, repeats flagged, and only the good rows planned.
class TestProfileImport : public QObject
{
    Q_OBJECT

private:
    static ProfileImport::Table parsed(const QByteArray &bytes)
    {
        QString error;
        const auto table = ProfileImport::parse(bytes, &error);
        if (!table)
            qFatal("not parsed: %s", qPrintable(error));
        return *table;
    }

    static QByteArray utf8(const char16_t *text) { return QString::fromUtf16(text).toUtf8(); }

private Q_SLOTS:
    void readsWhatSpreadsheetsWrite()
    {
        // A German spreadsheet's export: byte-order mark, semicolons, a quoted field with a semicolon, a quote and a
        // line break, and names beyond ASCII.
        const QByteArray bytes = "\xEF\xBB\xBF"
            + utf8(u"Profile name;Short name;Description;Billing model\r\n"
                   u"Zahnarztpraxis Müller;ZAHN MUE;\"Praxis; \"\"Zentrum\"\"\nzweite Zeile\";organization\r\n"
                   u"Clínica Peña;PENA;Clínica dental;organization\r\n"
                   u";;;\r\n");
        const ProfileImport::Table table = parsed(bytes);
        QCOMPARE(table.delimiter, QLatin1Char(';'));
        QCOMPARE(table.header.at(0), QStringLiteral("Profile name")); // no byte-order mark left in it
        QCOMPARE(table.rows.size(), 2);                               // the blank line is no row
        QCOMPARE(table.rows.at(0).at(0), QStringLiteral("Zahnarztpraxis Müller"));
        QCOMPARE(table.rows.at(0).at(2), QStringLiteral("Praxis; \"Zentrum\"\nzweite Zeile"));
        QCOMPARE(table.rows.at(1).at(0), QStringLiteral("Clínica Peña"));

        const ProfileImport::Table commas = parsed("name,short_name\n\"Smith, Jones & Co\",SMJO\n");
        QCOMPARE(commas.delimiter, QLatin1Char(','));
        QCOMPARE(commas.rows.at(0).at(0), QStringLiteral("Smith, Jones & Co"));

        QString error;
        QVERIFY(!ProfileImport::parse("", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ProfileImport::parse("name,short_name\r\n", &error));
        QVERIFY(error.contains(QLatin1String("no profiles")));
    }

    void columnsAreMatchedByName()
    {
        const QStringList header{QStringLiteral("Profile Name"), QStringLiteral("SHORT_NAME"),
                                 QStringLiteral("E-Mail"),       QStringLiteral("Phone"),
                                 QStringLiteral("ZIP"),          QStringLiteral("Website"),
                                 QStringLiteral("Company"),      QStringLiteral("brand.business.state"),
                                 QStringLiteral("Notes to self")};
        const ProfileImport::Mapping mapping = ProfileImport::guessMapping(header);
        QCOMPARE(mapping.value(QStringLiteral("name"), -1), 0);
        QCOMPARE(mapping.value(QStringLiteral("short_name"), -1), 1);
        QCOMPARE(mapping.value(QStringLiteral("brand.contact.email"), -1), 2);
        QCOMPARE(mapping.value(QStringLiteral("brand.contact.phone"), -1), 3);
        QCOMPARE(mapping.value(QStringLiteral("brand.business.postalCode"), -1), 4);
        QCOMPARE(mapping.value(QStringLiteral("brand.business.url"), -1), 5);
        QCOMPARE(mapping.value(QStringLiteral("brand.business.legalName"), -1), 6);
        QCOMPARE(mapping.value(QStringLiteral("brand.business.state"), -1), 7);
        QCOMPARE(mapping.size(), 8); // "Notes to self" is no field

        // Kept as field → header, read back against the same header; a column the file lacks is said.
        const QJsonObject json = ProfileImport::mappingToJson(mapping, header);
        QCOMPARE(json.value(QLatin1String("brand.business.postalCode")).toString(), QStringLiteral("ZIP"));
        QCOMPARE(ProfileImport::mappingFromJson(json, header), mapping);
        QStringList unknown;
        QJsonObject other = json;
        other.insert(QStringLiteral("description"), QStringLiteral("Beschreibung"));
        ProfileImport::mappingFromJson(other, header, &unknown);
        QCOMPARE(unknown, QStringList{QStringLiteral("Beschreibung")});

        // A mapping remembered from the last import lays over what the headers say: "Notes to self" held the
        // description then, and "Company" the contact's business name; a header this file lacks is passed over.
        const ProfileImport::Mapping laid = ProfileImport::mappingFor(
            header,
            QJsonObject{{QStringLiteral("description"), QStringLiteral("Notes to self")},
                        {QStringLiteral("brand.contact.businessName"), QStringLiteral("Company")},
                        {QStringLiteral("short_name"), QStringLiteral("Not in this file")}});
        QCOMPARE(laid.value(QStringLiteral("description"), -1), 8);
        QCOMPARE(laid.value(QStringLiteral("brand.contact.businessName"), -1), 6);
        QVERIFY(!laid.contains(QStringLiteral("brand.business.legalName"))); // Company fills one field
        QCOMPARE(laid.value(QStringLiteral("short_name"), -1), 1);
    }

    void eachRowIsCheckedAndRepeatsAreFlagged()
    {
        // A brand needs its contact's name, its industry and its relationship: those columns come with the phone.
        const QByteArray bytes = utf8(u"name,short_name,billing_model,phone,contact,vertical,brand relationship,"
                                      u"inherit_tcr_brand\n"
                                      u"Good One,GOOD,organization,+14155550100,Ann Lee,HEALTHCARE,SMALL_ACCOUNT,no\n"
                                      u"Bad Phone,BADP,organization,415-555-0100,Bo Li,HEALTHCARE,SMALL_ACCOUNT,no\n"
                                      u",NONAME,organization,,,,,no\n"
                                      u"Taken Short,EXIST,organization,,,,,no\n"
                                      u"Existing Name,NEW1,organization,,,,,no\n"
                                      u"Good One,OTHER,organization,,,,,no\n"
                                      u"Bad Flag,FLAG,organization,,,,,maybe\n"
                                      u"Zürich Ärzte,ZUERICH,organization,,,,,yes\n");
        const ProfileImport::Table table = parsed(bytes);
        Profile existing;
        existing.id = QStringLiteral("p_1");
        existing.name = QStringLiteral("existing name");
        existing.shortName = QStringLiteral("exist");
        const QList<ProfileImport::Row> rows =
            ProfileImport::rows(table, ProfileImport::guessMapping(table.header), {existing});
        QCOMPARE(rows.size(), 8);
        QVERIFY(rows.at(0).ok());
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).profile.brand->contact->phone, QStringLiteral("+14155550100"));
        QVERIFY(rows.at(1).problems.contains(QStringLiteral("brand.contact.phone")));
        QVERIFY(rows.at(2).problems.contains(QStringLiteral("name")));
        QVERIFY(rows.at(3).duplicateOf.contains(QLatin1String("existing name"))); // short name, any case
        QVERIFY(rows.at(4).duplicateOf.contains(QLatin1String("existing name")));
        QVERIFY(rows.at(5).duplicateOf.contains(QLatin1String("line 2"))); // an earlier row's name
        QVERIFY(rows.at(6).problems.contains(QStringLiteral("inherit_tcr_brand")));
        QVERIFY(rows.at(7).ok());
        QCOMPARE(rows.at(7).profile.name, QStringLiteral("Zürich Ärzte"));
        QCOMPARE(rows.at(7).profile.inheritTcrBrand, true);

        const BulkPlan plan = ProfileImport::plan(rows);
        QCOMPARE(plan.counts().ready, 2);
        QCOMPARE(plan.counts().errors, 3);
        QCOMPARE(plan.counts().excluded, 3);
        QVERIFY(plan.items.at(1).reason.contains(QLatin1String("Line 3")));
        const BulkJob job = plan.job(QStringLiteral("Import"), true);
        QCOMPARE(job.items.size(), 2);
        QCOMPARE(job.items.at(0).action, BulkItem::Action::CreateProfile);
        QCOMPARE(job.items.at(0).target(), QStringLiteral("POST /v3/profiles"));
        QCOMPARE(job.items.at(1).input.value(QLatin1String("name")).toString(), QStringLiteral("Zürich Ärzte"));
    }

    void aTaxIdIsCheckedAgainstItsKind()
    {
        const QByteArray bytes = utf8(u"name,short_name,billing_model,contact,vertical,brand relationship,ein,"
                                      u"tax id type,inherit_tcr_brand\n"
                                      u"Right EIN,RIGHT,organization,Ann Lee,HEALTHCARE,SMALL_ACCOUNT,12-3456789,"
                                      u"us_ein,no\n"
                                      u"Short EIN,SHORT,organization,Ann Lee,HEALTHCARE,SMALL_ACCOUNT,12-345678,"
                                      u"us_ein,no\n");
        const ProfileImport::Table table = parsed(bytes);
        const QList<ProfileImport::Row> rows =
            ProfileImport::rows(table, ProfileImport::guessMapping(table.header), {});
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).ok(), qPrintable(rows.at(0).problems.keys().join(u',')));
        QCOMPARE(rows.at(0).profile.brand->business->taxId, QStringLiteral("12-3456789"));
        QCOMPARE(rows.at(1).problems.keys(), QStringList{QStringLiteral("brand.business.taxId")});
    }

    // The example and the column reference that ship with the docs: the example imports without a problem, and the
    // reference names every field the import knows (so neither drifts from the code).
    void theDocsExampleAndReferenceHold()
    {
        QFile example(QStringLiteral(DOCS_DIR "/examples/profiles.csv"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const ProfileImport::Table table = parsed(example.readAll());
        const ProfileImport::Mapping mapping = ProfileImport::guessMapping(table.header);
        QCOMPARE(mapping.size(), table.header.size()); // every column is a field
        const QList<ProfileImport::Row> rows = ProfileImport::rows(table, mapping, {});
        QVERIFY(!rows.isEmpty());
        for (const ProfileImport::Row &row : rows)
            QVERIFY2(row.ok(), qPrintable(QStringList(row.problems.values()).join(QLatin1Char(' '))));
        QFile reference(QStringLiteral(DOCS_DIR "/profile-import.md"));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(reference.readAll());
        for (const ProfileImport::Field &field : ProfileImport::fields())
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(field.id)), qPrintable(field.id));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
