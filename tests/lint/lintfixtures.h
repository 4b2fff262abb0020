#pragma once

// A campaign that a registry reviewer would pass, and patches turning it into the same brand's marketing and
// two-factor programs (which also pass).
extern const char kCompliant[];
extern const char kMarketingPatch[];
extern const char kTwoFactorPatch[];

#include <QJsonObject>
#include <QString>

// The compliant campaign written as a bulk template: its brand's name the {{brand_name}} placeholder, and another
// name when one is given.
QJsonObject templatedCompliant(const QString &name = {});
