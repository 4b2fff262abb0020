// lint: the linter on a campaign file, optionally against a profile fetched from sent.dm.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "lint/linter.h"
#include "services/lintcontext.h"

namespace cd::cli {

namespace {

void printFindings(CliContext &context, const QString &path, const lint::Findings &findings)
{
    if (context.json()) {
        QJsonObject out = findings.toJson();
        out.insert(QStringLiteral("file"), path);
        context.printJson(out);
    } else {
        QString text;
        for (const lint::Finding &f : findings.items) {
            const QString where = f.field.isEmpty() ? Text::tr("(the campaign)") : lint::fieldLabel(f.field);
            text += QStringLiteral("%1  %2  %3\n")
                        .arg(lint::severityDisplayName(f.severity).leftJustified(8), f.ruleId, where);
            text += QStringLiteral("          %1\n").arg(f.message);
            text += QStringLiteral("          %1\n").arg(Text::tr("Fix: %1").arg(f.hint));
            if (f.severity != lint::Severity::Info)
                text += QStringLiteral("          %1\n").arg(Text::tr("Predicted rejection: %1").arg(f.category));
        }
        const int errors = findings.count(lint::Severity::Error);
        const int warnings = findings.count(lint::Severity::Warning);
        const int notes = findings.count(lint::Severity::Info);
        text += Text::tr("%1: %n error(s), ", nullptr, errors).arg(path)
            + Text::tr("%n warning(s), ", nullptr, warnings) + Text::tr("%n note(s)", nullptr, notes)
            + Text::tr(" (rules %1)").arg(findings.rulesVersion);
        context.print(text);
    }
    context.finish(findings.hasErrors() ? ExitRefused : ExitOk);
}

} // namespace

void runLint(CliContext &context)
{
    const QString path = context.argument(0);
    const std::optional<QJsonObject> campaign = context.readCampaignObject(path);
    if (!campaign)
        return;
    const QString profileId = context.profileOption();
    if (profileId.isEmpty())
        return printFindings(context, path, lint::lintCampaign(*campaign));
    // The brand's names and the profile's settings come from sent.dm.
    context.withClient([&context, path, campaign = *campaign, profileId](SentClient *client) {
        client->getProfile(profileId, {}, &context, [&context, path, campaign](const Result<Profile> &result) {
            if (!result.ok())
                return context.fail(result.error());
            printFindings(context, path, lint::lintCampaign(campaign, lintContextFor(result.value())));
        });
    });
}

} // namespace cd::cli
