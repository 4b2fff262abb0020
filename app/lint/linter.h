#pragma once

#include "finding.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cd::lint {

// What the linter knows besides the campaign itself. All of it is optional: the rules that need what is not known
// (the brand's names for C02/C07–C09/C13, the profile for P01/P02) are skipped.
struct Context
{
    bool profileKnown = false;
    QStringList brandNames;            // business and legal name, the profile's name and short name
    bool profileHasBrand = true;       // its own or the organization's (P01)
    bool inheritsCampaigns = false;    // inherit_tcr_campaign (P02)
    bool submittedToTcr = false;       // editing a campaign that was submitted (P03)
    bool willSubmit = false;           // the campaign is about to be created or replaced (P04)
    std::optional<double> cost;        // what the API reported (P04)
    std::optional<bool> alreadyBilled; // hasSubmissionTransaction (P04)
};

// Checks a campaign in the API's shape (CampaignData: camelCase, useCases with sampleMessages) against every rule
// of the rule pack. Pure: no I/O, callable from any thread.
Findings lintCampaign(const QJsonObject &campaign, const Context &context = {});

} // namespace cd::lint
