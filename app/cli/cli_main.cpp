#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "core/memory.h"

#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>

namespace cd::cli {

namespace {

const Command kCommands[] = {
    {"me", "", QT_TRANSLATE_NOOP("cli", "Who the API key belongs to."), 0, 0, runMe},
    {"profiles", "", QT_TRANSLATE_NOOP("cli", "The organization's sender profiles with their brand status."), 0, 0,
     runProfiles},
    {"profile", "PROFILE_ID", QT_TRANSLATE_NOOP("cli", "One profile and its brand in detail."), 1, 1, runProfile},
    {"create-profile", "FILE.json",
     QT_TRANSLATE_NOOP("cli",
                       "Create a child profile from FILE (name, short_name, description, inheritance, brand…). "
                       "--sandbox validates only."),
     1, 1, runCreateProfile},
    {"update-profile", "PROFILE_ID FILE.json",
     QT_TRANSLATE_NOOP("cli", "Change a profile: only the fields FILE has (a brand submitted to TCR cannot change)."),
     2, 2, runUpdateProfile},
    {"delete-profile", "PROFILE_ID", QT_TRANSLATE_NOOP("cli", "Delete a profile; its phone numbers are released."), 1,
     1, runDeleteProfile},
    {"campaigns", "PROFILE_ID", QT_TRANSLATE_NOOP("cli", "A profile's campaigns (inherited ones included)."), 1, 1,
     runCampaigns},
    {"tree", "", QT_TRANSLATE_NOOP("cli", "The whole organization: profiles, brands and campaigns."), 0, 0, runTree},
    {"inheritance", "",
     QT_TRANSLATE_NOOP("cli",
                       "Who uses the organization's brand and campaigns, and the profiles grouped by where their "
                       "brand and campaigns come from (own, the organization's, missing)."),
     0, 0, runInheritance},
    {"create-campaign", "PROFILE_ID FILE.json",
     QT_TRANSLATE_NOOP("cli", "Create a campaign from FILE (the API's campaign object). --sandbox validates only."), 2,
     2, runCreateCampaign},
    {"update-campaign", "PROFILE_ID CAMPAIGN_ID FILE.json",
     QT_TRANSLATE_NOOP("cli", "Replace a campaign with FILE (refused once it was submitted to TCR)."), 3, 3,
     runUpdateCampaign},
    {"delete-campaign", "PROFILE_ID CAMPAIGN_ID", QT_TRANSLATE_NOOP("cli", "Delete a campaign."), 2, 2,
     runDeleteCampaign},
    {"watch", "[--until-settled] [--timeout SECONDS] [--interval SECONDS]",
     QT_TRANSLATE_NOOP("cli",
                       "Watch what is in flight (profiles in review, campaigns waiting for the registry) and print "
                       "each status change. --until-settled ends once nothing is in flight."),
     0, 0, runWatch},
    {"history", "[ID] [--verify] [--diff SEQ,SEQ]",
     QT_TRANSLATE_NOOP("cli",
                       "The local history of the connection's items (of one profile or campaign with ID): status "
                       "changes seen, changes made with their request ids, warnings acknowledged. --verify checks "
                       "against the history's seal in the keychain that no entry was changed, removed or forged "
                       "and the file was not emptied or replaced (exit 1 if it was; 7 if the file, 5 if the keychain "
                       "cannot be used now); --diff compares what two "
                       "submissions sent, field by field."),
     0, 1, runHistory},
    {"report", "--out FILE [--format pdf|csv] [ID]",
     QT_TRANSLATE_NOOP("cli",
                       "The compliance report of the organization (of one profile or campaign with ID): "
                       "statuses, brand facts, campaigns with use cases and samples, the linter's findings and the "
                       "timeline. CSV has one row per campaign (and per profile without campaigns), profile_id "
                       "first; PDF is for people."),
     0, 1, runReport},
    {"lint", "FILE.json [--profile PROFILE_ID]",
     QT_TRANSLATE_NOOP("cli",
                       "Check a campaign (the API's campaign object) against the registry's rules before "
                       "submitting it. --profile also checks it against that profile's brand and settings. Exits "
                       "1 when it has errors."),
     1, 1, runLint},
    {"complete", "PROFILE_ID --webhook URL",
     QT_TRANSLATE_NOOP("cli", "Start the profile's completion; sent.dm calls URL once when it finishes."), 1, 1,
     runComplete},
    {"bulk",
     "create-campaign TEMPLATE.json --profiles IDS | update-profiles CHANGES.csv | complete --profiles IDS --webhook "
     "URL | list | show JOB | resume JOB",
     QT_TRANSLATE_NOOP(
         "cli",
         "Work on many profiles at once. The plan is printed first (what is left out and why; warnings go unless "
         "--strict; errors never do), then the job's id, then a line per item as it ends. TEMPLATE.json may use "
         "{{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} and {{website}}; IDS has one profile "
         "id a line (- for standard input); CHANGES.csv has a profile_id column and the fields to change. "
         "--dry-run sends every item with \"sandbox\": true: sent.dm's verdict, nothing made. A job cut short "
         "(a crash, a kill, the network) is finished by resume, each item under its own key. Exits 0 when every "
         "item is done, 1 when some were refused or held back, 4 when some failed."),
     1, 2, runBulk},
    {"import-profiles", "PROFILES.csv [--mapping MAP.json]",
     QT_TRANSLATE_NOOP("cli",
                       "Create profiles (with their brand) from a CSV file: columns matched to fields by their "
                       "headers (or by MAP.json: {\"field\": \"header\"}), each row checked, rows that repeat a "
                       "profile's name or short name left out; then a bulk job, as bulk prints it."),
     1, 1, runImportProfiles},
    {"connections", "list | add NAME [--base-url URL] | remove NAME | use NAME",
     QT_TRANSLATE_NOOP("cli",
                       "Saved connections. add reads the key from standard input, checks it and keeps it in "
                       "the system keychain."),
     1, 2, runConnections},
};

QString commandHelp()
{
    QString text = Text::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : kCommands) {
        const QString call =
            QString::fromLatin1(command.name) + QLatin1Char(' ') + QString::fromLatin1(command.synopsis);
        text += QStringLiteral("  %1\n      %2\n").arg(call.trimmed(), Text::tr(command.summary));
    }
    text += QLatin1Char('\n') + Text::tr("Environment:") + QLatin1Char('\n')
        + Text::tr("  SENT_DM_API_KEY   the API key (never pass it on the command line); without it and without")
        + QLatin1Char('\n') + Text::tr("                    --connection, the current saved connection is used")
        + QLatin1Char('\n') + Text::tr("  SENT_BASE_URL     the API's address when --base-url is not given")
        + QLatin1Char('\n');
    text +=
        QLatin1Char('\n') + Text::tr("Exit codes:") + QLatin1Char('\n') + Text::tr("  0  done") + QLatin1Char('\n')
        + Text::tr(
            "  1  sent.dm refused the request (validation, not found, conflict); lint found errors; history --verify found the history not intact")
        + QLatin1Char('\n') + Text::tr("  2  usage: bad arguments, unreadable file, no API key") + QLatin1Char('\n')
        + Text::tr("  3  could not connect or authenticate (network, TLS, timeout, key refused)") + QLatin1Char('\n')
        + Text::tr("  4  sent.dm failed (server error, rate limit, unreadable answer, partial results)")
        + QLatin1Char('\n') + Text::tr("  5  the system keychain could not be used") + QLatin1Char('\n')
        + Text::tr("  6  watch --until-settled: the --timeout came first") + QLatin1Char('\n')
        + Text::tr("  7  done on sent.dm, but the local history could not be written") + QLatin1Char('\n');
    return text;
}

} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

const Command *commands(int *count)
{
    *count = int(std::size(kCommands));
    return kCommands;
}

} // namespace cd::cli

int main(int argc, char *argv[])
{
    cd::limitMemoryPools(); // before any thread starts
    using namespace cd::cli;
    // A PDF report lays out text, which needs fonts, which need a GUI application; off screen, so that it also runs
    // where there is no display.
    const bool report = std::any_of(argv + 1, argv + argc, [](const char *arg) { return qstrcmp(arg, "report") == 0; });
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    cd::AppInfo::applyToApplication();
    QCoreApplication::setApplicationName(QStringLiteral("compliance-desk-cli"));
    cd::AppInfo::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli",
                                    "Compliance Desk without a window: sent.dm profiles, brands and campaigns "
                                    "from the command line.")
        + QStringLiteral("\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("base-url"),
         QCoreApplication::translate("cli", "The API's address (default https://api.sent.dm)."), QStringLiteral("URL")},
        {QStringLiteral("connection"),
         QCoreApplication::translate("cli", "Use this saved connection (its address, and its key from the keychain)."),
         QStringLiteral("NAME")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON for machines instead of tables.")},
        {QStringLiteral("pretty"),
         QCoreApplication::translate("cli", "Indent the JSON (it is indented on a terminal, compact otherwise).")},
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         QCoreApplication::translate("cli", "No progress or notes on stderr.")},
        {QStringLiteral("verbose"),
         QCoreApplication::translate("cli", "Log every request on stderr (API keys redacted).")},
        {QStringLiteral("sandbox"),
         QCoreApplication::translate("cli", "Changes: validate only; sent.dm stores nothing.")},
        {QStringLiteral("webhook"), QCoreApplication::translate("cli", "complete: the URL sent.dm calls when done."),
         QStringLiteral("URL")},
        {QStringLiteral("until-settled"), QCoreApplication::translate("cli", "watch: end once nothing is in flight.")},
        {QStringLiteral("timeout"), QCoreApplication::translate("cli", "watch: stop after this many seconds."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("interval"),
         QCoreApplication::translate(
             "cli", "watch: ask about each item this often at first (default 30; it grows while nothing moves)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("verify"), QCoreApplication::translate("cli", "history: check the history's chain of hashes.")},
        {QStringLiteral("diff"), QCoreApplication::translate("cli", "history: compare what two entries sent."),
         QStringLiteral("SEQ,SEQ")},
        {QStringLiteral("out"),
         QCoreApplication::translate("cli", "report: the file to write (- for the CSV on standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"),
         QCoreApplication::translate("cli", "report: pdf or csv (default: from --out's name)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("profile"), QCoreApplication::translate("cli", "lint: the profile the campaign is for."),
         QStringLiteral("PROFILE_ID")},
        {QStringLiteral("idempotency-key"),
         QCoreApplication::translate("cli",
                                     "Changes: send with this key (by default, the same change run again within 23 "
                                     "hours reuses the key it went out with, so sent.dm never makes it twice)."),
         QStringLiteral("KEY")},
        {QStringLiteral("profiles"),
         QCoreApplication::translate("cli", "bulk: the profiles, one id a line (- for standard input)."),
         QStringLiteral("FILE")},
        {QStringLiteral("mapping"),
         QCoreApplication::translate("cli", "bulk, import-profiles: which column holds which field (JSON)."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("cli", "bulk, import-profiles: sent.dm's verdict on every item; nothing made.")},
        {QStringLiteral("strict"),
         QCoreApplication::translate("cli", "bulk, import-profiles: hold back the items with warnings too.")},
        {QStringLiteral("new"),
         QCoreApplication::translate("cli",
                                     "Changes: make this change again even if the same one was made within "
                                     "the last 23 hours (a fresh idempotency key).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "What to do (see Commands)."));
    parser.process(app);

    if (parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("compliancedesk.*.debug=true"));

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return ExitUsage;
    }
    const QString name = positional.takeFirst();
    const Command *command = findCommand(name);
    if (!command) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "Unknown command: %1. See --help.").arg(name)));
        return ExitUsage;
    }
    if (positional.size() < command->minArguments || positional.size() > command->maxArguments) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "Usage: compliance-desk-cli %1 %2")
                                    .arg(QString::fromLatin1(command->name), QString::fromLatin1(command->synopsis))));
        return ExitUsage;
    }

    static const QRegularExpression keyFormat(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    if (parser.isSet(QStringLiteral("idempotency-key"))
        && !keyFormat.match(parser.value(QStringLiteral("idempotency-key"))).hasMatch()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "cli", "--idempotency-key takes 1 to 255 letters, digits, “-” and “_”.")));
        return ExitUsage;
    }

    CliContext context(parser, positional);
    command->run(context);
    return app.exec();
}
