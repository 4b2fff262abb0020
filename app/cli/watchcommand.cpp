// watch: the status poller without a window, printing each change as it happens.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "services/organizationfetch.h"
#include "services/statuspoller.h"

#include <QDateTime>
#include <QTimer>

namespace cd::cli {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

void runWatch(CliContext &context)
{
    bool timeoutOk = true;
    const int timeoutSeconds = context.timeoutOption().isEmpty() ? 0 : context.timeoutOption().toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 0)
        return context.usageError(Text::tr("--timeout takes a number of seconds."));
    bool intervalOk = true;
    const double interval = context.intervalOption().isEmpty() ? 0 : context.intervalOption().toDouble(&intervalOk);
    if (!intervalOk || interval < 0 || (interval > 0 && interval < 0.1))
        return context.usageError(Text::tr("--interval takes a number of seconds, at least 0.1."));
    context.withClient([&context, timeoutSeconds, interval](SentClient *client) {
        auto *fetch = new OrganizationFetch(client, &context);
        auto *poller = new StatusPoller(client, &context);
        if (interval > 0) {
            StatusPoller::Settings settings = poller->settings();
            settings.firstIntervalMs = int(interval * 1000);
            settings.maxIntervalMs = std::max(settings.firstIntervalMs, settings.maxIntervalMs / 10);
            poller->setSettings(settings);
        }
        auto print = [&context](const QJsonObject &change, const QString &text) {
            if (context.json())
                context.printJson(change); // one object a change
            else
                context.print(text);
        };
        QObject::connect(poller, &StatusPoller::profileChanged, &context, [print](const Profile &p, const QString &old) {
            print({{QStringLiteral("at"), now()}, {QStringLiteral("kind"), QStringLiteral("profile")}, {QStringLiteral("id"), p.id},
                   {QStringLiteral("name"), p.name}, {QStringLiteral("from"), old}, {QStringLiteral("to"), p.status}},
                  Text::tr("%1  profile %2 “%3”: %4 → %5").arg(now(), p.id, p.name, old.isEmpty() ? QStringLiteral("—") : old, p.status));
        });
        QObject::connect(poller, &StatusPoller::campaignChanged, &context,
                         [print](const QString &profileId, const Campaign &c, const QString &old) {
            const QString to = c.tcrSyncError.isEmpty() ? c.status : Text::tr("sync error: %1").arg(c.tcrSyncError);
            print({{QStringLiteral("at"), now()}, {QStringLiteral("kind"), QStringLiteral("campaign")}, {QStringLiteral("id"), c.id},
                   {QStringLiteral("profile_id"), profileId}, {QStringLiteral("name"), c.name}, {QStringLiteral("from"), old},
                   {QStringLiteral("to"), c.status}, {QStringLiteral("sync_error"), c.tcrSyncError}},
                  Text::tr("%1  campaign %2 “%3”: %4 → %5").arg(now(), c.id, c.name, old.isEmpty() ? QStringLiteral("—") : old, to));
        });
        QObject::connect(poller, &StatusPoller::offline, &context, [&context](const ApiError &error) {
            context.note(Text::tr("Waiting: %1").arg(error.userMessage()));
        });
        if (context.untilSettled())
            QObject::connect(poller, &StatusPoller::settled, &context, [&context] {
                context.note(Text::tr("Nothing is in flight any more."));
                context.finish();
            });
        if (timeoutSeconds > 0)
            QTimer::singleShot(timeoutSeconds * 1000, &context, [&context, poller] {
                context.note(Text::tr("Stopped after --timeout; %n item(s) still in flight.", nullptr, poller->awaitingCount()));
                context.finish(context.untilSettled() && !poller->isSettled() ? ExitTimedOut : ExitOk);
            });
        QObject::connect(fetch, &OrganizationFetch::finished, &context, [&context, fetch, poller] {
            if (fetch->error())
                return context.fail(*fetch->error());
            for (const ProfileNode &node : fetch->tree().profiles) {
                poller->watchProfile(node.profile);
                if (node.campaignsLoaded)
                    poller->watchCampaigns(node.profile.id, node.campaigns);
            }
            context.note(Text::tr("Watching %n item(s) in flight.", nullptr, poller->awaitingCount()));
            if (poller->isSettled() && context.untilSettled()) {
                context.note(Text::tr("Nothing is in flight any more."));
                context.finish();
            }
        });
        context.note(Text::tr("Reading the organization…"));
        fetch->start();
    });
}

} // namespace cd::cli
