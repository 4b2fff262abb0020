#pragma once

#include "draft.h"
#include "sqlitefile.h"
#include "storethread.h"

#include <QList>
#include <QObject>

#include <functional>

namespace cd {

// The wizard's drafts, in a SQLite file of their own in the application's data directory (one file for every
// connection; each draft names its connection). Unlike the tree cache, drafts are the user's work: the file is
// written with a write-ahead log and is never rebuilt because of its schema, only upgraded. A save reaches the
// file (and survives the process being killed) as soon as the store's thread has run it, well within a second.
// All SQLite work runs on that thread; answers come back on the caller's.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    // 2 added a table of submissions. What it held (the campaign a draft became, the warnings acknowledged) is in the
    // history now, recorded once there; nothing writes or reads the table any more, and files that have it keep it.
    static constexpr int kSchemaVersion = 2;

    // A draft that is stored but cannot be opened, and why.
    struct Unreadable
    {
        QString id;
        QString profileId;
        QDateTime updatedAt;
        QString problem;
    };

    explicit DraftStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~DraftStore() override; // waits for the writes still queued

    static QString defaultPath();

    void save(const Draft &draft); // insert or replace, by id
    void remove(const QString &draftId);
    // Every draft of the connection (of one profile, when profileId is set), newest first.
    void list(
        const QString &connectionId, const QString &profileId, QObject *context,
        std::function<void(const QList<cd::Draft> &drafts, const QList<cd::DraftStore::Unreadable> &unreadable)> done);
    // Runs done once everything asked before is on disk.
    void flush(QObject *context, std::function<void()> done);

    // Whether the file is in use, cannot be written now (drafts kept in memory and written when it can be), or
    // was damaged and recovered; retryFile() tries it again at once (the store also does every few seconds).
    StoreFileState fileState() const { return m_fileState; }
    void retryFile();

Q_SIGNALS:
    void fileStateChanged(const cd::StoreFileState &state);

private:
    void setFileState(const StoreFileState &state);

    class Worker;
    StoreThread<Worker> m_store;
    StoreFileState m_fileState;
};

} // namespace cd
