#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd::lint {

// tcr-rules.md: an error blocks submission, a warning needs the user's acknowledgement, an info never blocks.
enum class Severity { Error, Warning, Info };

QString severityName(Severity severity);        // error | warning | info (JSON, CLI)
QString severityDisplayName(Severity severity); // translated
// A finding's field as the campaign form labels it ("Use case 1, sample 2", "Opt-out keywords"), translated; empty
// for the campaign as a whole, and the path itself for a field the form does not have.
QString fieldLabel(const QString &field);

// One problem found in a campaign: which rule, how bad, where (a JSON path into the campaign object, e.g.
// "useCases[1].sampleMessages[0]"), what is wrong, how to fix it, and the TCR rejection category it predicts.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString field;
    QString message;
    QString hint;
    QString category;

    QJsonObject toJson() const;
    bool operator==(const Finding &) const = default;

    // What the campaign says (the S and C rules), as opposed to the situation it is in (the P rules: no brand,
    // inherited, already submitted, billing) — a fact about the campaign, not a defect in it. A report for an auditor
    // lists content findings only.
    bool isAboutContent() const { return !ruleId.startsWith(QLatin1Char('P')); }
};

struct Findings
{
    QList<Finding> items;
    QString rulesVersion;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    QList<Finding> forField(const QString &field) const; // that field and everything under it
    QList<Finding> byRule(const QString &ruleId) const;
    QJsonObject toJson() const;
    // The findings about what the campaign says (Finding::isAboutContent), in their order.
    Findings aboutContent() const;
};

// An acknowledgement of a warning ("I know, submit anyway") holds for the text the warning is about:
// "RULE@field#digest", the digest of the value at the finding's field (of the whole campaign when it names none).
// Changed text is asked about again; unchanged text, when the campaign is edited later, is not.
QString acknowledgementKey(const Finding &finding, const QJsonObject &campaign);

} // namespace cd::lint
