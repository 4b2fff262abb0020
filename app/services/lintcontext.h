#pragma once

#include "domain/campaign.h"
#include "domain/profile.h"
#include "lint/linter.h"

namespace cd {

// What the linter needs to know of a profile (and, when editing, of the campaign as sent.dm has it): the brand's
// names, whether it has a brand, whether it inherits campaigns, whether the campaign was submitted, its cost.
lint::Context lintContextFor(const Profile &profile, const Campaign *existing = nullptr);

} // namespace cd
