#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace cd::sandbox {

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perMinute(std::max(0, perMinute))
    , m_burst(std::max(1, burst))
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::take(const QString &pool)
{
    Decision decision;
    if (m_perMinute <= 0)
        return decision;
    decision.enabled = true;
    decision.limit = m_perMinute;

    const qint64 nowMs = m_clock.elapsed();
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(pool);
    if (it == m_buckets.end())
        it = m_buckets.insert(pool, Bucket{double(m_burst), nowMs});
    Bucket &bucket = *it;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + (nowMs - bucket.lastMs) * perMs);
    bucket.lastMs = nowMs;

    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        decision.allowed = true;
    } else {
        decision.allowed = false;
        decision.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
    }
    decision.remaining = int(std::floor(bucket.tokens));
    const double msToFull = (m_burst - bucket.tokens) / perMs;
    decision.resetEpochSeconds = QDateTime::currentSecsSinceEpoch() + qint64(std::ceil(msToFull / 1000.0));
    return decision;
}

} // namespace cd::sandbox
