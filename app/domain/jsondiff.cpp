#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void diff(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> &out)
{
    if (a.isUndefined() && b.isUndefined())
        return;
    if (a.isUndefined()) {
        out.append({path, FieldChange::Kind::Added, a, b});
        return;
    }
    if (b.isUndefined()) {
        out.append({path, FieldChange::Kind::Removed, a, b});
        return;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys))
            diff(child(path, key), x.value(key), y.value(key), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
            diff(QStringLiteral("%1[%2]").arg(path).arg(i), i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined),
                 i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined), out);
        return;
    }
    if (a != b)
        out.append({path, FieldChange::Kind::Changed, a, b});
}

} // namespace

QList<FieldChange> diffJson(const QJsonValue &before, const QJsonValue &after)
{
    QList<FieldChange> changes;
    diff(QString(), before, after, changes);
    return changes;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        // A scalar: wrapped in an array to write it, the brackets taken off.
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

} // namespace cd
