#pragma once

#include "domain/bulkjob.h"
#include "storethread.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cd {

// Where bulk jobs are written down before anything is sent (`<data>/jobs.sqlite`, write-ahead logged, shared by the
// window and the CLI): each job with every item, its idempotency key and how it stands. An item is marked sent, on
// disk, before its request goes out, so that after a crash, a kill or a lost network a resumed job knows which items
// may have been made and sends them again under the same key (sent.dm replays them) — nothing made twice, nothing
// skipped. Secrets an item carries (payment details, a WhatsApp access token) are not written: such an item can be
// sent only by the process that was given them.
//
// A file that cannot be written works in memory, for this process only (said in the log): jobs then run, but are not
// offered again after a restart.
class JobJournal : public QObject
{
    Q_OBJECT
public:
    explicit JobJournal(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~JobJournal() override; // waits for the writes queued

    static QString defaultPath();

    // The whole job, items and all (replacing what was written of it); `done(written)` once it is on disk.
    void write(const BulkJob &job, QObject *context, std::function<void(bool written)> done);
    // One item as it now stands; `done` once it is on disk (an item marked sent must be before it goes out).
    void writeItem(const QString &jobId, const BulkItem &item, QObject *context, std::function<void()> done);
    void writeItem(const QString &jobId, const BulkItem &item); // queued; nobody waits
    void writeState(const QString &jobId, BulkJob::State state);
    void read(const QString &jobId, QObject *context, std::function<void(const std::optional<BulkJob> &)> done);
    // The jobs of one account (every account: an empty scope), newest first, each with its items.
    void list(const QString &scope, QObject *context, std::function<void(const QList<BulkJob> &)> done);
    void remove(const QString &jobId);
    void flush(QObject *context, std::function<void()> done);

    // The text written in place of a secret; an input holding it cannot be sent again from the journal.
    static bool lacksSecrets(const QJsonObject &input);

private:
    class Worker;
    StoreThread<Worker> m_store;
};

} // namespace cd
