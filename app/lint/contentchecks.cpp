// The content and consistency rules (C01–C14): what people, not the API's schema, reject.
#include "checker_p.h"
#include "linttext.h"
#include "textmatch.h"

#include <QRegularExpression>

namespace cd::lint {

namespace {

bool hasOptOutLanguage(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\b(reply|text|txt|send|respond)\\s+(with\\s+)?[\"“']?stop\\b|\\bstop\\s+to\\s+(opt|unsubscribe|end|cancel|quit|stop)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace

bool Checker::namesBrand(const QString &text) const
{
    for (const QString &name : m_context.brandNames)
        if (name.trimmed().size() >= 2 && text::hasWord(text, name.trimmed()))
            return true;
    return false;
}

QList<Checker::TextField> Checker::freeTexts() const
{
    QList<TextField> texts;
    for (const char *key : {"description", "messageFlow", "optinMessage", "optoutMessage", "helpMessage"})
        if (const QString value = scanned(key); !value.trimmed().isEmpty())
            texts.append({QString::fromLatin1(key), value});
    for (const Sample &sample : m_samples)
        if (!sample.text.trimmed().isEmpty())
            texts.append({sample.field, sample.text});
    return texts;
}

void Checker::checkShorteners()
{
    QList<TextField> texts = freeTexts();
    for (const char *key : {"privacyPolicyLink", "termsAndConditionsLink"})
        texts.append({QString::fromLatin1(key), scanned(key)});
    for (const TextField &t : texts)
        if (const QString host = text::shortenerIn(t.text); !host.isEmpty())
            add("C01", t.field,
                Text::tr("%1 is a public link shortener; carriers block messages that use one.").arg(host));
}

void Checker::checkSamplesContent()
{
    if (m_samples.isEmpty())
        return;
    const QString samplesField = QStringLiteral("useCases[0].sampleMessages");
    if (!m_context.brandNames.isEmpty()
        && std::none_of(m_samples.begin(), m_samples.end(), [this](const Sample &s) { return namesBrand(s.text); }))
        add("C02", samplesField,
            Text::tr("No sample names the brand (%1), so a reviewer cannot tell who sends them.")
                .arg(m_context.brandNames.first()));
    if (!optOutExempt()
        && std::none_of(m_samples.begin(), m_samples.end(), [](const Sample &s) { return hasOptOutLanguage(s.text); }))
        add("C03", samplesField,
            Text::tr("No sample tells the subscriber how to opt out (e.g. “Reply STOP to opt out”)."));

    static const Vocabulary promotional(pack::promotionalTerms());
    bool curly = false, square = false;
    bool linkReported = false;
    const QString description = scanned("description");
    static const Vocabulary disclosesLinks(QStringList{QStringLiteral("link"), QStringLiteral("links"),
                                                       QStringLiteral("url"), QStringLiteral("urls"),
                                                       QStringLiteral("website")});
    static const Vocabulary disclosesPhones(QStringList{QStringLiteral("phone"), QStringLiteral("phone number"),
                                                        QStringLiteral("phone numbers"), QStringLiteral("call")});
    const QString helpDigits = digitsOf(scanned("helpMessage"));
    for (const Sample &sample : m_samples) {
        if (!pack::promotionalUseCases().contains(sample.useCase))
            if (const QString term = promotional.find(sample.text); !term.isEmpty())
                add("C04", sample.field,
                    Text::tr("“%1” reads as an offer, but the use case is %2.").arg(term, sample.useCase));
        curly = curly || text::hasCurlyPlaceholder(sample.text);
        square = square || text::hasSquarePlaceholder(sample.text);
        if (linkReported)
            continue;
        const bool url = text::hasUrl(sample.text) && !disclosesLinks.foundIn(description);
        bool phone = text::hasPhoneNumber(sample.text) && !disclosesPhones.foundIn(description);
        if (phone && !helpDigits.isEmpty() && helpDigits.contains(digitsOf(sample.text).right(10)))
            phone = false; // the help contact, already disclosed
        if (url || phone) {
            add("C11", sample.field,
                url ? Text::tr("This sample contains a link; the description does not say messages carry links.")
                    : Text::tr("This sample contains a phone number; the description does not say so."));
            linkReported = true;
        }
    }
    if (curly && square)
        add("C12", samplesField, Text::tr("Samples use both {name} and [name] placeholders."));

    static const Vocabulary prohibited(pack::prohibitedTerms());
    for (const TextField &t : freeTexts()) {
        if (t.field.startsWith(QLatin1String("opt")) || t.field == QLatin1String("helpMessage"))
            continue; // the replies are not where restricted content hides
        if (const QString term = prohibited.find(t.text); !term.isEmpty())
            add("C05", t.field,
                Text::tr("“%1” belongs to restricted content (SHAFT-C or high-risk finance).").arg(term));
    }
}

void Checker::checkMessageFlowContent()
{
    const QString flow = scanned("messageFlow");
    if (flow.trimmed().isEmpty())
        return;
    static const Vocabulary consent(pack::consentMethods());
    static const Vocabulary frequency(pack::frequencyPhrases());
    const QString field = QStringLiteral("messageFlow");
    if (!consent.foundIn(flow))
        add("C06", field,
            Text::tr("The flow does not say how consent is collected (web form, keyword, paper, verbal…)."));
    if (!m_context.brandNames.isEmpty() && !namesBrand(flow) && !text::hasWord(flow, QStringLiteral("program")))
        add("C06", field, Text::tr("The flow does not name the brand or the program."));
    if (!frequency.foundIn(flow))
        add("C06", field, Text::tr("The flow does not state the message frequency."));
    if (!text::mentionsRatesMayApply(flow))
        add("C06", field, Text::tr("The flow does not say “Msg & data rates may apply”."));
    if (!text::hasWord(flow, QStringLiteral("stop")))
        add("C06", field, Text::tr("The flow does not mention STOP."));
    if (!text::hasWord(flow, QStringLiteral("help")))
        add("C06", field, Text::tr("The flow does not mention HELP."));
    const QString terms = scanned("termsAndConditionsLink").trimmed();
    if (!text::hasWord(flow, QStringLiteral("terms")) && (terms.isEmpty() || !flow.contains(terms)))
        add("C06", field, Text::tr("The flow does not point to the terms and conditions."));
    const QString privacy = scanned("privacyPolicyLink").trimmed();
    if (!text::hasWord(flow, QStringLiteral("privacy")) && (privacy.isEmpty() || !flow.contains(privacy)))
        add("C06", field, Text::tr("The flow does not point to the privacy policy."));
}

void Checker::checkReplyMessagesContent()
{
    static const Vocabulary frequency(pack::frequencyPhrases());
    static const Vocabulary confirmation(pack::optOutConfirmations());
    const bool brandKnown = !m_context.brandNames.isEmpty();
    auto report = [this](const char *rule, const char *key, const QStringList &missing) {
        if (!missing.isEmpty())
            add(rule, QString::fromLatin1(key), Text::tr("Missing: %1.").arg(missing.join(Text::tr(", "))));
    };
    if (const QString optin = scanned("optinMessage"); !optin.trimmed().isEmpty()) {
        QStringList missing;
        if (brandKnown && !namesBrand(optin))
            missing << Text::tr("the brand's name");
        if (!frequency.foundIn(optin))
            missing << Text::tr("the message frequency");
        if (!text::mentionsRatesMayApply(optin))
            missing << Text::tr("“Msg & data rates may apply”");
        if (!text::hasWord(optin, QStringLiteral("help")))
            missing << Text::tr("HELP");
        if (!text::hasWord(optin, QStringLiteral("stop")))
            missing << Text::tr("STOP");
        report("C07", "optinMessage", missing);
    }
    if (const QString optout = scanned("optoutMessage"); !optout.trimmed().isEmpty()) {
        QStringList missing;
        if (brandKnown && !namesBrand(optout))
            missing << Text::tr("the brand's name");
        if (!confirmation.foundIn(optout))
            missing << Text::tr("a confirmation that no further messages will be sent");
        report("C08", "optoutMessage", missing);
    }
    if (const QString help = scanned("helpMessage"); !help.trimmed().isEmpty()) {
        QStringList missing;
        if (brandKnown && !namesBrand(help))
            missing << Text::tr("the brand's name");
        if (!text::hasEmail(help) && !text::hasPhoneNumber(help) && !text::hasUrl(help))
            missing << Text::tr("a support contact (e-mail, phone or web address)");
        report("C09", "helpMessage", missing);
    }
}

void Checker::checkDescriptionContent()
{
    const QString description = scanned("description");
    if (description.trimmed().isEmpty())
        return;
    static const Vocabulary recipients(pack::recipientWords());
    QStringList missing;
    if (!m_context.brandNames.isEmpty() && !namesBrand(description))
        missing << Text::tr("who sends (the brand)");
    if (!recipients.foundIn(description))
        missing << Text::tr("who receives the messages (customers, patients, members…)");
    if (!missing.isEmpty())
        add("C13", QStringLiteral("description"),
            Text::tr("The description does not say %1.").arg(missing.join(Text::tr(" or "))));
}

void Checker::checkLanguageAndPersonalData()
{
    for (const TextField &t : freeTexts()) {
        if (!text::looksEnglish(t.text))
            add("C10", t.field, Text::tr("This text does not look like English."));
        if (text::hasSsnLikeNumber(t.text))
            add("C14", t.field, Text::tr("This text contains what looks like a Social Security number."));
        else if (text::hasCardLikeNumber(t.text))
            add("C14", t.field, Text::tr("This text contains what looks like a payment card number."));
    }
}

} // namespace cd::lint
