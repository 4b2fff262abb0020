// me, profiles, profile, complete; create-profile, update-profile, delete-profile.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "core/jsonstream.h"
#include "printing.h"
#include "tablewriter.h"

#include "api/accessmanager.h"
#include "api/profilelisting.h"
#include "domain/profilerules.h"
#include "services/completionengine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::cli {

void runMe(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        client->me({}, &context, [&context](const Result<Account> &result) {
            if (!result.ok())
                return context.fail(result.error());
            const Account &a = result.value();
            if (context.json()) {
                context.printJson(a.toJson());
                return context.finish();
            }
            DetailWriter out;
            out.add(Text::tr("Kind"), a.kindLabel());
            out.add(Text::tr("Name"), a.name);
            out.add(Text::tr("ID"), a.id);
            out.add(Text::tr("Email"), a.email);
            if (a.kind() == Account::Kind::Profile) {
                out.add(Text::tr("Organization"), a.organizationId);
                out.add(Text::tr("Short name"), a.shortName);
                out.add(Text::tr("Status"), a.statusInfo().displayText());
            }
            out.add(Text::tr("SMS"),
                    a.sms.configured ? (a.sms.phoneNumber.isEmpty() ? Text::tr("configured") : a.sms.phoneNumber)
                                     : Text::tr("not configured"));
            out.add(Text::tr("WhatsApp"),
                    a.whatsapp.configured
                        ? (a.whatsapp.phoneNumber.isEmpty() ? Text::tr("configured") : a.whatsapp.phoneNumber)
                        : Text::tr("not configured"));
            if (a.kind() == Account::Kind::Organization)
                out.add(Text::tr("Profiles"), QString::number(a.profiles.size()));
            context.print(out.render());
            context.finish();
        });
    });
}

void runProfiles(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        // Every page of the list; what it says when it ends short goes to stderr, and the exit code says so too.
        auto *listing = new ProfileListing(client, {}, &context);
        QObject::connect(listing, &ProfileListing::pageArrived, &context,
                         [&context](const QList<Profile> &, int received, int total) {
                             if (total > 0)
                                 context.progress(Text::tr("Reading profiles:"), received, total);
                         });
        QObject::connect(listing, &ProfileListing::finished, &context, [&context, listing] {
            if (listing->error())
                return context.fail(*listing->error());
            const QList<Profile> profiles = listing->profiles();
            if (context.json()) {
                JsonStream out(stdout, context.indentJson()); // a profile at a time
                out.beginArray();
                for (const Profile &p : profiles)
                    out.value(p.toJson());
                out.endArray();
            } else if (profiles.isEmpty()) {
                context.print(Text::tr("This organization has no sender profiles yet."));
            } else {
                TableWriter table(profileTableHeaders());
                for (const Profile &p : profiles)
                    table.addRow(profileTableRow(p));
                context.print(table.render());
                context.note(Text::tr("%n profile(s).", nullptr, int(profiles.size())));
            }
            if (!listing->isComplete()) {
                context.note(Text::tr("Note: %1").arg(listing->note()));
                return context.finish(ExitServer); // a partial result
            }
            context.finish();
        });
        listing->start();
    });
}

void runProfile(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        client->getProfile(context.argument(0), {}, &context, [&context](const Result<Profile> &result) {
            if (!result.ok())
                return context.fail(result.error());
            if (context.json()) {
                context.printJson(result.value().toJson());
                return context.finish();
            }
            context.print(profileDetails(result.value()));
            context.finish();
        });
    });
}

void runComplete(CliContext &context)
{
    if (context.webhookUrl().isEmpty())
        return context.usageError(
            Text::tr("complete needs --webhook URL: sent.dm calls it once when the profile's setup "
                     "finishes."));
    const QUrl webhook(context.webhookUrl(), QUrl::StrictMode);
    if (!webhook.isValid() || (webhook.scheme() != QLatin1String("https") && webhook.scheme() != QLatin1String("http"))
        || webhook.host().isEmpty())
        return context.usageError(
            Text::tr("--webhook must be an http or https URL, not “%1”.").arg(context.webhookUrl()));
    context.withSession(CliContext::Use::Requests, [&context](OrganizationSession *session) {
        Profile profile;
        profile.id = context.argument(0);
        CompletionEngine *completion = session->completion(profile, &context);
        completion->setDryRun(context.sandboxFlag());
        completion->setRemembersWebhook(false); // the command line names it each time
        QObject::connect(
            completion, &CompletionEngine::outcomeChanged, &context,
            [&context, completion](CompletionEngine::Outcome outcome) {
                using Outcome = CompletionEngine::Outcome;
                if (outcome == Outcome::Sending)
                    return;
                if (outcome == Outcome::Unmet || outcome == Outcome::Failed)
                    return context.fail(completion->error());
                const QString profileId = completion->profile().id;
                const CompletionResult &r = completion->answer();
                if (context.json()) {
                    QJsonObject o = r.toJson();
                    o.insert(QStringLiteral("request_id"), completion->requestId());
                    o.insert(QStringLiteral("replayed"), completion->wasReplayed());
                    context.printJson(o);
                    return context.finish();
                }
                if (completion->wasDryRun())
                    context.print(Text::tr("Sandbox: the prerequisites pass; nothing was started."));
                else if (r.started())
                    context.print(
                        Text::tr(
                            "Completion of profile %1 started. sent.dm calls %2 once when it finishes; the callback "
                            "may not reach you, so check with: compliance-desk-cli profile %1")
                            .arg(profileId, context.webhookUrl()));
                else
                    context.print(
                        Text::tr("Nothing to start: %1 (status: %2).")
                            .arg(r.message.isEmpty() ? Text::tr("the profile is already complete") : r.message,
                                 r.status.isEmpty() ? QStringLiteral("—") : r.status));
                context.finish();
            });
        context.sendChange(context.client(), QStringLiteral("POST /v3/profiles/%1/complete").arg(profile.id),
                           QJsonObject{{QStringLiteral("webHookUrl"), context.webhookUrl()}},
                           [&context, completion](const CallOptions &options) {
                               completion->setIdempotencyKey(options.idempotencyKey);
                               completion->submit(context.webhookUrl());
                           });
    });
}

namespace {

// The answer to a create or update: the profile, with how it came back.
void printProfileResult(CliContext &context, const Result<Profile> &result, const QString &doneText)
{
    if (!result.ok())
        return context.fail(result.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("profile"), result.value().toJson()},
                                      {QStringLiteral("meta"),
                                       QJsonObject{{QStringLiteral("request_id"), result.response().requestId},
                                                   {QStringLiteral("replayed"), result.response().replayed},
                                                   {QStringLiteral("sandbox"), result.response().sandbox}}}});
        return context.finish();
    }
    if (result.response().sandbox)
        context.print(Text::tr("Sandbox: sent.dm accepted the profile; nothing was stored."));
    else
        context.print(doneText.arg(result.value().name, result.value().id));
    context.finish();
}

std::optional<ProfileChanges> readProfileFile(CliContext &context, const QString &path)
{
    const std::optional<QJsonObject> object = context.readObjectFile(
        path, Text::tr("the profile as the API takes it (name, short_name, description, brand, …)."));
    if (!object)
        return std::nullopt;
    return ProfileChanges::fromJson(*object);
}

// A delete goes out without a key (DELETE is not replayed) and so without the change journal.
CallOptions deleteOptions(const CliContext &context)
{
    CallOptions options;
    options.sandbox = context.sandboxFlag();
    return options;
}

} // namespace

void runCreateProfile(CliContext &context)
{
    const std::optional<ProfileChanges> profile = readProfileFile(context, context.argument(0));
    if (!profile)
        return;
    // The contract's field rules first: a file that breaks them is not sent.
    if (const ProfileRules::Problems problems = ProfileRules::check(*profile); !problems.isEmpty()) {
        QStringList lines;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            lines.append(QStringLiteral("  %1: %2").arg(it.key(), it.value()));
        return context.usageError(
            Text::tr("%1 breaks the API's field rules; nothing was sent:").arg(context.argument(0)) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n')));
    }
    context.withClient([&context, profile = *profile](SentClient *client) {
        context.sendChange(client, QStringLiteral("POST /v3/profiles"), profile.toJson(),
                           [&context, client, profile](const CallOptions &options) {
                               client->createProfile(
                                   profile, options, &context, [&context](const Result<Profile> &result) {
                                       printProfileResult(context, result, Text::tr("Created profile “%1” (%2)."));
                                   });
                           });
    });
}

void runUpdateProfile(CliContext &context)
{
    const std::optional<ProfileChanges> changes = readProfileFile(context, context.argument(1));
    if (!changes)
        return;
    context.withClient([&context, changes = *changes](SentClient *client) {
        const QString profileId = context.argument(0);
        context.sendChange(client, QStringLiteral("PATCH /v3/profiles/%1").arg(profileId), changes.toJson(),
                           [&context, client, changes, profileId](const CallOptions &options) {
                               client->updateProfile(
                                   profileId, changes, options, &context, [&context](const Result<Profile> &result) {
                                       printProfileResult(context, result, Text::tr("Updated profile “%1” (%2)."));
                                   });
                           });
    });
}

void runDeleteProfile(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        const QString profileId = context.argument(0);
        client->deleteProfile(
            profileId, deleteOptions(context), &context, [&context, profileId](const Result<Done> &result) {
                if (!result.ok())
                    return context.fail(result.error());
                if (context.json()) {
                    context.printJson(QJsonObject{{QStringLiteral("deleted"), profileId},
                                                  {QStringLiteral("sandbox"), result.response().sandbox}});
                    return context.finish();
                }
                context.print(
                    result.response().sandbox
                        ? Text::tr("Sandbox: the profile could be deleted; nothing was changed.")
                        : Text::tr("Deleted profile %1. Its phone numbers are released and its own WhatsApp account "
                                   "deregistered.")
                              .arg(profileId));
                context.finish();
            });
    });
}

} // namespace cd::cli
