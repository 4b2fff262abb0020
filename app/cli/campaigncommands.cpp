// campaigns, create-campaign, update-campaign, delete-campaign.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"
#include "printing.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::cli {

namespace {

// A delete goes out without a key (DELETE is not replayed) and so without the change journal.
CallOptions deleteOptions(const CliContext &context)
{
    CallOptions options;
    options.sandbox = context.sandboxFlag();
    return options;
}

// The answer to a create or update: the campaign, with how it came back.
void printCampaignResult(CliContext &context, const Result<Campaign> &result, const QString &doneText)
{
    if (!result.ok())
        return context.fail(result.error());
    const ApiResponse &response = result.response();
    if (context.json()) {
        QJsonObject o = result.value().toJson();
        QJsonObject meta{{QStringLiteral("request_id"), response.requestId},
                         {QStringLiteral("replayed"), response.replayed},
                         {QStringLiteral("sandbox"), response.sandbox}};
        context.printJson(QJsonObject{{QStringLiteral("campaign"), o}, {QStringLiteral("meta"), meta}});
        return context.finish();
    }
    if (response.sandbox)
        context.print(Text::tr("Sandbox: sent.dm accepted the campaign; nothing was stored."));
    else
        context.print(doneText.arg(campaignSummary(result.value())));
    if (response.replayed)
        context.note(Text::tr("(The request had already been carried out; this is its original answer, request %1.)")
                         .arg(response.originalRequestId));
    context.finish();
}

} // namespace

void runCampaigns(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        const QString profileId = context.argument(0);
        client->listCampaigns(profileId, {}, &context, [&context, profileId](const Result<QList<Campaign>> &result) {
            if (!result.ok())
                return context.fail(result.error());
            if (context.json()) {
                QJsonArray array;
                for (const Campaign &c : result.value())
                    array.append(c.toJson());
                context.printJson(array);
                return context.finish();
            }
            if (result.value().isEmpty()) {
                context.print(Text::tr("This profile has no campaigns yet."));
                return context.finish();
            }
            TableWriter table(campaignTableHeaders());
            for (const Campaign &c : result.value())
                table.addRow(campaignTableRow(c, profileId));
            context.print(table.render());
            context.note(Text::tr("%n campaign(s).", nullptr, int(result.value().size())));
            context.finish();
        });
    });
}

void runCreateCampaign(CliContext &context)
{
    const std::optional<Campaign> campaign = context.readCampaignFile(context.argument(1));
    if (!campaign)
        return;
    context.withClient([&context, campaign = *campaign](SentClient *client) {
        const QString profileId = context.argument(0);
        context.sendChange(client, QStringLiteral("POST /v3/profiles/%1/campaigns").arg(profileId),
                           SentClient::campaignRequestBody(campaign, context.sandboxFlag()),
                           [&context, client, campaign, profileId](const CallOptions &options) {
                               client->createCampaign(
                                   profileId, campaign, options, &context, [&context](const Result<Campaign> &result) {
                                       printCampaignResult(context, result, Text::tr("Created campaign %1."));
                                   });
                           });
    });
}

void runUpdateCampaign(CliContext &context)
{
    const std::optional<Campaign> campaign = context.readCampaignFile(context.argument(2));
    if (!campaign)
        return;
    context.withClient([&context, campaign = *campaign](SentClient *client) {
        const QString profileId = context.argument(0);
        const QString campaignId = context.argument(1);
        context.sendChange(client, QStringLiteral("PUT /v3/profiles/%1/campaigns/%2").arg(profileId, campaignId),
                           SentClient::campaignRequestBody(campaign, context.sandboxFlag()),
                           [&context, client, campaign, profileId, campaignId](const CallOptions &options) {
                               client->updateCampaign(profileId, campaignId, campaign, options, &context,
                                                      [&context](const Result<Campaign> &result) {
                                                          printCampaignResult(context, result,
                                                                              Text::tr("Updated campaign %1."));
                                                      });
                           });
    });
}

void runDeleteCampaign(CliContext &context)
{
    context.withClient([&context](SentClient *client) {
        const QString campaignId = context.argument(1);
        client->deleteCampaign(
            context.argument(0), campaignId, deleteOptions(context), &context,
            [&context, campaignId](const Result<Done> &result) {
                if (!result.ok())
                    return context.fail(result.error());
                if (context.json()) {
                    context.printJson(QJsonObject{{QStringLiteral("deleted"), campaignId},
                                                  {QStringLiteral("sandbox"), result.response().sandbox},
                                                  {QStringLiteral("request_id"), result.response().requestId}});
                    return context.finish();
                }
                context.print(result.response().sandbox
                                  ? Text::tr("Sandbox: the campaign could be deleted; nothing was changed.")
                                  : Text::tr("Deleted campaign %1.").arg(campaignId));
                context.finish();
            });
    });
}

} // namespace cd::cli
