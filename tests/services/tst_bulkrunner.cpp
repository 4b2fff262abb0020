#include "api/clienttestsupport.h"

#include "sandbox/sandboxstate.h"
#include "services/bulkrunner.h"
#include "services/historyrecorder.h"
#include "store/changejournal.h"
#include "store/historylog.h"
#include "store/jobjournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cd;

// The bulk engine against the sandbox, with real journals: every item sent once, ended once, and a job interrupted
// at any point resumed without making anything twice.
class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const char *name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QLatin1String(name)).arg(++m_files));
    }

    static sandbox::SandboxOptions largeSandbox(int profiles)
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.seed.kind = sandbox::SeedSpec::Kind::Large;
        options.seed.profiles = profiles;
        options.seed.campaignsPerProfile = 1;
        return options;
    }

    static ClientConfig config(sandbox::SandboxServer &server, int retries = 0)
    {
        ClientConfig c = testConfig(server.baseUrl(), server.organizationKey());
        c.retry.maxRetries = retries;
        return c;
    }

    static QJsonObject campaignInput(const QString &name)
    {
        return Campaign::fromJson(campaignBody(name).value(QLatin1String("campaign")).toObject()).toJson();
    }

    // One campaign called `name` for each of the sandbox's first `count` profiles.
    static BulkJob campaignJob(sandbox::SandboxServer &server, const QString &name, int count)
    {
        BulkJob job;
        job.scope = QStringLiteral("test-scope");
        job.title = QStringLiteral("Apply “%1”").arg(name);
        for (const auto &p : server.state().profiles()) {
            if (job.items.size() == count)
                break;
            BulkItem item;
            item.action = BulkItem::Action::CreateCampaign;
            item.profileId = p.id;
            item.label = p.name;
            item.input = campaignInput(name);
            job.items.append(item);
        }
        return job;
    }

    static void waitForEnd(BulkRunner &runner)
    {
        QSignalSpy finished(&runner, &BulkRunner::finished);
        if (runner.state() == BulkRunner::State::Finished || runner.state() == BulkRunner::State::Cancelled
            || runner.state() == BulkRunner::State::Paused)
            return;
        QVERIFY(finished.wait(60000));
    }

    static std::optional<BulkJob> readBack(JobJournal &jobs, const QString &id)
    {
        std::optional<BulkJob> read;
        bool done = false;
        QObject context;
        jobs.read(id, &context, [&](const std::optional<BulkJob> &job) {
            read = job;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the job journal did not answer");
        return read;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyItemIsSentOnceAndRecorded()
    {
        auto server = startSandbox(largeSandbox(8));
        SentClient client(config(*server));
        JobJournal jobs(file("jobs"));
        ChangeJournal changes(file("changes"));
        HistoryLog log(file("history"));
        HistoryRecorder recorder(&log, QStringLiteral("conn"));
        connect(&client, &SentClient::changeMade, &recorder, &HistoryRecorder::recordChange);
        BulkRunner runner(&client, &jobs);
        runner.setChangeJournal(&changes, QStringLiteral("test-scope"));
        runner.setRecorder(&recorder);
        QSignalSpy items(&runner, &BulkRunner::itemChanged);

        runner.start(campaignJob(*server, QStringLiteral("Bulk reminders"), 6));
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Finished);
        QCOMPARE(runner.job().counts().done, 6);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Bulk reminders")), 6);
        QSet<QByteArray> keys;
        for (const BulkItem &item : runner.job().items) {
            QCOMPARE(item.state, BulkItem::State::Done);
            QVERIFY(!item.requestId.isEmpty());
            QVERIFY(!item.resultId.isEmpty());
            QCOMPARE(item.attempts, 1);
            keys.insert(item.key);
            QCOMPARE(campaignsNamed(*server, QStringLiteral("Bulk reminders"), item.profileId), 1);
        }
        QCOMPARE(keys.size(), 6);     // one key an item
        QVERIFY(items.count() >= 12); // each item sent, then ended
        QCOMPARE(runner.secondsLeft(), 0);

        // The journal has it as it ended.
        const auto read = readBack(jobs, runner.job().id);
        QVERIFY(read);
        QCOMPARE(read->state, BulkJob::State::Finished);
        QCOMPARE(read->items.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(read->items.at(i).state, BulkItem::State::Done);
            QCOMPARE(read->items.at(i).key, runner.job().items.at(i).key);
            QCOMPARE(read->items.at(i).requestId, runner.job().items.at(i).requestId);
        }
        // Each change as a single change would be: settled in the change journal, one history entry each, and the
        // job as one entry naming its items.
        bool settled = false;
        changes.unsettled(QStringLiteral("test-scope"), this, [&](const QList<ChangeJournal::Unsettled> &open) {
            QVERIFY(open.isEmpty());
            settled = true;
        });
        QTRY_VERIFY(settled);
        QList<HistoryEntry> entries;
        bool readHistory = false;
        log.flush(this, [&] {
            log.entries(QStringLiteral("conn"), {}, this, [&](const QList<HistoryEntry> &all) {
                entries = all;
                readHistory = true;
            });
        });
        QTRY_VERIFY(readHistory);
        int created = 0, jobEntries = 0;
        for (const HistoryEntry &e : entries) {
            created += e.action.startsWith(QLatin1String("POST /v3/profiles/")) ? 1 : 0;
            if (e.action == QStringLiteral("JOB %1").arg(runner.job().id)) {
                ++jobEntries;
                QCOMPARE(e.payload.value(QLatin1String("items")).toArray().size(), 6);
                QVERIFY(e.summary.contains(QLatin1String("6 of 6")));
            }
        }
        QCOMPARE(created, 6);
        QCOMPARE(jobEntries, 1);
    }

    void aRefusedItemDoesNotStopTheOthers()
    {
        auto server = startSandbox(largeSandbox(5));
        SentClient client(config(*server));
        JobJournal jobs(file("jobs"));
        BulkRunner runner(&client, &jobs);
        BulkJob job = campaignJob(*server, QStringLiteral("Clinic alerts"), 4);
        QJsonObject nameless = job.items[1].input;
        nameless.insert(QStringLiteral("name"), QString());
        job.items[1].input = nameless;                     // sent.dm refuses it, field by field
        job.items[2].profileId = QStringLiteral("p_gone"); // a profile deleted meanwhile
        runner.start(job);
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Finished);
        const BulkJob &ran = runner.job();
        QCOMPARE(ran.counts().done, 2);
        QCOMPARE(ran.counts().refused, 2);
        QCOMPARE(ran.items.at(1).state, BulkItem::State::Refused);
        QVERIFY(!ran.items.at(1).fieldErrors.isEmpty());
        QVERIFY(!ran.items.at(1).message.isEmpty());
        QVERIFY(!ran.items.at(1).requestId.isEmpty());
        QVERIFY(ran.items.at(1).message.contains(ran.items.at(1).requestId));
        QCOMPARE(ran.items.at(2).state, BulkItem::State::Refused);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Clinic alerts")), 2);
    }

    void aLostAnswerIsReplayedNotMadeTwice()
    {
        auto server = startSandbox(largeSandbox(5));
        JobJournal jobs(file("jobs"));
        ChangeJournal changes(file("changes"));
        QString jobId;
        {
            // Every request is carried out, then its connection dropped before the answer.
            server->setFaultRates(0, 1.0, 0);
            SentClient client(config(*server));
            BulkRunner runner(&client, &jobs);
            runner.setChangeJournal(&changes, QStringLiteral("test-scope"));
            runner.start(campaignJob(*server, QStringLiteral("Lost answers"), 4));
            waitForEnd(runner);
            jobId = runner.job().id;
            QCOMPARE(runner.job().counts().failed, 4);
            for (const BulkItem &item : runner.job().items)
                QVERIFY2(!item.message.isEmpty(), qPrintable(item.label));
        }
        // Made, though nobody heard (a request the dropped connection kept from arriving was not).
        const int made = campaignsNamed(*server, QStringLiteral("Lost answers"));
        QVERIFY(made >= 1 && made <= 4);
        bool unsettled = false;
        changes.unsettled(QStringLiteral("test-scope"), this, [&](const QList<ChangeJournal::Unsettled> &open) {
            QCOMPARE(open.size(), 4); // each item, as a single change whose answer was lost
            unsettled = true;
        });
        QTRY_VERIFY(unsettled);

        // Another process, later: the failed items go again under their keys and sent.dm replays them.
        server->setFaultRates(0, 0, 0);
        const int replaysBefore = server->counters().replays;
        SentClient client(config(*server));
        BulkRunner runner(&client, &jobs);
        runner.setChangeJournal(&changes, QStringLiteral("test-scope"));
        runner.resume(jobId, QStringLiteral("test-scope"));
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Finished);
        QCOMPARE(runner.job().counts().failed, 4);
        runner.retryFailed();
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Finished);
        QCOMPARE(runner.job().counts().done, 4);
        QCOMPARE(server->counters().replays - replaysBefore, made); // the ones made were replayed, not made again
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Lost answers")), 4);
        for (const BulkItem &item : runner.job().items)
            QCOMPARE(item.attempts, 2);
    }

    void aJobKilledWhileSendingResumesWithoutDuplicates()
    {
        auto server = startSandbox(largeSandbox(10));
        JobJournal jobs(file("jobs"));
        QString jobId;
        {
            auto client = std::make_unique<SentClient>(config(*server));
            auto runner = std::make_unique<BulkRunner>(client.get(), &jobs);
            runner->setConcurrency(3);
            runner->start(campaignJob(*server, QStringLiteral("Killed midway"), 9));
            // The process dies once sent.dm has begun to make them: its client and runner gone with their requests.
            QTRY_VERIFY(campaignsNamed(*server, QStringLiteral("Killed midway")) >= 2);
            jobId = runner->job().id;
            runner.reset();
            client.reset();
        }
        const int before = campaignsNamed(*server, QStringLiteral("Killed midway"));
        QVERIFY(before < 9);
        bool flushed = false;
        jobs.flush(this, [&] { flushed = true; });
        QTRY_VERIFY(flushed);
        const auto interrupted = readBack(jobs, jobId);
        QVERIFY(interrupted);
        QCOMPARE(interrupted->state, BulkJob::State::Running); // offered again at the next start
        QVERIFY(interrupted->isUnfinished());
        QVERIFY(interrupted->counts().pending > 0);

        SentClient client(config(*server));
        BulkRunner runner(&client, &jobs);
        runner.resume(jobId, QStringLiteral("test-scope"));
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Finished);
        QCOMPARE(runner.job().counts().done, 9);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Killed midway")), 9); // none twice, none skipped
        for (const BulkItem &item : runner.job().items)
            QCOMPARE(campaignsNamed(*server, QStringLiteral("Killed midway"), item.profileId), 1);
    }

    void pauseResumeAndCancel()
    {
        auto server = startSandbox(largeSandbox(8));
        SentClient client(config(*server));
        JobJournal jobs(file("jobs"));
        BulkRunner runner(&client, &jobs);
        runner.setConcurrency(1);
        connect(&runner, &BulkRunner::itemChanged, this, [&runner](int position) {
            if (position == 1 && runner.job().items.at(1).state == BulkItem::State::Done
                && runner.state() == BulkRunner::State::Running)
                runner.pause();
        });
        runner.start(campaignJob(*server, QStringLiteral("Paused job"), 6));
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Paused);
        QCOMPARE(runner.job().counts().done, 2);
        QCOMPARE(runner.job().counts().pending, 4);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Paused job")), 2);
        QCOMPARE(readBack(jobs, runner.job().id)->state, BulkJob::State::Paused);

        // Resumed, then cancelled after one more: the rest are never sent.
        disconnect(&runner, &BulkRunner::itemChanged, this, nullptr);
        connect(&runner, &BulkRunner::itemChanged, this, [&runner](int position) {
            if (position == 2 && runner.job().items.at(2).state == BulkItem::State::Done)
                runner.cancel();
        });
        runner.resume(runner.job().id, QStringLiteral("test-scope"));
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Cancelled);
        QCOMPARE(runner.job().counts().done, 3);
        QCOMPARE(runner.job().counts().cancelled, 3);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Paused job")), 3);
        const auto read = readBack(jobs, runner.job().id);
        QCOMPARE(read->state, BulkJob::State::Cancelled);
        QVERIFY(!read->isUnfinished());
        QCOMPARE(read->counts().cancelled, 3);
    }

    void aJobOfAnotherAccountIsNotResumed()
    {
        auto server = startSandbox(largeSandbox(2));
        SentClient client(config(*server));
        JobJournal jobs(file("jobs"));
        BulkJob job = campaignJob(*server, QStringLiteral("Elsewhere"), 1);
        job.id = BulkJob::newId();
        job.state = BulkJob::State::Paused;
        job.items[0].key = BulkJob::newKey();
        bool written = false;
        jobs.write(job, this, [&](bool ok) { written = ok; });
        QTRY_VERIFY(written);
        BulkRunner runner(&client, &jobs);
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.resume(job.id, QStringLiteral("another-scope"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.state(), BulkRunner::State::Idle);
        QVERIFY(runner.problem().contains(job.id));
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Elsewhere")), 0);
        runner.resume(QStringLiteral("job_missing"), {});
        QVERIFY(finished.wait(10000));
        QVERIFY(runner.problem().contains(QLatin1String("job_missing")));
    }

    void theTimeLeftFollowsTheRateLimit()
    {
        sandbox::SandboxOptions options = largeSandbox(30);
        options.rateLimitPerMinute = 60; // a token a second
        auto server = startSandbox(options);
        SentClient client(config(*server));
        JobJournal jobs(file("jobs"));
        BulkRunner runner(&client, &jobs);
        runner.start(campaignJob(*server, QStringLiteral("Slow lane"), 30));
        QCOMPARE(runner.secondsLeft(), -1); // nothing known yet
        // Once the budget is known, what the bucket does not hold goes at a token a second.
        QTRY_VERIFY_WITH_TIMEOUT(client.budget()->isKnown() && runner.job().counts().done >= 2, 20000);
        const int pending = runner.job().counts().pending;
        const int bound = std::max(0, pending - client.budget()->estimatedRemaining());
        QVERIFY2(runner.secondsLeft() >= bound,
                 qPrintable(QStringLiteral("%1 < %2").arg(runner.secondsLeft()).arg(bound)));
        runner.cancel();
        waitForEnd(runner);
        QCOMPARE(runner.state(), BulkRunner::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
