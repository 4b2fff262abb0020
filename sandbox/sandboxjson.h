#pragma once

#include "sandboxmodel.h"

#include <QJsonObject>
#include <QJsonValue>

// Response shapes of the sandbox (casing per sent-api.md §1.1: profiles snake_case, brand responses snake_case,
// campaigns camelCase), and the storage form used by --db, which is the response form plus internal fields.
namespace cd::sandbox::json {

QString timestamp(const QDateTime &when);
QDateTime parseTimestamp(const QJsonValue &value);
QJsonValue nullable(const QString &value);
QJsonValue nullable(const QDateTime &value);
QString string(const QJsonValue &value); // null stays null

inline const QString kNullGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
inline const QString kUnsetDate = QStringLiteral("0001-01-01T00:00:00+00:00");

QJsonObject campaign(const Campaign &c);
Campaign campaignFromStorage(const QJsonObject &o);

QJsonObject brand(const Brand &b, bool inherited);
Brand brandFromStorage(const QJsonObject &o);

QJsonObject billingContact(const std::optional<BillingContact> &contact);

// `effectiveBrand` is the brand the profile shows: its own, the organization's when inheriting, or none.
QJsonObject profile(const Profile &p, const Organization &org);

QJsonObject profileToStorage(const Profile &p);
Profile profileFromStorage(const QJsonObject &o);
QJsonObject organizationToStorage(const Organization &org);
Organization organizationFromStorage(const QJsonObject &o);

} // namespace cd::sandbox::json
