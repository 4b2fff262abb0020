#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace cd {

// Who is waiting: the user (a click, a wizard) or background work (prefetch, polling). User requests jump the
// queue and may use the rate budget's reserve.
enum class Priority { User, Background };

// The API's rate-limit pools (sent-api.md §1.5).
enum class RateTier { Standard, Sensitive };

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // e.g. /v3/profiles
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QString profileScope; // x-profile-id, for an organization key acting on a child profile
    Priority priority = Priority::User;
    RateTier tier = RateTier::Standard;
    // POST/PUT/PATCH always carry one; set it to reuse a key across separate attempts of one logical operation
    // (e.g. a wizard's draft). Left empty, the job generates one that all its retries share.
    QByteArray idempotencyKey;

    bool isMutation() const { return method == "POST" || method == "PUT" || method == "PATCH"; }
    QString operation() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
};

} // namespace cd
