#include "api/clienttestsupport.h"

#include "sandbox/sandboxstate.h"
#include "services/organizationloader.h"

#include <QSignalSpy>

using namespace cd;

// The one loader of the window and the CLI, against the sandbox: what it fetches and what it says arrived.
class TestOrganizationLoader : public QObject
{
    Q_OBJECT

private:
    // Pacing is the client tests' subject; here it would only slow things down.
    static sandbox::SandboxOptions fastSandbox()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        return options;
    }

    static int visibleCampaigns(sandbox::SandboxServer &server, const QString &profileId)
    {
        const sandbox::Profile *p = server.state().profile(profileId);
        return p ? int(server.state().visibleCampaigns(*p).size()) : -1;
    }

private Q_SLOTS:
    void loadsTheWholeOrganizationAsRecords()
    {
        auto server = startSandbox(fastSandbox());
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationLoader loader(&client);
        loader.setKeepRecords(true);
        QSignalSpy account(&loader, &OrganizationLoader::accountLoaded);
        QSignalSpy profiles(&loader, &OrganizationLoader::profilesListed);
        QSignalSpy campaigns(&loader, &OrganizationLoader::campaignsLoaded);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        QSignalSpy progress(&loader, &OrganizationLoader::progress);
        loader.refresh();
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isLoading());
        QVERIFY(!loader.error());
        QCOMPARE(account.count(), 1);
        QCOMPARE(profiles.count(), 1);

        const OrganizationTree &tree = loader.tree();
        QCOMPARE(tree.account.id, server->state().organization().id);
        int live = 0, withBrand = 0;
        for (const auto &p : server->state().profiles()) {
            if (p.deleted)
                continue;
            ++live;
            const auto node = std::find_if(tree.profiles.cbegin(), tree.profiles.cend(),
                                           [&](const ProfileNode &n) { return n.profile.id == p.id; });
            QVERIFY2(node != tree.profiles.cend(), qPrintable(p.name));
            QVERIFY2(node->campaignsLoaded, qPrintable(p.name));
            if (!server->state().effectiveBrand(p))
                continue; // not asked: without a brand the list can only say so
            ++withBrand;
            QCOMPARE(int(node->campaigns.size()), visibleCampaigns(*server, p.id));
        }
        QCOMPARE(int(tree.profiles.size()), live);
        QCOMPARE(campaigns.count(), withBrand); // one list a profile with a brand, each once
        QCOMPARE(loader.failedCampaignLists(), 0);
        QVERIFY(progress.count() > 1);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QCOMPARE(progress.last().at(1).toInt(), withBrand);
        QCOMPARE(client.stats().rateLimited, 0);
    }

    void handsOutEachProfileInTheListsOrderAndLetsGo()
    {
        auto server = startSandbox(fastSandbox());
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 0;
        SentClient client(config);
        OrganizationLoader keeper(&client), streamer(&client);
        keeper.setKeepRecords(true);
        streamer.setKeepRecords(true);
        QList<ProfileNode> handedOut;
        int lastFlags = 0;
        connect(&streamer, &OrganizationLoader::profileComplete, this, [&](const ProfileNode &node, bool last) {
            QVERIFY(!last || lastFlags++ == 0);
            handedOut.append(node);
        });
        // The first lists answered at once, the later ones fail: a failure is handed out too, in its place.
        int answered = 0;
        connect(&streamer, &OrganizationLoader::campaignsLoaded, server.get(), [&] {
            if (++answered == 3)
                server->setFaultRates(1.0, 0, 0);
        });
        QSignalSpy kept(&keeper, &OrganizationLoader::finished);
        keeper.refresh();
        QVERIFY(kept.wait(60000));
        QSignalSpy finished(&streamer, &OrganizationLoader::finished);
        streamer.refresh();
        QVERIFY(streamer.isLoading());
        streamer.setHandOut(true); // while it loads: what is complete comes out at once
        QVERIFY(finished.wait(60000));
        server->setFaultRates(0, 0, 0);

        // Every profile once, in the order of the list, with its campaigns as a loader that keeps them has them.
        const QList<ProfileNode> &whole = keeper.tree().profiles;
        QCOMPARE(handedOut.size(), whole.size());
        QCOMPARE(lastFlags, 1);
        int failures = 0;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(handedOut.at(i).profile.id, whole.at(i).profile.id);
            QCOMPARE(handedOut.at(i).profile.name, whole.at(i).profile.name);
            if (handedOut.at(i).campaignsError) {
                ++failures;
                continue;
            }
            QCOMPARE(handedOut.at(i).campaigns.size(), whole.at(i).campaigns.size());
        }
        QVERIFY(failures > 0);
        QCOMPARE(streamer.failedCampaignLists(), failures);
        // What was handed out is let go of: ids and failures only.
        for (const ProfileNode &node : streamer.tree().profiles) {
            QVERIFY(!node.profile.id.isEmpty());
            QVERIFY(node.profile.name.isEmpty());
            QVERIFY(node.campaigns.isEmpty());
        }
    }

    void aProfileKeyLoadsThatProfile()
    {
        auto server = startSandbox(fastSandbox());
        const QString id = ownCampaignsProfile(*server);
        SentClient client(testConfig(server->baseUrl(), server->profileKeys().value(id)));
        OrganizationLoader loader(&client);
        loader.setKeepRecords(true);
        QSignalSpy profiles(&loader, &OrganizationLoader::profilesArrived);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        loader.refresh();
        QVERIFY(finished.wait(60000));
        QVERIFY2(!loader.error(), qPrintable(loader.error() ? loader.error()->userMessage() : QString()));
        QCOMPARE(loader.tree().account.kind(), Account::Kind::Profile);
        QCOMPARE(profiles.count(), 1);
        const auto listed = profiles.first().first().value<QList<Profile>>();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, id);
        QCOMPARE(loader.tree().profiles.size(), 1);
        QCOMPARE(int(loader.tree().profiles.first().campaigns.size()), visibleCampaigns(*server, id));
    }

    void aFailedListStaysOnItsProfile()
    {
        auto server = startSandbox(fastSandbox());
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 1;
        SentClient client(config);
        OrganizationLoader loader(&client);
        loader.setKeepRecords(true);
        // Profiles arrive fine; every campaign list after that fails.
        connect(&loader, &OrganizationLoader::profilesArrived, server.get(), [&] { server->setFaultRates(1.0, 0, 0); });
        QSignalSpy failed(&loader, &OrganizationLoader::campaignsFailed);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        loader.refresh();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.error()); // the load itself did not fail
        QVERIFY(failed.count() > 0);
        QCOMPARE(loader.failedCampaignLists(), failed.count());
        const QString id = ownCampaignsProfile(*server);
        const auto node = std::find_if(loader.tree().profiles.cbegin(), loader.tree().profiles.cend(),
                                       [&](const ProfileNode &n) { return n.profile.id == id; });
        QVERIFY(node != loader.tree().profiles.cend());
        QVERIFY(node->campaignsError);
        QVERIFY(!node->campaignsError->requestId.isEmpty());

        // Asked again (the user opens it): it arrives, and the profile's error is gone.
        server->setFaultRates(0, 0, 0);
        QSignalSpy campaigns(&loader, &OrganizationLoader::campaignsLoaded);
        loader.requestCampaigns(id);
        QVERIFY(campaigns.wait(20000));
        QCOMPARE(campaigns.first().at(0).toString(), id);
        QCOMPARE(campaigns.first().at(2).value<Priority>(), Priority::User);
        QCOMPARE(finished.count(), 1); // a single list is not a load
    }

    void aFailedRefreshFinishesWithItsError()
    {
        auto server = startSandbox(fastSandbox());
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 1;
        SentClient client(config);
        OrganizationLoader loader(&client);
        server->setFaultRates(1.0, 0, 0);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        QSignalSpy profiles(&loader, &OrganizationLoader::profilesListed);
        loader.refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(loader.error());
        QVERIFY(loader.error()->httpStatus >= 500);
        QVERIFY(!loader.error()->requestId.isEmpty());
        QCOMPARE(profiles.count(), 0);
        QVERIFY(!loader.isLoading());
    }

    // A load keeps the connections it opened: hundreds of requests come on a handful of connections, each a TLS
    // handshake against the real API. The sandbox answers after a millisecond, as a server across a network would:
    // an answer that arrives while Qt is still finishing the request's send can make Qt's HTTP channel close an idle
    // connection (a race of loopback speeds only, see docs/performance.md).
    void aLoadKeepsItsConnections()
    {
        sandbox::SandboxOptions options = fastSandbox();
        options.latencyMs = 1;
        options.seed.kind = sandbox::SeedSpec::Kind::Large;
        options.seed.profiles = 150;
        options.seed.campaignsPerProfile = 1;
        options.pageSize = 20;
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationLoader loader(&client);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        loader.refresh();
        QVERIFY(finished.wait(60000));
        QVERIFY(!loader.error());
        const auto counters = server->counters();
        QVERIFY2(counters.requests > 150, qPrintable(QString::number(counters.requests)));
        // Qt opens at most six connections to one host.
        QVERIFY2(counters.connections <= 6, qPrintable(QString::number(counters.connections)));
    }

    void aNewRefreshReplacesTheOneRunning()
    {
        auto server = startSandbox(fastSandbox());
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationLoader loader(&client);
        QSignalSpy finished(&loader, &OrganizationLoader::finished);
        QSignalSpy profiles(&loader, &OrganizationLoader::profilesListed);
        loader.refresh();
        loader.refresh(); // the first one's answers no longer count
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(profiles.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationLoader)
#include "tst_organizationloader.moc"
