#pragma once

#include "sandboxerrors.h"
#include "sandboxmodel.h"

#include <QJsonObject>

// Request validation written from sent-api.md §2 and §5. Each function checks a request body and writes what it
// accepted into `target`; the caller throws `target` away when `errors` is not empty.
namespace cd::sandbox::validation {

bool isGuid(const QString &text);
bool isE164(const QString &text);
bool isHttpUrl(const QString &text);

enum class ProfileRequest { Create, Update };

// Profile fields of POST/PATCH /v3/profiles (snake_case), the embedded brand (camelCase) included.
// `org` is needed for the inheritance rules; a brand request updates target.ownBrand (ids and dates are the
// caller's business).
void applyProfile(const QJsonObject &body, ProfileRequest kind, Profile &target, FieldErrors &errors);

void applyBrand(const QJsonValue &value, const QString &path, Brand &target, FieldErrors &errors);

// The `campaign` object of POST/PUT campaigns (camelCase). Keeps target's ids and registry fields.
void applyCampaign(const QJsonObject &body, Campaign &target, FieldErrors &errors);

// `sandbox` must be a boolean when present.
bool sandboxFlag(const QJsonObject &body, FieldErrors &errors);

} // namespace cd::sandbox::validation
