#include "clitestsupport.h"

#include "core/appinfo.h"
#include "report/csv.h"
#include "sandbox/sandboxstate.h"
#include "store/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace cd::sandbox;
using namespace cd::clitest;

// What the CLI leaves behind: the local history of every change it makes (and its check), reports, the changes it
// watches, and no duplicate when a create is repeated.
class TestCliRecords : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        m_server = startSandbox();
    }

    // The change is made on sent.dm, but the history cannot be written (its folder cannot be made): the command
    // says so on stderr and ends with its own exit code instead of 0.
    void aChangeThatCannotBeRecordedSaysSoAndDoesNotExitZero()
    {
        const QString folder = m_config.filePath(
            QStringLiteral("data/%1/%2").arg(cd::AppInfo::organizationName(), cd::AppInfo::applicationName()));
        const QString aside = folder + QStringLiteral(".aside");
        QVERIFY(!QDir(folder).exists() || QDir().rename(folder, aside));
        QVERIFY(QDir().mkpath(QFileInfo(folder).absolutePath()));
        {
            QFile blocker(folder); // a file where the folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const CliRun created = run({QStringLiteral("create-campaign"), ownCampaignsProfile(*m_server),
                                    campaignFile(QStringLiteral("unrecorded"))});
        QFile::remove(folder);
        QVERIFY(!QDir(aside).exists() || QDir().rename(aside, folder));
        QCOMPARE(created.exitCode, 7);
        QVERIFY2(created.out.contains("unrecorded"), created.out.constData()); // the change itself was made
        QVERIFY2(created.err.contains("The local history could not be written"), created.err.constData());
        QVERIFY(created.err.contains("not recorded"));
    }

    void historyOfChanges()
    {
        // Two submissions of one campaign, made from the command line, then read back from the local history.
        const QString profileId = ownCampaignsProfile(*m_server);
        const CliRun created = run({QStringLiteral("create-campaign"), profileId,
                                    campaignFile(QStringLiteral("history-first")), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString campaignId =
            created.json().toObject().value(QLatin1String("campaign")).toObject().value(QLatin1String("id")).toString();
        QVERIFY2(!campaignId.isEmpty(), created.out.constData());
        QJsonObject changed = campaignBody(QStringLiteral("Order updates")).value(QLatin1String("campaign")).toObject();
        changed.insert(QStringLiteral("description"), QStringLiteral("Shipping, delivery and returns notifications"));
        const CliRun updated = run({QStringLiteral("update-campaign"), profileId, campaignId,
                                    writeFile(QStringLiteral("history-second.json"), QJsonDocument(changed).toJson())});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(run({QStringLiteral("create-campaign"), profileId, campaignFile(QStringLiteral("dry")),
                      QStringLiteral("--sandbox")})
                     .exitCode,
                 0);

        const CliRun listed = run({QStringLiteral("history"), campaignId, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = listed.json().toObject().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2); // the dry run changed nothing and is not there
        const QJsonObject second = entries.at(0).toObject(), first = entries.at(1).toObject(); // newest first
        QVERIFY(first.value(QLatin1String("action")).toString().startsWith(QLatin1String("POST ")));
        QVERIFY(second.value(QLatin1String("action")).toString().startsWith(QLatin1String("PUT ")));
        QCOMPARE(first.value(QLatin1String("profile_id")).toString(), profileId);
        QVERIFY(!first.value(QLatin1String("request_id")).toString().isEmpty());
        QVERIFY(first.value(QLatin1String("summary")).toString().contains(QLatin1String("Created the campaign")));
        // Who made it: the user, on this computer, with the CLI.
        QVERIFY2(first.value(QLatin1String("actor")).toString().endsWith(QLatin1String("(compliance-desk-cli)")),
                 qPrintable(first.value(QLatin1String("actor")).toString()));
        const CliRun text = run({QStringLiteral("history"), profileId});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Changed the campaign"), text.out.constData());

        // What the second submission changed, field by field.
        const QString pair = QStringLiteral("%1,%2")
                                 .arg(first.value(QLatin1String("seq")).toInteger())
                                 .arg(second.value(QLatin1String("seq")).toInteger());
        const CliRun diff = run({QStringLiteral("history"), campaignId, QStringLiteral("--diff"), pair});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(
            diff.out.contains(
                "~ description: Shipping and delivery notifications for online orders → Shipping, delivery and returns notifications"),
            diff.out.constData());
        QVERIFY2(diff.out.contains("~ name: "), diff.out.constData());
        QCOMPARE(run({QStringLiteral("history"), campaignId, QStringLiteral("--diff"), QStringLiteral("1")}).exitCode,
                 2);

        // The chain holds; an entry changed behind the application's back is found.
        const CliRun intact = run({QStringLiteral("history"), QStringLiteral("--verify")});
        QVERIFY2(intact.exitCode == 0, intact.out.constData());
        QVERIFY2(intact.out.contains("intact"), intact.out.constData());
        {
            cd::SqliteFile file;
            QVERIFY(file.open(
                m_config.filePath(QStringLiteral("data/%1/%2/history.sqlite")
                                      .arg(cd::AppInfo::organizationName(), cd::AppInfo::applicationName()))));
            QSqlQuery q(file.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE entries SET summary = 'nothing to see' WHERE seq = %1")
                               .arg(first.value(QLatin1String("seq")).toInteger())));
        }
        const CliRun tampered = run({QStringLiteral("history"), QStringLiteral("--verify")});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.out.contains("not intact"), tampered.out.constData());
    }

    void reportAsCsvAndPdf()
    {
        // The whole organization as CSV: one row per campaign, one per profile without campaigns, hand-counted
        // from the sandbox's own state (a profile without a brand has no campaign list).
        const QString csvPath = m_dir.filePath(QStringLiteral("org.csv"));
        const CliRun csvRun = run({QStringLiteral("report"), QStringLiteral("--out"), csvPath});
        QVERIFY2(csvRun.exitCode == 0, csvRun.err.constData());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = cd::csv::read(csvFile.readAll());
        int expected = 0;
        for (const auto &p : m_server->state().profiles())
            if (!p.deleted)
                expected += m_server->state().effectiveBrand(p)
                    ? std::max<int>(1, int(m_server->state().visibleCampaigns(p).size()))
                    : 1;
        QCOMPARE(rows.size(), 1 + expected);
        QCOMPARE(rows.first().first(), QStringLiteral("profile_id"));
        for (const QStringList &row : rows.mid(1))
            QVERIFY(m_server->state().profile(row.first()));

        // The same to standard output, for a pipe; a PDF needs a file.
        const CliRun piped = run({QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(piped.exitCode == 0, piped.err.constData());
        QCOMPARE(cd::csv::read(piped.out).size(), rows.size());
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), QStringLiteral("-")})
                     .exitCode,
                 2);

        // One profile as PDF, read back with a PDF reader.
        const QString profileId = ownCampaignsProfile(*m_server);
        const QString pdfPath = m_dir.filePath(QStringLiteral("profile.pdf"));
        const CliRun pdfRun = run({QStringLiteral("report"), profileId, QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(pdfRun.exitCode == 0, pdfRun.err.constData());
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QByteArray text = pdftotext.readAllStandardOutput();
        QVERIFY2(text.contains(m_server->state().profile(profileId)->name.toUtf8()), text.left(300).constData());
        QVERIFY(text.contains(m_server->state().profile(profileId)->campaigns.first().name.toUtf8()));

        const CliRun unknown =
            run({QStringLiteral("report"), QStringLiteral("not-an-id"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(unknown.exitCode == 2, unknown.err.right(600).constData());
        QCOMPARE(
            run({QStringLiteral("report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.txt"))}).exitCode,
            2);
        QCOMPARE(run({QStringLiteral("report")}).exitCode, 2);
    }

    void watchPrintsChangesUntilSettled()
    {
        SandboxOptions options;
        options.timeScale = 3600; // the registry's reviews take moments
        options.rateLimitPerMinute = 6000;
        m_server = startSandbox(options);
        const int inFlight = [this] {
            int n = 0;
            for (const auto &p : m_server->state().profiles())
                for (const auto &c : p.campaigns)
                    n += c.submittedToTcr && c.status != QLatin1String("ACTIVE") && c.status != QLatin1String("EXPIRED")
                        ? 1
                        : 0;
            return n;
        }();
        QVERIFY2(inFlight > 0, "the demo organization has campaigns waiting for the registry");
        const CliRun watched =
            run({QStringLiteral("watch"), QStringLiteral("--until-settled"), QStringLiteral("--interval"),
                 QStringLiteral("0.2"), QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--json")});
        QCOMPARE(watched.exitCode, 0);
        QVERIFY2(watched.err.contains("Nothing is in flight"), watched.err.constData());
        // One JSON object a change; every one names what changed, from what, to what.
        QStringList changed; // "id:to", in the order printed
        for (const QByteArray &part : watched.out.split('}')) {
            if (!part.contains("\"kind\""))
                continue;
            const QJsonObject change = QJsonDocument::fromJson(part.trimmed() + '}').object();
            QVERIFY2(change.contains(QLatin1String("from")) && change.contains(QLatin1String("to")), part.constData());
            changed.append(change.value(QLatin1String("id")).toString() + QLatin1Char(':')
                           + change.value(QLatin1String("to")).toString());
        }
        QVERIFY2(!changed.isEmpty(), watched.out.constData());

        // Each change is in the local history too, once, as the window records it.
        const CliRun history = run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        QStringList recorded;
        for (const QJsonValue &value : history.json().toObject().value(QLatin1String("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("kind")).toString() != QLatin1String("status"))
                continue;
            const QString item = entry.value(QLatin1String("campaign_id")).toString().isEmpty()
                ? entry.value(QLatin1String("profile_id")).toString()
                : entry.value(QLatin1String("campaign_id")).toString();
            recorded.prepend(item + QLatin1Char(':') + entry.value(QLatin1String("action")).toString()); // oldest first
        }
        QCOMPARE(recorded, changed);

        // With a timeout shorter than any review: exit 6, saying what is still in flight.
        m_server = startSandbox();
        const CliRun timedOut = run({QStringLiteral("watch"), QStringLiteral("--until-settled"),
                                     QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(timedOut.exitCode, 6);
        QVERIFY(timedOut.err.contains("still in flight"));
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("--timeout"), QStringLiteral("soon")}).exitCode, 2);
    }

    void repeatedCreatesUnderLostAnswersCreateOneEach()
    {
        const QString id = ownCampaignsProfile(*m_server);
        m_server->setFaultRates(0, 0.3, 0);
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("CLI drop %1").arg(i);
            const CliRun created =
                run({QStringLiteral("create-campaign"), id, campaignFile(name), QStringLiteral("-q")});
            QCOMPARE(created.exitCode, 0);
            QCOMPARE(campaignsNamed(*m_server, name), 1);
        }
        // Running the same command again with the same key never repeats the change.
        const QString file = campaignFile(QStringLiteral("CLI keyed"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(run({QStringLiteral("create-campaign"), id, file, QStringLiteral("--idempotency-key"),
                          QStringLiteral("cli-test-1")})
                         .exitCode,
                     0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("CLI keyed")), 1);
    }

    // A create whose answer is lost, or whose process is killed after sending, is not made twice when the same
    // command runs again: it goes out with the key it went out with before, and sent.dm replays it. --new makes it
    // again on purpose.
    void aRerunAfterALostAnswerOrAKillIsNotMadeTwice()
    {
        const QString id = ownCampaignsProfile(*m_server);

        // Every answer lost: the change may have been made, and the command says so, with its key.
        m_server->setFaultRates(0, 1.0, 0);
        const QString lostFile = campaignFile(QStringLiteral("Lost answer"));
        const CliRun lost = run({QStringLiteral("create-campaign"), id, lostFile, QStringLiteral("--json")});
        QVERIFY2(lost.exitCode != 0, lost.err.constData());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Lost answer")), 1);
        QVERIFY2(lost.err.contains("may have been made"), lost.err.constData());
        const QJsonObject error = lost.json()[QLatin1String("error")].toObject();
        QCOMPARE(error.value(QLatin1String("outcome")).toString(), QStringLiteral("may_have_been_made"));
        const QString key = error.value(QLatin1String("idempotency_key")).toString();
        QVERIFY(!key.isEmpty());
        QVERIFY2(lost.err.contains(key.toUtf8()), lost.err.constData());
        m_server->setFaultRates(0, 0, 0);
        const CliRun again = run({QStringLiteral("create-campaign"), id, lostFile});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(key.toUtf8()), again.err.constData()); // the same key, said
        QVERIFY2(again.err.contains("already been carried out"), again.err.constData());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Lost answer")), 1);

        // Killed once the campaign is made, before its answer arrives (answers are being dropped and retried).
        m_server->setFaultRates(0, 1.0, 0);
        const QString killedFile = campaignFile(QStringLiteral("Killed run"));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("create-campaign"), id, killedFile});
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return campaignsNamed(*m_server, QStringLiteral("Killed run")) == 1; }, 60000));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        m_server->setFaultRates(0, 0, 0);
        QCOMPARE(run({QStringLiteral("create-campaign"), id, killedFile}).exitCode, 0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Killed run")), 1);

        // Asked for: a second one.
        QCOMPARE(run({QStringLiteral("create-campaign"), id, killedFile, QStringLiteral("--new")}).exitCode, 0);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Killed run")), 2);
        // A refused change is not kept: fixed on sent.dm's side and run again, it is tried anew (a new key).
        const CliRun refused =
            run({QStringLiteral("create-campaign"), QStringLiteral("p_missing"), killedFile, QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json()[QLatin1String("error")][QLatin1String("outcome")].toString(),
                 QStringLiteral("not_made"));
        const CliRun refusedAgain = run({QStringLiteral("create-campaign"), QStringLiteral("p_missing"), killedFile});
        QVERIFY2(!refusedAgain.err.contains("same change was sent"), refusedAgain.err.constData());
    }

    // A change whose answer was lost is settled at the next command by asking sent.dm (read-only): one that was made
    // is said made, with its id, and a rerun replays it; one that was not is said not made, and a rerun makes it
    // with a new key. The history has each as pending, then as found.
    void aLostAnswerIsSettledByAskingAtTheNextCommand()
    {
        const QString id = ownCampaignsProfile(*m_server);
        m_server->setFaultRates(0, 1.0, 0); // made, its answer lost
        const CliRun lost =
            run({QStringLiteral("create-campaign"), id, campaignFile(QStringLiteral("Made, answer lost"))});
        QVERIFY2(lost.exitCode != 0 && !lost.err.contains("change journal:"), lost.err.constData());
        m_server->setFaultRates(1.0, 0, 0); // a server error before anything is made
        const QString neverFile = campaignFile(QStringLiteral("Never made"));
        const CliRun failed = run({QStringLiteral("create-campaign"), id, neverFile});
        QVERIFY2(failed.exitCode != 0 && failed.err.contains("may have been made"), failed.err.constData());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Made, answer lost")), 1);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Never made")), 0);

        m_server->setFaultRates(0, 0, 0);
        const CliRun next = run({QStringLiteral("me")});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.err.contains("“Made, answer lost”") && next.err.contains("was created (id"),
                 next.err.constData());
        QVERIFY2(next.err.contains("“Never made”") && next.err.contains("was not created"), next.err.constData());
        QVERIFY2(!run({QStringLiteral("me")}).err.contains("answer was lost"), "settled once");

        const QJsonArray entries =
            run({QStringLiteral("history"), id, QStringLiteral("--json")}).json()[QLatin1String("entries")].toArray();
        QStringList outcomes;
        for (const QJsonValue &entry : entries)
            if (const QString outcome = entry[QLatin1String("payload")][QLatin1String("outcome")].toString();
                !outcome.isEmpty())
                outcomes << outcome;
        outcomes.sort();
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("made"), QStringLiteral("not_made"), QStringLiteral("unknown"),
                              QStringLiteral("unknown")}));

        // Not made: run again, it is made, with a new key (not "the same change was sent").
        const CliRun again = run({QStringLiteral("create-campaign"), id, neverFile});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains("same change was sent"), again.err.constData());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Never made")), 1);
    }

    // The check says what happened to the history: intact and sealed, cut behind the CLI's back (the file deleted),
    // or not checkable now (its folder cannot be used), each with its own exit code.
    void verifySaysHowTheHistoryWasCutOrCouldNotBeChecked()
    {
        m_dataFolder = m_dir.filePath(QStringLiteral("verified-data")); // a history, and a seal, of its own
        const QString file = m_dataFolder
            + QStringLiteral("/%1/%2/history.sqlite")
                  .arg(cd::AppInfo::organizationName(), cd::AppInfo::applicationName());
        QCOMPARE(run({QStringLiteral("create-campaign"), ownCampaignsProfile(*m_server),
                      campaignFile(QStringLiteral("verified"))})
                     .exitCode,
                 0);
        const CliRun intact = run({QStringLiteral("history"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QVERIFY2(intact.exitCode == 0, intact.out.constData());
        QCOMPARE(intact.json()[QLatin1String("intact")].toBool(), true);
        QCOMPARE(intact.json()[QLatin1String("sealed")].toBool(), true);

        QVERIFY(QFile::remove(file));
        const CliRun deleted = run({QStringLiteral("history"), QStringLiteral("--verify")});
        QCOMPARE(deleted.exitCode, 1);
        QVERIFY2(deleted.out.contains("not intact") && deleted.out.contains("deleted"), deleted.out.constData());

        const QString folder = QFileInfo(file).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        {
            QFile blocker(folder); // a file where the folder should be
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const CliRun unusable = run({QStringLiteral("history"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QFile::remove(folder);
        m_dataFolder.clear();
        QCOMPARE(unusable.exitCode, 7);
        QCOMPARE(unusable.json()[QLatin1String("intact")].toBool(), false);
        QCOMPARE(unusable.json()[QLatin1String("cannot_check")].toString(), QStringLiteral("file"));
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
