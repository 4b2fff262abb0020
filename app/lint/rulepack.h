#pragma once

#include "finding.h"

#include <QStringList>

#include <span>

// The rule pack: every rule of ../shared/tcr-rules.md with its severity, predicted rejection category and fix
// hint, and the limits and vocabularies the checks use. A change in registry policy is an edit here, and a new
// kVersion; the checks (linter.cpp, contentchecks.cpp) hold no policy of their own.
namespace cd::lint::pack {

inline constexpr char kVersion[] = "2026.11-1";

struct Rule
{
    const char *id;
    Severity severity;
    const char *category; // TCR rejection category
    const char *title;    // translated in context "cd::lint"
    const char *hint;     // translated in context "cd::lint"
};

std::span<const Rule> rules();
const Rule &rule(const char *id); // every id the checks use is in the table
QString title(const Rule &rule);
QString hint(const Rule &rule);

// Shape limits (characters as the API counts them: UTF-16 code units).
inline constexpr int kDescriptionMin = 40;
inline constexpr int kDescriptionMax = 4096;
inline constexpr int kSamplesMin = 1;
inline constexpr int kSamplesMax = 5;
inline constexpr int kSampleMin = 20;
inline constexpr int kSampleMax = 1024;
inline constexpr int kMessageFlowMin = 40;
inline constexpr int kMessageFlowMax = 2048; // the registry allows 4096; Twilio and Sinch cap at 2048
inline constexpr int kMessageMin = 20;       // opt-in, opt-out and help messages
inline constexpr int kMessageMax = 1024;
inline constexpr int kKeywordsMax = 255;
inline constexpr int kLinkMax = 2048;
// The content rules read this much of a field, twice the longest the registry accepts: a longer field is an error
// of its own (S02, S06, S09…) with its real length, and pasting a book into one never stalls the editor.
inline constexpr int kScanMax = 2 * kDescriptionMax;
inline constexpr int kLowVolumeBelow = 2000;

// Vocabularies (lower case; matched as whole words, case-insensitively).
const QStringList &useCases();             // the 13 MessagingUseCaseUs values
const QStringList &twoSampleUseCases();    // MARKETING, MIXED, LOW_VOLUME
const QStringList &optOutExemptUseCases(); // TWO_FA, M2M: no opt-out/help messages required
const QStringList &promotionalUseCases();  // where promotional wording is expected
const QStringList &urlShorteners();
const QStringList &promotionalTerms();
const QStringList &prohibitedTerms();
const QStringList &recipientWords();
const QStringList &consentMethods();
const QStringList &frequencyPhrases();
const QStringList &optOutConfirmations();
const QStringList &commonEnglishWords();
const QStringList &foreignLanguageMarkers();

} // namespace cd::lint::pack
