#include "clienttestsupport.h"

#include "api/ratebudget.h"
#include "sandbox/sandboxstate.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace cd;

namespace {

QStringList g_log;
QMutex g_logMutex;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

} // namespace

// The client under the sandbox's faults: retries, idempotency, rate pacing, garbled answers, and its logs.
class TestClientResilience : public QObject
{
    Q_OBJECT

private:
    // Every profile's campaign list, as ids, in order.
    static QMap<QString, QStringList> campaignIds(SentClient &client, const QList<Profile> &profiles)
    {
        QMap<QString, QStringList> result;
        int pending = 0;
        for (const Profile &p : profiles) {
            if (!p.hasBrand())
                continue;
            ++pending;
            CallOptions options;
            options.priority = Priority::Background;
            client.listCampaigns(p.id, options, nullptr,
                                 [&result, &pending, id = p.id](const Result<QList<Campaign>> &r) {
                                     --pending;
                                     QStringList ids;
                                     if (r.ok())
                                         for (const Campaign &c : r.value())
                                             ids.append(c.id);
                                     else
                                         ids.append(QStringLiteral("error: ") + r.error().code);
                                     result.insert(id, ids);
                                 });
        }
        if (!QTest::qWaitFor([&] { return pending == 0; }, 60000))
            qWarning("%d campaign lists did not answer", pending);
        return result;
    }

private Q_SLOTS:
    void faultsAreRetriedToTheSameAnswers()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000; // pacing is another test's subject
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const auto profiles = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        QVERIFY(profiles.ok());
        const auto clean = campaignIds(client, profiles.value());
        QCOMPARE(client.stats().retries, 0);

        server->setFaultRates(0.3, 0, 0);
        const auto faultyProfiles =
            await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(faultyProfiles);
        QVERIFY(faultyProfiles.ok());
        QCOMPARE(faultyProfiles.value().size(), profiles.value().size());
        const auto faulty = campaignIds(client, faultyProfiles.value());
        QCOMPARE(faulty, clean);
        QVERIFY(server->counters().faults > 0);
        QVERIFY(client.stats().retries > 0);
    }

    void lostAnswersNeverCreateASecondCampaign()
    {
        sandbox::SandboxOptions options;
        options.dropAfterCommitRate = 0.5;
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const QString id = ownCampaignsProfile(*server);
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("Drop test %1").arg(i);
            const auto o = await<Campaign>(
                [&](auto done) { return client.createCampaign(id, testCampaign(name), {}, nullptr, done); });
            VERIFY_COMPLETED_ONCE(o);
            QVERIFY2(o.ok(), qPrintable(o.error().userMessage()));
            QCOMPARE(o.value().name, name);
            QCOMPARE(campaignsNamed(*server, name, id), 1);
        }
        QVERIFY(server->counters().drops > 0);
        QVERIFY(server->counters().replays > 0); // the retries were answered from the idempotency cache
    }

    void aCallersKeyIsReusedAcrossCalls()
    {
        auto server = startSandbox();
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const QString id = ownCampaignsProfile(*server);
        CallOptions options;
        options.idempotencyKey = "draft-0001_retry";
        const auto first = await<Campaign>([&](auto done) {
            return client.createCampaign(id, testCampaign(QStringLiteral("Keyed")), options, nullptr, done);
        });
        const auto second = await<Campaign>([&](auto done) {
            return client.createCampaign(id, testCampaign(QStringLiteral("Keyed")), options, nullptr, done);
        });
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first.response().replayed);
        QVERIFY(second.response().replayed);
        QCOMPARE(second.response().originalRequestId, first.response().requestId);
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Keyed"), id), 1);
    }

    void deleteWhoseAnswerWasLostStillSucceeds()
    {
        auto server = startSandbox();
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const QString id = ownCampaignsProfile(*server);
        const auto created = await<Campaign>([&](auto done) {
            return client.createCampaign(id, testCampaign(QStringLiteral("Doomed")), {}, nullptr, done);
        });
        QVERIFY(created.ok());
        server->setFaultRates(0, 1.0, 0);
        ApiJob *job = nullptr;
        const auto deleted = await<Done>([&](auto done) {
            job = client.deleteCampaign(id, created.value().id, {}, nullptr, done);
            // From the second attempt on, answers arrive again: the first one was carried out, its answer lost.
            connect(job, &ApiJob::attemptFinished, server.get(), [&server] { server->setFaultRates(0, 0, 0); });
            return job;
        });
        VERIFY_COMPLETED_ONCE(deleted);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().userMessage()));
        QCOMPARE(campaignsNamed(*server, QStringLiteral("Doomed"), id), 0);
    }

    void pacingMeetsNoRateLimit()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 240; // burst 60, then 4 per second
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        int pending = 0, failed = 0;
        for (int i = 0; i < 80; ++i) {
            ++pending;
            CallOptions background;
            background.priority = Priority::Background;
            client.me(background, nullptr, [&](const Result<Account> &r) {
                --pending;
                failed += r.ok() ? 0 : 1;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 60000));
        QCOMPARE(failed, 0);
        QCOMPARE(client.stats().rateLimited, 0);
        QCOMPARE(server->counters().rateLimited, 0);
        QVERIFY(client.budget()->isKnown());
        QCOMPARE(client.budget()->limitPerMinute(), 240);
    }

    void aFreeSlotIsTakenAtOnceButNeverAheadOfTheQueue()
    {
        RateBudget budget(6);
        // Before any answer, two at a time (the pool's size is not known yet).
        const RateBudget::Ticket first = budget.acquireNow(Priority::Background);
        const RateBudget::Ticket second = budget.acquireNow(Priority::User);
        QVERIFY(first && second && first != second);
        QCOMPARE(budget.acquireNow(Priority::User), RateBudget::Ticket(0));
        bool granted = false;
        budget.enqueue(Priority::Background, [&] { granted = true; });
        QCOMPARE(budget.queued(), 1);

        // A slot comes free: the queued request gets it, not one asking at once behind it...
        budget.finish(first, 200, {});
        QCOMPARE(budget.acquireNow(Priority::Background), RateBudget::Ticket(0));
        QVERIFY(QTest::qWaitFor([&] { return granted; }, 5000));
        // ...while the server, which reported no limit, takes as many as the budget allows.
        QCOMPARE(budget.inFlight(), 2);
        for (int i = budget.inFlight(); i < 6; ++i)
            QVERIFY(budget.acquireNow(Priority::Background));
        QCOMPARE(budget.acquireNow(Priority::User), RateBudget::Ticket(0));
        QCOMPARE(budget.inFlight(), 6);
    }

    // A program nobody clicks in (the CLI) keeps no reserve: its background work may use the whole bucket.
    void aReserveOnlyWhereSomeoneClicks()
    {
        const QHash<QByteArray, QByteArray> known{{"x-ratelimit-limit", "200"}, {"x-ratelimit-remaining", "50"}};
        RateBudget window(6);
        window.finish(window.acquireNow(Priority::User), 200, known);
        QVERIFY(window.reserve() > 0);
        RateBudget command(6);
        command.setReserveForUser(false);
        command.finish(command.acquireNow(Priority::User), 200, known);
        QVERIFY(command.isKnown());
        QCOMPARE(command.reserve(), 0);
        ClientConfig config = testConfig(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k"));
        config.reserveForUser = false;
        SentClient client(config);
        client.budget()->finish(client.budget()->acquireNow(Priority::User), 200, known);
        QCOMPARE(client.budget()->reserve(), 0);
    }

    void aPoolMetEmptyStillServesBackgroundWork()
    {
        // A new process whose first answer says the pool is spent (another program used it): background
        // requests, which leave a reserve, are granted once enough has trickled back — they do not wait for ever.
        RateBudget budget(6);
        const RateBudget::Ticket first = budget.acquireNow(Priority::User);
        QVERIFY(first);
        budget.finish(first, 200, {{"x-ratelimit-limit", "600"}, {"x-ratelimit-remaining", "0"}});
        QCOMPARE(budget.estimatedRemaining(), 0);
        bool granted = false;
        budget.enqueue(Priority::Background, [&] { granted = true; });
        QVERIFY(QTest::qWaitFor([&] { return granted; }, 10000)); // 600/min: 10 a second trickle back

        // A 429 that tells no limit pauses the pool; it serves again once the pause is over.
        RateBudget unknown(6);
        const RateBudget::Ticket refused = unknown.acquireNow(Priority::User);
        unknown.finish(refused, 429, {{"retry-after", "1"}});
        bool again = false;
        unknown.enqueue(Priority::Background, [&] { again = true; });
        QVERIFY(QTest::qWaitFor([&] { return again; }, 10000));
    }

    void userRequestsJumpTheBackgroundQueue()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 120; // burst 30, then 2 per second
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        int backgroundDone = 0;
        const int backgroundTotal = 40;
        for (int i = 0; i < backgroundTotal; ++i) {
            CallOptions background;
            background.priority = Priority::Background;
            client.me(background, nullptr, [&](const Result<Account> &) { ++backgroundDone; });
        }
        // Wait until the burst is spent and background work is being paced.
        QVERIFY(QTest::qWaitFor([&] { return backgroundDone >= 20 && client.budget()->queued() > 0; }, 30000));
        int backgroundWhenUserDone = -1;
        const auto user = await<Account>([&](auto done) {
            return client.me({}, nullptr, [&, done](const Result<Account> &r) {
                backgroundWhenUserDone = backgroundDone;
                done(r);
            });
        });
        QVERIFY(user.ok());
        QVERIFY2(backgroundWhenUserDone < backgroundTotal - 5,
                 qPrintable(QStringLiteral("user answered after %1 of %2 background requests")
                                .arg(backgroundWhenUserDone)
                                .arg(backgroundTotal)));
        QVERIFY(QTest::qWaitFor([&] { return backgroundDone == backgroundTotal; }, 60000));
        QCOMPARE(server->counters().rateLimited, 0);
    }

    void aRateLimitAnswerIsHonouredAndRetried()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 60; // burst 15
        auto server = startSandbox(options);
        // Another program spends the organization's burst behind this client's back.
        TestClient other(server->baseUrl(), server->organizationKey());
        for (int i = 0; i < 15; ++i)
            QCOMPARE(other.get(QStringLiteral("/v3/me")).status, 200);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY2(o.ok(), qPrintable(o.error().userMessage()));
        QVERIFY(client.stats().rateLimited >= 1);
        QVERIFY(client.stats().retries >= 1);
    }

    void garbledAnswersAreErrorsNotCrashes()
    {
        sandbox::SandboxOptions options;
        options.malformedRate = 1.0;
        auto server = startSandbox(options);
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 2;
        SentClient client(config);
        const auto profiles = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(profiles);
        QCOMPARE(profiles.error().kind, ApiError::Kind::Malformed);
        QCOMPARE(profiles.error().attempts, 3);
        QVERIFY(!profiles.error().requestId.isEmpty());
        QVERIFY(profiles.error().userMessage().contains(profiles.error().requestId));

        server->setFaultRates(0, 0, 0.4);
        const auto retried = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        // Either the retries got through, or it is a clean Malformed error: never a half-decoded list.
        if (!retried.ok())
            QCOMPARE(retried.error().kind, ApiError::Kind::Malformed);
        else
            QVERIFY(!retried.value().isEmpty());
    }

    void logsNeverShowTheKey()
    {
        auto server = startSandbox();
        const QString key = server->organizationKey();
        QLoggingCategory::setFilterRules(QStringLiteral("compliancedesk.api.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        {
            SentClient client(testConfig(server->baseUrl(), key));
            const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
            QVERIFY(o.ok());
            SentClient wrong(testConfig(server->baseUrl(), key + QStringLiteral("x")));
            const auto w = await<Account>([&](auto done) { return wrong.me({}, nullptr, done); });
            QVERIFY(!w.ok());
            QVERIFY(!w.error().userMessage().contains(key));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("compliancedesk.api.debug=false"));
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("x-api-key: <redacted>")), qPrintable(all.left(2000)));
        QVERIFY(!all.contains(key));
        QVERIFY(all.contains(QLatin1String("User-Agent: ComplianceDesk/")));
    }

    void responseMetadata()
    {
        // The request id and the rate-limit headers reach the caller.
        auto server = startSandbox();
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        QVERIFY(o.ok());
        QVERIFY(o.response().headers.contains("x-ratelimit-limit"));
        QVERIFY(!o.response().requestId.isEmpty());
        QCOMPARE(o.response().headers.value("x-request-id"), o.response().requestId.toLatin1());
    }
};

QTEST_GUILESS_MAIN(TestClientResilience)
#include "tst_client_resilience.moc"
