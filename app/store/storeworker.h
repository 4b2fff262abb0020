#pragma once

#include "sqlitefile.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace cd {

// The part of a store's worker (drafts, history) that keeps the user's work when its file cannot be written: the
// file is opened on first use; while it cannot be (locked, full, read-only…), the store works on a database in
// memory that holds what the file still lets be read plus what was written since, keeps those writes waiting, and
// tries the file again every few seconds and when asked (retry()) or closed; once the file answers, what waited is
// written to it. A damaged file is kept under a time-stamped name and what still reads is carried over. Every
// change of state is reported, on the worker's thread, to `report`.
class StoreWorker : public QObject
{
public:
    static constexpr int kRetryMs = 10000;

    StoreWorker(QString path, SqliteFile::Setup setup, std::function<void(const StoreFileState &)> report);

    // Tries the file again now (a no-op when it is in use).
    void retry();
    // The last chance for what waits: one more try, then the database is closed.
    void close();

protected:
    // Opens on the first call; afterwards, whether there is a database (the file or memory) to work on.
    bool ensureOpen();
    bool inMemory() const { return m_file.isInMemory(); }
    // A write to the file failed (the disk filled up, another process locked it): from now on in memory. The
    // caller keeps the write waiting and applies it to the memory database after this.
    void fallBack(const QSqlError &error);
    void reportState();

    // The file is open again: writes everything waiting to it and forgets it; false if a write failed (what was
    // not written still waits).
    virtual bool writeWaiting(QSqlError *error) = 0;
    // A new memory database was filled from the file: applies everything still waiting to it.
    virtual void applyWaitingInMemory() = 0;
    virtual int waitingCount() const = 0;

    SqliteFile m_file;

private:
    void enterMemory(const QString &reason);

    QString m_path;
    SqliteFile::Setup m_setup;
    std::function<void(const StoreFileState &)> m_report;
    QTimer m_retryTimer;
    bool m_tried = false;
    bool m_usable = false;
    StoreFileState m_reported;
};

} // namespace cd
