#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cd {

// The contract's field rules for a profile and its brand (sent-api.md §2.5, §2.7), checked locally as the user
// types so that most mistakes never reach sent.dm. Problems are keyed by the field's path in the request
// ("short_name", "billing_contact.email", "brand.contact.phone", …): the same paths the API's field errors use.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProfileRules)

public:
    using Problems = QMap<QString, QString>; // request path → what is wrong, translated

    // `existing`: the profile as sent.dm has it, for an update (what is not changed still counts).
    static Problems check(const ProfileChanges &changes, const Profile *existing = nullptr);

    static bool isValidShortName(const QString &text);
    static bool isValidEmail(const QString &text);
    static bool isE164(const QString &text);
    static bool isHttpUrl(const QString &text);
    static bool isCountryCode(const QString &text); // two capital letters

    // The contract's enumerations, in its order.
    static const QStringList &billingModels();
    static const QStringList &brandRelationships();
    static const QStringList &entityTypes();
    static const QStringList &verticals();

    // How the API path of one of its field errors reads as one of `fields` (the form's paths): the same path
    // spelled in either case style, or the nearest enclosing field; empty when none matches.
    static QString fieldFor(const QString &apiPath, const QStringList &fields);
};

} // namespace cd
