#include "store/treecache.h"
#include "store/sqlitefile.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cd;

namespace {

Profile profile(int i)
{
    Profile p;
    p.id = QStringLiteral("p%1").arg(i);
    p.name = QStringLiteral("Profile %1").arg(i);
    p.status = QStringLiteral("approved");
    p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i);
    Brand b;
    b.id = p.id + QStringLiteral("-b");
    b.status = QStringLiteral("ACTIVE");
    p.brand = b;
    return p;
}

Campaign campaign(const QString &profileId, int i)
{
    Campaign c;
    c.id = QStringLiteral("%1-c%2").arg(profileId).arg(i);
    c.name = QStringLiteral("Campaign %1").arg(i);
    c.customerId = profileId;
    c.status = QStringLiteral("ACTIVE");
    UseCase u;
    u.messagingUseCaseUs = QStringLiteral("MARKETING");
    u.sampleMessages = {QStringLiteral("Hi! Reply STOP to opt out.")};
    c.useCases = {u};
    return c;
}

struct Loaded
{
    Account account;
    QList<Profile> profiles;
    QHash<QString, QList<Campaign>> campaigns;
    bool finished = false;
    bool empty = false;
};

Loaded loadFrom(const QString &path)
{
    TreeCache cache(path);
    Loaded loaded;
    QObject::connect(&cache, &TreeCache::profilesLoaded, [&](const Account &a, const QList<Profile> &p, const QDateTime &) {
        loaded.account = a;
        loaded.profiles = p;
    });
    QObject::connect(&cache, &TreeCache::campaignsLoaded, [&](const QHash<QString, QList<Campaign>> &c) { loaded.campaigns.insert(c); });
    QObject::connect(&cache, &TreeCache::loadFinished, [&](bool empty) {
        loaded.finished = true;
        loaded.empty = empty;
    });
    cache.load();
    if (!QTest::qWaitFor([&] { return loaded.finished; }, 30000))
        qWarning("the cache did not finish loading");
    return loaded;
}

} // namespace

class TestTreeCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.sqlite"));
        {
            TreeCache cache(path);
            Account org;
            org.type = QStringLiteral("organization");
            org.id = QStringLiteral("org");
            org.name = QStringLiteral("Northwind");
            cache.saveAccount(org);
            QList<Profile> profiles;
            for (int i = 0; i < 1200; ++i)
                profiles.append(profile(i));
            cache.saveProfiles(profiles);
            cache.saveCampaigns(QStringLiteral("p1"), {campaign(QStringLiteral("p1"), 0), campaign(QStringLiteral("p1"), 1)});
            cache.saveCampaigns(QStringLiteral("p2"), {}); // known to have none
            for (int i = 10; i < 1200; ++i)
                cache.saveCampaigns(QStringLiteral("p%1").arg(i), {campaign(QStringLiteral("p%1").arg(i), 0)});
            Profile renamed = profile(5);
            renamed.name = QStringLiteral("Renamed");
            cache.saveProfile(renamed);
        } // the destructor waits for the writes
        const Loaded loaded = loadFrom(path);
        QVERIFY(!loaded.empty);
        QCOMPARE(loaded.account.name, QStringLiteral("Northwind"));
        QCOMPARE(loaded.profiles.size(), 1200);
        QCOMPARE(loaded.profiles.at(0).id, QStringLiteral("p0")); // the listed order
        QCOMPARE(loaded.profiles.at(5).name, QStringLiteral("Renamed"));
        QCOMPARE(loaded.profiles.at(7).createdAt, profile(7).createdAt);
        QCOMPARE(loaded.profiles.at(7).brand->status, QStringLiteral("ACTIVE"));
        QCOMPARE(loaded.campaigns.value(QStringLiteral("p1")).size(), 2);
        QCOMPARE(loaded.campaigns.value(QStringLiteral("p1")).at(1).useCases.first().sampleMessages.size(), 1);
        QVERIFY(loaded.campaigns.contains(QStringLiteral("p2")));   // loaded, empty
        QVERIFY(!loaded.campaigns.contains(QStringLiteral("p3")));  // never loaded
        QCOMPARE(loaded.campaigns.size(), 2 + 1190);

        // A shorter list drops the profiles (and campaigns) that are gone.
        {
            TreeCache cache(path);
            cache.saveProfiles({profile(1), profile(2)});
        }
        const Loaded shorter = loadFrom(path);
        QCOMPARE(shorter.profiles.size(), 2);
        QCOMPARE(shorter.campaigns.size(), 2);
    }

    void emptyAndMissingFiles()
    {
        const Loaded loaded = loadFrom(m_dir.filePath(QStringLiteral("sub/dir/new.sqlite")));
        QVERIFY(loaded.finished);
        QVERIFY(loaded.empty);
        QVERIFY(loaded.profiles.isEmpty());
    }

    void corruptFileIsRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const Loaded loaded = loadFrom(path);
        QVERIFY(loaded.finished);
        QVERIFY(loaded.empty);
        {
            TreeCache cache(path);
            cache.saveProfiles({profile(1)});
        }
        QCOMPARE(loadFrom(path).profiles.size(), 1);
    }

    void olderSchemaIsRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            SqliteFile old;
            QVERIFY(old.open(path));
            QVERIFY(old.exec({QStringLiteral("CREATE TABLE profiles (id TEXT, blob TEXT)"),
                              QStringLiteral("INSERT INTO profiles VALUES ('x', 'not the current layout')")}));
            QVERIFY(old.setUserVersion(TreeCache::kSchemaVersion + 41));
        }
        const Loaded loaded = loadFrom(path);
        QVERIFY(loaded.finished);
        QVERIFY(loaded.empty);
        {
            TreeCache cache(path);
            cache.saveProfiles({profile(3)});
        }
        QCOMPARE(loadFrom(path).profiles.first().id, QStringLiteral("p3"));
    }

    void perConnectionFiles()
    {
        const QString path = TreeCache::pathForConnection(QStringLiteral("abc"));
        QVERIFY(path.endsWith(QLatin1String("/cache/abc.sqlite")));
        {
            TreeCache cache(path);
            cache.saveProfiles({profile(1)});
        }
        QVERIFY(QFile::exists(path));
        TreeCache::removeForConnection(QStringLiteral("abc"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestTreeCache)
#include "tst_treecache.moc"
