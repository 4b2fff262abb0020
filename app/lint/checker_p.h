#pragma once

#include "linter.h"
#include "rulepack.h"

namespace cd::lint {

// One run of the linter over one campaign; the rule families live in linter.cpp (shape, state) and
// contentchecks.cpp (content and consistency).
class Checker
{
public:
    Checker(const QJsonObject &campaign, const Context &context);
    Findings run();

private:
    struct Sample
    {
        QString field; // useCases[i].sampleMessages[j]
        QString text;
        QString useCase; // its use case's value
    };
    struct TextField
    {
        QString field;
        QString text;
    };

    void add(const char *ruleId, const QString &field, const QString &message);
    QString string(const char *key) const;
    QString scanned(const char *key) const; // what the content rules read: string(key) up to pack::kScanMax
    // Every use case is two-factor or machine-to-machine: no STOP or HELP replies are expected.
    bool optOutExempt() const;

    void checkRequired();
    void checkUseCases();
    void checkMessageFlowAndMessages();
    void checkKeywords();
    void checkLinks();
    void checkVolume();
    void checkState();
    // contentchecks.cpp
    void checkShorteners();
    void checkSamplesContent();
    void checkMessageFlowContent();
    void checkReplyMessagesContent();
    void checkLanguageAndPersonalData();
    void checkDescriptionContent();
    bool namesBrand(const QString &text) const;
    QList<TextField> freeTexts() const; // description, message flow, samples, replies: what people read

    const QJsonObject &m_campaign;
    const Context &m_context;
    QList<Sample> m_samples;
    Findings m_findings;
};

} // namespace cd::lint
