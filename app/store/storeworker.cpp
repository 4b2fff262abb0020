#include "storeworker.h"

#include "core/logging.h"

namespace cd {

StoreWorker::StoreWorker(QString path, SqliteFile::Setup setup, std::function<void(const StoreFileState &)> report)
    : m_path(std::move(path))
    , m_setup(std::move(setup))
    , m_report(std::move(report))
{
    m_retryTimer.setParent(this); // moves to the store's thread with the worker
    m_retryTimer.setInterval(kRetryMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &StoreWorker::retry);
}

bool StoreWorker::ensureOpen()
{
    if (m_tried)
        return m_usable;
    m_tried = true;
    const SqliteFile::Opened opened = m_file.openOrInMemory(m_path, m_setup);
    m_usable = opened != SqliteFile::Opened::Failed;
    if (opened == SqliteFile::Opened::InMemory)
        m_retryTimer.start();
    reportState();
    return m_usable;
}

void StoreWorker::fallBack(const QSqlError &error)
{
    if (inMemory())
        return;
    m_file.noteError(error);
    enterMemory(m_file.lastError());
}

void StoreWorker::enterMemory(const QString &reason)
{
    m_usable = m_file.workInMemory(m_setup, reason) != SqliteFile::Opened::Failed;
    if (m_usable)
        applyWaitingInMemory();
    m_retryTimer.start();
    reportState();
}

void StoreWorker::retry()
{
    if (!m_tried) {
        ensureOpen();
        return;
    }
    if (!inMemory())
        return;
    if (!m_file.reopenFile(m_setup)) {
        reportState(); // the reason may have changed
        return;
    }
    if (QSqlError error; !writeWaiting(&error)) {
        m_file.noteError(error);
        enterMemory(m_file.lastError());
        return;
    }
    qCInfo(lcStore) << "database can be written again:" << m_path;
    m_retryTimer.stop();
    reportState();
}

void StoreWorker::close()
{
    m_retryTimer.stop();
    if (m_tried && inMemory() && waitingCount() > 0)
        retry();
    if (inMemory() && waitingCount() > 0)
        qCWarning(lcStore) << waitingCount() << "changes could not be written to" << m_path;
    m_file.close();
}

void StoreWorker::reportState()
{
    StoreFileState state;
    state.path = m_path;
    if (m_file.isInMemory() || !m_usable) {
        state.kind = StoreFileState::Kind::Unavailable;
        state.reason = m_file.unavailableReason();
        state.code = m_file.unavailableCode();
        state.readFromFile = m_file.readFromFile();
        state.waiting = waitingCount();
    } else if (!m_file.damagedCopy().isEmpty()) {
        state.kind = StoreFileState::Kind::Recovered;
        state.damagedCopy = m_file.damagedCopy();
        state.salvaged = m_file.salvagedRows();
    }
    if (state.kind == m_reported.kind && state.reason == m_reported.reason && state.waiting == m_reported.waiting
        && state.readFromFile == m_reported.readFromFile && state.damagedCopy == m_reported.damagedCopy)
        return;
    m_reported = state;
    m_report(state);
}

} // namespace cd
