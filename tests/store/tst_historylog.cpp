#include "core/appinfo.h"
#include "services/historyrecorder.h"
#include "services/localfiles.h"
#include "store/historylog.h"
#include "store/sqlitefile.h"
#include "storetestsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

HistoryEntry entry(const QString &profile, const QString &campaign, const QString &summary)
{
    HistoryEntry e;
    e.connectionId = QStringLiteral("conn");
    e.profileId = profile;
    e.campaignId = campaign;
    e.kind = campaign.isEmpty() ? HistoryEntry::Kind::Status : HistoryEntry::Kind::Mutation;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("PUT /v3/profiles/%1/campaigns/%2").arg(profile, campaign);
    e.summary = summary;
    e.requestId = QStringLiteral("req_") + summary;
    e.payload = QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("name"), summary}}}};
    return e;
}

QList<HistoryEntry> read(HistoryLog &log, const QString &item = {})
{
    QList<HistoryEntry> result;
    bool done = false;
    QObject context;
    log.entries(QStringLiteral("conn"), item, &context, [&](const QList<HistoryEntry> &list) {
        result = list;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("no answer");
    return result;
}

HistoryLog::Verification verify(HistoryLog &log)
{
    HistoryLog::Verification result;
    bool done = false;
    QObject context;
    log.verify(&context, [&](const HistoryLog::Verification &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("no answer");
    return result;
}

// Changes the file behind the log's back, as someone with a SQLite browser would.
void tamper(const QString &path, const QString &sql)
{
    SqliteFile file;
    QVERIFY(file.open(path));
    QSqlQuery q(file.database());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

} // namespace

// The local history: entries read back by item, newest first, and a chain of hashes that shows an entry changed,
// removed or added behind the application's back.
class TestHistoryLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void writeFive()
    {
        HistoryLog log(m_path);
        log.append(entry(QStringLiteral("p1"), QString(), QStringLiteral("one")));
        log.append(entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("two")));
        log.append(entry(QStringLiteral("p2"), QString(), QStringLiteral("three")));
        log.append(entry(QStringLiteral("p1"), QStringLiteral("c2"), QStringLiteral("four")));
        log.append(entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("five")));
    } // the destructor waits for every append

private Q_SLOTS:
    void init()
    {
        m_path =
            m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void entriesComeBackByItemNewestFirst()
    {
        writeFive();
        HistoryLog log(m_path); // and they survive a restart
        const QList<HistoryEntry> all = read(log);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().summary, QStringLiteral("five"));
        QCOMPARE(all.first().seq, 5);
        QCOMPARE(all.last().seq, 1);
        QCOMPARE(read(log, QStringLiteral("p1")).size(), 4); // the profile with its campaigns
        QCOMPARE(read(log, QStringLiteral("c1")).size(), 2); // one campaign
        QCOMPARE(read(log, QStringLiteral("c1")).last().summary, QStringLiteral("two"));
        const HistoryEntry two = read(log, QStringLiteral("c1")).last();
        QCOMPARE(two.kind, HistoryEntry::Kind::Mutation);
        QCOMPARE(two.requestId, QStringLiteral("req_two"));
        QCOMPARE(two.payload.value(QLatin1String("body")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("two"));
        QCOMPARE(two.previousHash, all.at(4).hash); // chained to entry 1
        const HistoryLog::Verification v = verify(log);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, 5);
    }

    void anEditedEntryIsDetected()
    {
        writeFive();
        tamper(m_path, QStringLiteral("UPDATE entries SET summary = 'nothing happened' WHERE seq = 3"));
        HistoryLog log(m_path);
        const HistoryLog::Verification v = verify(log);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, 3);
        QVERIFY2(v.problem.contains(QLatin1String("changed")), qPrintable(v.problem));
    }

    void anEditedEntryWithItsHashRecomputedIsDetected()
    {
        writeFive();
        // Someone who knows the scheme rewrites an entry and its own hash: the next entry no longer follows.
        HistoryLog reader(m_path);
        HistoryEntry forged = read(reader, QStringLiteral("p2")).first();
        forged.summary = QStringLiteral("nothing happened");
        forged.hash = forged.computeHash();
        tamper(m_path,
               QStringLiteral("UPDATE entries SET summary = 'nothing happened', hash = '%1' WHERE seq = 3")
                   .arg(QString::fromLatin1(forged.hash)));
        const HistoryLog::Verification v = verify(reader);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, 4);
    }

    void aRemovedEntryIsDetected()
    {
        writeFive();
        tamper(m_path, QStringLiteral("DELETE FROM entries WHERE seq = 2"));
        HistoryLog log(m_path);
        const HistoryLog::Verification v = verify(log);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, 3);
        QVERIFY2(v.problem.contains(QLatin1String("removed")), qPrintable(v.problem));
    }

    void removedNewestEntriesAreDetected()
    {
        writeFive();
        tamper(m_path, QStringLiteral("DELETE FROM entries WHERE seq >= 4"));
        HistoryLog log(m_path);
        const HistoryLog::Verification v = verify(log);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("5")), qPrintable(v.problem)); // it ended at entry 5
    }

    void changesAreRecordedWithTheirItemsAndNoSecrets()
    {
        MadeChange created{QStringLiteral("POST"),
                           QStringLiteral("/v3/profiles/p1/campaigns"),
                           QJsonObject{{QStringLiteral("campaign"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Reminders")}}}},
                           201,
                           QStringLiteral("req_1"),
                           false,
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("c9")}}};
        const HistoryEntry campaign = HistoryRecorder::changeEntry(created, QStringLiteral("conn"));
        QCOMPARE(campaign.profileId, QStringLiteral("p1"));
        QCOMPARE(campaign.campaignId, QStringLiteral("c9")); // the created item's id, from the answer
        QCOMPARE(campaign.summary, QStringLiteral("Created the campaign “Reminders”"));
        QCOMPARE(campaign.requestId, QStringLiteral("req_1"));

        MadeChange profile{
            QStringLiteral("POST"),
            QStringLiteral("/v3/profiles"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme")},
                        {QStringLiteral("payment_details"),
                         QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4111111111111111")}}},
                        {QStringLiteral("whatsapp_business_account"),
                         QJsonObject{{QStringLiteral("access_token"), QStringLiteral("EAAG-secret")}}}},
            201,
            QStringLiteral("req_2"),
            false,
            QJsonObject{{QStringLiteral("id"), QStringLiteral("p2")}}};
        const HistoryEntry entry = HistoryRecorder::changeEntry(profile, QStringLiteral("conn"));
        QCOMPARE(entry.profileId, QStringLiteral("p2"));
        QVERIFY(entry.campaignId.isEmpty());
        const QByteArray stored = QJsonDocument(entry.payload).toJson();
        QVERIFY(!stored.contains("4111111111111111"));
        QVERIFY(!stored.contains("EAAG-secret"));
        QVERIFY(stored.contains("Acme"));
    }

    void changesNameWhoMadeThemAndStatusesDoNot()
    {
        {
            HistoryLog log(m_path);
            QCOMPARE(log.actor(), AppInfo::localActor());
            log.setActor(QStringLiteral("alice on desk-07 (compliance-desk)"));
            log.append(entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("change"))); // a mutation
            log.append(entry(QStringLiteral("p1"), QString(), QStringLiteral("status")));            // a status seen
            HistoryEntry byBob = entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("bob's"));
            byBob.actor = QStringLiteral("bob on desk-09 (compliance-desk-cli)");
            log.append(byBob);
        }
        HistoryLog log(m_path);
        const QList<HistoryEntry> all = read(log);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).actor, QStringLiteral("alice on desk-07 (compliance-desk)"));
        QVERIFY(all.at(1).actor.isEmpty());
        QVERIFY(all.at(1).actorText().contains(QLatin1String("sent.dm")));
        QCOMPARE(all.at(0).actor, QStringLiteral("bob on desk-09 (compliance-desk-cli)"));
        QVERIFY(verify(log).ok);
        // Who made a change is part of what the chain protects.
        tamper(m_path, QStringLiteral("UPDATE entries SET actor = 'carol' WHERE seq = 1"));
        const HistoryLog::Verification v = verify(log);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, 1);
    }

    // The audit trail names the operating system's account, whatever the environment says: with USER, USERNAME and
    // LOGNAME unset (a service, a container) it once named the home folder ("home on vm"); set to someone else, it
    // named them.
    void theActorIsTheSystemsAccountNotTheEnvironments()
    {
#if defined(Q_OS_UNIX)
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished(10000));
        const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY(!account.isEmpty());
        const QByteArray home = qgetenv("HOME");
        for (const char *name : {"USER", "USERNAME", "LOGNAME"})
            qunsetenv(name);
        qputenv("HOME", "/home");
        QVERIFY2(AppInfo::localActor().startsWith(account + QStringLiteral(" on ")), qPrintable(AppInfo::localActor()));
        qputenv("USER", "somebody-else");
        QVERIFY2(AppInfo::localActor().startsWith(account + QStringLiteral(" on ")), qPrintable(AppInfo::localActor()));
        qunsetenv("USER");
        qputenv("HOME", home);
#else
        QVERIFY(!AppInfo::accountName().isEmpty());
#endif
    }

    void aHistoryWrittenBeforeActorsStillVerifies()
    {
        // The first layout, without actors, written as the version before this one wrote it.
        QByteArray previous;
        {
            SqliteFile file;
            QVERIFY(file.open(m_path));
            QVERIFY(file.exec(
                {QStringLiteral(
                     "CREATE TABLE entries (seq INTEGER PRIMARY KEY, connection_id TEXT NOT NULL, profile_id TEXT NOT NULL, "
                     "campaign_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, action TEXT NOT NULL, "
                     "summary TEXT NOT NULL, request_id TEXT NOT NULL, payload BLOB NOT NULL, previous_hash TEXT NOT NULL, "
                     "hash TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}));
            QVERIFY(file.setUserVersion(1));
            for (qint64 seq = 1; seq <= 2; ++seq) {
                HistoryEntry e = entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("old %1").arg(seq));
                e.seq = seq;
                e.previousHash = previous;
                e.hash = e.computeHash();
                QSqlQuery q(file.database());
                q.prepare(QStringLiteral("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &value :
                     {QVariant(e.seq), QVariant(e.connectionId), QVariant(e.profileId), QVariant(e.campaignId),
                      QVariant(HistoryEntry::kindKey(e.kind)), QVariant(e.at.toMSecsSinceEpoch()), QVariant(e.action),
                      QVariant(e.summary), QVariant(e.requestId),
                      QVariant(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)),
                      QVariant(e.previousHash.isEmpty() ? QStringLiteral("") : QString::fromLatin1(e.previousHash)),
                      QVariant(QString::fromLatin1(e.hash))})
                    q.addBindValue(value);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                previous = e.hash;
            }
            QVERIFY(file.exec(
                {QStringLiteral("INSERT INTO meta VALUES ('head', '2:%1')").arg(QString::fromLatin1(previous))}));
        }
        HistoryLog log(m_path);
        QVERIFY2(verify(log).ok, qPrintable(verify(log).problem));
        log.append(entry(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("new")));
        const QList<HistoryEntry> all = read(log);
        QCOMPARE(all.size(), 3);
        QVERIFY(all.last().actor.isEmpty());
        QCOMPARE(all.last().actorText(), QStringLiteral("not recorded"));
        QCOMPARE(all.first().actor, AppInfo::localActor());
        const HistoryLog::Verification v = verify(log);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, 3);
    }

    // Held by another process: the file is left as it is, the entries made meanwhile wait in memory in their order,
    // the check never calls that intact, and once the file can be written they join the chain.
    void entriesMadeWhileTheFileIsHeldWaitAndJoinTheChainInOrder()
    {
        writeFive();
        SqliteFile::setBusyTimeout(100);
        HistoryLog log(m_path);
        QCOMPARE(read(log).size(), 5);
        {
            test::FileLock lock(m_path, test::FileLock::Keeps::WritersOut);
            log.append(entry(QStringLiteral("p1"), QString(), QStringLiteral("six")));
            log.append(entry(QStringLiteral("p2"), QString(), QStringLiteral("seven")));
            const QList<HistoryEntry> shown = read(log);
            QCOMPARE(shown.size(), 7); // what was on file, and what waits
            QCOMPARE(shown.first().summary, QStringLiteral("seven"));
            QTRY_COMPARE(log.fileState().waiting, 2);
            QCOMPARE(log.fileState().kind, StoreFileState::Kind::Unavailable);
            const HistoryLog::Verification v = verify(log);
            QVERIFY(!v.ok);
            QVERIFY2(v.problem.contains(QLatin1String("cannot be used now")), qPrintable(v.problem));
        }
        log.retryFile();
        QTRY_COMPARE(log.fileState().kind, StoreFileState::Kind::Healthy);
        const HistoryLog::Verification v = verify(log);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(7));
        HistoryLog later(m_path);
        const QList<HistoryEntry> written = read(later);
        QCOMPARE(written.size(), 7);
        QCOMPARE(written.at(0).summary, QStringLiteral("seven"));
        QCOMPARE(written.at(1).summary, QStringLiteral("six"));
        SqliteFile::setBusyTimeout(5000);
    }

    // A full disk, then a read-only data folder: the entries written before still read, the new ones wait in memory
    // in their order (never "intact" meanwhile), the file is never taken for damaged, the sentence names the cause,
    // and the chain is whole once the file can be written again.
    void aFullDiskAndAReadOnlyFolderKeepTheHistoryAndSaySo()
    {
        test::SmallDisk disk(512);
        if (!disk.isMounted())
            QSKIP("mounting a small tmpfs needs root (scripts/test.sh and CI run as root)");
        m_path = disk.filePath(QStringLiteral("history.sqlite"));
        writeFive();
        auto large = [](const QString &summary) {
            HistoryEntry e = entry(QStringLiteral("p1"), QString(), summary);
            e.payload.insert(QStringLiteral("body"),
                             QJsonObject{{QStringLiteral("description"), QStringLiteral("x").repeated(64 * 1024)}});
            return e;
        };
        {
            HistoryLog log(m_path);
            QCOMPARE(read(log).size(), 5);
            disk.fill();
            log.append(large(QStringLiteral("six")));
            log.append(large(QStringLiteral("seven")));
            QTRY_COMPARE(log.fileState().kind, StoreFileState::Kind::Unavailable);
            QCOMPARE(log.fileState().code, 13); // SQLITE_FULL
            const QString said = LocalFiles::describe(LocalFiles::Store::History, log.fileState());
            QVERIFY2(said.contains(QLatin1String("the disk is full")), qPrintable(said));
            QCOMPARE(read(log).size(), 7);
            QVERIFY(!verify(log).ok);
            disk.freeUp();
            log.retryFile();
            QTRY_COMPARE(log.fileState().kind, StoreFileState::Kind::Healthy);
            QVERIFY(verify(log).ok);
        }
        QVERIFY(disk.setReadOnly(true));
        {
            HistoryLog log(m_path);
            log.append(entry(QStringLiteral("p2"), QString(), QStringLiteral("eight")));
            QTRY_COMPARE(log.fileState().kind, StoreFileState::Kind::Unavailable);
            QCOMPARE(read(log).first().summary, QStringLiteral("eight"));
            QVERIFY(!verify(log).ok);
            QVERIFY(disk.setReadOnly(false));
            log.retryFile();
            QTRY_COMPARE(log.fileState().kind, StoreFileState::Kind::Healthy);
        }
        QCOMPARE(test::damagedCopies(m_path), QStringList());
        HistoryLog later(m_path);
        const QList<HistoryEntry> written = read(later);
        QCOMPARE(written.size(), 8);
        QCOMPARE(written.at(0).summary, QStringLiteral("eight"));
        QCOMPARE(written.at(2).summary, QStringLiteral("six"));
        const HistoryLog::Verification v = verify(later);
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    // A damaged history is kept as it was found, what still reads is carried over, and the check says from then on
    // that the record was damaged and where the copy is.
    void aDamagedHistoryIsKeptAndTheCheckSaysSo()
    {
        {
            HistoryLog log(m_path);
            for (int i = 0; i < 300; ++i)
                log.append(entry(QStringLiteral("p%1").arg(i), QString(), QString(200, QLatin1Char('a' + i % 26))));
        }
        test::damageMiddle(m_path);
        HistoryLog log(m_path);
        const HistoryLog::Verification v = verify(log);
        QCOMPARE(log.fileState().kind, StoreFileState::Kind::Recovered);
        const QStringList copies = test::damagedCopies(m_path);
        QCOMPARE(copies.size(), 1);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(copies.first()), qPrintable(v.problem));
        QVERIFY(log.fileState().salvaged > 0);
        QVERIFY(read(log).size() > 0);
    }

    void anEmptyHistoryIsIntact()
    {
        HistoryLog log(m_path);
        const HistoryLog::Verification v = verify(log);
        QVERIFY(v.ok);
        QCOMPARE(v.checked, 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryLog)
#include "tst_historylog.moc"
