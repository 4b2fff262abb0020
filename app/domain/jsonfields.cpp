#include "jsonfields.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

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
        // Written as an integer only where it is one that fits: converting 1e300 or NaN to qint64 is undefined.
        const double n = value.toDouble();
        constexpr double kLimit = 9007199254740992.0; // 2^53: every integer up to it is exact in a double
        if (std::isfinite(n) && std::fabs(n) <= kLimit && n == std::trunc(n))
            return QString::number(qint64(n));
        return QString::number(n, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

QString id(const QJsonObject &object, QLatin1StringView key, QLatin1StringView alternative)
{
    const QString value = string(object, key, alternative);
    return isNullGuid(value) || value.size() > kIdMax ? QString() : value;
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

namespace {

// Reads `count` ASCII digits at `pos` (advancing it); -1 when they are not all there.
int digits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

bool take(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos].unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

// ISO 8601 as the API writes it (and the variations seen in the wild): a date, optionally a time with seconds and
// any number of fraction digits (milliseconds kept, the rest truncated), optionally a zone (Z or ±hh[[:]mm]); none
// means UTC. Read by hand: every campaign has five of these, and a pattern match with a zone object each was a tenth
// of the time a large tree took to load.
QDateTime parseTimestamp(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const int year = digits(text, pos, 4);
    const bool dateShape = year >= 0 && take(text, pos, u'-');
    const int month = dateShape ? digits(text, pos, 2) : -1;
    const int day = month >= 0 && take(text, pos, u'-') ? digits(text, pos, 2) : -1;
    if (day < 0)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid() || year <= 1)
        return {}; // .NET's DateTime.MinValue stands for "never"
    int hour = 0, minute = 0, second = 0, msec = 0;
    if (take(text, pos, u'T') || take(text, pos, u' ')) {
        hour = digits(text, pos, 2);
        minute = hour >= 0 && take(text, pos, u':') ? digits(text, pos, 2) : -1;
        if (minute < 0)
            return {};
        if (take(text, pos, u':')) {
            second = digits(text, pos, 2);
            if (second < 0)
                return {};
            if (take(text, pos, u'.') || take(text, pos, u',')) {
                int scale = 100, fractionDigits = 0;
                while (pos < text.size() && text[pos].isDigit()) {
                    msec += (text[pos].unicode() - u'0') * scale;
                    scale /= 10;
                    ++pos;
                    ++fractionDigits;
                }
                if (fractionDigits == 0)
                    return {};
            }
        }
    }
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    int offsetSeconds = 0;
    if (take(text, pos, u'Z') || take(text, pos, u'z')) {
    } else if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-')) {
        const int sign = text[pos] == u'-' ? -1 : 1;
        ++pos;
        const int hours = digits(text, pos, 2);
        if (hours < 0)
            return {};
        int minutes = 0;
        if (pos < text.size()) {
            take(text, pos, u':');
            minutes = digits(text, pos, 2);
            if (minutes < 0)
                return {};
        }
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    if (pos != text.size())
        return {};
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
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
