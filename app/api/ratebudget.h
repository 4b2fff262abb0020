#pragma once

#include "apirequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace cd {

// Paces requests against one of the API's rate-limit pools so that normal use never meets a 429.
//
// The API's bucket is estimated from X-RateLimit-Limit/-Remaining on every answer and refilled locally at
// limit-per-minute; a slot is granted only while the estimate has a token to spare. Background work leaves a
// reserve untouched, so a user's click is answered at once even during a long prefetch, and queued user requests
// are always granted before queued background ones. A 429 pauses the pool until Retry-After.
class RateBudget : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    explicit RateBudget(int maxInFlight = 6, QObject *parent = nullptr);

    // `grant` runs (from the event loop, never re-entrantly) when the request may be sent. Every granted ticket
    // must be followed by exactly one finish() or abandon().
    Ticket enqueue(Priority priority, std::function<void()> grant);
    // A slot granted at once, when one is free and nobody is queued before it; 0 otherwise (then enqueue()).
    // Saves a pass of the event loop between one answer and the next request.
    Ticket acquireNow(Priority priority);
    // A queued ticket leaves the queue; a granted one gives its slot back (the answer will never be read).
    void withdraw(Ticket ticket);
    void finish(Ticket ticket, int httpStatus, const QHash<QByteArray, QByteArray> &headers);

    bool isKnown() const { return m_mode == Mode::Known; }
    int limitPerMinute() const { return m_limit; }
    int estimatedRemaining() const;
    int reserve() const;
    // Without a user to answer at once (the CLI), background requests may use the whole bucket.
    void setReserveForUser(bool keep) { m_reserveForUser = keep; }
    int queued() const { return int(m_userQueue.size() + m_backgroundQueue.size()); }
    int inFlight() const { return int(m_granted.size()); }

Q_SIGNALS:
    void changed(); // estimate, queue or pause changed (for a status bar)

private:
    enum class Mode { Probing, Known, Unlimited };
    bool m_reserveForUser = true;
    struct Waiting
    {
        Ticket ticket;
        std::function<void()> grant;
    };

    void refill();
    double needed(Priority priority) const; // tokens a request of that priority waits for
    bool canGrant(Priority priority) const;
    void pump();
    void schedulePump(qint64 delayMs);

    int m_maxInFlight;
    Mode m_mode = Mode::Probing;
    int m_limit = 0;
    double m_tokens = 0;
    double m_capacity = 0;
    qint64 m_lastRefillMs = 0;
    qint64 m_pausedUntilMs = 0;
    Ticket m_nextTicket = 1;
    std::deque<Waiting> m_userQueue;
    std::deque<Waiting> m_backgroundQueue;
    QHash<Ticket, Priority> m_granted;
    QElapsedTimer m_clock;
    QTimer m_pumpTimer;
    bool m_pumpPosted = false;
};

} // namespace cd
