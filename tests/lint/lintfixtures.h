#pragma once

// A campaign that a registry reviewer would pass, and patches turning it into the same brand's marketing and
// two-factor programs (which also pass).
extern const char kCompliant[];
extern const char kMarketingPatch[];
extern const char kTwoFactorPatch[];
