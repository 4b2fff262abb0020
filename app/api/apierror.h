#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cd {

// Why a call failed, in one value: where it failed (kind), what the API said (code, message, per-field details)
// and what to quote to support (request id). userMessage() is the sentence a compliance manager reads.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(cd::ApiError)

public:
    enum class Kind {
        None,
        InvalidRequest, // refused before sending (e.g. plain HTTP to a remote host)
        Network,        // no connection, connection lost, DNS
        Tls,            // the secure connection could not be verified
        Timeout,        // transfer timeout or the overall deadline
        Http,           // the API answered with an error status
        Malformed,      // the API answered, but not with the JSON the contract promises
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;                       // error.code, e.g. VALIDATION_001
    QString message;                    // error.message, or the transport's description
    QMap<QString, QStringList> details; // field path → messages
    QString requestId;                  // the API's request id (meta.request_id / X-Request-Id)
    QString clientRequestId;            // ours (X-Client-Request-Id)
    std::optional<qint64> retryAfterMs;
    QString operation; // e.g. "GET /v3/profiles"
    QString host;
    int attempts = 0;
    bool permanent = false; // a transport failure that retrying will not cure

    bool isError() const { return kind != Kind::None; }
    // Worth another try of the same request (the retry policy decides how often and when).
    bool isTransient() const;
    // A change that ended this way may still have been made on sent.dm: its answer was lost, garbled or an error
    // after the request could have been carried out (network, timeout, 5xx, 429, 409 in progress). A refusal
    // (4xx) or a failure before sending was not made.
    bool mayHaveBeenMade() const;
    // The key was not accepted, or lacks the permission.
    bool isAuthFailure() const;
    // The key itself was not accepted (missing, wrong, revoked): another key is the remedy.
    bool isKeyRefused() const;
    // sent.dm no longer serves this route (410 Gone, or 404 ROUTE_NOT_FOUND): the API version this client speaks was
    // retired. Never "not found" for what exists.
    bool isRetiredApi() const;
    // The item asked for does not exist (any more): a 404 that is not a retired route.
    bool isNotFound() const;

    QString kindName() const; // stable machine name: network, tls, timeout, http, …
    // Translated, one or two sentences; ends with the request id when there is one.
    QString userMessage() const;
    // "Request ID: req_…" (translated), or empty.
    QString supportReference() const;
};

} // namespace cd
