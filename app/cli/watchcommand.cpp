// watch: the status poller without a window, printing each change as it happens.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "services/organizationsession.h"
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
    context.withSession(CliContext::Use::Watch, [&context, timeoutSeconds, interval](OrganizationSession *session) {
        StatusPoller *poller = session->poller();
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
        // Each change is in the local history already, as the window records it.
        QObject::connect(session, &OrganizationSession::profileStatusChanged, &context,
                         [print](const Profile &p, const QString &old) {
                             print({{QStringLiteral("at"), now()},
                                    {QStringLiteral("kind"), QStringLiteral("profile")},
                                    {QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("from"), old},
                                    {QStringLiteral("to"), p.status}},
                                   Text::tr("%1  profile %2 “%3”: %4 → %5")
                                       .arg(now(), p.id, p.name, old.isEmpty() ? QStringLiteral("—") : old, p.status));
                         });
        QObject::connect(session, &OrganizationSession::campaignStatusChanged, &context,
                         [print](const QString &profileId, const Campaign &c, const QString &old) {
                             const QString to =
                                 c.tcrSyncError.isEmpty() ? c.status : Text::tr("sync error: %1").arg(c.tcrSyncError);
                             print({{QStringLiteral("at"), now()},
                                    {QStringLiteral("kind"), QStringLiteral("campaign")},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("profile_id"), profileId},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("from"), old},
                                    {QStringLiteral("to"), c.status},
                                    {QStringLiteral("sync_error"), c.tcrSyncError}},
                                   Text::tr("%1  campaign %2 “%3”: %4 → %5")
                                       .arg(now(), c.id, c.name, old.isEmpty() ? QStringLiteral("—") : old, to));
                         });
        QObject::connect(poller, &StatusPoller::offline, &context, [&context](const ApiError &error) {
            context.note(Text::tr("Waiting: %1").arg(error.userMessage()));
        });
        if (timeoutSeconds > 0)
            QTimer::singleShot(timeoutSeconds * 1000, &context, [&context, poller] {
                context.note(
                    Text::tr("Stopped after --timeout; %n item(s) still in flight.", nullptr, poller->awaitingCount()));
                context.finish(context.untilSettled() && !poller->isSettled() ? ExitTimedOut : ExitOk);
            });
        QObject::connect(
            session, &OrganizationSession::loaded, &context,
            [&context, poller] {
                // The session has handed every profile and campaign list to the poller on the way in.
                context.note(Text::tr("Watching %n item(s) in flight.", nullptr, poller->awaitingCount()));
                if (!context.untilSettled())
                    return;
                if (poller->isSettled()) {
                    context.note(Text::tr("Nothing is in flight any more."));
                    return context.finish();
                }
                QObject::connect(poller, &StatusPoller::settled, &context, [&context] {
                    context.note(Text::tr("Nothing is in flight any more."));
                    context.finish();
                });
            },
            Qt::SingleShotConnection);
        context.note(Text::tr("Reading the organization…"));
    });
}

} // namespace cd::cli
