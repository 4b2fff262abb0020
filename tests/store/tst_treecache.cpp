#include "store/overviewcodec.h"
#include "store/recordcodec.h"
#include "store/sqlitefile.h"
#include "store/treecache.h"

#include "domain/codecfixtures.h"

#include <QFile>
#include <QJsonDocument>
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
    QList<ProfileOverview> profiles;
    int firstPart = 0;
    QHash<QString, QList<CampaignOverview>> campaigns;
    bool finished = false;
    bool empty = false;
};

Loaded loadFrom(const QString &path)
{
    TreeCache cache(path);
    Loaded loaded;
    QObject::connect(&cache, &TreeCache::profilesLoaded,
                     [&](const Account &a, const QList<ProfileOverview> &p, const QDateTime &) {
                         loaded.account = a;
                         loaded.profiles = p;
                         loaded.firstPart = int(p.size());
                     });
    // The rest after the first screenful, in the same order.
    QObject::connect(&cache, &TreeCache::moreProfilesLoaded,
                     [&](const QList<ProfileOverview> &p) { loaded.profiles.append(p); });
    QObject::connect(&cache, &TreeCache::campaignsLoaded,
                     [&](const QHash<QString, QList<CampaignOverview>> &c) { loaded.campaigns.insert(c); });
    QObject::connect(&cache, &TreeCache::loadFinished, [&](bool empty) {
        loaded.finished = true;
        loaded.empty = empty;
    });
    cache.load();
    if (!QTest::qWaitFor([&] { return loaded.finished; }, 30000))
        qWarning("the cache did not finish loading");
    return loaded;
}

TreeCache::Record readFrom(TreeCache &cache, const QString &profileId, const QString &campaignId = {})
{
    std::optional<TreeCache::Record> record;
    QObject context;
    cache.readRecord(profileId, campaignId, &context, [&](const TreeCache::Record &r) { record = r; });
    if (!QTest::qWaitFor([&] { return record.has_value(); }, 30000))
        qWarning("the cache did not answer");
    return record.value_or(TreeCache::Record());
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
            cache.saveCampaigns(QStringLiteral("p1"),
                                {campaign(QStringLiteral("p1"), 0), campaign(QStringLiteral("p1"), 1)});
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
        QCOMPARE(loaded.firstPart, 200);                          // a screenful first, the rest after
        QCOMPARE(loaded.profiles.at(0).id, QStringLiteral("p0")); // the listed order
        QCOMPARE(loaded.profiles.at(5).name, QStringLiteral("Renamed"));
        // What the tree shows, exactly as it was made from the whole record.
        QCOMPARE(loaded.profiles.at(7), ProfileOverview::of(profile(7)));
        QCOMPARE(loaded.profiles.at(7).lastChange, profile(7).createdAt);
        QCOMPARE(loaded.profiles.at(7).brand->status.category, StatusCategory::Approved);
        QCOMPARE(loaded.campaigns.value(QStringLiteral("p1")).size(), 2);
        QCOMPARE(loaded.campaigns.value(QStringLiteral("p1")).at(1),
                 CampaignOverview::of(campaign(QStringLiteral("p1"), 1), QStringLiteral("p1")));
        QCOMPARE(loaded.campaigns.value(QStringLiteral("p1")).at(1).useCases, QStringList{QStringLiteral("MARKETING")});
        QVERIFY(loaded.campaigns.contains(QStringLiteral("p2")));  // loaded, empty
        QVERIFY(!loaded.campaigns.contains(QStringLiteral("p3"))); // never loaded
        QCOMPARE(loaded.campaigns.size(), 2 + 1190);

        // The whole records, for the one item selected.
        {
            TreeCache cache(path);
            const TreeCache::Record record = readFrom(cache, QStringLiteral("p1"), QStringLiteral("p1-c1"));
            QVERIFY(record.profile && record.campaign);
            QCOMPARE(*record.profile, profile(1));
            QCOMPARE(*record.campaign, campaign(QStringLiteral("p1"), 1));
            const TreeCache::Record renamed = readFrom(cache, QStringLiteral("p5"));
            QCOMPARE(renamed.profile->name, QStringLiteral("Renamed"));
            QVERIFY(!renamed.campaign);
            QVERIFY(!readFrom(cache, QStringLiteral("p1"), QStringLiteral("no-such-campaign")).campaign);
            QVERIFY(!readFrom(cache, QStringLiteral("no-such-profile")).profile);
        }

        // A shorter list drops the profiles (and campaigns) that are gone.
        {
            TreeCache cache(path);
            cache.saveProfiles({profile(1), profile(2)});
        }
        const Loaded shorter = loadFrom(path);
        QCOMPARE(shorter.profiles.size(), 2);
        QCOMPARE(shorter.campaigns.size(), 2);
    }

    void recordsKeepEveryField()
    {
        // The contract's own examples, every shape the domain reads: what the cache gives back is what went in.
        for (const char *json : {kBaselineProfile, kNewProfile, kOldProfile}) {
            const Profile profile = Profile::fromJson(QJsonDocument::fromJson(json).object());
            QVERIFY(!profile.id.isEmpty());
            Profile back;
            QVERIFY(store::decodeRecord(store::encodeRecord(profile), &back));
            QCOMPARE(back, profile);
        }
        const Campaign campaign = Campaign::fromJson(QJsonDocument::fromJson(kCampaign).object());
        QVERIFY(campaign.cost.has_value() && !campaign.useCases.isEmpty());
        Campaign back;
        QVERIFY(store::decodeRecord(store::encodeRecord(campaign), &back));
        QCOMPARE(back, campaign);
        // Damaged bytes are refused, never half-read into a record.
        const QByteArray bytes = store::encodeRecord(campaign);
        QVERIFY(!store::decodeRecord(bytes.left(bytes.size() / 2), &back));
        QVERIFY(!store::decodeRecord(QByteArray(), &back));
    }

    // A damaged overview row that states a huge number of use cases is refused, not reserved for: Qt's own list
    // reader asked the allocator for tens of gigabytes first (fuzz_record_codec found it; under the asan preset that
    // request aborts the test, elsewhere it depends on the system's overcommit).
    void aDamagedRowNeverAsksForMoreThanItHolds()
    {
        CampaignOverview overview;
        overview.id = QStringLiteral("c_1");
        overview.name = QStringLiteral("Reminders");
        overview.useCases = {QStringLiteral("MARKETING"), QStringLiteral("ACCOUNT_NOTIFICATION")};
        const QByteArray good = store::encode(overview);
        CampaignOverview back;
        QVERIFY(store::decode(good, &back));
        QCOMPARE(back.useCases, overview.useCases);

        // The count of use cases sits after the id, the name, the status and four fields; make it 0xfffffff0.
        QByteArray bad = good;
        const QByteArray count = QByteArray::fromHex("00000002");
        const qsizetype at = bad.lastIndexOf(count, bad.size() - 8 - 1);
        QVERIFY(at > 0);
        bad.replace(at, 4, QByteArray::fromHex("fffffff0"));
        QVERIFY(!store::decode(bad, &back));
        QVERIFY(!store::decode(QByteArray::fromHex("0000000800630031") + QByteArray(64, '\xff'), &back));
    }

    void readsSeeEarlierWrites()
    {
        // Writes queue up and share a transaction; a read asked after them sees them all, before any commit.
        TreeCache cache(m_dir.filePath(QStringLiteral("ordered.sqlite")));
        cache.saveProfiles({profile(1)});
        Campaign c = campaign(QStringLiteral("p1"), 0);
        for (int i = 0; i < 50; ++i) {
            c.name = QStringLiteral("Version %1").arg(i);
            cache.saveCampaigns(QStringLiteral("p1"), {c});
        }
        QCOMPARE(readFrom(cache, QStringLiteral("p1"), c.id).campaign->name, QStringLiteral("Version 49"));
    }

    void unwritablePlaceKeepsRecordsInMemory()
    {
        // A path under a regular file can never be created: the session still shows details.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        TreeCache cache(blocker + QStringLiteral("/cache/x.sqlite"));
        QSignalSpy failed(&cache, &TreeCache::failed);
        cache.saveProfiles({profile(4)});
        cache.saveCampaigns(QStringLiteral("p4"), {campaign(QStringLiteral("p4"), 0)});
        const TreeCache::Record record = readFrom(cache, QStringLiteral("p4"), QStringLiteral("p4-c0"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(*record.profile, profile(4));
        QCOMPARE(*record.campaign, campaign(QStringLiteral("p4"), 0));
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

    // The version says current but the tables are not (an interrupted upgrade, a hand edit): every write would
    // fail on every start. It is rebuilt like any other layout.
    void tablesWrongForTheirVersionAreRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("mislabelled.sqlite"));
        {
            SqliteFile old;
            QVERIFY(old.open(path));
            QVERIFY(old.exec({QStringLiteral("CREATE TABLE profiles (id TEXT, blob TEXT)"),
                              QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)")}));
            QVERIFY(old.setUserVersion(TreeCache::kSchemaVersion));
        }
        {
            TreeCache cache(path);
            QSignalSpy failed(&cache, &TreeCache::failed);
            cache.saveProfiles({profile(5)});
            const TreeCache::Record record = readFrom(cache, QStringLiteral("p5"));
            QVERIFY(record.profile.has_value());
            QCOMPARE(*record.profile, profile(5));
            QCOMPARE(failed.size(), 0);
        }
        QCOMPARE(loadFrom(path).profiles.first().id, QStringLiteral("p5"));
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
