#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cd {

// A campaign written once for many profiles: its texts (samples, opt-in, opt-out and help replies, links) may name
// the profile's own values with placeholders in double braces, filled in for each profile before it is linted,
// shown and sent. Single braces stay as they are: "{id}" in a sample is the message's own variable.
struct CampaignTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cd::CampaignTemplate)
public:
    // The placeholders, as written in a template: {{profile_name}}, {{brand_name}}, {{contact_phone}},
    // {{contact_email}}, {{website}}.
    static QStringList placeholders();
    // What a placeholder stands for, for people ("the profile's name").
    static QString describe(const QString &placeholder);

    struct Filled
    {
        QJsonObject campaign;
        QStringList unknown; // placeholders used that do not exist ("{{brand}}")
        QStringList missing; // placeholders this profile has no value for
        bool ok() const { return unknown.isEmpty() && missing.isEmpty(); }
    };
    // Every string of `campaign` (a campaign object, Campaign::toJson's shape) with the profile's values put in.
    static Filled fill(const QJsonObject &campaign, const Profile &profile);
    // The placeholders a template uses, known or not, in order of first use.
    static QStringList used(const QJsonObject &campaign);
    // A profile's value for a placeholder (empty when it has none).
    static QString valueFor(const QString &placeholder, const Profile &profile);
};

} // namespace cd
