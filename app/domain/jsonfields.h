#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Tolerant readers and writers for the API's JSON. Every field is optional when reading: a missing key, an
// explicit null and a value of the wrong type all read as "unset", so both API generations decode.
namespace cd::json {

// The value under `key`, else under `alternative` (the other casing of the same field), else undefined.
QJsonValue field(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});

// A null QString when the field is unset; numbers are read as their decimal text (e.g. `volume`).
QString string(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
// The longest text an id may be: sent.dm's ids are UUIDs, and no key or id of the API is longer than 255.
inline constexpr qsizetype kIdMax = 255;
// As string(), but the null GUID, and text too long to be an id (kIdMax), read as unset.
QString id(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
bool boolean(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
std::optional<double> number(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
QStringList strings(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
QJsonObject object(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
QJsonArray array(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});
// An invalid QDateTime when unset, unparsable, or the .NET "unset" date 0001-01-01.
QDateTime timestamp(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative = {});

// ISO-8601 with any number of fractional digits (the API sends seven) and an offset or Z; fractions beyond
// milliseconds are truncated. The unset date 0001-01-01 reads as invalid.
QDateTime parseTimestamp(QStringView text);
// The API's own shape: seven fractional digits and an explicit +00:00 offset.
QString formatTimestamp(const QDateTime &when);

bool isNullGuid(QStringView id);

QJsonValue nullable(const QString &value);
QJsonValue nullable(const QDateTime &value);
QJsonValue nullable(const std::optional<bool> &value);
QJsonValue nullable(const std::optional<double> &value);

} // namespace cd::json
