#pragma once

#include "storethread.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace cd {

// One line of an item's history: a status change the poller saw, a change the user made (what, when, the request
// id, the body sent), or a warning the user acknowledged before submitting.
struct HistoryEntry
{
    enum class Kind { Status, Mutation, Acknowledgement };

    qint64 seq = 0; // set by the log: 1, 2, 3, … over the whole file
    QString connectionId;
    QString profileId;
    QString campaignId; // empty: the profile itself
    Kind kind = Kind::Status;
    QDateTime at;
    QString action;  // status: the new status; mutation: "POST /v3/profiles/…"; acknowledgement: "RULE@field"
    QString summary; // one line for people
    QString requestId;
    QString actor; // who made the change or acknowledged the warning (see AppInfo::localActor); empty for a status seen
    QJsonObject payload; // status: {name, old, new}; mutation: {body, http_status, replayed}; acknowledgement: {rule, field, message}
    QByteArray previousHash; // set by the log
    QByteArray hash;         // set by the log

    static QString kindKey(Kind kind); // status, mutation, acknowledgement
    static std::optional<Kind> kindFromKey(const QString &key);
    // The entry's own hash: SHA-256 over every field and the previous entry's hash, as hex. (An empty actor is left
    // out, so entries written before actors were recorded keep their hashes.)
    QByteArray computeHash() const;
};

// The local history of a connection's items: an append-only log in a SQLite file of its own, each entry chained to
// the one before by its hash, so that an entry edited or deleted afterwards is detected (verify()). The last
// entry's hash is also kept apart (`meta`), so that dropping the newest entries is detected too. All SQLite work
// runs on the log's thread; answers come back on the caller's.
class HistoryLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 2; // 2: entries name their actor

    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;  // entries read
        qint64 firstBad = 0; // the first entry that does not fit the chain (0: none)
        QString problem;     // why, translated
    };

    explicit HistoryLog(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~HistoryLog() override; // waits for the appends still queued

    static QString defaultPath();
    // Who an entry names, for people: its actor; sent.dm for a status seen; "not recorded" for an older entry.
    static QString actorText(const HistoryEntry &entry);

    // Appends the entry; a change or an acknowledgement without an actor is recorded as this process's (actor()).
    void append(const HistoryEntry &entry);
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // A connection's entries (those of one profile — its campaigns included — or of one campaign, when itemId is
    // set), newest first.
    void entries(const QString &connectionId, const QString &itemId, QObject *context,
                 std::function<void(const QList<cd::HistoryEntry> &)> done);
    void verify(QObject *context, std::function<void(const cd::HistoryLog::Verification &)> done);
    void flush(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void appended(const cd::HistoryEntry &entry);
    void failed(const QString &message); // the file could not be opened or written; said once

private:
    class Worker;
    StoreThread<Worker> m_store;
    QString m_actor;
};

} // namespace cd
