#include "services/historyseal.h"
#include "store/historylog.h"
#include "store/sqlitefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cd;

namespace {

HistoryEntry entry(const QString &summary)
{
    HistoryEntry e;
    e.connectionId = QStringLiteral("conn");
    e.profileId = QStringLiteral("p1");
    e.campaignId = QStringLiteral("c1");
    e.kind = HistoryEntry::Kind::Mutation;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("PUT /v3/profiles/p1/campaigns/c1");
    e.summary = summary;
    e.requestId = QStringLiteral("req_") + summary;
    e.payload = QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("name"), summary}}}};
    return e;
}

// Where a test keeps the seal, as the keychain would: what the log last asked to keep.
struct Keychain
{
    std::optional<HistorySeal> seal;
    bool usable = true;
};

// A log opened as the window and the CLI open theirs, with the seal `keychain` holds.
std::unique_ptr<HistoryLog> openSealed(const QString &path, Keychain &keychain)
{
    auto log = std::make_unique<HistoryLog>(path);
    QObject::connect(log.get(), &HistoryLog::sealChanged, log.get(),
                     [&keychain](const HistorySeal &seal) { keychain.seal = seal; });
    log->expectSeal();
    HistorySealRead read;
    if (!keychain.usable) {
        read.outcome = HistorySealRead::Outcome::Unusable;
        read.problem = QStringLiteral("the keyring is locked");
    } else if (keychain.seal) {
        read.outcome = HistorySealRead::Outcome::Found;
        read.seal = *keychain.seal;
    }
    log->openSeal(read);
    return log;
}

HistoryVerification verify(HistoryLog &log)
{
    std::optional<HistoryVerification> result;
    QObject context;
    log.verify(&context, [&](const HistoryVerification &v) { result = v; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("no answer");
    return *result;
}

void settle(HistoryLog &log)
{
    bool done = false;
    QObject context;
    log.flush(&context, [&] { done = true; });
    // The seal moved on by the last entry was announced before the flush answered, so it has been kept by now.
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qFatal("no answer");
}

bool change(const QString &path, const QStringList &statements)
{
    SqliteFile file;
    return file.open(path) && file.exec(statements);
}

// Rewrites every entry's hash and link without the key, as a script that knows the scheme would.
bool recomputeWithoutKey(const QString &path, const QByteArray &key = {})
{
    SqliteFile file;
    if (!file.open(path))
        return false;
    QSqlQuery q(file.database());
    if (!q.exec(QStringLiteral("SELECT seq, connection_id, profile_id, campaign_id, kind, at, action, summary, "
                               "request_id, payload, actor FROM entries ORDER BY seq")))
        return qWarning() << q.lastError().text(), false;
    QList<HistoryEntry> entries;
    while (q.next()) {
        HistoryEntry e;
        e.seq = q.value(0).toLongLong();
        e.connectionId = q.value(1).toString();
        e.profileId = q.value(2).toString();
        e.campaignId = q.value(3).toString();
        e.kind = HistoryEntry::kindFromKey(q.value(4).toString()).value_or(HistoryEntry::Kind::Mutation);
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
        e.action = q.value(6).toString();
        e.summary = q.value(7).toString();
        e.requestId = q.value(8).toString();
        e.payload = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
        e.actor = q.value(10).toString();
        entries.append(e);
    }
    q.finish();
    QByteArray previous;
    for (HistoryEntry &e : entries) {
        e.previousHash = previous;
        e.hash = e.computeHash(key); // with a key: the forger's own, in the sealed form
        QSqlQuery u(file.database());
        u.prepare(QStringLiteral("UPDATE entries SET summary = ?, previous_hash = ?, hash = ? WHERE seq = ?"));
        u.addBindValue(e.summary);
        u.addBindValue(e.previousHash.isEmpty() ? QStringLiteral("") : QString::fromLatin1(e.previousHash));
        u.addBindValue(QString::fromLatin1(e.hash));
        u.addBindValue(e.seq);
        if (!u.exec())
            return qWarning() << u.lastError().text(), false;
        previous = e.hash;
    }
    return file.exec({QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'head'")
                          .arg(entries.size())
                          .arg(QString::fromLatin1(previous))});
}

} // namespace

// The seal that makes the history tamper-evident against someone who can edit its file: keyed hashes, and the
// newest entry recorded outside the file. Each way of cutting or forging the file is reported as what it is.
class TestHistorySeal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Keychain m_keychain;

    // Three entries, written and sealed.
    void writeThree()
    {
        auto log = openSealed(m_path, m_keychain);
        for (const char *summary : {"one", "two", "three"})
            log->append(entry(QString::fromLatin1(summary)));
        settle(*log);
    }

    HistoryVerification reopenAndVerify()
    {
        auto log = openSealed(m_path, m_keychain);
        return verify(*log);
    }

private Q_SLOTS:
    void init()
    {
        m_path =
            m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        m_keychain = {};
    }

    void aSealedHistoryIsIntactAndKeyed()
    {
        writeThree();
        QVERIFY(m_keychain.seal && m_keychain.seal->isValid());
        QCOMPARE(m_keychain.seal->count, 3);
        QCOMPARE(m_keychain.seal->sealedFrom, 1);
        const HistoryVerification v = reopenAndVerify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QVERIFY(v.sealed);
        QCOMPARE(v.checked, 3);
        QVERIFY(v.notes.isEmpty());
        // The file holds keyed hashes, which no one without the key can recompute.
        SqliteFile file;
        QVERIFY(file.open(m_path));
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM entries WHERE seq = 1")) && q.next());
        QVERIFY(HistoryEntry::isSealedHash(q.value(0).toByteArray()));
        // The seal survives its way through the keychain's text.
        const std::optional<HistorySeal> back = HistorySeal::fromSecret(m_keychain.seal->toSecret());
        QVERIFY(back);
        QCOMPARE(back->key, m_keychain.seal->key);
        QCOMPARE(back->head, m_keychain.seal->head);
        QVERIFY(!HistorySeal::fromSecret("{\"v\":1,\"key\":\"c2hvcnQ=\"}"));
    }

    void theNewestEntryRemovedWithTheStoredHeadUpdatedIsFound()
    {
        writeThree();
        SqliteFile file;
        QVERIFY(file.open(m_path));
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM entries WHERE seq = 2")) && q.next());
        const QString second = q.value(0).toString();
        q.finish();
        QVERIFY(file.exec({QStringLiteral("DELETE FROM entries WHERE seq = 3"),
                           QStringLiteral("UPDATE meta SET value = '2:%1' WHERE key = 'head'").arg(second)}));
        file.close();
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("held 2 of the 3 entries recorded")), qPrintable(v.problem));
        // Written into the seal: a later check says so too, after new entries.
        {
            auto log = openSealed(m_path, m_keychain);
            log->append(entry(QStringLiteral("four")));
            settle(*log);
        }
        QVERIFY(reopenAndVerify().problem.contains(QLatin1String("held 2 of the 3")));
    }

    void everyEntryAndTheHeadDeletedIsFound()
    {
        writeThree();
        QVERIFY(change(m_path, {QStringLiteral("DELETE FROM entries"), QStringLiteral("DELETE FROM meta")}));
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("held 0 of the 3 entries recorded")), qPrintable(v.problem));
    }

    void aDeletedFileIsFound()
    {
        writeThree();
        QVERIFY(QFile::remove(m_path));
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("deleted")), qPrintable(v.problem));
    }

    void aChainRecomputedWithoutTheKeyIsFound()
    {
        writeThree();
        QVERIFY(change(m_path, {QStringLiteral("UPDATE entries SET summary = 'nothing happened' WHERE seq = 1")}));
        QVERIFY(recomputeWithoutKey(m_path));
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("rewritten")), qPrintable(v.problem));
    }

    void aChainRecomputedWithAnotherKeyIsFound()
    {
        writeThree();
        QVERIFY(change(m_path, {QStringLiteral("UPDATE entries SET summary = 'nothing happened' WHERE seq = 1")}));
        QVERIFY(recomputeWithoutKey(m_path, HistorySeal::create().key));
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, 1);
    }

    void aSealMissingFromTheKeychainIsSaidAndANewOneStarts()
    {
        writeThree();
        m_keychain.seal.reset(); // removed from the keychain, or the file copied from another account
        const HistoryVerification v = reopenAndVerify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("missing from the keychain")), qPrintable(v.problem));
        QVERIFY(m_keychain.seal);
        QCOMPARE(m_keychain.seal->sealedFrom, 4);
    }

    // A history written before histories were sealed keeps verifying, and is protected from then on.
    void anOlderHistoryIsSealedWhereItStands()
    {
        {
            HistoryLog unsealed(m_path);
            unsealed.append(entry(QStringLiteral("old one")));
            unsealed.append(entry(QStringLiteral("old two")));
        }
        writeThree();
        QCOMPARE(m_keychain.seal->sealedFrom, 3);
        QCOMPARE(m_keychain.seal->count, 5);
        const HistoryVerification v = reopenAndVerify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.checked, 5);
        // The old entries, unkeyed, are still covered: recomputing them breaks the recorded newest entry.
        QVERIFY(change(m_path, {QStringLiteral("UPDATE entries SET summary = 'forged' WHERE seq = 1")}));
        QVERIFY(recomputeWithoutKey(m_path));
        QVERIFY(!reopenAndVerify().ok);
    }

    // The keychain cannot be used: nothing is lost (entries are written, chained), the check says it could not vouch,
    // and once the keychain is back the entries written meanwhile are named.
    void entriesWrittenWhileTheKeychainIsLockedAreKeptAndNamed()
    {
        writeThree();
        m_keychain.usable = false;
        {
            auto log = openSealed(m_path, m_keychain);
            log->append(entry(QStringLiteral("four")));
            const HistoryVerification locked = verify(*log);
            QVERIFY(!locked.ok);
            QCOMPARE(locked.obstacle, HistoryVerification::Obstacle::Keychain);
            QVERIFY2(locked.problem.contains(QLatin1String("the keyring is locked")), qPrintable(locked.problem));
            QCOMPARE(locked.checked, 4);
        }
        m_keychain.usable = true;
        const HistoryVerification v = reopenAndVerify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.notes.size(), 1);
        QVERIFY2(v.notes.first().contains(QLatin1String("Entry 4 was written while the keychain could not be used")),
                 qPrintable(v.notes.first()));
    }

    // Appends made before the keychain answered wait for it, and are sealed.
    void appendsWaitForTheSeal()
    {
        HistoryLog log(m_path);
        connect(&log, &HistoryLog::sealChanged, this, [this](const HistorySeal &seal) { m_keychain.seal = seal; });
        log.expectSeal();
        QList<HistoryEntry> appended;
        connect(&log, &HistoryLog::appended, this, [&](const HistoryEntry &e) { appended.append(e); });
        log.append(entry(QStringLiteral("early")));
        bool flushed = false;
        log.flush(this, [&] { flushed = true; });
        QVERIFY(!flushed); // held until the seal is known, on the log's side: nothing was even queued
        log.openSeal({});
        QTRY_VERIFY(flushed);
        QTRY_COMPARE(appended.size(), 1);
        // Written after the seal opened, not before: its hash is keyed.
        QVERIFY(HistoryEntry::isSealedHash(appended.first().hash));
        QTRY_COMPARE(m_keychain.seal ? m_keychain.seal->count : 0, 1);
    }

    // The same through the system keychain (a real Secret Service in the tests), as the window and the CLI keep it.
    void theKeeperKeepsTheSealInTheSystemKeychain()
    {
        CredentialStore credentials;
        {
            HistoryLog log(m_path);
            HistorySealKeeper keeper(&log, credentials);
            log.append(entry(QStringLiteral("one")));
            log.append(entry(QStringLiteral("two")));
            bool settled = false;
            keeper.settle(this, [&] { settled = true; });
            QTRY_VERIFY_WITH_TIMEOUT(settled, 15000);
            QVERIFY2(keeper.problem().isEmpty(), qPrintable(keeper.problem()));
        }
        std::optional<CredentialStore::Outcome> stored;
        credentials.read(HistorySealKeeper::account(m_path), this,
                         [&](const CredentialStore::Outcome &outcome) { stored = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        const std::optional<HistorySeal> seal = HistorySeal::fromSecret(stored->secret);
        QVERIFY(seal);
        QCOMPARE(seal->count, 2);

        QVERIFY(change(m_path, {QStringLiteral("DELETE FROM entries WHERE seq = 2")}));
        {
            HistoryLog log(m_path);
            HistorySealKeeper keeper(&log, credentials);
            const HistoryVerification v = verify(log);
            QVERIFY(!v.ok);
            QVERIFY(v.sealed);
            QVERIFY2(v.problem.contains(QLatin1String("held 1 of the 2")), qPrintable(v.problem));
        }
        bool removed = false;
        credentials.remove(HistorySealKeeper::account(m_path), this, [&](const auto &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_GUILESS_MAIN(TestHistorySeal)
#include "tst_historyseal.moc"
