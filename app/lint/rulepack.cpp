#include "rulepack.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace cd::lint::pack {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Sources: TCR's CSP API schema and campaign knowledge base, Twilio and Telnyx error pages, sent.dm's validator
// guidance (see ../shared/tcr-rules.md).
const Rule kRules[] = {
    // Shape
    {"S01", E, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Required field is empty"),
     QT_TRANSLATE_NOOP("cd::lint", "Fill in the campaign's name, description and type.")},
    {"S02", E, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Description length"),
     QT_TRANSLATE_NOOP("cd::lint", "Describe in 40 to 4,096 characters who sends the messages, to whom, and why.")},
    {"S03", E, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Use case"),
     QT_TRANSLATE_NOOP("cd::lint", "Add at least one use case and choose its type from the registry's list.")},
    {"S04", E, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Use case repeated"),
     QT_TRANSLATE_NOOP("cd::lint", "Put all samples of one use case under a single entry.")},
    {"S05", E, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Number of samples"),
     QT_TRANSLATE_NOOP("cd::lint", "Give each use case between 1 and 5 sample messages.")},
    {"S06", E, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Sample length"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Write each sample as the full message a subscriber receives: 20 to 1,024 characters.")},
    {"S07", E, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Two samples needed"),
     QT_TRANSLATE_NOOP("cd::lint", "Marketing, mixed and low-volume use cases need at least two different samples.")},
    {"S08", W, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Samples alike"),
     QT_TRANSLATE_NOOP("cd::lint", "Make every sample show a different message the program sends.")},
    {"S09", E, "CALL_TO_ACTION", QT_TRANSLATE_NOOP("cd::lint", "Message flow"),
     QT_TRANSLATE_NOOP("cd::lint", "Explain in 40 to 2,048 characters how people opt in, step by step.")},
    {"S10", E, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Opt-in message length"),
     QT_TRANSLATE_NOOP("cd::lint", "Leave the opt-in message empty or write 20 to 1,024 characters.")},
    {"S11", W, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Opt-out and help messages"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Give the reply sent on STOP and the one sent on HELP (20 to 1,024 characters each).")},
    {"S12", E, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Keyword list"),
     QT_TRANSLATE_NOOP("cd::lint", "List single words separated by commas, each once, at most 255 characters in all.")},
    {"S13", E, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "STOP keyword"),
     QT_TRANSLATE_NOOP("cd::lint", "Include STOP among the opt-out keywords.")},
    {"S14", E, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "HELP keyword"),
     QT_TRANSLATE_NOOP("cd::lint", "Include HELP among the help keywords.")},
    {"S15", E, "PRIVACY_POLICY", QT_TRANSLATE_NOOP("cd::lint", "Link"),
     QT_TRANSLATE_NOOP("cd::lint", "Use a complete https:// address of a public page, at most 2,048 characters.")},
    {"S16", W, "PRIVACY_POLICY", QT_TRANSLATE_NOOP("cd::lint", "Privacy policy missing"),
     QT_TRANSLATE_NOOP("cd::lint", "Link the brand's privacy policy; reviewers check that it covers text messaging.")},
    {"S17", E, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Volume"),
     QT_TRANSLATE_NOOP("cd::lint", "Give the expected messages per month as a whole number, e.g. 5000.")},
    {"S18", I, "OTHER", QT_TRANSLATE_NOOP("cd::lint", "Low-volume tier"),
     QT_TRANSLATE_NOOP("cd::lint", "Below 2,000 messages a month the campaign is billed in the low-volume tier.")},
    // Content and consistency
    {"C01", E, "DISALLOWED_CONTENT", QT_TRANSLATE_NOOP("cd::lint", "Public link shortener"),
     QT_TRANSLATE_NOOP("cd::lint", "Carriers block public shorteners: use a link on the brand's own domain.")},
    {"C02", W, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Brand not named"),
     QT_TRANSLATE_NOOP("cd::lint", "Start at least one sample with the brand's name, e.g. “Acme: your order…”.")},
    {"C03", W, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "No opt-out in samples"),
     QT_TRANSLATE_NOOP("cd::lint", "End at least one sample with “Reply STOP to opt out.”")},
    {"C04", W, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Promotional wording"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Remove the offer, or register the promotional messages under a MARKETING use case.")},
    {"C05", W, "DISALLOWED_CONTENT", QT_TRANSLATE_NOOP("cd::lint", "Restricted content"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Sex, hate, alcohol, firearms, tobacco, cannabis, debt and gambling content is "
                       "refused or needs special vetting: check that the campaign really needs it.")},
    {"C06", W, "CALL_TO_ACTION", QT_TRANSLATE_NOOP("cd::lint", "Message flow incomplete"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Say how consent is collected and what the person sees there: the program, message "
                       "frequency, “Msg & data rates may apply”, STOP and HELP, and the terms "
                       "and privacy links.")},
    {"C07", W, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Opt-in message incomplete"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "e.g. “Acme: you're subscribed to order updates. Msg frequency varies. Msg & "
                       "data rates may apply. Reply HELP for help, STOP to opt out.”")},
    {"C08", W, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Opt-out message incomplete"),
     QT_TRANSLATE_NOOP("cd::lint", "e.g. “Acme: you're unsubscribed and will receive no further messages.”")},
    {"C09", W, "MANDATORY_MESSAGE_TERMINOLOGY", QT_TRANSLATE_NOOP("cd::lint", "Help message incomplete"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "e.g. “Acme: for help e-mail support@acme.example or call 1-800-555-0100. "
                       "Reply STOP to opt out.”")},
    {"C10", W, "OTHER", QT_TRANSLATE_NOOP("cd::lint", "Not in English"),
     QT_TRANSLATE_NOOP("cd::lint", "Registry reviewers read English: write the campaign's texts in English.")},
    {"C11", I, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Embedded link or number"),
     QT_TRANSLATE_NOOP("cd::lint", "Say in the description that messages contain links or phone numbers.")},
    {"C12", I, "SAMPLE_MESSAGE", QT_TRANSLATE_NOOP("cd::lint", "Placeholder style"),
     QT_TRANSLATE_NOOP("cd::lint", "Write placeholders one way throughout, e.g. {name}.")},
    {"C13", W, "CAMPAIGN_DESCRIPTION_OR_ATTRIBUTES", QT_TRANSLATE_NOOP("cd::lint", "Description vague"),
     QT_TRANSLATE_NOOP("cd::lint",
                       "Name the brand and the recipients, e.g. “Acme sends its customers order and "
                       "delivery updates.”")},
    {"C14", W, "DISALLOWED_CONTENT", QT_TRANSLATE_NOOP("cd::lint", "Personal data"),
     QT_TRANSLATE_NOOP("cd::lint", "Replace real numbers with placeholders such as {account_number}.")},
    // Campaign and profile state
    {"P01", E, "BRAND_INCONSISTENCIES", QT_TRANSLATE_NOOP("cd::lint", "No brand"),
     QT_TRANSLATE_NOOP("cd::lint", "Give the profile a brand (its own, or inherit the organization's) first.")},
    {"P02", E, "OTHER", QT_TRANSLATE_NOOP("cd::lint", "Inherited campaigns"),
     QT_TRANSLATE_NOOP("cd::lint", "Turn off “inherit campaigns” on the profile to give it campaigns of its own.")},
    {"P03", E, "OTHER", QT_TRANSLATE_NOOP("cd::lint", "Already submitted"),
     QT_TRANSLATE_NOOP("cd::lint", "A campaign submitted to TCR cannot change: create a new campaign instead.")},
    {"P04", I, "OTHER", QT_TRANSLATE_NOOP("cd::lint", "Billing"),
     QT_TRANSLATE_NOOP("cd::lint", "Check the cost before submitting.")},
};

QStringList wordList(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list.append(QString::fromUtf8(w));
    return list;
}

} // namespace

std::span<const Rule> rules()
{
    return kRules;
}

const Rule &rule(const char *id)
{
    const auto it =
        std::find_if(std::begin(kRules), std::end(kRules), [id](const Rule &r) { return std::strcmp(r.id, id) == 0; });
    Q_ASSERT_X(it != std::end(kRules), "cd::lint::pack::rule", id);
    return it != std::end(kRules) ? *it : kRules[0];
}

QString title(const Rule &rule)
{
    return QCoreApplication::translate("cd::lint", rule.title);
}

QString hint(const Rule &rule)
{
    return QCoreApplication::translate("cd::lint", rule.hint);
}

const QStringList &useCases()
{
    static const QStringList list =
        wordList({"MARKETING", "ACCOUNT_NOTIFICATION", "CUSTOMER_CARE", "FRAUD_ALERT", "TWO_FA",
                  "DELIVERY_NOTIFICATION", "SECURITY_ALERT", "M2M", "MIXED", "HIGHER_EDUCATION", "POLLING_VOTING",
                  "PUBLIC_SERVICE_ANNOUNCEMENT", "LOW_VOLUME"});
    return list;
}

const QStringList &twoSampleUseCases()
{
    static const QStringList list = wordList({"MARKETING", "MIXED", "LOW_VOLUME"});
    return list;
}

const QStringList &optOutExemptUseCases()
{
    static const QStringList list = wordList({"TWO_FA", "M2M"});
    return list;
}

// MIXED and LOW_VOLUME campaigns may carry marketing among their messages; the registry expects offers there.
const QStringList &promotionalUseCases()
{
    static const QStringList list = wordList({"MARKETING", "MIXED", "LOW_VOLUME"});
    return list;
}

const QStringList &urlShorteners()
{
    static const QStringList list = wordList({"bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly",
                                              "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy"});
    return list;
}

const QStringList &promotionalTerms()
{
    static const QStringList list = wordList({"sale", "% off", "discount", "promo", "promo code", "coupon", "deal",
                                              "deals", "free gift", "limited time", "buy now"});
    return list;
}

// SHAFT-C and the registry's restricted financial categories.
const QStringList &prohibitedTerms()
{
    static const QStringList list = wordList({
        "sex",
        "sexual",
        "porn",
        "adult content",
        "escort", // sex
        "hate",
        "racist", // hate
        "alcohol",
        "beer",
        "wine",
        "liquor",
        "vodka",
        "whiskey", // alcohol
        "firearm",
        "firearms",
        "gun",
        "guns",
        "ammo",
        "ammunition",
        "rifle", // firearms
        "tobacco",
        "cigarette",
        "cigarettes",
        "cigar",
        "vape",
        "vaping",
        "e-cigarette", // tobacco
        "cannabis",
        "marijuana",
        "cbd",
        "thc",
        "dispensary", // cannabis
        "credit repair",
        "debt relief",
        "debt collection",
        "debt consolidation", // debt
        "payday loan",
        "payday loans",
        "cash advance", // payday lending
        "gambling",
        "casino",
        "betting",
        "sportsbook",
        "sweepstakes",
        "lottery", // gambling
    });
    return list;
}

const QStringList &recipientWords()
{
    static const QStringList list = wordList(
        {"customer",     "customers",     "patient",     "patients",   "member",    "members",        "user",
         "users",        "subscriber",    "subscribers", "client",     "clients",   "student",        "students",
         "employee",     "employees",     "resident",    "residents",  "guest",     "guests",         "parent",
         "parents",      "donor",         "donors",      "shopper",    "shoppers",  "account holder", "account holders",
         "policyholder", "policyholders", "tenant",      "tenants",    "buyer",     "buyers",         "visitor",
         "visitors",     "staff",         "volunteer",   "volunteers", "applicant", "applicants",     "recipient",
         "recipients",   "citizen",       "citizens",    "owner",      "owners"});
    return list;
}

const QStringList &consentMethods()
{
    static const QStringList list =
        wordList({"web form", "website",    "web site", "online form", "form",    "checkbox", "check box",
                  "keyword",  "texts",      "text",     "texting",     "paper",   "written",  "verbal",
                  "verbally", "in person",  "in-store", "phone call",  "sign up", "signs up", "sign-up",
                  "app",      "mobile app", "qr code",  "checkout",    "opt-in",  "opt in",   "opts in"});
    return list;
}

const QStringList &frequencyPhrases()
{
    static const QStringList list =
        wordList({"msg frequency", "message frequency", "frequency varies", "msg freq", "recurring", "per day",
                  "per week", "per month", "a day", "a week", "a month", "daily", "weekly", "monthly", "one message",
                  "one-time", "one time"});
    return list;
}

const QStringList &optOutConfirmations()
{
    static const QStringList list = wordList({"no further messages", "no more messages", "will not receive",
                                              "won't receive", "will no longer receive", "no longer receive",
                                              "unsubscribed", "opted out", "have been removed", "been removed"});
    return list;
}

// Frequent in any English text of a few words (and in text messages: msg, reply, txt).
// Function words frequent in any English text of a few words, and rare in other languages (words that texts in
// any language borrow, such as STOP, HELP, SMS or "data", are not among them).
// The most frequent English words and the words of the messages businesses send (C10): a text in English has some
// of them in nearly every sentence.
const QStringList &commonEnglishWords()
{
    static const QStringList list = wordList({"the",
                                              "a",
                                              "an",
                                              "to",
                                              "you",
                                              "your",
                                              "yours",
                                              "for",
                                              "and",
                                              "or",
                                              "of",
                                              "is",
                                              "are",
                                              "was",
                                              "were",
                                              "on",
                                              "in",
                                              "at",
                                              "we",
                                              "our",
                                              "us",
                                              "this",
                                              "that",
                                              "these",
                                              "those",
                                              "with",
                                              "from",
                                              "has",
                                              "have",
                                              "had",
                                              "been",
                                              "be",
                                              "will",
                                              "would",
                                              "can",
                                              "could",
                                              "should",
                                              "it",
                                              "its",
                                              "by",
                                              "not",
                                              "no",
                                              "yes",
                                              "if",
                                              "here",
                                              "there",
                                              "now",
                                              "new",
                                              "all",
                                              "any",
                                              "each",
                                              "every",
                                              "some",
                                              "more",
                                              "most",
                                              "other",
                                              "than",
                                              "then",
                                              "also",
                                              "just",
                                              "only",
                                              "very",
                                              "when",
                                              "who",
                                              "how",
                                              "why",
                                              "what",
                                              "which",
                                              "where",
                                              "about",
                                              "after",
                                              "before",
                                              "into",
                                              "out",
                                              "over",
                                              "up",
                                              "down",
                                              "off",
                                              "per",
                                              "via",
                                              "as",
                                              "so",
                                              "do",
                                              "does",
                                              "did",
                                              "done",
                                              "get",
                                              "got",
                                              "make",
                                              "made",
                                              "need",
                                              "use",
                                              "see",
                                              "know",
                                              "want",
                                              "like",
                                              "they",
                                              "them",
                                              "their",
                                              "he",
                                              "she",
                                              "his",
                                              "her",
                                              "my",
                                              "me",
                                              "i",
                                              "one",
                                              "two",
                                              "three",
                                              "four",
                                              "five",
                                              "six",
                                              "seven",
                                              "eight",
                                              "nine",
                                              "ten",
                                              "first",
                                              "next",
                                              "last",
                                              "day",
                                              "days",
                                              "week",
                                              "weeks",
                                              "month",
                                              "months",
                                              "year",
                                              "years",
                                              "time",
                                              "times",
                                              "hour",
                                              "hours",
                                              "minute",
                                              "minutes",
                                              "today",
                                              "tomorrow",
                                              "tonight",
                                              "please",
                                              "thanks",
                                              "thank",
                                              "welcome",
                                              "hi",
                                              "hello",
                                              "dear",
                                              "order",
                                              "orders",
                                              "account",
                                              "accounts",
                                              "receive",
                                              "receives",
                                              "received",
                                              "message",
                                              "messages",
                                              "msg",
                                              "msgs",
                                              "text",
                                              "texts",
                                              "rates",
                                              "rate",
                                              "data",
                                              "may",
                                              "apply",
                                              "reply",
                                              "respond",
                                              "send",
                                              "sends",
                                              "sent",
                                              "sign",
                                              "visit",
                                              "call",
                                              "click",
                                              "stop",
                                              "help",
                                              "info",
                                              "opt",
                                              "optional",
                                              "frequency",
                                              "varies",
                                              "appointment",
                                              "appointments",
                                              "reminder",
                                              "reminders",
                                              "notice",
                                              "notices",
                                              "notification",
                                              "notifications",
                                              "alert",
                                              "alerts",
                                              "update",
                                              "updates",
                                              "confirm",
                                              "confirmed",
                                              "confirmation",
                                              "code",
                                              "codes",
                                              "verify",
                                              "verification",
                                              "password",
                                              "login",
                                              "payment",
                                              "payments",
                                              "bill",
                                              "billing",
                                              "invoice",
                                              "due",
                                              "delivery",
                                              "delivered",
                                              "shipped",
                                              "shipping",
                                              "ready",
                                              "pickup",
                                              "store",
                                              "service",
                                              "services",
                                              "support",
                                              "customer",
                                              "customers",
                                              "patient",
                                              "patients",
                                              "member",
                                              "members",
                                              "client",
                                              "clients",
                                              "student",
                                              "students",
                                              "subscriber",
                                              "subscribers",
                                              "offer",
                                              "offers",
                                              "sale",
                                              "discount",
                                              "free",
                                              "book",
                                              "booking",
                                              "schedule",
                                              "scheduled",
                                              "cancel",
                                              "cancelled",
                                              "unsubscribe",
                                              "recall",
                                              "care",
                                              "team",
                                              "office",
                                              "website",
                                              "online",
                                              "web",
                                              "form",
                                              "check",
                                              "box",
                                              "agree",
                                              "consent",
                                              "terms",
                                              "privacy",
                                              "policy",
                                              "program",
                                              "number",
                                              "phone",
                                              "email",
                                              "mobile",
                                              "contact",
                                              "questions",
                                              "question",
                                              "recurring",
                                              "automated"});
    return list;
}

// Words that mark a text as Spanish, German, French or Portuguese and are not English words (C10): a sample in one of
// these languages names several of them where an English one names none.
const QStringList &foreignLanguageMarkers()
{
    static const QStringList list =
        wordList({// Spanish
                  "el", "los", "las", "del", "que", "y", "para", "por", "con", "su", "sus", "usted", "ustedes", "una",
                  "uno", "es", "está", "están", "esta", "este", "estos", "hola", "gracias", "mensaje", "mensajes",
                  "responda", "responde", "cita", "mañana", "hoy", "pedido", "tu", "tus", "se", "le", "lo", "al", "más",
                  "muy", "cuenta", "ayuda", "recibir", "tarifas", "datos", "pueden", "aplicar",
                  // German
                  "der", "das", "und", "ist", "nicht", "sie", "ihr", "ihre", "ihren", "ihnen", "bitte", "für", "mit",
                  "auf", "zu", "wir", "ein", "eine", "einen", "den", "dem", "von", "nachricht", "nachrichten",
                  "antworten", "termin", "morgen", "heute", "danke", "ihrer", "sich", "um", "uhr", "bei", "oder", "nur",
                  "werden", "wird", "sind", "auch", "noch", "können", "hilfe", "abmelden",
                  // French
                  "les", "des", "et", "pour", "vous", "votre", "vos", "est", "une", "du", "merci", "bonjour",
                  "répondez", "rendez", "demain", "aujourd", "avec", "sur", "dans", "nous", "ne", "pas", "aide",
                  // Portuguese
                  "você", "obrigado", "obrigada", "não", "sua", "seu", "amanhã", "hoje", "ajuda"});
    return list;
}

} // namespace cd::lint::pack
