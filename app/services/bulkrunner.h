#pragma once

#include "api/apierror.h"
#include "domain/bulkjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace cd {

class ChangeJournal;
class HistoryRecorder;
class JobJournal;
class SentClient;

// Runs one bulk job: writes it to the job journal before anything is sent, then sends its items a few at a time at
// background priority (a user's click still goes first; completions on the sensitive rate pool), each under the key
// chosen when the job was written. Every item ends once: done, refused with sent.dm's reason, or failed (worth another
// try). Pause lets the items in flight end and starts no more; cancel does the same and cancels the items not sent.
// After a crash, a kill or a lost network, resume() reads the job back and sends what had not ended, an item that was
// sent again under its own key, so sent.dm replays it rather than making it twice.
//
// Each item is also journaled like a single change (ChangeJournal, under the item's key), so that an item whose
// answer was lost is settled the same way; each change made reaches the local history through the client like any
// other, and the job, once it ends, is recorded as one entry naming its items.
class BulkRunner : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       // nothing started yet
        Starting,   // the job is being written down or read back
        Running,    // items are being sent
        Pausing,    // no more items start; those in flight are ending
        Paused,     // resumable
        Cancelling, // as pausing, then the items not sent are cancelled
        Cancelled,
        Finished, // every item ended (the failed ones can be retried)
    };
    Q_ENUM(State)

    static constexpr int kDefaultConcurrency = 3;
    // sent.dm keeps an idempotency key for 24 hours: an item sent longer ago than this, whose answer was lost, is not
    // sent again blindly — its key may no longer be recognised.
    static constexpr qint64 kReplayWindowSeconds = 23 * 3600;

    BulkRunner(SentClient *client, JobJournal *jobs, QObject *parent = nullptr);
    ~BulkRunner() override;

    // The change journal each item is written to as a single change, with the account's scope (none: only the job
    // journal knows the keys).
    void setChangeJournal(ChangeJournal *changes, const QString &scope);
    void setRecorder(HistoryRecorder *recorder);
    void setConcurrency(int items);

    // Writes `job` (each item given a key it lacks, every item pending), then runs it.
    void start(BulkJob job);
    // Reads the job back from the journal and runs the items that have not ended (an item sent before goes again
    // under its key), and with `alsoFailed` the failed ones too. A job of another account (`scope`) is not resumed.
    void resume(const QString &jobId, const QString &scope, bool alsoFailed = false);
    void pause();
    void cancel();
    // The failed items go again: one whose answer was lost under its key, one that never reached sent.dm too.
    void retryFailed();

    State state() const { return m_state; }
    const BulkJob &job() const { return m_job; }
    // Why the job could not start or stopped by itself (the journal could not be written, the key was refused…).
    QString problem() const { return m_problem; }
    // An estimate of the seconds left, from the pace so far and the rate budget (which bounds it under the API's
    // limit); -1 when nothing is known yet.
    int secondsLeft() const;

Q_SIGNALS:
    void stateChanged(cd::BulkRunner::State state);
    void itemChanged(int position);
    void progressChanged();
    void finished(); // Finished or Cancelled (or Paused by a problem: problem() says why)

private:
    void setState(State state);
    void run();
    void pump();
    void launch(int index);
    void send(int index);
    void ended(int index, BulkItem::State state);
    void succeeded(int index, const QString &requestId, const QString &resultId);
    void failedWith(int index, const ApiError &error);
    void settleChange(const BulkItem &item, int outcome, const QString &requestId);
    void stopWithProblem(const QString &problem);
    bool requeueFailed(); // the failed items pending again, under their keys; false: there were none
    void checkEnd();

    QPointer<SentClient> m_client;
    QPointer<JobJournal> m_jobs;
    QPointer<ChangeJournal> m_changes;
    QPointer<HistoryRecorder> m_recorder;
    QString m_scope;
    int m_concurrency = kDefaultConcurrency;

    BulkJob m_job;
    State m_state = State::Idle;
    QString m_problem;
    QSet<int> m_inFlight;          // item indexes being journaled or sent
    int m_next = 0;                // the first index not yet looked at in this pass
    std::deque<qint64> m_endTimes; // when the last items ended (ms on m_clock), for the pace
    QElapsedTimer m_clock;
};

} // namespace cd
