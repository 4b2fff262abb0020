#include "idempotencycache.h"

namespace cd::sandbox {

bool IdempotencyCache::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    for (char c : key) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

QString IdempotencyCache::slot(const QString &scope, const QByteArray &key)
{
    return scope + QLatin1Char('\n') + QString::fromLatin1(key);
}

void IdempotencyCache::expire(const QDateTime &now)
{
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < 60)
        return;
    m_lastSweep = now;
    for (auto it = m_stored.begin(); it != m_stored.end();) {
        if (it->expiresAt <= now)
            it = m_stored.erase(it);
        else
            ++it;
    }
}

std::optional<IdempotencyCache::Stored> IdempotencyCache::find(const QString &scope, const QByteArray &key,
                                                               const QDateTime &now)
{
    expire(now);
    const auto it = m_stored.constFind(slot(scope, key));
    if (it == m_stored.cend() || it->expiresAt <= now)
        return std::nullopt;
    return *it;
}

bool IdempotencyCache::isInFlight(const QString &scope, const QByteArray &key) const
{
    return m_inFlight.value(slot(scope, key)) > 0;
}

void IdempotencyCache::markInFlight(const QString &scope, const QByteArray &key)
{
    ++m_inFlight[slot(scope, key)];
}

void IdempotencyCache::clearInFlight(const QString &scope, const QByteArray &key)
{
    const QString s = slot(scope, key);
    if (--m_inFlight[s] <= 0)
        m_inFlight.remove(s);
}

void IdempotencyCache::store(const QString &scope, const QByteArray &key, const HttpResponse &response,
                             const QString &requestId, const QDateTime &now)
{
    m_stored.insert(slot(scope, key), Stored{response, requestId, now.addSecs(kRetentionSeconds)});
}

} // namespace cd::sandbox
