#include "services/localfiles.h"
#include "store/draftstore.h"
#include "store/sqlitefile.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace cd;

namespace {

QJsonObject campaign(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("Acme Dental sends its patients reminders.")},
            {QStringLiteral("useCases"),
             QJsonArray{QJsonObject{{QStringLiteral("messagingUseCaseUs"), QStringLiteral("ACCOUNT_NOTIFICATION")},
                                    {QStringLiteral("sampleMessages"),
                                     QJsonArray{QStringLiteral("Acme: hi {name}. Reply STOP to end.")}}}}},
            {QStringLiteral("volume"), QStringLiteral("5000")}};
}

struct Listed
{
    QList<Draft> drafts;
    QList<DraftStore::Unreadable> unreadable;
};

Listed listAll(DraftStore &store, const QString &connection, const QString &profile = {})
{
    Listed result;
    bool done = false;
    QObject context;
    store.list(connection, profile, &context,
               [&](const QList<Draft> &drafts, const QList<DraftStore::Unreadable> &unreadable) {
                   result = {drafts, unreadable};
                   done = true;
               });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("the draft store did not answer");
    return result;
}

// The child process of killedProcessKeepsItsDraft: saves a draft, says so once it is written, then waits to be
// killed (it never exits on its own, so no destructor gets to run).
int childSaves(const QString &path)
{
    DraftStore store(path);
    Draft draft =
        Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Typed before the crash")));
    store.save(draft);
    QObject context;
    store.flush(&context, [] {
        std::printf("saved\n");
        std::fflush(stdout);
    });
    return QCoreApplication::exec();
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int storedVersion(const QString &path)
    {
        SqliteFile file;
        return file.open(path) ? file.userVersion() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqliteFile::setBusyTimeout(100); // another process's lock is given up on sooner than the app's 5 s
    }

    void savesListsAndRemoves()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        Draft first = Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("First")));
        first.acknowledged = {QStringLiteral("S16@privacyPolicyLink")};
        first.page = 3;
        first.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        Draft edit = Draft::create(QStringLiteral("conn"), QStringLiteral("p2"), campaign(QStringLiteral("Edit")),
                                   QStringLiteral("c9"));
        Draft elsewhere =
            Draft::create(QStringLiteral("other"), QStringLiteral("p1"), campaign(QStringLiteral("Elsewhere")));
        {
            DraftStore store(path);
            store.save(first);
            store.save(edit);
            store.save(elsewhere);
        } // closing waits for the writes
        DraftStore store(path);
        Listed all = listAll(store, QStringLiteral("conn"));
        QCOMPARE(all.drafts.size(), 2);
        QVERIFY(all.unreadable.isEmpty());
        QCOMPARE(all.drafts.at(0).id, edit.id); // newest first
        const Draft &back = all.drafts.at(1);
        QCOMPARE(back.campaign, first.campaign);
        QCOMPARE(back.acknowledged, first.acknowledged);
        QCOMPARE(back.page, 3);
        QCOMPARE(back.idempotencyKey, first.idempotencyKey);
        QVERIFY(!back.idempotencyKey.isEmpty());
        QCOMPARE(back.profileId, QStringLiteral("p1"));
        QCOMPARE(back.updatedAt.toMSecsSinceEpoch(), first.updatedAt.toMSecsSinceEpoch());
        QVERIFY(!back.isEdit());
        QVERIFY(all.drafts.at(0).isEdit());
        QCOMPARE(all.drafts.at(0).campaignId, QStringLiteral("c9"));
        QCOMPARE(listAll(store, QStringLiteral("conn"), QStringLiteral("p2")).drafts.size(), 1);

        // Saving again replaces; removing removes.
        first.campaign.insert(QStringLiteral("name"), QStringLiteral("First, renamed"));
        store.save(first);
        store.remove(edit.id);
        all = listAll(store, QStringLiteral("conn"));
        QCOMPARE(all.drafts.size(), 1);
        QCOMPARE(all.drafts.at(0).title(), QStringLiteral("First, renamed"));
    }

    void olderAndDamagedDraftsAreReadOrReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("formats.sqlite"));
        {
            DraftStore store(path); // creates the schema
            store.save(
                Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Current"))));
        }
        {
            SqliteFile file;
            QVERIFY(file.open(path));
            auto insert = [&](const QString &id, const QByteArray &payload) {
                QSqlQuery q(file.database());
                q.prepare(QStringLiteral(
                    "INSERT INTO drafts (id, connection_id, profile_id, campaign_id, payload, created_at, updated_at) "
                    "VALUES (?, 'conn', 'p1', '', ?, 0, 0)"));
                q.addBindValue(id);
                q.addBindValue(payload);
                QVERIFY(q.exec());
            };
            // The first layout: the campaign's fields at the top level; a volume typed as a number; a sample
            // list with a stray value.
            insert(QStringLiteral("old"),
                   R"({"name":"From an older version","volume":1500,"acknowledged":["C03@useCases"],
                   "useCases":[{"messagingUseCaseUs":"MARKETING","sampleMessages":["Acme: sale today. Reply STOP to end.",7]}]})");
            insert(QStringLiteral("newer"), R"({"format":99,"campaign":{"name":"From the future"}})");
            insert(QStringLiteral("garbage"), "{\"format\":1,\"campaign\":");
        }
        DraftStore store(path);
        const Listed all = listAll(store, QStringLiteral("conn"));
        QCOMPARE(all.drafts.size(), 2);
        const auto old = std::find_if(all.drafts.begin(), all.drafts.end(),
                                      [](const Draft &d) { return d.id == QLatin1String("old"); });
        QVERIFY(old != all.drafts.end());
        QCOMPARE(old->title(), QStringLiteral("From an older version"));
        QCOMPARE(old->campaign.value(QLatin1String("volume")).toString(), QStringLiteral("1500"));
        QCOMPARE(old->campaign.value(QLatin1String("useCases"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("sampleMessages"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(old->acknowledged, QStringList{QStringLiteral("C03@useCases")});
        QVERIFY(!old->idempotencyKey.isEmpty());
        QCOMPARE(all.unreadable.size(), 2);
        for (const DraftStore::Unreadable &u : all.unreadable) {
            QVERIFY(u.id == QLatin1String("newer") || u.id == QLatin1String("garbage"));
            QVERIFY(!u.problem.isEmpty());
        }
    }

    void aVersionOneFileIsUpgradedNotRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            SqliteFile file;
            QVERIFY(file.open(path));
            QVERIFY(file.exec(
                {QStringLiteral(
                     "CREATE TABLE drafts (id TEXT PRIMARY KEY, connection_id TEXT NOT NULL, profile_id TEXT NOT NULL, "
                     "campaign_id TEXT, payload BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
                 QStringLiteral(
                     "INSERT INTO drafts VALUES ('kept', 'conn', 'p1', '', '{\"format\":1,\"campaign\":{\"name\":\"From version 1\"}}', 0, 0)")}));
            QVERIFY(file.setUserVersion(1));
        }
        DraftStore store(path);
        const Listed all = listAll(store, QStringLiteral("conn"));
        QCOMPARE(all.drafts.size(), 1);
        QCOMPARE(all.drafts.first().title(), QStringLiteral("From version 1"));
        QCOMPARE(storedVersion(path), DraftStore::kSchemaVersion);
    }

    // Another process holds the file for longer than a statement waits: the file is left exactly as it is (never
    // taken for damaged), what is typed meanwhile is kept in memory and written once the file can be written.
    void aLockedFileIsLeftAloneAndDraftsWaitUntilItCanBeWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        {
            DraftStore store(path);
            store.save(Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Before"))));
        }
        std::optional<test::FileLock> lock(std::in_place, path, test::FileLock::Keeps::EveryoneOut);
        DraftStore store(path);
        store.save(Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Meanwhile"))));
        Listed shown = listAll(store, QStringLiteral("conn"));
        QCOMPARE(shown.drafts.size(), 1); // what was saved before cannot be read now; what is typed is there
        QCOMPARE(shown.drafts.first().title(), QStringLiteral("Meanwhile"));
        QTRY_COMPARE(store.fileState().waiting, 1);
        QCOMPARE(store.fileState().kind, StoreFileState::Kind::Unavailable);
        QVERIFY(!store.fileState().readFromFile);
        QVERIFY(!store.fileState().reason.isEmpty());
        QCOMPARE(test::damagedCopies(path), QStringList());
        QVERIFY(!QFile::exists(path + QStringLiteral(".corrupt")));

        lock.reset();
        store.retryFile();
        QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Healthy);
        QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 2);
        DraftStore later(path);
        QCOMPARE(listAll(later, QStringLiteral("conn")).drafts.size(), 2);
    }

    // The disk fills up, then the data folder becomes read-only: drafts saved before still show, what is typed is
    // kept in memory, the file is never taken for damaged, the window's sentence names the cause, and everything is
    // written once the disk has room and can be written again.
    void aFullDiskAndAReadOnlyFolderKeepDraftsAndSaySo()
    {
        test::SmallDisk disk(512);
        if (!disk.isMounted())
            QSKIP("mounting a small tmpfs needs root (scripts/test.sh and CI run as root)");
        const QString path = disk.filePath(QStringLiteral("drafts.sqlite"));
        const QString longText = QStringLiteral("Acme Dental sends its patients reminders. ").repeated(2000);
        auto big = [&](const QString &name) {
            QJsonObject c = campaign(name);
            c.insert(QStringLiteral("description"), longText); // the file has to grow for it
            return Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), c);
        };
        {
            DraftStore store(path);
            store.save(Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Before"))));
        }
        {
            DraftStore store(path);
            QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 1);
            disk.fill();
            store.save(big(QStringLiteral("Typed on a full disk")));
            QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Unavailable);
            QCOMPARE(store.fileState().code, 13); // SQLITE_FULL
            QVERIFY(store.fileState().readFromFile);
            const QString said = LocalFiles::describe(LocalFiles::Store::Drafts, store.fileState());
            QVERIFY2(said.contains(QLatin1String("the disk is full")), qPrintable(said));
            QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 2);
            QCOMPARE(test::damagedCopies(path), QStringList());

            disk.freeUp();
            store.retryFile();
            QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Healthy);
        }
        QVERIFY(disk.setReadOnly(true));
        {
            DraftStore store(path);
            store.save(
                Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Read-only"))));
            QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Unavailable);
            const QString said = LocalFiles::describe(LocalFiles::Store::Drafts, store.fileState());
            QVERIFY2(said.contains(QLatin1String("read-only")) || said.contains(QLatin1String("cannot be opened")),
                     qPrintable(said));
            const Listed shown = listAll(store, QStringLiteral("conn"));
            QVERIFY(std::any_of(shown.drafts.cbegin(), shown.drafts.cend(),
                                [](const Draft &d) { return d.title() == QLatin1String("Read-only"); }));
            QVERIFY(disk.setReadOnly(false));
            store.retryFile();
            QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Healthy);
        }
        QCOMPARE(test::damagedCopies(path), QStringList());
        DraftStore later(path);
        QCOMPARE(listAll(later, QStringLiteral("conn")).drafts.size(), 3);
    }

    // The file opened well, then a write fails (another process began writing and kept at it): the drafts saved
    // before still show, the change waits in memory, and a removal waits too.
    void aWriteThatFailsWaitsInMemoryWithWhatWasSavedBefore()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        DraftStore store(path);
        Draft kept = Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Kept")));
        Draft dropped =
            Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("Dropped")));
        store.save(kept);
        store.save(dropped);
        QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 2);
        {
            test::FileLock lock(path, test::FileLock::Keeps::WritersOut);
            kept.campaign.insert(QStringLiteral("name"), QStringLiteral("Kept, renamed"));
            store.save(kept);
            store.remove(dropped.id);
            const Listed shown = listAll(store, QStringLiteral("conn"));
            QCOMPARE(shown.drafts.size(), 1);
            QCOMPARE(shown.drafts.first().title(), QStringLiteral("Kept, renamed"));
            QTRY_COMPARE(store.fileState().waiting, 2);
            QVERIFY(store.fileState().readFromFile);
            store.retryFile(); // still held: nothing changes, nothing is lost
            QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 1);
            QCOMPARE(store.fileState().kind, StoreFileState::Kind::Unavailable);
        }
        store.retryFile();
        QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Healthy);
        DraftStore later(path);
        const Listed written = listAll(later, QStringLiteral("conn"));
        QCOMPARE(written.drafts.size(), 1);
        QCOMPARE(written.drafts.first().title(), QStringLiteral("Kept, renamed"));
    }

    // Real damage: the file is kept under a time-stamped name (never deleted, an earlier copy never overwritten),
    // and the drafts that still read are in the new file.
    void aDamagedFileIsKeptAndItsReadableDraftsCarriedOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        const QString padding(3000, QLatin1Char('x')); // drafts over many pages
        constexpr int kDrafts = 200;
        for (int round = 1; round <= 2; ++round) {
            {
                DraftStore store(path);
                for (int i = 0; i < kDrafts; ++i) {
                    QJsonObject c = campaign(QStringLiteral("Draft %1").arg(i));
                    c.insert(QStringLiteral("description"), padding);
                    store.save(Draft::create(QStringLiteral("conn"), QStringLiteral("p%1").arg(i), c));
                }
            }
            test::damageMiddle(path);
            const QByteArray damaged = [&] {
                QFile f(path);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            DraftStore store(path);
            const Listed shown = listAll(store, QStringLiteral("conn"));
            QTRY_COMPARE(store.fileState().kind, StoreFileState::Kind::Recovered);
            const StoreFileState state = store.fileState();
            QCOMPARE(test::damagedCopies(path).size(), round); // every copy kept
            QVERIFY(QFile::exists(state.damagedCopy));
            QFile copy(state.damagedCopy);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), damaged); // as it was found
            QVERIFY2(state.salvaged > 0, "the readable drafts are carried over");
            QVERIFY(shown.drafts.size() > 0);
            QVERIFY(shown.drafts.size() <= (round == 1 ? kDrafts : 2 * kDrafts));
            QCOMPARE(int(shown.drafts.size()), state.salvaged);
            QFile::remove(path); // the next round starts from a file of its own
        }
    }

    void aFileThatIsNotADatabaseIsKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("notadb.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("these are not drafts").repeated(500));
        }
        DraftStore store(path);
        store.save(Draft::create(QStringLiteral("conn"), QStringLiteral("p1"), campaign(QStringLiteral("New"))));
        QCOMPARE(listAll(store, QStringLiteral("conn")).drafts.size(), 1);
        QCOMPARE(store.fileState().kind, StoreFileState::Kind::Recovered);
        QCOMPARE(store.fileState().salvaged, 0);
        QCOMPARE(test::damagedCopies(path).size(), 1);
    }

    void killedProcessKeepsItsDraft()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-saves"), path});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("saved"));
        ::kill(pid_t(child.processId()), SIGKILL); // no destructor, no close: as a crash or kill -9
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        DraftStore store(path);
        const Listed all = listAll(store, QStringLiteral("conn"));
        QCOMPARE(all.drafts.size(), 1);
        QCOMPARE(all.drafts.at(0).title(), QStringLiteral("Typed before the crash"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-saves") == 0)
        return childSaves(QString::fromLocal8Bit(argv[2]));
    TestDraftStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftstore.moc"
