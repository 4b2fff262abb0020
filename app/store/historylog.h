#pragma once

#include "historyentry.h"
#include "sqlitefile.h"
#include "storethread.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace cd {

// The local history of a connection's items: an append-only log in a SQLite file of its own, each entry chained to
// the one before by its hash, so that an entry edited or deleted afterwards is detected (verify()). Sealed (the
// window and the CLI), the hashes are keyed and the newest entry is also recorded outside the file, so that
// dropping entries, replacing the file or recomputing the chain is detected too. All SQLite work runs on the log's
// thread; answers come back on the caller's.
class HistoryLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 2; // 2: entries name their actor

    using Verification = HistoryVerification;

    explicit HistoryLog(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~HistoryLog() override; // waits for the appends still queued

    static QString defaultPath();

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

    // Whether the file is in use, cannot be written now (entries kept in memory, in order, and written when it can
    // be), or was damaged and recovered; retryFile() tries it again at once (the log also does every few seconds).
    StoreFileState fileState() const { return m_fileState; }
    void retryFile();

    QString path() const { return m_path; }
    // Sealing (see HistorySeal): after expectSeal(), appends wait, and reads, checks and flushes answer, until
    // openSeal() says what the keychain holds for this history; sealChanged() then asks for the seal to be kept
    // there whenever it moves on. A history never sealed is only chained (tests, tools): verify() says so.
    void expectSeal();
    void openSeal(const cd::HistorySealRead &read);

Q_SIGNALS:
    void appended(const cd::HistoryEntry &entry);
    void fileStateChanged(const cd::StoreFileState &state);
    void sealChanged(const cd::HistorySeal &seal);

private:
    void setFileState(const StoreFileState &state);
    void whenSealed(std::function<void()> work);

    class Worker;
    StoreThread<Worker> m_store;
    QString m_path;
    QString m_actor;
    StoreFileState m_fileState;
    bool m_sealPending = false;
    QList<std::function<void()>> m_afterSeal;
};

} // namespace cd
