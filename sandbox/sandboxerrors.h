#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The sandbox's error catalog (sent-api.md §4) and the choices it makes where the contract is silent. Every
// error the sandbox sends is built here, so a choice can be changed in one place.
namespace cd::sandbox {

struct FieldErrors
{
    // field path as the request spells it (e.g. "campaign.useCases[0].sampleMessages") → messages,
    // plus the catalog code each problem maps to.
    QMap<QString, QStringList> messages;
    QStringList codes;

    void add(const QString &field, const QString &code, const QString &message);
    bool isEmpty() const { return messages.isEmpty(); }
    // One code when every problem shares it, else the generic VALIDATION_001.
    QString code() const;
};

struct ApiFailure
{
    int httpStatus = 500;
    QString code;
    QString message;
    QMap<QString, QStringList> details;

    static ApiFailure make(const QString &code, const QString &message = {});
    static ApiFailure validation(const FieldErrors &errors, const QString &message = {});
};

namespace errors {
int httpStatusFor(const QString &code);
QString defaultMessage(const QString &code);
QJsonObject errorObject(const ApiFailure &failure);
} // namespace errors

} // namespace cd::sandbox
