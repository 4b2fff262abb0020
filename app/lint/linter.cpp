#include "linter.h"

#include "checker_p.h"
#include "linttext.h"
#include "textmatch.h"

#include "domain/money.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace cd::lint {

Findings lintCampaign(const QJsonObject &campaign, const Context &context)
{
    return Checker(campaign, context).run();
}

Checker::Checker(const QJsonObject &campaign, const Context &context)
    : m_campaign(campaign)
    , m_context(context)
{
    m_findings.rulesVersion = QString::fromLatin1(pack::kVersion);
    const QJsonArray useCases = campaign.value(QLatin1String("useCases")).toArray();
    for (qsizetype i = 0; i < useCases.size(); ++i) {
        const QJsonObject useCase = useCases.at(i).toObject();
        const QString value = useCase.value(QLatin1String("messagingUseCaseUs")).toString().trimmed().toUpper();
        const QJsonArray samples = useCase.value(QLatin1String("sampleMessages")).toArray();
        for (qsizetype j = 0; j < samples.size(); ++j)
            m_samples.append({QStringLiteral("useCases[%1].sampleMessages[%2]").arg(i).arg(j),
                              samples.at(j).toString().left(pack::kScanMax), value});
    }
}

Findings Checker::run()
{
    checkState();
    checkRequired();
    checkUseCases();
    checkMessageFlowAndMessages();
    checkKeywords();
    checkLinks();
    checkVolume();
    checkShorteners();
    checkSamplesContent();
    checkMessageFlowContent();
    checkReplyMessagesContent();
    checkDescriptionContent();
    checkLanguageAndPersonalData();
    // Most severe first; within a severity, in the order of the form.
    std::stable_sort(m_findings.items.begin(), m_findings.items.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return m_findings;
}

void Checker::add(const char *ruleId, const QString &field, const QString &message)
{
    const pack::Rule &rule = pack::rule(ruleId);
    m_findings.items.append({QString::fromLatin1(rule.id), rule.severity, field, message, pack::hint(rule),
                             QString::fromLatin1(rule.category)});
}

bool Checker::optOutExempt() const
{
    const QJsonArray useCases = m_campaign.value(QLatin1String("useCases")).toArray();
    return !useCases.isEmpty() && std::all_of(useCases.begin(), useCases.end(), [](const QJsonValue &u) {
        return pack::optOutExemptUseCases().contains(
            u.toObject().value(QLatin1String("messagingUseCaseUs")).toString().trimmed().toUpper());
    });
}

QString Checker::string(const char *key) const
{
    const QJsonValue value = m_campaign.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

QString Checker::scanned(const char *key) const
{
    return string(key).left(pack::kScanMax);
}

void Checker::checkRequired()
{
    const struct
    {
        const char *key;
        const char *label;
    } required[] = {{"name", QT_TRANSLATE_NOOP("cd::lint", "The campaign has no name.")},
                    {"description", QT_TRANSLATE_NOOP("cd::lint", "The campaign has no description.")},
                    {"type", QT_TRANSLATE_NOOP("cd::lint", "The campaign has no type (e.g. App).")}};
    for (const auto &r : required)
        if (string(r.key).trimmed().isEmpty())
            add("S01", QString::fromLatin1(r.key), Text::tr(r.label));
    const qsizetype length = string("description").trimmed().size();
    if (length > 0 && (length < pack::kDescriptionMin || length > pack::kDescriptionMax))
        add("S02", QStringLiteral("description"),
            Text::tr("The description has %1 characters; the registry accepts %2 to %3.")
                .arg(length)
                .arg(pack::kDescriptionMin)
                .arg(pack::kDescriptionMax));
}

void Checker::checkUseCases()
{
    const QJsonArray useCases = m_campaign.value(QLatin1String("useCases")).toArray();
    if (useCases.isEmpty()) {
        add("S03", QStringLiteral("useCases"), Text::tr("The campaign has no use case."));
        return;
    }
    QSet<QString> seen;
    QList<QString> normalized; // every sample of the campaign, for S08
    for (qsizetype i = 0; i < useCases.size(); ++i) {
        const QString at = QStringLiteral("useCases[%1]").arg(i);
        const QJsonObject useCase = useCases.at(i).toObject();
        const QString value = useCase.value(QLatin1String("messagingUseCaseUs")).toString().trimmed().toUpper();
        if (!pack::useCases().contains(value))
            add("S03", at + QStringLiteral(".messagingUseCaseUs"),
                value.isEmpty() ? Text::tr("Use case %1 has no type.").arg(i + 1)
                                : Text::tr("“%1” is not one of the registry's use cases.").arg(quoted(value)));
        else if (seen.contains(value))
            add("S04", at, Text::tr("%1 appears more than once.").arg(value));
        seen.insert(value);

        const QJsonArray samples = useCase.value(QLatin1String("sampleMessages")).toArray();
        const QString samplesField = at + QStringLiteral(".sampleMessages");
        if (samples.size() < pack::kSamplesMin || samples.size() > pack::kSamplesMax)
            add("S05", samplesField,
                Text::tr("Use case %1 has %n sample(s); it needs 1 to 5.", nullptr, int(samples.size())).arg(i + 1));
        else if (samples.size() < 2 && pack::twoSampleUseCases().contains(value))
            add("S07", samplesField, Text::tr("%1 use cases need at least two samples; this one has one.").arg(value));
        for (qsizetype j = 0; j < samples.size(); ++j) {
            const QString sample = samples.at(j).toString().trimmed();
            if (sample.size() < pack::kSampleMin || sample.size() > pack::kSampleMax)
                add("S06", QStringLiteral("%1[%2]").arg(samplesField).arg(j),
                    Text::tr("Sample %1 of use case %2 has %3 characters; it needs %4 to %5.")
                        .arg(j + 1)
                        .arg(i + 1)
                        .arg(sample.size())
                        .arg(pack::kSampleMin)
                        .arg(pack::kSampleMax));
        }
    }
    for (const Sample &sample : std::as_const(m_samples)) {
        const QString key = text::normalizedSample(sample.text);
        if (!key.isEmpty() && normalized.contains(key))
            add("S08", sample.field, Text::tr("This sample says the same as an earlier one."));
        normalized.append(key);
    }
}

void Checker::checkMessageFlowAndMessages()
{
    const qsizetype flow = string("messageFlow").trimmed().size();
    if (flow == 0)
        add("S09", QStringLiteral("messageFlow"), Text::tr("The message flow (how people opt in) is missing."));
    else if (flow < pack::kMessageFlowMin || flow > pack::kMessageFlowMax)
        add("S09", QStringLiteral("messageFlow"),
            Text::tr("The message flow has %1 characters; it needs %2 to %3.")
                .arg(flow)
                .arg(pack::kMessageFlowMin)
                .arg(pack::kMessageFlowMax));

    auto outOfRange = [](qsizetype n) { return n > 0 && (n < pack::kMessageMin || n > pack::kMessageMax); };
    const qsizetype optin = string("optinMessage").trimmed().size();
    if (outOfRange(optin))
        add("S10", QStringLiteral("optinMessage"),
            Text::tr("The opt-in message has %1 characters; it needs %2 to %3.")
                .arg(optin)
                .arg(pack::kMessageMin)
                .arg(pack::kMessageMax));

    // Only two-factor and machine-to-machine programs may go without STOP and HELP replies.
    const bool exempt = optOutExempt();
    const struct
    {
        const char *key;
        const char *missing;
        const char *length;
    } replies[] = {{"optoutMessage",
                    QT_TRANSLATE_NOOP("cd::lint", "The opt-out message (the reply to STOP) is missing."),
                    QT_TRANSLATE_NOOP("cd::lint", "The opt-out message has %1 characters; it needs %2 to %3.")},
                   {"helpMessage", QT_TRANSLATE_NOOP("cd::lint", "The help message (the reply to HELP) is missing."),
                    QT_TRANSLATE_NOOP("cd::lint", "The help message has %1 characters; it needs %2 to %3.")}};
    for (const auto &reply : replies) {
        const qsizetype n = string(reply.key).trimmed().size();
        if (n == 0 && !exempt)
            add("S11", QString::fromLatin1(reply.key), Text::tr(reply.missing));
        else if (outOfRange(n)) {
            add("S11", QString::fromLatin1(reply.key),
                Text::tr(reply.length).arg(n).arg(pack::kMessageMin).arg(pack::kMessageMax));
            m_findings.items.last().severity = Severity::Error; // present but out of range: the registry refuses it
        }
    }
}

void Checker::checkKeywords()
{
    static const QRegularExpression word(QStringLiteral("^[\\p{L}\\p{N}]+$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const struct
    {
        const char *key;
        const char *required; // the keyword the list must contain, if any
        const char *rule;
    } lists[] = {
        {"optinKeywords", nullptr, nullptr}, {"optoutKeywords", "STOP", "S13"}, {"helpKeywords", "HELP", "S14"}};
    for (const auto &list : lists) {
        const QString field = QString::fromLatin1(list.key);
        const QString value = string(list.key).trimmed();
        if (value.isEmpty())
            continue;
        if (value.size() > pack::kKeywordsMax)
            add("S12", field,
                Text::tr("The list has %1 characters; at most %2 fit.").arg(value.size()).arg(pack::kKeywordsMax));
        QSet<QString> seen;
        bool reported = false;
        for (const QString &raw : value.left(pack::kScanMax).split(QLatin1Char(','))) {
            const QString keyword = raw.trimmed();
            QString problem;
            if (keyword.isEmpty())
                problem = Text::tr("The list has an empty item (two commas in a row, or one at an end).");
            else if (!word.match(keyword).hasMatch())
                problem = Text::tr("“%1” is not a single word of letters and digits.").arg(quoted(keyword));
            else if (seen.contains(keyword.toUpper()))
                problem = Text::tr("“%1” is listed twice.").arg(quoted(keyword));
            seen.insert(keyword.toUpper());
            if (!problem.isEmpty() && !reported) {
                add("S12", field, problem);
                reported = true; // one finding a list: the first problem, fixed one at a time
            }
        }
        if (list.required && !seen.contains(QString::fromLatin1(list.required)))
            add(list.rule, field, Text::tr("%1 is not among the keywords.").arg(QString::fromLatin1(list.required)));
    }
}

void Checker::checkLinks()
{
    for (const char *key : {"privacyPolicyLink", "termsAndConditionsLink"}) {
        const QString field = QString::fromLatin1(key);
        const QString value = string(key).trimmed();
        if (value.isEmpty())
            continue;
        QString problem;
        if (value.size() > pack::kLinkMax) {
            problem = Text::tr("The address has %1 characters; at most %2 are accepted.")
                          .arg(value.size())
                          .arg(pack::kLinkMax);
        } else if (const QUrl url(value, QUrl::StrictMode);
                   !url.isValid() || url.scheme() != QLatin1String("https") || !url.host().contains(QLatin1Char('.'))) {
            problem = Text::tr("“%1” is not a complete https:// address.").arg(quoted(value));
        }
        if (problem.isEmpty())
            continue;
        add("S15", field, problem);
        if (field == QLatin1String("termsAndConditionsLink"))
            m_findings.items.last().category = QStringLiteral("TERMS_AND_CONDITIONS");
    }
    if (string("privacyPolicyLink").trimmed().isEmpty())
        add("S16", QStringLiteral("privacyPolicyLink"), Text::tr("There is no link to a privacy policy."));
}

void Checker::checkVolume()
{
    const QJsonValue value = m_campaign.value(QLatin1String("volume"));
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()))
        return;
    static const QRegularExpression whole(QStringLiteral("^\\d+$"));
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    if (!whole.match(text).hasMatch()) {
        add("S17", QStringLiteral("volume"),
            Text::tr("The volume must be a whole number written as text, e.g. \"5000\"."));
        return;
    }
    if (text.toLongLong() < pack::kLowVolumeBelow)
        add("S18", QStringLiteral("volume"),
            Text::tr("%1 messages a month is below %2: the campaign is billed in the "
                     "low-volume tier.")
                .arg(text)
                .arg(pack::kLowVolumeBelow));
}

void Checker::checkState()
{
    if (m_context.profileKnown && !m_context.profileHasBrand)
        add("P01", QString(), Text::tr("The profile has no brand, own or inherited, so it cannot have campaigns."));
    if (m_context.profileKnown && m_context.inheritsCampaigns)
        add("P02", QString(), Text::tr("The profile uses the organization's campaigns, which are read-only here."));
    if (m_context.submittedToTcr)
        add("P03", QString(), Text::tr("This campaign was submitted to TCR and can no longer be changed."));
    if (!m_context.willSubmit)
        return;
    if (m_context.alreadyBilled.value_or(false))
        add("P04", QString(), Text::tr("The one-time submission fee has already been charged for this campaign."));
    else if (m_context.cost && *m_context.cost > 0)
        add("P04", QString(),
            Text::tr("Submitting is billed: %1 (as reported by sent.dm).").arg(Money::usd(*m_context.cost)));
    else
        add("P04", QString(), Text::tr("Creating or resubmitting a campaign may be billed by sent.dm."));
}

} // namespace cd::lint
