#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cd {

// One field that differs between two versions of a JSON document, named by its path as the linter and the API
// name fields ("useCases[0].sampleMessages[1]").
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };

    QString path;
    Kind kind = Kind::Changed;
    QJsonValue before; // undefined when added
    QJsonValue after;  // undefined when removed

    bool operator==(const FieldChange &) const = default;
};

// Field by field, in path order: objects by key, arrays by position, everything else by value.
QList<FieldChange> diffJson(const QJsonValue &before, const QJsonValue &after);

// A value as one line: strings as they are, the rest as compact JSON.
QString jsonValueText(const QJsonValue &value);

} // namespace cd
