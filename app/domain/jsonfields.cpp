#include "jsonfields.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cd::json {

QJsonValue field(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd() && !it->isNull() && !it->isUndefined())
        return *it;
    if (!alternative.isEmpty()) {
        const auto alt = object.constFind(alternative);
        if (alt != object.constEnd())
            return *alt;
    }
    return it != object.constEnd() ? *it : QJsonValue(QJsonValue::Undefined);
}

QString string(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QJsonValue value = field(object, key, alternative);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double n = value.toDouble();
        return n == double(qint64(n)) ? QString::number(qint64(n)) : QString::number(n);
    }
    return {};
}

QString id(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QString value = string(object, key, alternative);
    return isNullGuid(value) ? QString() : value;
}

std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QJsonValue value = field(object, key, alternative);
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

bool boolean(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    return optionalBool(object, key, alternative).value_or(false);
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QJsonValue value = field(object, key, alternative);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double n = value.toString().toDouble(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QStringList strings(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    QStringList result;
    const QJsonArray values = field(object, key, alternative).toArray();
    for (const QJsonValue &value : values)
        if (value.isString())
            result.append(value.toString());
    return result;
}

QJsonObject object(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    return field(object, key, alternative).toObject();
}

QJsonArray array(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    return field(object, key, alternative).toArray();
}

QDateTime timestamp(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QJsonValue value = field(object, key, alternative);
    return value.isString() ? parseTimestamp(value.toString()) : QDateTime();
}

QDateTime parseTimestamp(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid() || date.year() <= 1)
        return {}; // .NET's DateTime.MinValue stands for "never"
    QString fraction = m.captured(7).left(3);
    while (fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(), fraction.toInt());
    if (!time.isValid())
        return {};
    int offsetSeconds = 0;
    const QStringView zone = m.capturedView(8);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        const int sign = zone.front() == QLatin1Char('-') ? -1 : 1;
        const QString digits = zone.mid(1).toString().remove(QLatin1Char(':'));
        offsetSeconds = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    }
    QDateTime result(date, time, QTimeZone(offsetSeconds));
    return result.isValid() ? result.toUTC() : QDateTime();
}

QString formatTimestamp(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000+00:00");
}

bool isNullGuid(QStringView id)
{
    return id == u"00000000-0000-0000-0000-000000000000";
}

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nullable(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(formatTimestamp(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace cd::json
