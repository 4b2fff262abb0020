#include "apierror.h"

#include <QCoreApplication>

namespace cd {

namespace {

// The sentence for an HTTP failure, chosen by the API's code first and the status second.
QString specificSentence(const ApiError &e)
{
    const QString &code = e.code;
    if (e.isRetiredApi())
        return ApiError::tr("sent.dm no longer serves this part of its API (%1): the version Compliance Desk speaks "
                            "has been retired. Compliance Desk needs an update to go on; nothing changed in the "
                            "organization itself.")
            .arg(e.operation);
    if (code == QLatin1String("AUTH_001"))
        return ApiError::tr("No API key was sent. Add the organization's API key to the connection.");
    if (code == QLatin1String("AUTH_002") || e.httpStatus == 401)
        return ApiError::tr(
            "The API key was not accepted: it is wrong, or it was revoked. Check the key in the sent.dm "
            "dashboard (Settings → API Keys).");
    if (code == QLatin1String("AUTH_004"))
        return ApiError::tr("This API key's role does not allow this operation. An administrator's key is needed.");
    if (code == QLatin1String("AUTH_005"))
        return ApiError::tr("The sent.dm account is not activated yet. Wait for Sent to activate it, then try again.");
    if (code == QLatin1String("AUTH_006"))
        return ApiError::tr("The account's KYC verification is not complete. Submit the KYC documents in the sent.dm "
                            "dashboard first.");
    if (code == QLatin1String("AUTH_007"))
        return ApiError::tr("The account has no messaging channel configured yet.");
    if (code == QLatin1String("RESOURCE_004") || code == QLatin1String("RESOURCE_014"))
        return ApiError::tr(
            "sent.dm has no such profile (any more): it may have been deleted, or it belongs to another "
            "organization.");
    if (code == QLatin1String("RESOURCE_005"))
        return ApiError::tr("sent.dm has no such organization for this key.");
    if (code == QLatin1String("RESOURCE_006"))
        return ApiError::tr("sent.dm has no such user in this organization.");
    if (code == QLatin1String("RESOURCE_007"))
        return ApiError::tr("It exists already: sent.dm refuses a duplicate.");
    if (code == QLatin1String("RESOURCE_008"))
        return ApiError::tr("sent.dm has no such webhook (any more).");
    if (code == QLatin1String("RESOURCE_001") || code == QLatin1String("RESOURCE_002")
        || code == QLatin1String("RESOURCE_003"))
        return ApiError::tr("sent.dm has no such item (any more): it may have been deleted.");
    if (code == QLatin1String("RESOURCE_009"))
        return ApiError::tr(
            "This profile has no brand yet, so it cannot have campaigns. Add a brand to the profile, or let it "
            "inherit the organization's brand.");
    if (code == QLatin1String("BUSINESS_002") || e.httpStatus == 429)
        return ApiError::tr("sent.dm is limiting how fast requests can be made. Wait a moment and try again.");
    if (code == QLatin1String("CONFLICT_001"))
        return ApiError::tr("The same change is still being processed. Wait a moment and try again.");
    if (code == QLatin1String("VALIDATION_007"))
        return ApiError::tr("The request's idempotency key was refused.");
    if (code == QLatin1String("VALIDATION_002"))
        return ApiError::tr("A phone number is not in international format (E.164, such as +14155550123).");
    if (code == QLatin1String("VALIDATION_003"))
        return ApiError::tr("An identifier in the request is not a valid id.");
    if (code == QLatin1String("VALIDATION_004") && e.details.isEmpty())
        return ApiError::tr("sent.dm refused the request: a required field is missing.");
    if (code == QLatin1String("VALIDATION_005") && e.details.isEmpty())
        return ApiError::tr("sent.dm refused the request: a value is out of its allowed range.");
    if (code == QLatin1String("VALIDATION_006") && e.details.isEmpty())
        return ApiError::tr("sent.dm refused the request: a value is not one of the words it accepts.");
    if (code == QLatin1String("BUSINESS_001"))
        return ApiError::tr("What is inherited from the organization cannot be changed from a profile: it is "
                            "changed in sent.dm's dashboard, under the organization.");
    if (code == QLatin1String("BUSINESS_003"))
        return ApiError::tr("The sent.dm account's balance is too low for this. Add funds in the sent.dm dashboard.");
    if (code == QLatin1String("BUSINESS_008"))
        return ApiError::tr("This would exceed the account's quota.");
    if (code == QLatin1String("SERVICE_001") || code == QLatin1String("INTERNAL_005"))
        return ApiError::tr("sent.dm is briefly unavailable (HTTP %1). Try again in a few minutes.").arg(e.httpStatus);
    if (code == QLatin1String("INTERNAL_003"))
        return ApiError::tr("A service sent.dm depends on failed (HTTP %1). Try again in a few minutes.")
            .arg(e.httpStatus);
    if (code == QLatin1String("INTERNAL_004"))
        return ApiError::tr("sent.dm timed out waiting for the operation (HTTP %1). Check whether it was carried out "
                            "before trying again.")
            .arg(e.httpStatus);
    return QString();
}

// A sentence from the HTTP status alone, for codes without one of their own.
QString genericSentence(const ApiError &e)
{
    if (e.httpStatus == 403)
        return ApiError::tr("This API key may not do this.");
    if (e.httpStatus == 404)
        return ApiError::tr("It was not found: it may have been deleted, or it belongs to another organization.");
    if (e.httpStatus == 400 || e.httpStatus == 422)
        return e.details.isEmpty() ? ApiError::tr("sent.dm refused the request.")
                                   : ApiError::tr("sent.dm refused the request: some fields need attention.");
    if (e.httpStatus == 409)
        return ApiError::tr("sent.dm refused the request because it conflicts with the current state.");
    if (e.httpStatus >= 500)
        return ApiError::tr("sent.dm had a problem answering (HTTP %1). This is usually temporary; try again in a few "
                            "minutes.")
            .arg(e.httpStatus);
    return ApiError::tr("sent.dm answered with HTTP %1.").arg(e.httpStatus);
}

} // namespace

bool ApiError::mayHaveBeenMade() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
    case Kind::Cancelled:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
    case Kind::None:
    case Kind::InvalidRequest:
    case Kind::Tls:
        break;
    }
    return false;
}

bool ApiError::isTransient() const
{
    if (permanent)
        return false;
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500
            || (httpStatus == 409 && code == QLatin1String("CONFLICT_001"));
    case Kind::Malformed:
        return true; // a garbled answer; the request is safe to repeat (GET, or a mutation with its key)
    case Kind::None:
    case Kind::InvalidRequest:
    case Kind::Tls:
    case Kind::Cancelled:
        break;
    }
    return false;
}

bool ApiError::isAuthFailure() const
{
    return kind == Kind::Http && (httpStatus == 401 || code.startsWith(QLatin1String("AUTH_")));
}

bool ApiError::isKeyRefused() const
{
    return kind == Kind::Http
        && (httpStatus == 401 || code == QLatin1String("AUTH_001") || code == QLatin1String("AUTH_002"));
}

bool ApiError::isRetiredApi() const
{
    return kind == Kind::Http && (httpStatus == 410 || (httpStatus == 404 && code == QLatin1String("ROUTE_NOT_FOUND")));
}

bool ApiError::isNotFound() const
{
    return kind == Kind::Http && httpStatus == 404 && !isRetiredApi();
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Malformed:
        return QStringLiteral("malformed_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString ApiError::userMessage() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidRequest:
        sentence = message;
        break;
    case Kind::Network:
        sentence =
            ApiError::tr("Could not reach %1: %2. Check the network connection and try again.").arg(host, message);
        break;
    case Kind::Tls:
        sentence =
            ApiError::tr("The secure connection to %1 could not be verified (%2). Nothing was sent; check the address "
                         "and the system's certificates.")
                .arg(host, message);
        break;
    case Kind::Timeout:
        sentence =
            ApiError::tr("%1 did not answer in time. Try again; if it keeps happening, the service may be slow or "
                         "unreachable.")
                .arg(host);
        break;
    case Kind::Http:
        sentence = specificSentence(*this);
        if (sentence.isEmpty()) {
            sentence = genericSentence(*this);
            // The API's own words add what the status alone cannot say (which rule, which field).
            if (!message.isEmpty() && !code.isEmpty())
                sentence += QLatin1Char(' ') + ApiError::tr("sent.dm says: “%1” (%2).").arg(message, code);
            else if (!message.isEmpty())
                sentence += QLatin1Char(' ') + ApiError::tr("sent.dm says: “%1”.").arg(message);
        }
        break;
    case Kind::Malformed:
        sentence = ApiError::tr("sent.dm sent an answer that could not be read (%1). Try again.").arg(message);
        break;
    case Kind::Cancelled:
        sentence = ApiError::tr("The request was cancelled.");
        break;
    }
    const QString reference = supportReference();
    return reference.isEmpty() ? sentence : sentence + QLatin1Char(' ') + reference;
}

QString ApiError::supportReference() const
{
    if (!requestId.isEmpty())
        return ApiError::tr("Request ID for support: %1").arg(requestId);
    if (!clientRequestId.isEmpty() && kind != Kind::Cancelled && kind != Kind::InvalidRequest)
        return ApiError::tr("Client request ID for support: %1").arg(clientRequestId);
    return QString();
}

} // namespace cd
