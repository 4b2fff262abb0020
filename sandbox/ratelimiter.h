#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace cd::sandbox {

// Token buckets, one per (key pool, tier): `perMinute` tokens refill evenly over a minute and at most `burst`
// can be spent at once — 200/min with a burst of 50 for the standard tier, as the contract documents.
class RateLimiter
{
public:
    struct Decision
    {
        bool enabled = false;
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // when the bucket is full again
        int retryAfterSeconds = 0;    // when the next request would be allowed (429 only)
    };

    RateLimiter(int perMinute, int burst);

    Decision take(const QString &pool);
    bool enabled() const { return m_perMinute > 0; }
    int perMinute() const { return m_perMinute; }
    int burst() const { return m_burst; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    int m_perMinute;
    int m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace cd::sandbox
