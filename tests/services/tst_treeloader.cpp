#include "api/clienttestsupport.h"

#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "services/treeloader.h"
#include "store/treecache.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace cd;

// The tree loader against the sandbox: cache first, then the network, in place.
class TestTreeLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsTheWholeOrganization()
    {
        auto server = startSandbox(fastSandbox());
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TreeLoader loader(&client, &model);
        QSignalSpy finished(&loader, &TreeLoader::finished);
        QSignalSpy progress(&loader, &TreeLoader::progress);
        loader.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isLoading());
        QCOMPARE(model.account().id, server->state().organization().id);
        int live = 0;
        for (const auto &p : server->state().profiles()) {
            if (p.deleted)
                continue;
            ++live;
            const QModelIndex index = model.profileIndex(p.id);
            QVERIFY(index.isValid());
            if (!server->state().effectiveBrand(p))
                continue;
            QVERIFY2(model.campaignsLoaded(p.id), qPrintable(p.name));
            QCOMPARE(model.rowCount(index), visibleCampaigns(*server, p.id));
        }
        QCOMPARE(model.profileCount(), live);
        QVERIFY(progress.count() > 1);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QCOMPARE(client.stats().rateLimited, 0);
    }

    void cacheFirstThenNetworkInPlace()
    {
        auto server = startSandbox(fastSandbox());
        const QString path = m_dir.filePath(QStringLiteral("org.sqlite"));
        {
            SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
            OrganizationModel model;
            TreeCache cache(path);
            TreeLoader loader(&client, &model, &cache);
            QSignalSpy finished(&loader, &TreeLoader::finished);
            loader.start();
            QVERIFY(finished.wait(60000));
        }
        // A change on the server while the app was closed.
        const QString id = ownCampaignsProfile(*server);
        TestClient raw(server->baseUrl(), server->organizationKey());
        QCOMPARE(raw.send("POST", QStringLiteral("/v3/profiles/%1/campaigns").arg(id), campaignBody(QStringLiteral("Added meanwhile"))).status, 201);

        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TreeCache cache(path);
        TreeLoader loader(&client, &model, &cache);
        QSignalSpy shown(&loader, &TreeLoader::cacheShown);
        QSignalSpy finished(&loader, &TreeLoader::finished);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // What the cache alone showed, read the moment it finished (before any network answer can arrive).
        int before = -1;
        bool cachedCampaigns = false;
        connect(&cache, &TreeCache::loadFinished, this, [&] {
            cachedCampaigns = model.campaignsLoaded(id);
            before = model.rowCount(model.profileIndex(id));
        });
        loader.start();
        QVERIFY(shown.wait(10000));
        QVERIFY(loader.isShowingCache());
        QVERIFY(shown.first().first().toDateTime().isValid());
        QVERIFY(model.profileCount() > 0); // painted from the cache, before the network answered
        QTRY_VERIFY(before >= 0);
        QVERIFY(cachedCampaigns);
        QCOMPARE(before, visibleCampaigns(*server, id) - 1); // the cache does not know the new one yet
        const QPersistentModelIndex profile = model.profileIndex(id);

        // The network may already have finished while the checks above processed events.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(!loader.isShowingCache());
        QVERIFY(profile.isValid()); // the same row: expansion and selection would survive
        QCOMPARE(model.rowCount(profile), before + 1);
        QCOMPARE(reset.count(), 0);
    }

    void failedListsShowAnErrorRowThatRetries()
    {
        auto server = startSandbox(fastSandbox());
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 1;
        SentClient client(config);
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TreeLoader loader(&client, &model);
        // Profiles arrive fine; every campaign list after that fails.
        connect(&model, &QAbstractItemModel::rowsInserted, server.get(), [&](const QModelIndex &parent) {
            if (parent == model.organizationIndex())
                server->setFaultRates(1.0, 0, 0);
        });
        QSignalSpy finished(&loader, &TreeLoader::finished);
        loader.start();
        QVERIFY(finished.wait(60000));
        const QString id = ownCampaignsProfile(*server);
        const QModelIndex profile = model.profileIndex(id);
        QCOMPARE(model.rowCount(profile), 1);
        const QModelIndex error = model.index(0, 0, profile);
        QCOMPARE(model.kind(error), OrganizationModel::Kind::Error);
        QVERIFY(error.data(Qt::ToolTipRole).toString().contains(QLatin1String("Request ID")));
        QVERIFY(profile.siblingAtColumn(OrganizationModel::AttentionColumn).data().toString().contains(QLatin1String("Not loaded")));

        server->setFaultRates(0, 0, 0);
        disconnect(&model, &QAbstractItemModel::rowsInserted, server.get(), nullptr);
        model.retry(error);
        QTRY_VERIFY_WITH_TIMEOUT(model.campaignsLoaded(id), 20000);
        QCOMPARE(model.rowCount(profile), visibleCampaigns(*server, id));
        QCOMPARE(model.kind(model.index(0, 0, profile)), OrganizationModel::Kind::Campaign);
    }

    void aFailedRefreshKeepsTheTree()
    {
        auto server = startSandbox(fastSandbox());
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        OrganizationModel model;
        TreeLoader loader(&client, &model);
        QSignalSpy finished(&loader, &TreeLoader::finished);
        loader.start();
        QVERIFY(finished.wait(60000));
        const int profiles = model.profileCount();
        server->setFaultRates(1.0, 0, 0);
        QSignalSpy failed(&loader, &TreeLoader::failed);
        loader.refresh();
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().value<ApiError>().httpStatus >= 500);
        QCOMPARE(model.profileCount(), profiles);
        QVERIFY(!loader.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestTreeLoader)
#include "tst_treeloader.moc"
