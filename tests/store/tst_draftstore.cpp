#include "store/draftstore.h"
#include "store/sqlitefile.h"

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
