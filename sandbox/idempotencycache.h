#pragma once

#include "httpadapter.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace cd::sandbox {

// Idempotency-Key bookkeeping (sent-api.md §1.6): per account, 24 h retention, replay of the first answer,
// and "in flight" marks so that a concurrent duplicate gets 409 CONFLICT_001.
class IdempotencyCache
{
public:
    struct Stored
    {
        HttpResponse response;
        QString requestId;
        QDateTime expiresAt;
    };

    static bool isValidKey(const QByteArray &key);

    std::optional<Stored> find(const QString &scope, const QByteArray &key, const QDateTime &now);
    bool isInFlight(const QString &scope, const QByteArray &key) const;
    void markInFlight(const QString &scope, const QByteArray &key);
    void clearInFlight(const QString &scope, const QByteArray &key);
    void store(const QString &scope, const QByteArray &key, const HttpResponse &response, const QString &requestId,
               const QDateTime &now);
    int size() const { return int(m_stored.size()); }

    static constexpr qint64 kRetentionSeconds = 24 * 60 * 60;

private:
    static QString slot(const QString &scope, const QByteArray &key);
    void expire(const QDateTime &now);

    QHash<QString, Stored> m_stored;
    QHash<QString, int> m_inFlight;
    QDateTime m_lastSweep;
};

} // namespace cd::sandbox
