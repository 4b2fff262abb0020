#include "ratebudget.h"

#include "core/logging.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {
constexpr int kProbeInFlight = 2; // before the first answer tells the pool's size
}

RateBudget::RateBudget(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RateBudget::pump);
}

RateBudget::Ticket RateBudget::enqueue(Priority priority, std::function<void()> grant)
{
    const Ticket ticket = m_nextTicket++;
    (priority == Priority::User ? m_userQueue : m_backgroundQueue).push_back({ticket, std::move(grant)});
    schedulePump(0);
    return ticket;
}

RateBudget::Ticket RateBudget::acquireNow(Priority priority)
{
    // Queued requests go first; a background request also waits behind a queued user one.
    if (!m_userQueue.empty() || (priority == Priority::Background && !m_backgroundQueue.empty()))
        return 0;
    refill();
    if (!canGrant(priority))
        return 0;
    const Ticket ticket = m_nextTicket++;
    m_granted.insert(ticket, priority);
    if (m_mode == Mode::Known)
        m_tokens -= 1.0;
    Q_EMIT changed();
    return ticket;
}

void RateBudget::withdraw(Ticket ticket)
{
    if (m_granted.remove(ticket)) {
        // The request may or may not have reached the server: assume it spent a token.
        schedulePump(0);
        return;
    }
    for (auto *queue : {&m_userQueue, &m_backgroundQueue}) {
        const auto it =
            std::find_if(queue->begin(), queue->end(), [ticket](const Waiting &w) { return w.ticket == ticket; });
        if (it != queue->end()) {
            queue->erase(it);
            Q_EMIT changed();
            return;
        }
    }
}

void RateBudget::finish(Ticket ticket, int httpStatus, const QHash<QByteArray, QByteArray> &headers)
{
    m_granted.remove(ticket);
    refill();
    bool limitOk = false, remainingOk = false;
    const int limit = headers.value("x-ratelimit-limit").toInt(&limitOk);
    const int remaining = headers.value("x-ratelimit-remaining").toInt(&remainingOk);
    if (limitOk && remainingOk && limit > 0) {
        if (m_mode != Mode::Known)
            qCDebug(lcApi) << "rate pool:" << limit << "per minute," << remaining << "left";
        m_mode = Mode::Known;
        m_limit = limit;
        // The burst is not told: at least what is left now, and at least a quarter of the minute's limit (the
        // documented burst). A pool met empty must not look one token deep, or a request that needs more than one
        // (a background request leaves a reserve) would wait for ever.
        m_capacity = std::max({m_capacity, double(remaining + 1), limit / 4.0});
        // Requests still in flight may not be counted in `remaining` yet: assume they are not.
        m_tokens = std::min(m_capacity, double(remaining - int(m_granted.size())));
    } else if (httpStatus >= 200 && httpStatus < 300 && m_mode == Mode::Probing) {
        m_mode = Mode::Unlimited; // the server does not report a limit
    }
    if (httpStatus == 429) {
        m_mode = Mode::Known;
        m_tokens = std::min(m_tokens, 0.0);
        qint64 waitMs = 0;
        bool ok = false;
        const qint64 retryAfter = headers.value("retry-after").toLongLong(&ok);
        if (ok)
            waitMs = retryAfter * 1000;
        else if (const qint64 reset = headers.value("x-ratelimit-reset").toLongLong(&ok); ok)
            waitMs = std::max<qint64>(0, reset - QDateTime::currentSecsSinceEpoch()) * 1000;
        m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + std::max<qint64>(waitMs, 1000));
    }
    schedulePump(0);
}

int RateBudget::estimatedRemaining() const
{
    if (m_mode != Mode::Known)
        return -1;
    // As of now: what has trickled in since the last request counts too.
    double tokens = m_tokens;
    if (m_limit > 0)
        tokens = std::min(m_capacity, tokens + (m_clock.elapsed() - m_lastRefillMs) * (m_limit / 60000.0));
    return std::max(0, int(std::floor(tokens)));
}

int RateBudget::reserve() const
{
    // A tenth of the burst, at least one: enough for the clicks of a user waiting on the screen.
    return m_mode == Mode::Known && m_reserveForUser ? std::max(1, int(m_capacity / 10)) : 0;
}

double RateBudget::needed(Priority priority) const
{
    // A background request leaves the reserve untouched; never more than the pool can hold.
    const double wanted = 1.0 + (priority == Priority::Background ? reserve() : 0);
    return std::min(wanted, std::max(1.0, m_capacity));
}

void RateBudget::refill()
{
    const qint64 now = m_clock.elapsed();
    if (m_mode == Mode::Known && m_limit > 0)
        m_tokens = std::min(m_capacity, m_tokens + (now - m_lastRefillMs) * (m_limit / 60000.0));
    m_lastRefillMs = now;
}

bool RateBudget::canGrant(Priority priority) const
{
    if (int(m_granted.size()) >= m_maxInFlight)
        return false;
    if (m_clock.elapsed() < m_pausedUntilMs)
        return false;
    switch (m_mode) {
    case Mode::Probing:
        return m_granted.size() < kProbeInFlight;
    case Mode::Unlimited:
        return true;
    case Mode::Known:
        break;
    }
    if (m_limit <= 0)
        return true; // paused by a 429 that told no limit: once the pause is over, try again
    return m_tokens >= needed(priority);
}

void RateBudget::pump()
{
    m_pumpPosted = false;
    refill();
    bool grantedAny = false;
    while (true) {
        std::deque<Waiting> *queue = nullptr;
        Priority priority = Priority::User;
        if (!m_userQueue.empty() && canGrant(Priority::User)) {
            queue = &m_userQueue;
        } else if (m_userQueue.empty() && !m_backgroundQueue.empty() && canGrant(Priority::Background)) {
            queue = &m_backgroundQueue;
            priority = Priority::Background;
        }
        if (!queue)
            break;
        Waiting next = std::move(queue->front());
        queue->pop_front();
        m_granted.insert(next.ticket, priority);
        if (m_mode == Mode::Known)
            m_tokens -= 1.0;
        grantedAny = true;
        next.grant();
    }
    if (grantedAny)
        Q_EMIT changed();
    if (m_userQueue.empty() && m_backgroundQueue.empty())
        return;
    if (int(m_granted.size()) >= m_maxInFlight || m_mode != Mode::Known)
        return; // a finishing request pumps again
    // Wait until the pause ends or enough tokens have trickled in for the head of the queue.
    const qint64 now = m_clock.elapsed();
    const double headNeeds = needed(m_userQueue.empty() ? Priority::Background : Priority::User);
    qint64 waitMs = std::max<qint64>(0, m_pausedUntilMs - now);
    if (m_limit > 0 && m_tokens < headNeeds)
        waitMs = std::max(waitMs, qint64(std::ceil((headNeeds - m_tokens) / (m_limit / 60000.0))));
    schedulePump(std::max<qint64>(waitMs, 5));
}

void RateBudget::schedulePump(qint64 delayMs)
{
    if (delayMs <= 0) {
        if (m_pumpPosted)
            return;
        m_pumpPosted = true;
        m_pumpTimer.stop();
        QMetaObject::invokeMethod(this, &RateBudget::pump, Qt::QueuedConnection);
        return;
    }
    if (m_pumpPosted)
        return;
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delayMs)
        m_pumpTimer.start(int(std::min<qint64>(delayMs, 60 * 60 * 1000)));
}

} // namespace cd
