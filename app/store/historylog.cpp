#include "historylog.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "storeworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace cd {

// Lives on the log's thread; every member runs there.
class HistoryLog::Worker : public StoreWorker
{
public:
    Worker(HistoryLog *owner, QString path)
        : StoreWorker(std::move(path),
                      {[this](bool inMemory) { return (inMemory || configure()) && ensureSchema(); },
                       SqliteFile::OnDamage::KeepAndSalvage,
                       {QStringLiteral("entries"), QStringLiteral("meta")}},
                      [owner](const StoreFileState &state) {
                          QMetaObject::invokeMethod(
                              owner, [owner, state] { owner->setFileState(state); }, Qt::QueuedConnection);
                      })
        , m_owner(owner)
    {
    }

    enum class Sealing { None, Pending, Open, Unusable };

    void expectSeal() { m_sealing = Sealing::Pending; }

    void openSeal(const HistorySealRead &read)
    {
        m_sealing = read.outcome == HistorySealRead::Outcome::Unusable ? Sealing::Unusable : Sealing::Open;
        m_sealProblem = read.problem;
        m_seal = read.seal;
        m_sealToCreate = read.outcome == HistorySealRead::Outcome::Missing;
        m_anchorChecked = false;
        const QList<HistoryEntry> held = std::exchange(m_held, {});
        ready(); // the seal is checked against the file as soon as the file can be used
        for (const HistoryEntry &e : held)
            append(e);
    }

    // Open, and a recovery from a damaged file written down in the file itself: the check says so from then on.
    bool ready()
    {
        if (!ensureOpen())
            return false;
        if (!m_anchorChecked && m_sealing == Sealing::Open && !inMemory())
            checkAnchor();
        if (!m_recoveryNoted && !m_file.damagedCopy().isEmpty() && !inMemory()) {
            m_recoveryNoted = true;
            QSqlQuery q(m_file.database());
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('recovered', ?)"));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                          {QStringLiteral("copy"), m_file.damagedCopy()},
                                          {QStringLiteral("salvaged"), m_file.salvagedRows()}})
                    .toJson(QJsonDocument::Compact)));
            q.exec();
        }
        return true;
    }

    bool configure()
    {
        return m_file.exec({QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")});
    }

    bool ensureSchema()
    {
        const int version = m_file.userVersion();
        if (version >= kSchemaVersion)
            return true;  // a newer layout is read as far as it goes, never changed
        if (version == 1) // entries written before actors were recorded keep an empty one (and their hashes)
            return m_file.exec({QStringLiteral("ALTER TABLE entries ADD COLUMN actor TEXT NOT NULL DEFAULT ''")})
                && m_file.setUserVersion(kSchemaVersion);
        return m_file.exec(
                   {QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, connection_id TEXT NOT NULL, "
                        "profile_id TEXT NOT NULL, campaign_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, "
                        "action TEXT NOT NULL, summary TEXT NOT NULL, request_id TEXT NOT NULL, payload BLOB NOT NULL, "
                        "previous_hash TEXT NOT NULL, hash TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '')"),
                    QStringLiteral(
                        "CREATE INDEX IF NOT EXISTS entries_by_profile ON entries (connection_id, profile_id)"),
                    QStringLiteral(
                        "CREATE INDEX IF NOT EXISTS entries_by_campaign ON entries (connection_id, campaign_id)"),
                    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")})
            && m_file.setUserVersion(kSchemaVersion);
    }

    // The file as sealed: a new seal for a history never sealed (its entries so far covered by the recorded head);
    // otherwise the recorded newest entry must still be there, unchanged. Entries after it are taken on (written
    // by a run that stopped before the keychain was told, or while it could not be used: verify() names those).
    // Anything else is written into the seal, for every later check to report, and the seal goes on from here.
    void checkAnchor()
    {
        m_anchorChecked = true;
        const auto [seq, hash] = head();
        if (m_sealToCreate) {
            m_sealToCreate = false;
            const bool wasSealed = metaValue(QStringLiteral("sealed")).has_value() || hasSealedEntries();
            m_seal = HistorySeal::create();
            m_seal.sealedFrom = seq + 1;
            if (wasSealed)
                m_seal.breaks.append({HistorySeal::Break::Kind::KeyLost, QDateTime::currentDateTimeUtc(), seq + 1, 0});
            setMeta(QStringLiteral("sealed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        } else if (seq == m_seal.count && hash == m_seal.head) {
            return;
        } else if (seq < m_seal.count || hashOf(m_seal.count) != m_seal.head) {
            m_seal.breaks.append(
                {HistorySeal::Break::Kind::Changed, QDateTime::currentDateTimeUtc(), m_seal.count, seq});
        }
        m_seal.count = seq;
        m_seal.head = hash;
        announceSeal();
    }

    void announceSeal()
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, seal = m_seal] { Q_EMIT owner->sealChanged(seal); }, Qt::QueuedConnection);
    }

    std::optional<QString> metaValue(const QString &key)
    {
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return std::nullopt;
    }

    void setMeta(const QString &key, const QString &value)
    {
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        q.exec();
    }

    bool hasSealedEntries()
    {
        QSqlQuery q(m_file.database());
        return q.exec(QStringLiteral("SELECT 1 FROM entries WHERE hash LIKE 'k1:%' LIMIT 1")) && q.next();
    }

    QByteArray hashOf(qint64 seq)
    {
        if (seq == 0)
            return {};
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("SELECT hash FROM entries WHERE seq = ?"));
        q.addBindValue(seq);
        return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArrayLiteral("-");
    }

    // The newest entry's number and hash, from the chain itself.
    std::pair<qint64, QByteArray> head()
    {
        QSqlQuery q(m_file.database());
        if (q.exec(QStringLiteral("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")) && q.next())
            return {q.value(0).toLongLong(), q.value(1).toByteArray()};
        return {0, QByteArray()};
    }

    void append(const HistoryEntry &e)
    {
        if (m_sealing == Sealing::Pending)
            return m_held.append(e);
        if (!ready())
            return;
        if (!inMemory())
            if (std::optional<HistoryEntry> written = insert(e))
                return announce(*written);
        m_waiting.append(e);
        if (!inMemory()) {
            fallBack(m_writeError); // in memory now, with everything waiting
            if (m_lastInMemory)
                announce(*m_lastInMemory);
            return;
        }
        std::optional<HistoryEntry> kept = insert(e);
        reportState();
        if (kept)
            announce(*kept);
    }

    void announce(const HistoryEntry &e)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, e] { Q_EMIT owner->appended(e); }, Qt::QueuedConnection);
    }

    // Chained to the newest entry of the database in use.
    std::optional<HistoryEntry> insert(HistoryEntry e)
    {
        QSqlDatabase db = m_file.database();
        db.transaction();
        const auto [seq, hash] = head();
        e.seq = seq + 1;
        e.previousHash = hash;
        e.hash = e.computeHash(m_sealing == Sealing::Open ? m_seal.key : QByteArray());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO entries (seq, connection_id, profile_id, campaign_id, kind, at, action, summary, request_id, "
            "payload, previous_hash, hash, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto notNull = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        q.addBindValue(e.seq);
        q.addBindValue(notNull(e.connectionId));
        q.addBindValue(notNull(e.profileId));
        q.addBindValue(notNull(e.campaignId));
        q.addBindValue(HistoryEntry::kindKey(e.kind));
        q.addBindValue(e.at.toMSecsSinceEpoch());
        q.addBindValue(notNull(e.action));
        q.addBindValue(notNull(e.summary));
        q.addBindValue(notNull(e.requestId));
        q.addBindValue(QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
        q.addBindValue(notNull(QString::fromLatin1(e.previousHash)));
        q.addBindValue(QString::fromLatin1(e.hash));
        q.addBindValue(notNull(e.actor));
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)"));
        meta.addBindValue(QStringLiteral("%1:%2").arg(e.seq).arg(QString::fromLatin1(e.hash)));
        if (!q.exec() || !meta.exec()) {
            qCWarning(lcStore) << "history entry not recorded:" << q.lastError().text() << meta.lastError().text();
            m_writeError = q.lastError().isValid() ? q.lastError() : meta.lastError();
            db.rollback();
            return std::nullopt;
        }
        if (const QSqlError failed = SqliteFile::commitTransaction(db); failed.isValid()) {
            m_writeError = failed;
            db.rollback();
            return std::nullopt;
        }
        if (m_sealing == Sealing::Open && !inMemory() && m_anchorChecked) {
            m_seal.count = e.seq;
            m_seal.head = e.hash;
            announceSeal();
        }
        return e;
    }

    bool writeWaiting(QSqlError *error) override
    {
        while (!m_waiting.isEmpty()) {
            if (!insert(m_waiting.first()))
                return *error = m_writeError, false;
            m_waiting.removeFirst();
        }
        return true;
    }

    void applyWaitingInMemory() override
    {
        for (const HistoryEntry &e : std::as_const(m_waiting))
            m_lastInMemory = insert(e);
    }

    int waitingCount() const override { return int(m_waiting.size()); }

    static HistoryEntry read(const QSqlQuery &q)
    {
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
        e.previousHash = q.value(10).toByteArray();
        e.hash = q.value(11).toByteArray();
        e.actor = q.value(12).toString();
        return e;
    }

    static QString columns()
    {
        return QStringLiteral(
            "seq, connection_id, profile_id, campaign_id, kind, at, action, summary, request_id, payload, "
            "previous_hash, hash, actor");
    }

    QList<HistoryEntry> entries(const QString &connectionId, const QString &itemId)
    {
        QList<HistoryEntry> result;
        if (!ready())
            return result;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE connection_id = ?%2 ORDER BY seq DESC")
                      .arg(columns(),
                           itemId.isEmpty() ? QString() : QStringLiteral(" AND (profile_id = ? OR campaign_id = ?)")));
        q.addBindValue(connectionId);
        if (!itemId.isEmpty()) {
            q.addBindValue(itemId);
            q.addBindValue(itemId);
        }
        if (!q.exec())
            return result;
        while (q.next())
            result.append(read(q));
        return result;
    }

    Verification verify()
    {
        Verification v = verifyChain();
        const auto add = [&v](const QString &said) {
            v.ok = false;
            v.problem = v.problem.isEmpty() ? said : v.problem + QLatin1Char(' ') + said;
        };
        if (v.obstacle == Verification::Obstacle::File)
            return v;
        if (const std::optional<QString> recovered = metaValue(QStringLiteral("recovered"))) {
            const QJsonObject note = QJsonDocument::fromJson(recovered->toUtf8()).object();
            add(HistoryLog::tr("The history file was found damaged on %1 and started again from what could still be "
                               "read; the damaged file is kept as %2.")
                    .arg(note.value(QLatin1String("at")).toString(), note.value(QLatin1String("copy")).toString()));
        }
        if (m_sealing == Sealing::Open) {
            v.sealed = true;
            for (const HistorySeal::Break &b : std::as_const(m_seal.breaks))
                add(HistorySeal::breakText(b));
            // The file may have been changed since it was opened.
            if (v.problem.isEmpty() && (head().first < m_seal.count || hashOf(m_seal.count) != m_seal.head))
                add(HistoryLog::tr("The history no longer holds entry %1 as it was recorded: entries were removed, "
                                   "or the file was replaced.")
                        .arg(m_seal.count));
        } else if (m_sealing == Sealing::Unusable && v.ok) {
            v.ok = false;
            v.obstacle = Verification::Obstacle::Keychain;
            v.problem = HistoryLog::tr("The seal that protects the history is kept in the keychain, which cannot be "
                                       "used now (%1). The entries follow each other unchanged, but a history "
                                       "rewritten with its hashes recomputed would not be noticed.")
                            .arg(m_sealProblem);
        }
        return v;
    }

    Verification verifyChain()
    {
        Verification v;
        if (!ready()) {
            v.ok = false;
            v.obstacle = Verification::Obstacle::File;
            v.problem = HistoryLog::tr("The history file could not be opened.");
            return v;
        }
        if (inMemory()) {
            // Whatever is in memory is not the record: it cannot be called intact.
            v.ok = false;
            v.obstacle = Verification::Obstacle::File;
            v.problem = HistoryLog::tr("The history file cannot be used now (%1), so it cannot be checked. %n "
                                       "entry(s) made since wait to be written to it.",
                                       nullptr, waitingCount())
                            .arg(m_file.unavailableReason());
            return v;
        }
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY seq").arg(columns()))) {
            v.ok = false;
            v.obstacle = Verification::Obstacle::File;
            v.problem = HistoryLog::tr("The history could not be read: %1").arg(q.lastError().text());
            return v;
        }
        qint64 expected = 1;
        QByteArray previous;
        const auto fail = [&v](qint64 seq, const QString &problem) {
            v.ok = false;
            v.firstBad = seq;
            v.problem = problem;
        };
        const bool keyed = m_sealing == Sealing::Open;
        QList<std::pair<qint64, qint64>> unsealed; // entries written without the key, after the history was sealed
        while (q.next()) {
            const HistoryEntry e = read(q);
            ++v.checked;
            if (e.seq != expected)
                return fail(e.seq,
                            HistoryLog::tr("Entry %1 follows entry %2: the entries between them were removed.")
                                .arg(e.seq)
                                .arg(expected - 1)),
                       v;
            if (e.previousHash != previous)
                return fail(
                           e.seq,
                           HistoryLog::tr("Entry %1 does not follow from the entry before it: one of them was changed.")
                               .arg(e.seq)),
                       v;
            // A sealed entry is checked with the key when it is held (an older key's entries only by their links).
            const bool sealedHash = HistoryEntry::isSealedHash(e.hash);
            const bool checkable = !sealedHash || (keyed && e.seq >= m_seal.sealedFrom);
            if (checkable && e.computeHash(sealedHash ? m_seal.key : QByteArray()) != e.hash)
                return fail(e.seq, HistoryLog::tr("Entry %1 was changed after it was written.").arg(e.seq)), v;
            if (!sealedHash && keyed && e.seq >= m_seal.sealedFrom) {
                if (!unsealed.isEmpty() && unsealed.last().second == e.seq - 1)
                    unsealed.last().second = e.seq;
                else
                    unsealed.append({e.seq, e.seq});
            }
            previous = e.hash;
            ++expected;
        }
        const QString recorded = metaValue(QStringLiteral("head")).value_or(QString());
        const QString actual =
            expected > 1 ? QStringLiteral("%1:%2").arg(expected - 1).arg(QString::fromLatin1(previous)) : QString();
        if (recorded != actual)
            fail(expected,
                 HistoryLog::tr("The newest entries were removed: the history ended at entry %1.")
                     .arg(recorded.section(QLatin1Char(':'), 0, 0)));
        for (const auto &[first, last] : std::as_const(unsealed))
            v.notes.append(first == last ? HistoryLog::tr("Entry %1 was written while the keychain could not be used: "
                                                          "it follows the chain, but is not sealed.")
                                               .arg(first)
                                         : HistoryLog::tr("Entries %1 to %2 were written while the keychain could "
                                                          "not be used: they follow the chain, but are not sealed.")
                                               .arg(first)
                                               .arg(last));
        return v;
    }

private:
    HistoryLog *m_owner; // outlives the worker (its thread is stopped first)
    Sealing m_sealing = Sealing::None;
    HistorySeal m_seal;
    QString m_sealProblem;
    bool m_sealToCreate = false;
    bool m_anchorChecked = false;
    QList<HistoryEntry> m_held;    // appended before the seal was known, in order
    QList<HistoryEntry> m_waiting; // appended while the file could not be written, in order
    std::optional<HistoryEntry> m_lastInMemory;
    QSqlError m_writeError;
    bool m_recoveryNoted = false;
};

HistoryLog::HistoryLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new Worker(this, path), QStringLiteral("history"))
    , m_path(path)
    , m_actor(AppInfo::localActor())
{
}

HistoryLog::~HistoryLog() = default; // waits for the appends queued

QString HistoryLog::defaultPath()
{
    return QDir(AppInfo::sharedDataDirectory()).filePath(QStringLiteral("history.sqlite"));
}

void HistoryLog::append(const HistoryEntry &given)
{
    HistoryEntry entry = given;
    if (entry.actor.isEmpty() && entry.kind != HistoryEntry::Kind::Status)
        entry.actor = m_actor;
    m_store.post([entry](Worker *worker) { worker->append(entry); });
}

void HistoryLog::expectSeal()
{
    m_sealPending = true;
    m_store.post([](Worker *worker) { worker->expectSeal(); });
}

void HistoryLog::openSeal(const HistorySealRead &read)
{
    m_store.post([read](Worker *worker) { worker->openSeal(read); });
    m_sealPending = false;
    for (const std::function<void()> &work : std::exchange(m_afterSeal, {}))
        work();
}

void HistoryLog::whenSealed(std::function<void()> work)
{
    if (m_sealPending)
        m_afterSeal.append(std::move(work));
    else
        work();
}

void HistoryLog::entries(const QString &connectionId, const QString &itemId, QObject *context,
                         std::function<void(const QList<HistoryEntry> &)> done)
{
    QPointer<QObject> guard(context);
    whenSealed([this, guard, connectionId, itemId, done = std::move(done)] {
        if (guard)
            m_store.ask(
                this, guard, [connectionId, itemId](Worker *worker) { return worker->entries(connectionId, itemId); },
                done);
    });
}

void HistoryLog::verify(QObject *context, std::function<void(const Verification &)> done)
{
    QPointer<QObject> guard(context);
    whenSealed([this, guard, done = std::move(done)] {
        if (guard)
            m_store.ask(
                this, guard, [](Worker *worker) { return worker->verify(); }, done);
    });
}

void HistoryLog::retryFile()
{
    m_store.post([](Worker *worker) { worker->retry(); });
}

void HistoryLog::setFileState(const StoreFileState &state)
{
    m_fileState = state;
    Q_EMIT fileStateChanged(state);
}

void HistoryLog::flush(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    whenSealed([this, guard, done = std::move(done)] {
        if (guard)
            m_store.ask(
                this, guard, [](Worker *) {}, done);
    });
}

} // namespace cd
