#include "clitestsupport.h"

#include "lint/lintfixtures.h"
#include "sandbox/sandboxstate.h"

using namespace cd::sandbox;
using namespace cd::clitest;

// compliance-desk-cli bulk and import-profiles, a separate process against the sandbox: the plan, the job's id first,
// a line per item, the exit codes, a dry run that makes nothing, a job cut short and resumed without duplicates, and
// profiles imported from a spreadsheet's CSV.
class TestCliBulk : public CliTest
{
    Q_OBJECT

private:
    static SandboxOptions largeSandbox(int profiles)
    {
        SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.seed.kind = SeedSpec::Kind::Large;
        options.seed.profiles = profiles;
        options.seed.campaignsPerProfile = 1;
        return options;
    }

    // The linter's compliant campaign, its brand's name a placeholder, under another name.
    QString templateFile(const QString &name)
    {
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(templatedCompliant(name)).toJson());
    }

    QStringList profileIds(int count) const
    {
        QStringList ids;
        for (const auto &p : m_server->state().profiles())
            if (ids.size() < count)
                ids << p.id;
        return ids;
    }

    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                result << QJsonDocument::fromJson(line).object();
        return result;
    }

    static QList<QJsonObject> ofType(const QList<QJsonObject> &all, const QString &type)
    {
        QList<QJsonObject> result;
        for (const QJsonObject &o : all)
            if (o.value(QLatin1String("type")).toString() == type)
                result << o;
        return result;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid() && m_config.isValid()); }

    void aCampaignForManyProfiles()
    {
        m_server = startSandbox(largeSandbox(8));
        const QStringList ids = profileIds(5);
        const QString ids_ = writeFile(
            QStringLiteral("ids.txt"),
            (QStringLiteral("# the clinics\n") + ids.join(QLatin1Char('\n')) + QStringLiteral("\n\np_missing\n"))
                .toUtf8());
        const QString tpl = templateFile(QStringLiteral("Visit reminders"));
        const CliRun first = run({QStringLiteral("bulk"), QStringLiteral("create-campaign"), tpl,
                                  QStringLiteral("--profiles"), ids_, QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 1); // a profile that cannot be read is held back, and said
        QVERIFY(first.err.contains("p_missing"));
        const QList<QJsonObject> out = lines(first.out);
        QVERIFY(!out.isEmpty());
        const QJsonObject job = out.first(); // the job's id first, for a script to resume it
        QCOMPARE(job.value(QLatin1String("type")).toString(), QStringLiteral("job"));
        const QString jobId = job.value(QLatin1String("job_id")).toString();
        QVERIFY(jobId.startsWith(QLatin1String("job_")));
        QCOMPARE(job.value(QLatin1String("items")).toInt(), 5);
        QCOMPARE(job.value(QLatin1String("plan")).toObject().value(QLatin1String("ready")).toInt(), 5);
        const QList<QJsonObject> items = ofType(out, QStringLiteral("item"));
        QCOMPARE(items.size(), 5);
        for (const QJsonObject &item : items) {
            QCOMPARE(item.value(QLatin1String("state")).toString(), QStringLiteral("done"));
            QVERIFY(!item.value(QLatin1String("request_id")).toString().isEmpty());
            QVERIFY(!item.value(QLatin1String("result_id")).toString().isEmpty());
        }
        QCOMPARE(ofType(out, QStringLiteral("summary")).value(0).value(QLatin1String("done")).toInt(), 5);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Visit reminders")), 5);
        // Each profile's samples name its own brand: the placeholder was filled per profile.
        for (const QString &id : ids) {
            const Profile *p = m_server->state().profile(id);
            for (const Campaign &c : p->campaigns)
                if (c.name == QLatin1String("Visit reminders"))
                    QVERIFY2(c.useCases.first().sampleMessages.first().contains(p->ownBrand->contactBusinessName)
                                 || c.useCases.first().sampleMessages.first().contains(p->name),
                             qPrintable(c.useCases.first().sampleMessages.first()));
        }

        // Run again: every profile already has it, so nothing is sent and nothing is wrong.
        const QString known = writeFile(QStringLiteral("known.txt"), ids.join(QLatin1Char('\n')).toUtf8());
        const CliRun again =
            run({QStringLiteral("bulk"), QStringLiteral("create-campaign"), tpl, QStringLiteral("--profiles"), known});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("Already has a campaign named"));
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Visit reminders")), 5);

        // The job is listed and shown, item by item.
        const CliRun list = run({QStringLiteral("bulk"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray jobs = list.json().toArray();
        QVERIFY(std::any_of(jobs.cbegin(), jobs.cend(), [&](const QJsonValue &j) {
            return j.toObject().value(QLatin1String("job_id")).toString() == jobId
                && j.toObject().value(QLatin1String("done")).toInt() == 5;
        }));
        const CliRun show = run({QStringLiteral("bulk"), QStringLiteral("show"), jobId});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("Visit reminders"));
        QVERIFY(show.out.contains(jobId.toUtf8()));
    }

    void aDryRunMakesNothing()
    {
        m_server = startSandbox(largeSandbox(4));
        const CliRun dry =
            run({QStringLiteral("bulk"), QStringLiteral("create-campaign"), templateFile(QStringLiteral("Trial")),
                 QStringLiteral("--profiles"), QStringLiteral("-"), QStringLiteral("--dry-run")},
                QStringLiteral("org"), {}, profileIds(3).join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.startsWith("Dry run job_"));
        QCOMPARE(dry.out.count("accepted"), 3);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Trial")), 0);
    }

    void aJobCutShortIsResumedWithoutDuplicates()
    {
        m_server = startSandbox(largeSandbox(6));
        m_server->setFaultRates(0, 1.0, 0); // each change carried out, its answer lost
        m_server->setDroppedMethods({"POST"});
        const QString ids = writeFile(QStringLiteral("ids.txt"), profileIds(4).join(QLatin1Char('\n')).toUtf8());
        const CliRun cut = run({QStringLiteral("bulk"), QStringLiteral("create-campaign"),
                                templateFile(QStringLiteral("Lost and found")), QStringLiteral("--profiles"), ids});
        QCOMPARE(cut.exitCode, 4);
        QVERIFY(cut.out.startsWith("Job job_"));
        const QString jobId = QString::fromUtf8(cut.out.mid(4, cut.out.indexOf(':') - 4));
        QVERIFY(cut.err.contains(QStringLiteral("bulk resume %1").arg(jobId).toUtf8()));
        const int made = campaignsNamed(*m_server, QStringLiteral("Lost and found"));
        QVERIFY(made >= 1);

        m_server->setFaultRates(0, 0, 0);
        const int replays = m_server->counters().replays;
        const CliRun resumed = run({QStringLiteral("bulk"), QStringLiteral("resume"), jobId});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.out.count("done"), 4);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Lost and found")), 4); // none twice
        QVERIFY(m_server->counters().replays - replays >= made);

        const CliRun unknown = run({QStringLiteral("bulk"), QStringLiteral("resume"), QStringLiteral("job_nope")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains("job_nope"));
    }

    void profilesFromACsvFile()
    {
        m_server = startSandbox(largeSandbox(2));
        const QString existing = m_server->state().profiles().first().name;
        const QByteArray csv = QStringLiteral("Profile name;Short name;Billing model;Description\r\n"
                                              "Praxis Müller;MUELLER;organization;\"Zahnarzt; Zürich\"\r\n"
                                              "Clínica Peña;PENA;organization;Dental\r\n"
                                              "Bad Name Short;X;organization;Too short a short name\r\n"
                                              "%1;COPY;organization;Repeats an existing profile\r\n")
                                   .arg(existing)
                                   .toUtf8();
        const QString file = writeFile(QStringLiteral("profiles.csv"), csv);
        const int before = int(m_server->state().profiles().size());
        const CliRun imported = run({QStringLiteral("import-profiles"), file, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 1); // one row held back for its error
        const QList<QJsonObject> out = lines(imported.out);
        QCOMPARE(out.first().value(QLatin1String("type")).toString(), QStringLiteral("job"));
        const QJsonObject plan = out.first().value(QLatin1String("plan")).toObject();
        QCOMPARE(plan.value(QLatin1String("ready")).toInt(), 2);
        QCOMPARE(plan.value(QLatin1String("errors")).toInt(), 1);
        QCOMPARE(plan.value(QLatin1String("excluded")).toInt(), 1);
        QCOMPARE(ofType(out, QStringLiteral("item")).size(), 2);
        QCOMPARE(int(m_server->state().profiles().size()), before + 2);
        QVERIFY(std::any_of(m_server->state().profiles().cbegin(), m_server->state().profiles().cend(),
                            [](const Profile &p) { return p.name == QStringLiteral("Clínica Peña"); }));

        // A mapping naming a column the file lacks is a usage error, before anything is sent.
        const QString mapping =
            writeFile(QStringLiteral("map.json"), R"({"name": "Location", "short_name": "Short name"})");
        const CliRun wrong = run({QStringLiteral("import-profiles"), file, QStringLiteral("--mapping"), mapping});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("Location"));
    }

    void aLargeSelectionIsReadFromTheList()
    {
        m_server = startSandbox(largeSandbox(14));
        const QStringList ids = profileIds(12);
        const int before = m_server->counters().requests;
        const CliRun run_ = run(
            {QStringLiteral("bulk"), QStringLiteral("complete"), QStringLiteral("--profiles"),
             writeFile(QStringLiteral("ids.txt"), (ids.join(QLatin1Char('\n')) + QStringLiteral("\np_gone")).toUtf8()),
             QStringLiteral("--webhook"), QStringLiteral("https://hooks.example/done")});
        QCOMPARE(run_.exitCode, 1); // p_gone is not in the organization
        QVERIFY(run_.err.contains("p_gone"));
        QCOMPARE(run_.err.count("Its setup is not waiting to be completed"), 12); // approved already: left out
        QVERIFY(run_.err.contains("Nothing to send"));
        // The profiles from the list's one page, not a request each: /v3/me, the page, a campaign list each.
        QVERIFY2(m_server->counters().requests - before <= 2 + 12,
                 qPrintable(QString::number(m_server->counters().requests - before)));
    }

    void profilesChangedFromACsvFile()
    {
        m_server = startSandbox(largeSandbox(3));
        const QStringList ids = profileIds(3);
        const QByteArray csv = QStringLiteral("profile_id,description\n%1,First clinic\n%2,Second clinic\n")
                                   .arg(ids.at(0), ids.at(1))
                                   .toUtf8();
        const CliRun changed = run(
            {QStringLiteral("bulk"), QStringLiteral("update-profiles"), writeFile(QStringLiteral("changes.csv"), csv)});
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(m_server->state().profile(ids.at(0))->description, QStringLiteral("First clinic"));
        QCOMPARE(m_server->state().profile(ids.at(1))->description, QStringLiteral("Second clinic"));

        const CliRun noIds = run({QStringLiteral("bulk"), QStringLiteral("update-profiles"),
                                  writeFile(QStringLiteral("bad.csv"), "description\nx\n")});
        QCOMPARE(noIds.exitCode, 2);
        QVERIFY(noIds.err.contains("profile_id"));
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
