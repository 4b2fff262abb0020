#include "clitestsupport.h"
#include "secrets/keychaintestsupport.h"

#include "sandbox/sandboxstate.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include "core/appinfo.h"
#include "report/csv.h"
#include "store/sqlitefile.h"

using namespace cd::sandbox;
using namespace cd::clitest;

// compliance-desk-cli as a user runs it: a separate process talking HTTP to the sandbox.
class TestCli : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        m_server = startSandbox();
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("profile")}).exitCode, 2); // missing PROFILE_ID
        QCOMPARE(run({QStringLiteral("me"), QStringLiteral("extra")}).exitCode, 2);
        const CliRun noKey = run({QStringLiteral("me")}, QString());
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY(noKey.err.contains("SENT_DM_API_KEY"));
        const CliRun insecure =
            run({QStringLiteral("me"), QStringLiteral("--base-url"), QStringLiteral("http://api.sent.dm")});
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(insecure.err.contains("HTTPS"));
        QCOMPARE(
            run({QStringLiteral("me"), QStringLiteral("--idempotency-key"), QStringLiteral("not valid!")}).exitCode, 2);
        const CliRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("create-campaign") && help.out.contains("Exit codes"));
    }

    void meAsTextAndJson()
    {
        const CliRun text = run({QStringLiteral("me")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(m_server->state().organization().name.toUtf8()));
        QVERIFY(text.out.contains("Organization"));
        const CliRun json = run({QStringLiteral("me"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().toObject().value(QLatin1String("type")).toString(), QStringLiteral("organization"));
        QCOMPARE(json.json().toObject().value(QLatin1String("id")).toString(), m_server->state().organization().id);
    }

    void profilesAndProfile()
    {
        const CliRun json = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        int live = 0;
        for (const auto &p : m_server->state().profiles())
            live += p.deleted ? 0 : 1;
        QCOMPARE(json.json().toArray().size(), live);

        const QString id = ownCampaignsProfile(*m_server);
        const Profile *profile = m_server->state().profile(id);
        const CliRun table = run({QStringLiteral("profiles")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("ID"));
        QVERIFY(table.out.contains(profile->name.toUtf8()));

        const CliRun one = run({QStringLiteral("profile"), id});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains(profile->shortName.toUtf8()));
        QVERIFY(one.out.contains("Brand"));
    }

    void refusalsPrintCodeAndRequestId()
    {
        const CliRun missing = run({QStringLiteral("profile"), QStringLiteral("11111111-2222-4333-8444-555555555555")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("Request ID"));
        QVERIFY(missing.err.contains("HTTP 404"));
        const CliRun json = run({QStringLiteral("profile"), QStringLiteral("11111111-2222-4333-8444-555555555555"),
                                 QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject error = json.json().toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("http_status")).toInt(), 404);
        QVERIFY(error.value(QLatin1String("request_id")).toString().startsWith(QLatin1String("req_")));

        const QString noBrand =
            findProfile(*m_server, [this](const Profile &p) { return !m_server->state().effectiveBrand(p); });
        const CliRun campaigns = run({QStringLiteral("campaigns"), noBrand});
        QCOMPARE(campaigns.exitCode, 1);
        QVERIFY(campaigns.err.contains("RESOURCE_009"));
    }

    void authAndNetworkFailuresExitWithThree()
    {
        const CliRun wrongKey = run({QStringLiteral("me")}, QStringLiteral("sk_test_nope"));
        QCOMPARE(wrongKey.exitCode, 3);
        QVERIFY(wrongKey.err.contains("AUTH_002"));
        QVERIFY(!wrongKey.err.contains("sk_test_nope"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliRun refused = run({QStringLiteral("me"), QStringLiteral("--base-url"), closed});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains("Could not reach"));
    }

    void campaignLifecycle()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const CliRun list = run({QStringLiteral("campaigns"), id});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith("ID"));

        const CliRun created = run(
            {QStringLiteral("create-campaign"), id, campaignFile(QStringLiteral("CLI one")), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString campaignId =
            created.json().toObject().value(QLatin1String("campaign")).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!campaignId.isEmpty());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI one")), 1);

        const CliRun enveloped =
            run({QStringLiteral("create-campaign"), id, campaignFile(QStringLiteral("CLI two"), true)});
        QCOMPARE(enveloped.exitCode, 0);
        QVERIFY(enveloped.out.contains("Created campaign"));
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI two")), 1);

        const CliRun dryRun = run({QStringLiteral("create-campaign"), id, campaignFile(QStringLiteral("CLI dry")),
                                   QStringLiteral("--sandbox")});
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY(dryRun.out.contains("Sandbox"));
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI dry")), 0);

        const CliRun updated =
            run({QStringLiteral("update-campaign"), id, campaignId, campaignFile(QStringLiteral("CLI renamed"))});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI one")), 0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI renamed")), 1);

        const CliRun deleted = run({QStringLiteral("delete-campaign"), id, campaignId});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI renamed")), 0);
    }

    void badCampaignFiles()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const CliRun missing =
            run({QStringLiteral("create-campaign"), id, m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(missing.exitCode, 2);
        const CliRun broken =
            run({QStringLiteral("create-campaign"), id, writeFile(QStringLiteral("broken.json"), "{\"name\": ")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("not valid JSON"));
        // Valid JSON the API refuses: the field details are printed, exit 1.
        const CliRun invalid =
            run({QStringLiteral("create-campaign"), id,
                 writeFile(QStringLiteral("invalid.json"), R"({"name": "X", "type": "App", "useCases": []})")});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains("campaign.description") || invalid.err.contains("description"),
                 invalid.err.constData());
        QVERIFY(invalid.err.contains("VALIDATION_"));
    }

    void lintExitCodesAndOutput()
    {
        // No key, no network: linting a file needs neither.
        const QString good = writeFile(QStringLiteral("good.json"), kCompliant);
        const CliRun passed = run({QStringLiteral("lint"), good}, QString());
        QCOMPARE(passed.exitCode, 0);
        QVERIFY2(passed.out.contains("0 errors, 0 warnings"), passed.out.constData());

        QJsonObject object = QJsonDocument::fromJson(kCompliant).object();
        object.remove(QStringLiteral("privacyPolicyLink"));
        const CliRun warned =
            run({QStringLiteral("lint"), writeFile(QStringLiteral("warned.json"), QJsonDocument(object).toJson())},
                QString());
        QCOMPARE(warned.exitCode, 0); // warnings do not fail a script
        QVERIFY2(warned.out.contains("S16") && warned.out.contains("1 warning"), warned.out.constData());

        object.insert(QStringLiteral("description"), QStringLiteral("Reminders."));
        object.insert(QStringLiteral("useCases"), QJsonArray());
        const QString badPath = writeFile(QStringLiteral("bad.json"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("campaign"), object}}).toJson());
        const CliRun failed = run({QStringLiteral("lint"), badPath, QStringLiteral("--json")}, QString());
        QCOMPARE(failed.exitCode, 1);
        const QJsonObject report = failed.json().toObject();
        QVERIFY(report.value(QLatin1String("errors")).toInt() >= 2);
        QVERIFY(!report.value(QLatin1String("rules_version")).toString().isEmpty());
        QStringList rules;
        for (const QJsonValue &f : report.value(QLatin1String("findings")).toArray())
            rules << f.toObject().value(QLatin1String("rule")).toString();
        QVERIFY2(rules.contains(QStringLiteral("S02")) && rules.contains(QStringLiteral("S03"))
                     && rules.contains(QStringLiteral("S16")),
                 qPrintable(rules.join(QLatin1Char(' '))));

        QCOMPARE(run({QStringLiteral("lint"), m_dir.filePath(QStringLiteral("absent.json"))}, QString()).exitCode, 2);
        QCOMPARE(run({QStringLiteral("lint"), writeFile(QStringLiteral("broken.json"), "[1, ")}, QString()).exitCode,
                 2);

        // Against a profile: its brand's names and its settings count.
        const QString noBrand =
            findProfile(*m_server, [this](const Profile &p) { return !m_server->state().effectiveBrand(p); });
        const CliRun brandless =
            run({QStringLiteral("lint"), good, QStringLiteral("--profile"), noBrand, QStringLiteral("--json")});
        QCOMPARE(brandless.exitCode, 1);
        QVERIFY(brandless.out.contains("\"P01\""));
        const QString other = ownCampaignsProfile(*m_server);
        const CliRun elsewhere =
            run({QStringLiteral("lint"), good, QStringLiteral("--profile"), other, QStringLiteral("--json")});
        QCOMPARE(elsewhere.exitCode, 0);
        QVERIFY2(elsewhere.out.contains("\"C02\""), elsewhere.out.constData()); // the samples name another brand
        QCOMPARE(run({QStringLiteral("lint"), good, QStringLiteral("--profile"),
                      QStringLiteral("00000000-0000-4000-8000-000000000000")})
                     .exitCode,
                 1);
    }

    void everyPageOfTheListInEveryCommand()
    {
        SandboxOptions options;
        options.pageSize = 7;
        options.rateLimitPerMinute = 0;
        m_server = startSandbox(options);
        QSet<QString> live;
        for (const auto &p : m_server->state().profiles())
            if (!p.deleted)
                live.insert(p.id);
        const auto onceEach = [&live](const QStringList &ids) {
            return QSet<QString>(ids.cbegin(), ids.cend()) == live && ids.size() == live.size();
        };

        const CliRun profiles = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(profiles.exitCode, 0);
        QStringList listed;
        for (const QJsonValue &p : profiles.json().toArray())
            listed.append(p.toObject().value(QLatin1String("id")).toString());
        QVERIFY2(onceEach(listed), qPrintable(QString::number(listed.size())));
        // What the client learned of the list is in the verbose log: paginated, and the page size served.
        const CliRun verbose = run({QStringLiteral("profiles"), QStringLiteral("--verbose")});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains("is paginated: page size 7 (asked 100)"), verbose.err.constData());

        const CliRun tree = run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(tree.exitCode, 0);
        QStringList inTree;
        for (const QJsonValue &p : tree.json().toObject().value(QLatin1String("profiles")).toArray())
            inTree.append(p.toObject().value(QLatin1String("id")).toString());
        QVERIFY(onceEach(inTree));
        // Written as it goes, as one valid document: compact into a pipe, indented with --pretty, the same data.
        QCOMPARE(tree.out.count('\n'), 1);
        const CliRun pretty = run({QStringLiteral("tree"), QStringLiteral("--json"), QStringLiteral("--pretty")});
        QCOMPARE(pretty.exitCode, 0);
        QVERIFY(pretty.out.count('\n') > inTree.size());
        QCOMPARE(pretty.json().toObject().value(QLatin1String("profiles")),
                 tree.json().toObject().value(QLatin1String("profiles")));
        QCOMPARE(pretty.json().toObject().value(QLatin1String("account")),
                 tree.json().toObject().value(QLatin1String("account")));

        // The CSV report: a row per campaign and one per profile without campaigns, profile_id first.
        const CliRun report = run({QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("-")});
        QCOMPARE(report.exitCode, 0);
        QSet<QString> reported;
        const QList<QStringList> rows = cd::csv::read(report.out);
        for (qsizetype i = 1; i < rows.size(); ++i)
            reported.insert(rows[i].value(0));
        QCOMPARE(reported, live);

        // A server that ignores page numbers: the command ends, prints what it read, and says the list is short.
        options.ignorePage = true;
        m_server = startSandbox(options);
        const CliRun stuck = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(stuck.exitCode, 4); // a partial result
        QCOMPARE(stuck.json().toArray().size(), 7);
        QVERIFY2(stuck.err.contains("page numbers"), stuck.err.constData());
        const CliRun stuckTree = run({QStringLiteral("tree")});
        QCOMPARE(stuckTree.exitCode, 4);
        QVERIFY(stuckTree.err.contains("page numbers"));
    }

    void whatSentDmAnnouncesAndRetires()
    {
        SandboxOptions options;
        options.sunset = QStringLiteral("2027-03-01");
        m_server = startSandbox(options);
        // Told once an endpoint, on stderr, however many requests met the headers.
        const CliRun tree = run({QStringLiteral("tree")});
        QCOMPARE(tree.exitCode, 0);
        QCOMPARE(tree.err.count("will retire GET /v3/profiles on"), 1);
        QCOMPARE(tree.err.count("will retire GET /v3/profiles/{profile}/campaigns on"), 1);
        QVERIFY2(tree.err.contains("docs.sent.dm"), tree.err.constData());
        QVERIFY(!tree.out.contains("retire")); // stdout stays the data

        // The version retired: never "not found" for an organization that exists.
        options.sunset.clear();
        options.retiredProfilesApi = true;
        m_server = startSandbox(options);
        const CliRun gone = run({QStringLiteral("profiles")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("no longer serves"), gone.err.constData());
        QVERIFY(gone.err.contains("needs an update"));
        QVERIFY(!gone.err.contains("was not found"));
    }

    void aCompletionAnswered204IsStarted()
    {
        SandboxOptions options;
        options.completeStatus = 204;
        options.sensitiveRateLimitPerMinute = 0;
        m_server = startSandbox(options);
        const QString id = findProfile(*m_server, [this](const Profile &p) {
            return p.status == QLatin1String("incomplete") && m_server->state().effectiveBrand(p) && !p.name.isEmpty()
                && !p.shortName.isEmpty() && !p.description.isEmpty()
                && !(p.inheritTcrCampaign && m_server->state().organization().campaigns.isEmpty())
                && !m_server->state().visibleCampaigns(p).isEmpty();
        });
        QVERIFY2(!id.isEmpty(), "the demo organization has a profile ready to complete");
        const CliRun started = run(
            {QStringLiteral("complete"), id, QStringLiteral("--webhook"), QStringLiteral("https://hooks.example/cb")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QVERIFY2(started.out.contains("started"), started.out.constData());
        QVERIFY(m_server->state().profile(id)->completionRunning);
    }

    // A name typed by someone else in the organization, with a terminal's escape sequences (set the window title,
    // ring the bell), a right-to-left override and a line break: shown with each of them visible, never acted on.
    // --json keeps the exact characters, escaped by JSON.
    void namesCannotDriveTheTerminal()
    {
        const QString hostile = QStringLiteral("Evil\x1b]0;pwned\x07 Clinic\u202Ecod.exe\r\nSecond line");
        const QString file =
            writeFile(QStringLiteral("hostile.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("name"), hostile},
                                                {QStringLiteral("short_name"), QStringLiteral("Evil")},
                                                {QStringLiteral("billing_model"), QStringLiteral("organization")},
                                                {QStringLiteral("inherit_tcr_brand"), true},
                                                {QStringLiteral("inherit_tcr_campaign"), true}})
                          .toJson());
        const CliRun created = run({QStringLiteral("create-profile"), file, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString id =
            created.json().toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const CliRun table = run({QStringLiteral("profiles")});
        QCOMPARE(table.exitCode, 0);
        for (const char *hidden : {"\x1b", "\x07", "\r", "\xe2\x80\xae"})
            QVERIFY2(!table.out.contains(hidden), table.out.constData());
        QVERIFY2(table.out.contains("Evil\\x1b]0;pwned\\x07 Clinic<U+202E>cod"), table.out.constData());
        const CliRun json = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QVERIFY(QString::fromUtf8(json.out).contains(QStringLiteral("\\u001b]0;pwned\\u0007")));
        QCOMPARE(run({QStringLiteral("delete-profile"), id}).exitCode, 0);
    }

    void profileLifecycle()
    {
        const QString file =
            writeFile(QStringLiteral("profile.json"), R"({"name": "CLI Clinic", "short_name": "CLI Clinic",
            "description": "Created from the command line", "billing_model": "organization", "inherit_tcr_brand": true,
            "inherit_tcr_campaign": true})");
        const CliRun created = run({QStringLiteral("create-profile"), file, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString id =
            created.json().toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString();
        QVERIFY2(!id.isEmpty(), created.out.constData());
        QVERIFY(m_server->state().profile(id));
        QCOMPARE(m_server->state().profile(id)->name, QStringLiteral("CLI Clinic"));

        const CliRun updated =
            run({QStringLiteral("update-profile"), id,
                 writeFile(QStringLiteral("change.json"), R"({"description": "Changed from the command line"})")});
        QCOMPARE(updated.exitCode, 0);
        QVERIFY(updated.out.contains("Updated profile"));
        QCOMPARE(m_server->state().profile(id)->description, QStringLiteral("Changed from the command line"));
        QCOMPARE(m_server->state().profile(id)->name, QStringLiteral("CLI Clinic")); // only what the file has

        // The API's field rules come back with the field named; a file that is not an object is a usage error.
        const CliRun refused = run(
            {QStringLiteral("update-profile"), id, writeFile(QStringLiteral("short.json"), R"({"short_name": "ab"})")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("short_name"), refused.err.constData());
        QCOMPARE(run({QStringLiteral("create-profile"), writeFile(QStringLiteral("array.json"), "[]")}).exitCode, 2);
        // Checked here first: a short name that breaks the rule is never sent.
        const CliRun local =
            run({QStringLiteral("create-profile"),
                 writeFile(QStringLiteral("bad.json"),
                           R"({"name": "Bad", "short_name": "ab", "billing_model": "organization"})")});
        QCOMPARE(local.exitCode, 2);
        QVERIFY2(local.err.contains("short_name") && local.err.contains("nothing was sent"), local.err.constData());

        const CliRun deleted = run({QStringLiteral("delete-profile"), id});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains("released"));
        QVERIFY(!m_server->state().profile(id));
        QCOMPARE(run({QStringLiteral("delete-profile"), id}).exitCode, 1); // gone: not found
    }

    void completeNeedsAWebhook()
    {
        const QString id = ownCampaignsProfile(*m_server);
        QCOMPARE(run({QStringLiteral("complete"), id}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("complete"), id, QStringLiteral("--webhook"), QStringLiteral("not a url")}).exitCode,
            2);
        const QString noBrand =
            findProfile(*m_server, [this](const Profile &p) { return !m_server->state().effectiveBrand(p); });
        const CliRun unmet = run({QStringLiteral("complete"), noBrand, QStringLiteral("--webhook"),
                                  QStringLiteral("https://hooks.example/cb")});
        QCOMPARE(unmet.exitCode, 1);
        QVERIFY(unmet.err.contains("HTTP 400"));
    }

    // A settings file damaged on disk: the CLI says so on stderr even with -q (saved connections may be missing
    // because of it), keeps the damaged file, and lists what could be recovered.
    void aDamagedSettingsFileIsSaidEvenWhenQuiet()
    {
        const QDir folder(m_config.filePath(cd::AppInfo::organizationName()));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        const QString path = folder.filePath(cd::AppInfo::applicationName() + QStringLiteral(".conf"));
        const auto cleanup = qScopeGuard([&] {
            for (const QString &name : folder.entryList(QDir::Files))
                QFile::remove(folder.filePath(name));
        });
        const QByteArray west = "7d3c2a4e-1b5f-4c6d-8e9f-0a1b2c3d4e5f";
        const QByteArray lost = "0f1e2d3c-4b5a-4968-8776-655443322110";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\ncurrentConnection=" + west + "\n\n[connections]\n" + west + "\\accountName=West\n" + west
                   + "\\baseUrl=https://api.sent.dm\n" + west + "\\keyKind=organization\n" + west + "\\name=West\n"
                   + lost + "\\baseUrl=https://api.sent.dm\n" + lost + "\\name=L" + QByteArray("\0\0\xff\n", 4));
        file.close();

        const CliRun list =
            run({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-q")},
                QString());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains("damaged") && list.err.contains("1 of the 2 saved connection"),
                 list.err.constData());
        const QJsonArray connections = list.json().toArray();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("West"));
        QCOMPARE(
            folder.entryList({cd::AppInfo::applicationName() + QStringLiteral(".conf.damaged-*")}, QDir::Files).size(),
            1);
        // Repaired: said once.
        const CliRun again = run({QStringLiteral("connections"), QStringLiteral("list")}, QString());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains("damaged"), again.err.constData());
    }

    void savedConnections()
    {
        REQUIRE_SECRET_SERVICE();
        const QByteArray key = m_server->organizationKey().toUtf8();
        const QString url = m_server->baseUrl().toString();
        const QStringList add = {QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Sandbox org"),
                                 QStringLiteral("--base-url"), url};
        const CliRun refused = run(add, QString(), QString(), "sk_test_not_a_key\n");
        QCOMPARE(refused.exitCode, 3);
        const CliRun added = run(add, QString(), QString(), key + "\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains(m_server->state().organization().name.toUtf8()));
        QVERIFY(!added.out.contains(key) && !added.err.contains(key));
        QCOMPARE(run(add, QString(), QString(), key + "\n").exitCode, 2); // the name is taken

        const CliRun list =
            run({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json")}, QString());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray connections = list.json().toArray();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first().toObject().value(QLatin1String("key_kind")).toString(),
                 QStringLiteral("organization"));
        QVERIFY(connections.first().toObject().value(QLatin1String("current")).toBool());
        QVERIFY(!list.out.contains(key));

        // Without SENT_DM_API_KEY the current connection is used; --connection names one.
        const CliRun me =
            run({QStringLiteral("me"), QStringLiteral("--json")}, QString(), QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(me.exitCode, 0);
        QCOMPARE(me.json().toObject().value(QLatin1String("id")).toString(), m_server->state().organization().id);
        QCOMPARE(
            run({QStringLiteral("profiles"), QStringLiteral("--connection"), QStringLiteral("sandbox ORG")}, QString())
                .exitCode,
            0);
        QCOMPARE(
            run({QStringLiteral("me"), QStringLiteral("--connection"), QStringLiteral("nope")}, QString()).exitCode, 2);

        // The key is in the keychain, not in any file of this test's configuration.
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 0);

        // No keychain reachable: a clear error and exit code 5, never a fallback.
        const CliRun noKeychain = run({QStringLiteral("me")}, QString(), QString(), {}, "unix:path=/nonexistent/bus");
        QCOMPARE(noKeychain.exitCode, 5);
        QVERIFY(noKeychain.err.contains("keychain"));

        const CliRun removed =
            run({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("Sandbox org")}, QString());
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(run({QStringLiteral("me")}, QString()).exitCode, 2); // nothing left to use
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
