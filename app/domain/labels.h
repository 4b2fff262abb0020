#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

// The one catalogue of what the API's enumerations mean to a person, translated. Every screen, report and CLI table
// shows these labels; the wire word stays available (tooltips, --json). A word this version does not know is shown
// as the API sent it, since the API's sets are open.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(cd::Labels)

public:
    static QString useCase(const QString &wire);     // TWO_FA → "Two-factor authentication"
    static QString useCaseHint(const QString &wire); // what such messages are, in a few words
    static QStringList useCases(const QStringList &wire);

    static QString entityType(const QString &wire);
    static QString vertical(const QString &wire);
    static QString relationship(const QString &wire);     // BASIC_ACCOUNT → "Basic account"
    static QString relationshipHint(const QString &wire); // what the account size means to the registry
    static QString identityStatus(const QString &wire);   // empty → "Not vetted yet"
    static QString billingModel(const QString &wire);
    static QString campaignType(const QString &wire);     // App → "App (software that sends)"
    static QString campaignTypeHint(const QString &wire); // what App and KYC mean

    // "Label (WIRE)" for a tooltip or a --verbose listing; the label alone when they are the same word.
    static QString withWire(const QString &label, const QString &wire);
};

} // namespace cd
