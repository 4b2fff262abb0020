#include "api/clienttestsupport.h"
#include "lint/lintfixtures.h"

#include "sandbox/sandboxstate.h"
#include "services/statuspoller.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace cd;

// The poller against the sandbox, its registry clock sped up so that reviews take moments.
class TestStatusPoller : public QObject
{
    Q_OBJECT

    static StatusPoller::Settings fast()
    {
        StatusPoller::Settings s;
        s.firstIntervalMs = 50;
        s.maxIntervalMs = 400;
        s.offlineRetryMs = 500;
        s.justChangedMs = 3000;
        return s;
    }

private Q_SLOTS:
    void aChangeIsSeenOnceAndSettledItemsAreLetGo()
    {
        sandbox::SandboxOptions options;
        options.timeScale = 3600; // a simulated hour a second
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        // An onboarded profile of its own: a new campaign is submitted, then reviewed.
        const QString profileId = findProfile(*server, [&server](const sandbox::Profile &p) {
            return p.status == QLatin1String("approved") && !p.inheritTcrCampaign && server->state().effectiveBrand(p);
        });
        QVERIFY(!profileId.isEmpty());
        const auto created = await<Campaign>([&](auto done) {
            return client.createCampaign(profileId, Campaign::fromJson(QJsonDocument::fromJson(kCompliant).object()),
                                         {}, nullptr, done);
        });
        QVERIFY(created.ok());
        const QString campaignId = created.value().id;

        StatusPoller poller(&client);
        poller.setSettings(fast());
        QStringList transitions;
        connect(&poller, &StatusPoller::campaignChanged, this,
                [&](const QString &, const Campaign &c, const QString &old) {
                    if (c.id == campaignId)
                        transitions << old + QStringLiteral("→")
                                + (c.tcrSyncError.isEmpty() ? c.status : QStringLiteral("sync error"));
                });
        QSignalSpy settled(&poller, &StatusPoller::settled);
        const auto listed =
            await<QList<Campaign>>([&](auto done) { return client.listCampaigns(profileId, {}, nullptr, done); });
        QVERIFY(listed.ok());
        poller.watchCampaigns(profileId, listed.value());
        poller.watchChanged(profileId, true); // the user just created one: watched even while it is a draft

        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(transitions.begin(), transitions.end(),
                                             [](const QString &t) {
                                                 return t.endsWith(QLatin1String("ACTIVE"))
                                                     || t.endsWith(QLatin1String("sync error"));
                                             }),
                                 30000);
        // Each change once: no transition repeats.
        QCOMPARE(QSet<QString>(transitions.begin(), transitions.end()).size(), transitions.size());
        QVERIFY2(transitions.first().startsWith(QStringLiteral("→SENT_CREATED")) || transitions.size() == 1,
                 qPrintable(transitions.join(QLatin1Char(' '))));

        // Once nothing waits for a review and the watch on the change has run out, it has settled; the profile's
        // campaigns are let go — unless one has a sync error, which is still asked about now and then.
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
        QVERIFY(poller.isSettled());
        bool syncErrors = false;
        for (const auto &c : server->state().profile(profileId)->campaigns)
            syncErrors = syncErrors || !c.tcrSyncError.isEmpty();
        QTRY_COMPARE_WITH_TIMEOUT(poller.isWatching(profileId, true), syncErrors, 10000);
    }

    void stillItemsAreAskedLessOften()
    {
        auto server = startSandbox(); // real time: a submitted profile stays in review for half an hour
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        const QString inReview = findProfile(*server, [](const sandbox::Profile &p) {
            return p.status == QLatin1String("submitted") || p.status == QLatin1String("in_review");
        });
        QVERIFY2(!inReview.isEmpty(), "the demo organization has a profile in review");
        const auto profile = await<Profile>([&](auto done) { return client.getProfile(inReview, {}, nullptr, done); });
        QVERIFY(profile.ok());
        StatusPoller poller(&client);
        poller.setSettings(fast());
        QSignalSpy changed(&poller, &StatusPoller::profileChanged);
        QSignalSpy fetched(&poller, &StatusPoller::profileFetched);
        poller.watchProfile(profile.value());
        QCOMPARE(poller.watchedCount(), 1);
        // Each answer that shows no change doubles the wait: 50, 100, 200, then the 400 ms ceiling.
        QCOMPARE(poller.intervalFor(inReview, false), qint64(50));
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.intervalFor(inReview, false), qint64(100), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.intervalFor(inReview, false), qint64(200), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.intervalFor(inReview, false), qint64(400), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 5, 10000);
        QCOMPARE(poller.intervalFor(inReview, false), qint64(400));
        QCOMPARE(changed.count(), 0);
        QVERIFY(poller.isWatching(inReview, false));

        // A settled profile is not watched at all.
        Profile approved = profile.value();
        approved.status = QStringLiteral("approved");
        StatusPoller other(&client);
        other.watchProfile(approved);
        QCOMPARE(other.watchedCount(), 0);
    }

    void aLowRateLimitIsNeverExceeded()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 60; // a burst of 15, then one a second
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        StatusPoller poller(&client);
        poller.setSettings(fast());
        // Everything the organization has, watched as if just changed: far more than the limit allows.
        for (const auto &p : server->state().profiles()) {
            poller.watchChanged(p.id, false);
            poller.watchChanged(p.id, true);
        }
        // Well past the burst of 15: from there on the poller is paced by the budget.
        QTRY_VERIFY_WITH_TIMEOUT(poller.requestsMade() >= 20, 60000);
        QCOMPARE(server->counters().rateLimited, 0);
        QCOMPARE(client.stats().rateLimited, 0);
    }

    void offlineWaitsThenResumes()
    {
        auto server = startSandbox();
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 0;
        SentClient client(config);
        StatusPoller poller(&client);
        poller.setSettings(fast());
        QSignalSpy offline(&poller, &StatusPoller::offline);
        QSignalSpy fetched(&poller, &StatusPoller::profileFetched);
        const QString id = server->state().profiles().first().id;
        server->setFaultRates(0, 1.0, 0); // every answer lost: as good as offline
        poller.watchChanged(id, false);
        QVERIFY(offline.wait(10000));
        QVERIFY(poller.isWaitingOffline()); // it asks nothing until the wait is over
        server->setFaultRates(0, 0, 0);
        QVERIFY(fetched.wait(10000)); // and once the wait is over, it asks again
    }
};

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
