#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <type_traits>
#include <utility>

namespace cd {

// The thread a store's SQLite work runs on. The worker (a QObject with close()) lives there; every call is queued
// to it in order, and answers come back on the owner's thread, to a caller's context — dropped if the context has
// gone meanwhile. Destroying it waits for the work already queued, closes the worker on its own thread, and stops.
template<typename Worker>
class StoreThread
{
public:
    StoreThread(Worker *worker, const QString &name, QThread::Priority priority = QThread::InheritPriority)
        : m_worker(worker)
    {
        m_thread.setObjectName(name);
        worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
        m_thread.start(priority);
    }
    ~StoreThread()
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Queues `work(worker)` on the store's thread.
    template<typename Work>
    void post(Work work)
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, work = std::move(work)]() mutable { work(worker); }, Qt::QueuedConnection);
    }

    // Queues `work(worker)`, then calls `done` with what it returned (nothing for void) on `owner`'s thread, if
    // `context` still lives.
    template<typename Work, typename Done>
    void ask(QObject *owner, QObject *context, Work work, Done done)
    {
        QPointer<QObject> guard(context);
        post([owner, guard, work = std::move(work), done = std::move(done)](Worker *worker) mutable {
            if constexpr (std::is_void_v<std::invoke_result_t<Work &, Worker *>>) {
                work(worker);
                QMetaObject::invokeMethod(
                    owner,
                    [guard, done = std::move(done)] {
                        if (guard)
                            done();
                    },
                    Qt::QueuedConnection);
            } else {
                auto result = work(worker);
                QMetaObject::invokeMethod(
                    owner,
                    [guard, done = std::move(done), result = std::move(result)] {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            }
        });
    }

private:
    QThread m_thread;
    Worker *m_worker;
};

} // namespace cd
