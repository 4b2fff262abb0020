// Campaign fixtures for the linter tests (raw JSON; kept out of the moc-scanned test file).
#include "lintfixtures.h"

#include <QJsonDocument>

// A campaign that a registry reviewer would pass: every rule's passing example starts from it.
const char kCompliant[] = R"({
  "name": "Acme Dental appointment reminders",
  "description": "Acme Dental sends its patients appointment reminders, confirmations and care instructions by text message.",
  "type": "App",
  "volume": "5000",
  "useCases": [{"messagingUseCaseUs": "ACCOUNT_NOTIFICATION", "sampleMessages": [
    "Acme Dental: Hi {name}, your cleaning is confirmed for {date} at {time}. Reply STOP to opt out.",
    "Acme Dental: reminder, your appointment with Dr. {doctor} is tomorrow at {time}. Reply HELP for help."]}],
  "messageFlow": "Patients opt in on the Acme Dental website appointment form by checking an unchecked box to receive text reminders. The form states: Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms: https://acmedental.example/terms Privacy: https://acmedental.example/privacy",
  "privacyPolicyLink": "https://acmedental.example/privacy",
  "termsAndConditionsLink": "https://acmedental.example/terms",
  "optinMessage": "Acme Dental: you are subscribed to appointment reminders. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
  "optoutMessage": "Acme Dental: you are unsubscribed and will receive no further messages.",
  "helpMessage": "Acme Dental: for help call 1-800-555-0100 or e-mail help@acmedental.example. Reply STOP to opt out.",
  "optinKeywords": "START, YES",
  "optoutKeywords": "STOP, END, CANCEL",
  "helpKeywords": "HELP, INFO"
})";

// The same brand's marketing program, and a two-factor one (which needs no STOP/HELP replies).
const char kMarketingPatch[] = R"({
  "name": "Acme Dental offers",
  "description": "Acme Dental sends its patients who signed up seasonal offers on whitening and check-ups.",
  "useCases": [{"messagingUseCaseUs": "MARKETING", "sampleMessages": [
    "Acme Dental: spring sale! 20% off whitening until May 31. Book at the front desk. Reply STOP to opt out.",
    "Acme Dental: {name}, check-ups are free this month for members. Call us to book. Reply STOP to end."]}]
})";
const char kTwoFactorPatch[] = R"({
  "name": "Acme Dental sign-in codes",
  "description": "Acme Dental sends patients a one-time code when they sign in to the patient portal.",
  "useCases": [{"messagingUseCaseUs": "TWO_FA", "sampleMessages": [
    "Acme Dental: your sign-in code is {code}. It expires in 10 minutes."]}],
  "optinMessage": null, "optoutMessage": null, "helpMessage": null,
  "optinKeywords": null, "optoutKeywords": null, "helpKeywords": null
})";

QJsonObject templatedCompliant(const QString &name)
{
    QByteArray text = kCompliant;
    text.replace("Acme Dental", "{{brand_name}}");
    QJsonObject campaign = QJsonDocument::fromJson(text).object();
    if (!name.isEmpty())
        campaign.insert(QStringLiteral("name"), name);
    return campaign;
}
