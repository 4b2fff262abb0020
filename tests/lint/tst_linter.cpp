#include "lintfixtures.h"

#include "lint/linter.h"
#include "lint/rulepack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cd::lint;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject patched(const QJsonObject &base, const QJsonObject &patch)
{
    QJsonObject result = base;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject withSamples(const QString &useCase, const QStringList &samples)
{
    return {{QStringLiteral("useCases"),
             QJsonArray{QJsonObject{{QStringLiteral("messagingUseCaseUs"), useCase},
                                    {QStringLiteral("sampleMessages"), QJsonArray::fromStringList(samples)}}}}};
}

enum class Situation {
    BrandKnown,
    NothingKnown,
    NoBrand,
    InheritsCampaigns,
    Submitted,
    WillSubmit,
    WillSubmitWithCost
};

Context context(Situation situation)
{
    Context c;
    if (situation == Situation::NothingKnown)
        return c;
    c.profileKnown = true;
    c.brandNames = {QStringLiteral("Acme Dental"), QStringLiteral("Acme Dental Care LLC")};
    c.profileHasBrand = situation != Situation::NoBrand;
    c.inheritsCampaigns = situation == Situation::InheritsCampaigns;
    c.submittedToTcr = situation == Situation::Submitted;
    c.willSubmit = situation == Situation::WillSubmit || situation == Situation::WillSubmitWithCost;
    if (situation == Situation::WillSubmitWithCost)
        c.cost = 4.0;
    return c;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings.items)
        lines << QStringLiteral("%1 %2 %3: %4").arg(f.ruleId, severityName(f.severity), f.field, f.message);
    return lines.join(QLatin1Char('\n'));
}

const QString kSample = QStringLiteral("Acme Dental: your cleaning is confirmed for {date}. Reply STOP to opt out.");
const QString kSample2 = QStringLiteral("Acme Dental: see you tomorrow at {time}. Reply HELP for help.");

} // namespace

Q_DECLARE_METATYPE(Situation)

class TestLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A finding names its field as the campaign form labels it.
    void fieldsAreNamedAsTheFormLabelsThem()
    {
        QCOMPARE(fieldLabel(QStringLiteral("useCases[0].sampleMessages[1]")), QStringLiteral("Use case 1, sample 2"));
        QCOMPARE(fieldLabel(QStringLiteral("useCases[2].sampleMessages")), QStringLiteral("Use case 3, samples"));
        QCOMPARE(fieldLabel(QStringLiteral("useCases[1].messagingUseCaseUs")), QStringLiteral("Use case 2, type"));
        QCOMPARE(fieldLabel(QStringLiteral("useCases[0]")), QStringLiteral("Use case 1"));
        QCOMPARE(fieldLabel(QStringLiteral("optoutKeywords")), QStringLiteral("Opt-out keywords"));
        QCOMPARE(fieldLabel(QStringLiteral("privacyPolicyLink")), QStringLiteral("Privacy policy"));
        QCOMPARE(fieldLabel(QString()), QString());
        QCOMPARE(fieldLabel(QStringLiteral("somethingNew")), QStringLiteral("somethingNew"));
        // Every field a finding of the full rule set names has a label of its own.
        const Findings findings = lintCampaign(QJsonObject{}, Context{});
        for (const Finding &f : findings.items)
            QVERIFY2(f.field.isEmpty() || fieldLabel(f.field) != f.field, qPrintable(f.field));
    }

    void compliantCampaignsPass_data()
    {
        QTest::addColumn<QJsonObject>("campaign");
        QTest::newRow("account notifications") << parse(kCompliant);
        QTest::newRow("marketing") << patched(parse(kCompliant), parse(kMarketingPatch));
        QTest::newRow("two-factor") << patched(parse(kCompliant), parse(kTwoFactorPatch));
    }
    void compliantCampaignsPass()
    {
        QFETCH(QJsonObject, campaign);
        const Findings findings = lintCampaign(campaign, context(Situation::BrandKnown));
        QVERIFY2(findings.count(Severity::Error) == 0 && findings.count(Severity::Warning) == 0,
                 qPrintable(describe(findings)));
        QCOMPARE(findings.rulesVersion, QString::fromLatin1(pack::kVersion));
    }

    // Each rule: failing examples (found) and passing ones (not found), each a small change to the compliant campaign.
    void everyRule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<Situation>("situation");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("field");
        const auto B = Situation::BrandKnown;
        auto row = [](const char *name, const char *rule, const QJsonObject &patch, Situation situation, bool found,
                      const char *field = "") {
            QTest::newRow(name) << QString::fromLatin1(rule) << patch << situation << found
                                << QString::fromLatin1(field);
        };
        auto set = [](const char *key, const QJsonValue &value) {
            return QJsonObject{{QString::fromLatin1(key), value}};
        };

        row("S01 blank name", "S01", set("name", QStringLiteral("   ")), B, true, "name");
        row("S01 no type", "S01", set("type", QJsonValue::Null), B, true, "type");
        row("S01 pass", "S01", {}, B, false);
        row("S02 short description", "S02", set("description", QStringLiteral("Acme Dental texts patients.")), B, true,
            "description");
        row("S02 long description", "S02", set("description", QString(4097, QLatin1Char('a'))), B, true, "description");
        row("S02 pass", "S02", {}, B, false);
        row("S03 no use case", "S03", set("useCases", QJsonArray()), B, true, "useCases");
        row("S03 unknown use case", "S03", withSamples(QStringLiteral("REMINDERS"), {kSample, kSample2}), B, true,
            "useCases[0].messagingUseCaseUs");
        row("S03 pass, lower case", "S03", withSamples(QStringLiteral("customer_care"), {kSample, kSample2}), B, false);
        {
            QJsonObject twice = withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {kSample});
            QJsonArray useCases = twice.value(QLatin1String("useCases")).toArray();
            useCases.append(withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {kSample2})
                                .value(QLatin1String("useCases"))
                                .toArray()
                                .first());
            row("S04 repeated", "S04", set("useCases", useCases), B, true, "useCases[1]");
        }
        row("S04 pass", "S04", {}, B, false);
        row("S05 six samples", "S05", withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), QStringList(6, kSample)), B,
            true, "useCases[0].sampleMessages");
        row("S05 none", "S05", withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {}), B, true,
            "useCases[0].sampleMessages");
        row("S05 pass", "S05", {}, B, false);
        row("S06 short", "S06",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {kSample, QStringLiteral("Hi {name}!")}), B, true,
            "useCases[0].sampleMessages[1]");
        row("S06 long", "S06",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {kSample + QString(1024, QLatin1Char('x'))}), B, true,
            "useCases[0].sampleMessages[0]");
        row("S06 pass", "S06", {}, B, false);
        row("S07 one marketing sample", "S07", withSamples(QStringLiteral("MARKETING"), {kSample}), B, true,
            "useCases[0].sampleMessages");
        row("S07 one low-volume sample", "S07", withSamples(QStringLiteral("LOW_VOLUME"), {kSample}), B, true,
            "useCases[0].sampleMessages");
        row("S07 pass, one notification", "S07", withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {kSample}), B,
            false);
        row("S08 same but placeholders", "S08",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {kSample,
                         QStringLiteral("Acme Dental:  your cleaning is confirmed for [day]. reply STOP to opt out.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("S08 pass", "S08", {}, B, false);
        row("S09 missing", "S09", set("messageFlow", QJsonValue::Null), B, true, "messageFlow");
        row("S09 short", "S09", set("messageFlow", QStringLiteral("Website form.")), B, true, "messageFlow");
        row("S09 pass", "S09", {}, B, false);
        row("S10 short", "S10", set("optinMessage", QStringLiteral("Subscribed.")), B, true, "optinMessage");
        row("S10 pass, empty", "S10", set("optinMessage", QJsonValue::Null), B, false);
        row("S11 no opt-out message", "S11", set("optoutMessage", QStringLiteral("")), B, true, "optoutMessage");
        row("S11 short help message", "S11", set("helpMessage", QStringLiteral("Call us.")), B, true, "helpMessage");
        row("S11 pass, two-factor", "S11", parse(kTwoFactorPatch), B, false);
        row("S12 empty item", "S12", set("optoutKeywords", QStringLiteral("STOP,,END")), B, true, "optoutKeywords");
        row("S12 two words", "S12", set("optinKeywords", QStringLiteral("START, OPT IN")), B, true, "optinKeywords");
        row("S12 twice", "S12", set("helpKeywords", QStringLiteral("HELP, help")), B, true, "helpKeywords");
        row("S12 too long", "S12",
            set("optinKeywords", QStringList(60, QStringLiteral("START")).join(QStringLiteral(","))), B, true,
            "optinKeywords");
        row("S12 pass", "S12", {}, B, false);
        row("S13 no STOP", "S13", set("optoutKeywords", QStringLiteral("END, CANCEL")), B, true, "optoutKeywords");
        row("S13 pass, lower case", "S13", set("optoutKeywords", QStringLiteral("stop, quit")), B, false);
        row("S14 no HELP", "S14", set("helpKeywords", QStringLiteral("INFO")), B, true, "helpKeywords");
        row("S14 pass", "S14", {}, B, false);
        row("S15 http", "S15", set("privacyPolicyLink", QStringLiteral("http://acmedental.example/privacy")), B, true,
            "privacyPolicyLink");
        row("S15 no scheme", "S15", set("termsAndConditionsLink", QStringLiteral("acmedental.example/terms")), B, true,
            "termsAndConditionsLink");
        row("S15 pass", "S15", {}, B, false);
        row("S16 no privacy link", "S16", set("privacyPolicyLink", QJsonValue::Null), B, true, "privacyPolicyLink");
        row("S16 pass", "S16", {}, B, false);
        row("S17 thousands separator", "S17", set("volume", QStringLiteral("5,000")), B, true, "volume");
        row("S17 a number, not text", "S17", set("volume", 5000), B, true, "volume");
        row("S17 pass, absent", "S17", set("volume", QJsonValue::Null), B, false);
        row("S18 low volume", "S18", set("volume", QStringLiteral("1500")), B, true, "volume");
        row("S18 pass", "S18", {}, B, false);

        row("C01 shortener in a sample", "C01",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample, QStringLiteral("Acme Dental: directions at bit.ly/acme-map. Reply STOP to opt out.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C01 shortener as a link", "C01",
            set("termsAndConditionsLink", QStringLiteral("https://tinyurl.com/acme-terms")), B, true,
            "termsAndConditionsLink");
        row("C01 pass, own domain", "C01", {}, B, false);
        row("C02 brand not named", "C02",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {QStringLiteral("Your cleaning is confirmed for {date}. Reply STOP to opt out."),
                         QStringLiteral("See you tomorrow at {time}. Reply HELP for help.")}),
            B, true, "useCases[0].sampleMessages");
        row("C02 pass, legal name", "C02",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {QStringLiteral("ACME DENTAL CARE LLC: cleaning confirmed for {date}. Reply STOP to opt out."),
                         kSample2}),
            B, false);
        row("C03 no opt-out in samples", "C03",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {QStringLiteral("Acme Dental: your cleaning is confirmed for {date}."), kSample2}),
            B, true, "useCases[0].sampleMessages");
        row("C03 pass, Text STOP", "C03",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {QStringLiteral("Acme Dental: cleaning on {date}. Text STOP to quit."), kSample2}),
            B, false);
        row("C04 offer in a notification", "C04",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample, QStringLiteral("Acme Dental: use coupon SMILE at your visit. Reply STOP to opt out.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C04 pass, marketing", "C04", parse(kMarketingPatch), B, false);
        row("C04 pass, dealer is not deal", "C04",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample, QStringLiteral("Acme Dental: the dealer dropped off your chair. Reply STOP to end.")}),
            B, false);
        row("C05 cannabis", "C05",
            set("description",
                QStringLiteral(
                    "Acme Dental sends its patients reminders and news about our CBD pain relief products.")),
            B, true, "description");
        row("C05 pass, Sussex is not sex", "C05",
            set("description",
                QStringLiteral("Acme Dental of Sussex sends its patients appointment reminders by text message.")),
            B, false);
        row("C06 flow without rates", "C06",
            set("messageFlow",
                QStringLiteral(
                    "Patients opt in on the Acme Dental website form. Msg frequency varies. Reply HELP for help, "
                    "STOP to cancel. Terms and privacy policy are linked on the form.")),
            B, true, "messageFlow");
        row("C06 pass", "C06", {}, B, false);
        row("C07 opt-in without frequency", "C07",
            set("optinMessage",
                QStringLiteral(
                    "Acme Dental: you are subscribed. Msg & data rates may apply. Reply HELP for help, STOP to cancel.")),
            B, true, "optinMessage");
        row("C07 pass", "C07", {}, B, false);
        row("C08 no confirmation", "C08",
            set("optoutMessage", QStringLiteral("Acme Dental: reply START to resubscribe at any time.")), B, true,
            "optoutMessage");
        row("C08 pass", "C08", {}, B, false);
        row("C09 no contact", "C09",
            set("helpMessage", QStringLiteral("Acme Dental: we are happy to help with your appointments.")), B, true,
            "helpMessage");
        row("C09 pass, web address", "C09",
            set("helpMessage",
                QStringLiteral("Acme Dental: help at https://acmedental.example/help. Reply STOP to end.")),
            B, false);
        row("C09 pass, a host with a subdomain", "C09",
            set("helpMessage", QStringLiteral("Acme Dental: answers at help.acmedental.com. Reply STOP to end.")), B,
            false);
        row("C09 pass, e-mail", "C09",
            set("helpMessage", QStringLiteral("Acme Dental: write to care@mail.acmedental.com. Reply STOP to end.")), B,
            false);
        row("C10 Spanish", "C10",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample,
                 QStringLiteral("Acme Dental: su cita está confirmada para mañana. Responda STOP para cancelar.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C10 Chinese", "C10",
            set("optoutMessage",
                QStringLiteral("Acme Dental：您已成功退订，将不会再收到任何短信通知。谢谢您的支持与理解。")),
            B, true, "optoutMessage");
        row("C10 German", "C10",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {kSample,
                         QStringLiteral("Acme Dental: Ihr Termin ist morgen um 10 Uhr. Antworten Sie STOP, "
                                        "um sich abzumelden.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C10 French", "C10",
            set("helpMessage",
                QStringLiteral("Acme Dental : pour de l'aide, appelez le 1-800-555-0100. Répondez STOP "
                               "pour vous désabonner.")),
            B, true, "helpMessage");
        row("C10 pass", "C10", {}, B, false);
        row("C10 pass, plain English made of names and rarer words", "C10",
            set("description", QStringLiteral("Elm Street Dentists sends patients recall notices every six months.")),
            B, false);
        row("C10 pass, English with a foreign greeting", "C10",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {kSample,
                         QStringLiteral("Acme Dental: Hola {name}! Your cleaning is tomorrow at {time}. "
                                        "Reply HELP for help.")}),
            B, false);
        row("C11 link in a sample", "C11",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample,
                 QStringLiteral(
                     "Acme Dental: fill in your forms at https://acmedental.example/f/{id}. Reply STOP to end.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C11 link without a scheme, on a subdomain", "C11",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {kSample,
                         QStringLiteral("Acme Dental: book again at offers.acmedental.com/book. Reply STOP to "
                                        "end.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C11 pass, disclosed", "C11",
            patched(
                set("description",
                    QStringLiteral("Acme Dental sends its patients reminders, with a link to their intake forms.")),
                withSamples(
                    QStringLiteral("ACCOUNT_NOTIFICATION"),
                    {kSample,
                     QStringLiteral(
                         "Acme Dental: fill in your forms at https://acmedental.example/f/{id}. Reply STOP to end.")})),
            B, false);
        row("C12 mixed placeholders", "C12",
            withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                        {kSample, QStringLiteral("Acme Dental: see you at [time], {name}. Reply HELP for help.")}),
            B, true, "useCases[0].sampleMessages");
        row("C12 pass", "C12", {}, B, false);
        row("C13 vague description", "C13",
            set("description",
                QStringLiteral("Appointment reminders and confirmations sent by text for upcoming visits.")),
            B, true, "description");
        row("C13 pass, recipients known, brand unknown", "C13",
            set("description",
                QStringLiteral("Reminders and confirmations sent by text to patients with upcoming visits.")),
            Situation::NothingKnown, false);
        row("C14 SSN", "C14",
            withSamples(
                QStringLiteral("ACCOUNT_NOTIFICATION"),
                {kSample, QStringLiteral("Acme Dental: we have your SSN 123-45-6789 on file. Reply STOP to end.")}),
            B, true, "useCases[0].sampleMessages[1]");
        row("C14 card", "C14",
            set("helpMessage",
                QStringLiteral("Acme Dental: card 4111 1111 1111 1111 was charged. Call 1-800-555-0100.")),
            B, true, "helpMessage");
        row("C14 pass, phone number", "C14", {}, B, false);

        row("P01 no brand", "P01", {}, Situation::NoBrand, true);
        row("P01 pass", "P01", {}, B, false);
        row("P02 inherits campaigns", "P02", {}, Situation::InheritsCampaigns, true);
        row("P02 pass", "P02", {}, B, false);
        row("P03 submitted", "P03", {}, Situation::Submitted, true);
        row("P03 pass", "P03", {}, B, false);
        row("P04 about to submit", "P04", {}, Situation::WillSubmit, true);
        row("P04 pass, only checking", "P04", {}, B, false);
    }
    void everyRule()
    {
        QFETCH(QString, rule);
        QFETCH(QJsonObject, patch);
        QFETCH(Situation, situation);
        QFETCH(bool, found);
        QFETCH(QString, field);
        const Findings findings = lintCampaign(patched(parse(kCompliant), patch), context(situation));
        const QList<Finding> matching = findings.byRule(rule);
        QVERIFY2(matching.isEmpty() != found, qPrintable(describe(findings)));
        if (!found)
            return;
        if (!field.isEmpty())
            QVERIFY2(std::any_of(matching.begin(), matching.end(), [&](const Finding &f) { return f.field == field; }),
                     qPrintable(describe(findings)));
        const pack::Rule &r = pack::rule(rule.toLatin1().constData());
        for (const Finding &f : matching) {
            QVERIFY(!f.message.isEmpty());
            QCOMPARE(f.hint, pack::hint(r));
            QVERIFY(!f.category.isEmpty());
        }
    }

    void everyRuleOfTheDocumentIsInThePack()
    {
        QStringList ids;
        for (const pack::Rule &r : pack::rules()) {
            QVERIFY(!ids.contains(QString::fromLatin1(r.id)));
            ids << QString::fromLatin1(r.id);
            QVERIFY(!pack::title(r).isEmpty() && !pack::hint(r).isEmpty());
        }
        QStringList expected;
        for (int i = 1; i <= 18; ++i)
            expected << QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0'));
        for (int i = 1; i <= 14; ++i)
            expected << QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
        expected << QStringLiteral("P01") << QStringLiteral("P02") << QStringLiteral("P03") << QStringLiteral("P04");
        QCOMPARE(ids, expected);
    }

    void severitiesAndOrder()
    {
        // A present opt-out message out of range is an error; a missing one a warning.
        Findings f =
            lintCampaign(patched(parse(kCompliant), {{QStringLiteral("optoutMessage"), QStringLiteral("Bye.")}}),
                         context(Situation::BrandKnown));
        QCOMPARE(f.byRule(QStringLiteral("S11")).first().severity, Severity::Error);
        f = lintCampaign(patched(parse(kCompliant), {{QStringLiteral("optoutMessage"), QJsonValue::Null}}),
                         context(Situation::BrandKnown));
        QCOMPARE(f.byRule(QStringLiteral("S11")).first().severity, Severity::Warning);
        // Errors first, then warnings, then notes.
        QJsonObject bad = patched(parse(kCompliant),
                                  {{QStringLiteral("name"), QString()},
                                   {QStringLiteral("volume"), QStringLiteral("10")},
                                   {QStringLiteral("privacyPolicyLink"), QJsonValue::Null}});
        f = lintCampaign(bad, context(Situation::BrandKnown));
        QVERIFY(f.hasErrors());
        for (qsizetype i = 1; i < f.items.size(); ++i)
            QVERIFY(int(f.items[i - 1].severity) <= int(f.items[i].severity));
        QCOMPARE(f.forField(QStringLiteral("name")).size(), 1);
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QLatin1String("errors")).toInt(), f.count(Severity::Error));
        QCOMPARE(json.value(QLatin1String("rules_version")).toString(), QString::fromLatin1(pack::kVersion));
        QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), f.items.size());
    }

    void costIsShownBeforeSubmitting()
    {
        const Findings f = lintCampaign(parse(kCompliant), context(Situation::WillSubmitWithCost));
        QVERIFY2(f.byRule(QStringLiteral("P04")).first().message.contains(QLatin1String("4.00")),
                 qPrintable(describe(f)));
    }

    void withoutContextTheBrandRulesAreSkipped()
    {
        QJsonObject anonymous =
            patched(parse(kCompliant),
                    withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"),
                                {QStringLiteral("Your cleaning is confirmed for {date}. Reply STOP to opt out."),
                                 QStringLiteral("See you tomorrow at {time}. Reply HELP for help.")}));
        QVERIFY(lintCampaign(anonymous, context(Situation::NothingKnown)).byRule(QStringLiteral("C02")).isEmpty());
        QVERIFY(!lintCampaign(anonymous, context(Situation::BrandKnown)).byRule(QStringLiteral("C02")).isEmpty());
        QVERIFY(
            lintCampaign(parse(kCompliant), context(Situation::NothingKnown)).byRule(QStringLiteral("P01")).isEmpty());
    }

    // A pasted page in every field: the length rules say each field's real length, the content rules read a bounded
    // part of it (in one pass: the runs that made the address and e-mail patterns quadratic are here), and no finding
    // quotes more than a line of it. Without the bound this takes minutes and the test times out.
    void pastedPagesAreLintedAndQuotedInPart()
    {
        const qsizetype n = 1'000'000;
        // Runs of name characters without a dot or an @, split by hyphens: the worst case for the address and
        // e-mail patterns, which once tried every position of a run again.
        const QString run = QStringLiteral("a-").repeated(n / 2);
        const QString words = QStringLiteral("word ").repeated(n / 5); // plain English, a million characters
        const QString dotted = QStringLiteral("a.").repeated(n / 2);   // a host of half a million labels
        QJsonObject campaign = parse(kCompliant);
        campaign.insert(QStringLiteral("description"), words);
        campaign.insert(QStringLiteral("messageFlow"), dotted);
        campaign.insert(QStringLiteral("helpMessage"), QString(QStringLiteral("Acme Dental: ") + run));
        campaign.insert(QStringLiteral("optoutKeywords"), run);
        campaign.insert(QStringLiteral("privacyPolicyLink"), QString(QStringLiteral("https://") + run));
        campaign =
            patched(campaign, withSamples(QStringLiteral("ACCOUNT_NOTIFICATION"), {run, QString(kSample2 + run)}));
        campaign.insert(QStringLiteral("name"), QStringLiteral("{").repeated(n));

        const Findings f = lintCampaign(campaign, context(Situation::BrandKnown));
        const QString length = QString::number(n);
        QVERIFY2(f.byRule(QStringLiteral("S02")).value(0).message.contains(QString::number(words.trimmed().size())),
                 qPrintable(describe(f)));
        QVERIFY2(f.byRule(QStringLiteral("S09")).value(0).message.contains(length), qPrintable(describe(f)));
        QCOMPARE(f.byRule(QStringLiteral("S06")).size(), 2);
        QVERIFY(f.byRule(QStringLiteral("S06")).value(1).message.contains(QString::number(kSample2.size() + n)));
        QVERIFY(f.byRule(QStringLiteral("S12")).value(0).message.contains(length));
        QVERIFY(f.byRule(QStringLiteral("S15")).value(0).message.contains(QString::number(n + 8)));
        // The help message's part that was read names no contact.
        QVERIFY2(!f.byRule(QStringLiteral("C09")).isEmpty(), qPrintable(describe(f)));
        for (const Finding &finding : f.items)
            QVERIFY2(finding.message.size() < 300,
                     qPrintable(finding.ruleId + QLatin1Char(' ') + finding.message.left(80)));
    }

    void garbageDoesNotCrash()
    {
        const QJsonObject weird{
            {QStringLiteral("useCases"),
             QJsonArray{42, QStringLiteral("x"), QJsonObject{{QStringLiteral("sampleMessages"), 7}}}},
            {QStringLiteral("name"), 12},
            {QStringLiteral("optoutKeywords"), QJsonArray{}}};
        const Findings f = lintCampaign(weird);
        QVERIFY(f.hasErrors());
        QVERIFY(!f.byRule(QStringLiteral("S01")).isEmpty());
        QVERIFY(!f.byRule(QStringLiteral("S03")).isEmpty());
        QVERIFY(lintCampaign(QJsonObject()).hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
