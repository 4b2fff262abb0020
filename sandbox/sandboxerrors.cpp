#include "sandboxerrors.h"

#include <QJsonArray>

namespace cd::sandbox {

namespace {
struct CatalogEntry
{
    const char *code;
    int status;
    const char *message;
};

// sent-api.md §4. Messages are the API's own (English, as the real service sends them).
constexpr CatalogEntry kCatalog[] = {
    {"AUTH_001", 401, "User is not authenticated"},
    {"AUTH_002", 401, "Invalid or expired API key"},
    {"AUTH_004", 403, "Insufficient permissions for this operation"},
    {"AUTH_005", 403, "Your account is not yet activated. Please wait for account activation before using the API."},
    {"AUTH_006", 403, "Your KYC verification is not complete. Please submit your KYC documents before using the API."},
    {"AUTH_007", 403, "No messaging channel is configured for this account"},
    {"VALIDATION_001", 400, "Request validation failed"},
    {"VALIDATION_002", 400, "Invalid phone number format"},
    {"VALIDATION_003", 400, "Invalid GUID format"},
    {"VALIDATION_004", 400, "Required field is missing"},
    {"VALIDATION_005", 400, "Field value out of valid range"},
    {"VALIDATION_006", 400, "Invalid enum value"},
    {"VALIDATION_007", 400, "Invalid Idempotency-Key format"},
    {"RESOURCE_001", 404, "Contact not found"},
    {"RESOURCE_002", 404, "Template not found"},
    {"RESOURCE_003", 404, "Message not found"},
    {"RESOURCE_004", 404, "Customer not found"},
    {"RESOURCE_005", 404, "Organization not found"},
    {"RESOURCE_006", 404, "User not found"},
    {"RESOURCE_007", 409, "Resource already exists (duplicate)"},
    {"RESOURCE_008", 404, "Webhook not found"},
    {"RESOURCE_009", 404, "Brand not found for this profile"},
    {"BUSINESS_001", 422, "Cannot modify inherited contact"},
    {"BUSINESS_002", 429, "Rate limit exceeded"},
    {"BUSINESS_003", 422, "Insufficient account balance"},
    {"BUSINESS_008", 422, "Operation would exceed quota"},
    {"CONFLICT_001", 409, "Concurrent idempotent request in progress"},
    {"SERVICE_001", 503, "Cache service temporarily unavailable"},
    {"INTERNAL_001", 500, "Unexpected internal server error"},
    {"INTERNAL_002", 500, "Database operation failed"},
    {"INTERNAL_003", 502, "External service error (SMS/WhatsApp provider)"},
    {"INTERNAL_004", 504, "Timeout waiting for operation"},
    {"INTERNAL_005", 503, "Service temporarily unavailable"},
};

const CatalogEntry *find(const QString &code)
{
    for (const auto &entry : kCatalog) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}
} // namespace

void FieldErrors::add(const QString &field, const QString &code, const QString &message)
{
    messages[field].append(message);
    if (!codes.contains(code))
        codes.append(code);
}

QString FieldErrors::code() const
{
    return codes.size() == 1 ? codes.constFirst() : QStringLiteral("VALIDATION_001");
}

ApiFailure ApiFailure::make(const QString &code, const QString &message)
{
    ApiFailure failure;
    failure.code = code;
    failure.httpStatus = errors::httpStatusFor(code);
    failure.message = message.isEmpty() ? errors::defaultMessage(code) : message;
    return failure;
}

ApiFailure ApiFailure::validation(const FieldErrors &fieldErrors, const QString &message)
{
    ApiFailure failure = make(fieldErrors.code(), message);
    failure.details = fieldErrors.messages;
    return failure;
}

namespace errors {

int httpStatusFor(const QString &code)
{
    const auto *entry = find(code);
    return entry ? entry->status : 500;
}

QString defaultMessage(const QString &code)
{
    const auto *entry = find(code);
    return entry ? QString::fromLatin1(entry->message) : QStringLiteral("Unexpected internal server error");
}

QJsonObject errorObject(const ApiFailure &failure)
{
    QJsonValue details = QJsonValue::Null;
    if (!failure.details.isEmpty()) {
        QJsonObject detailObject;
        for (auto it = failure.details.cbegin(); it != failure.details.cend(); ++it)
            detailObject.insert(it.key(), QJsonArray::fromStringList(it.value()));
        details = detailObject;
    }
    return QJsonObject{
        {QStringLiteral("code"), failure.code},
        {QStringLiteral("message"), failure.message},
        {QStringLiteral("details"), details},
        {QStringLiteral("doc_url"), QString(QStringLiteral("https://docs.sent.dm/errors/") + failure.code)},
    };
}

} // namespace errors
} // namespace cd::sandbox
