#include "changejournal.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "domain/profile.h"
#include "sqlitefile.h"
#include "walworker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <optional>

namespace cd {

namespace {

QString outcomeKey(ChangeJournal::Outcome outcome)
{
    switch (outcome) {
    case ChangeJournal::Outcome::Made:
        return QStringLiteral("made");
    case ChangeJournal::Outcome::Refused:
        return QStringLiteral("refused");
    case ChangeJournal::Outcome::Unknown:
        return QStringLiteral("unknown");
    case ChangeJournal::Outcome::NotMade:
        return QStringLiteral("not_made");
    case ChangeJournal::Outcome::Pending:
        break;
    }
    return QStringLiteral("pending");
}

ChangeJournal::Outcome outcomeFromKey(const QString &key)
{
    if (key == QLatin1String("made"))
        return ChangeJournal::Outcome::Made;
    if (key == QLatin1String("refused"))
        return ChangeJournal::Outcome::Refused;
    if (key == QLatin1String("unknown"))
        return ChangeJournal::Outcome::Unknown;
    if (key == QLatin1String("not_made"))
        return ChangeJournal::Outcome::NotMade;
    return ChangeJournal::Outcome::Pending;
}

} // namespace

QByteArray JournalChange::hashOf(const QJsonObject &body)
{
    // QJsonDocument writes an object's keys sorted: the same body always hashes alike.
    return QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

JournalChange JournalChange::of(const QString &scope, const QString &target, const QJsonObject &body, bool sandbox)
{
    return {scope, target, hashOf(body), sandbox, withoutSecrets(body)}; // the hash of all of it; the secrets not kept
}

// Lives on the journal's thread; every member runs there.
class ChangeJournal::Worker : public WalWorker
{
public:
    explicit Worker(QString path)
        : WalWorker(std::move(path),
                    {QStringLiteral("CREATE TABLE IF NOT EXISTS changes (key TEXT PRIMARY KEY, scope TEXT NOT NULL, "
                                    "target TEXT NOT NULL, body_hash TEXT NOT NULL, sandbox INTEGER NOT NULL, "
                                    "first_at INTEGER NOT NULL, last_at INTEGER NOT NULL, outcome TEXT NOT NULL, "
                                    "request_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '')")},
                    {QStringLiteral("changes")}, QStringLiteral("change journal"))
    {
    }

protected:
    void opened() override
    {
        addBodyColumn(); // a journal of the version before bodies were kept
        // What fell out of the replay window is of no use any more.
        exec(QStringLiteral("DELETE FROM changes WHERE last_at < ?"),
             {QDateTime::currentSecsSinceEpoch() - 7 * 24 * 3600});
    }

public:
    void addBodyColumn()
    {
        QSqlQuery columns;
        if (!exec(QStringLiteral("PRAGMA table_info(changes)"), {}, &columns))
            return;
        while (columns.next())
            if (columns.value(1).toString() == QLatin1String("body"))
                return;
        columns.finish();
        exec(QStringLiteral("ALTER TABLE changes ADD COLUMN body TEXT NOT NULL DEFAULT ''"), {});
    }

    Begun begin(const JournalChange &change, Reuse reuse, const QByteArray &explicitKey)
    {
        Begun begun;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!ready()) {
            begun.key = explicitKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : explicitKey;
            return begun;
        }
        if (explicitKey.isEmpty() && reuse != Reuse::Never) {
            QSqlQuery q;
            if (exec(QStringLiteral("SELECT key, first_at, outcome FROM changes WHERE scope = ? AND target = ? AND "
                                    "body_hash = ? AND sandbox = ? AND outcome IN (%1) AND first_at > ? "
                                    "ORDER BY first_at DESC LIMIT 1")
                         .arg(reuse == Reuse::Always ? QStringLiteral("'pending', 'unknown', 'made'")
                                                     : QStringLiteral("'pending', 'unknown'")),
                     {change.scope, change.target, QString::fromLatin1(change.bodyHash), int(change.sandbox),
                      now - kReplayWindowSeconds},
                     &q)
                && q.next()) {
                begun.key = q.value(0).toByteArray();
                begun.reused = true;
                begun.firstSent = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
                begun.previous = outcomeFromKey(q.value(2).toString());
                q.finish();
                exec(QStringLiteral("UPDATE changes SET last_at = ?, outcome = 'pending' WHERE key = ?"),
                     {now, QString::fromLatin1(begun.key)});
                return begun;
            }
        }
        begun.key = explicitKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : explicitKey;
        exec(QStringLiteral("INSERT OR REPLACE INTO changes (key, scope, target, body_hash, sandbox, first_at, "
                            "last_at, outcome, body) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
             {QString::fromLatin1(begun.key), change.scope, change.target, QString::fromLatin1(change.bodyHash),
              int(change.sandbox), now, now,
              QString::fromUtf8(QJsonDocument(change.body).toJson(QJsonDocument::Compact))});
        return begun;
    }

    // The change as it now stands, for the history when its outcome became unknown.
    std::optional<Unsettled> settle(const QByteArray &key, Outcome outcome, const QString &requestId)
    {
        if (!ready()
            || !exec(QStringLiteral("UPDATE changes SET outcome = ?, request_id = ?, last_at = ? WHERE key = ?"),
                     {outcomeKey(outcome), requestId.isNull() ? QStringLiteral("") : requestId,
                      QDateTime::currentSecsSinceEpoch(), QString::fromLatin1(key)})
            || outcome != Outcome::Unknown)
            return std::nullopt;
        QSqlQuery q;
        if (!exec(QStringLiteral("SELECT key, target, first_at, body, sandbox, scope FROM changes WHERE key = ?"),
                  {QString::fromLatin1(key)}, &q)
            || !q.next())
            return std::nullopt;
        return unsettledFrom(q);
    }

    static Unsettled unsettledFrom(const QSqlQuery &q)
    {
        return {q.value(0).toByteArray(),
                q.value(1).toString(),
                QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc()),
                QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                q.value(4).toBool(),
                q.value(5).toString()};
    }

    QList<Unsettled> unsettled(const QString &scope)
    {
        QList<Unsettled> result;
        QSqlQuery q;
        if (!ready()
            || !exec(
                QStringLiteral("SELECT key, target, first_at, body, sandbox, scope FROM changes WHERE scope = ? AND "
                               "outcome IN ('pending', 'unknown') AND first_at > ? ORDER BY first_at DESC"),
                {scope, QDateTime::currentSecsSinceEpoch() - kReplayWindowSeconds}, &q))
            return result;
        while (q.next())
            result.append(unsettledFrom(q));
        return result;
    }
};

ChangeJournal::ChangeJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new Worker(path), QStringLiteral("changes"))
{
}

ChangeJournal::~ChangeJournal() = default;

QString ChangeJournal::defaultPath()
{
    return QDir(AppInfo::sharedDataDirectory()).filePath(QStringLiteral("changes.sqlite"));
}

void ChangeJournal::begin(const JournalChange &change, Reuse reuse, QObject *context,
                          std::function<void(const Begun &)> done)
{
    m_store.ask(
        this, context, [change, reuse](Worker *worker) { return worker->begin(change, reuse, {}); }, std::move(done));
}

void ChangeJournal::beginWithKey(const JournalChange &change, const QByteArray &key, QObject *context,
                                 std::function<void(const Begun &)> done)
{
    m_store.ask(
        this, context, [change, key](Worker *worker) { return worker->begin(change, Reuse::Never, key); },
        std::move(done));
}

void ChangeJournal::settle(const QByteArray &key, Outcome outcome, const QString &requestId)
{
    if (outcome != Outcome::Unknown) {
        m_store.post([key, outcome, requestId](Worker *worker) { worker->settle(key, outcome, requestId); });
        return;
    }
    m_store.ask(
        this, this, [key, outcome, requestId](Worker *worker) { return worker->settle(key, outcome, requestId); },
        [this](const std::optional<Unsettled> &change) {
            if (change)
                Q_EMIT outcomeUnknown(*change);
        });
}

void ChangeJournal::unsettled(const QString &scope, QObject *context,
                              std::function<void(const QList<Unsettled> &)> done)
{
    m_store.ask(
        this, context, [scope](Worker *worker) { return worker->unsettled(scope); }, std::move(done));
}

void ChangeJournal::flush(QObject *context, std::function<void()> done)
{
    m_store.ask(
        this, context, [](Worker *) {}, std::move(done));
}

} // namespace cd
