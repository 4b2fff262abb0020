// report: the compliance report of the organization, a profile or a campaign, as CSV or PDF.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/reportexport.h"

namespace cd::cli {

void runReport(CliContext &context)
{
    const QString out = context.outOption();
    if (out.isEmpty())
        return context.usageError(Text::tr("report needs --out FILE (a .pdf or .csv file)."));
    const bool toStdout = out == QLatin1String("-");
    const std::optional<ReportExport::Format> format = ReportExport::formatFor(
        out, context.formatOption().isEmpty() && toStdout ? QStringLiteral("csv") : context.formatOption());
    if (toStdout && format != ReportExport::Format::Csv)
        return context.usageError(
            Text::tr("Only the CSV report can go to standard output (--out -); a PDF needs a file."));
    if (!format)
        return context.usageError(Text::tr("--format is pdf or csv (or name the --out file .pdf or .csv)."));
    context.withSession(
        CliContext::Use::Load, [&context, format = *format, out, toStdout](OrganizationSession *session) {
            QObject::connect(
                session->loader(), &OrganizationLoader::progress, &context,
                [&context](int done, int total) { context.progress(Text::tr("Loading campaigns:"), done, total); });
            QObject::connect(
                session, &OrganizationSession::loaded, &context, [&context, session, format, out, toStdout] {
                    auto *writer = new ReportExport(&context);
                    QObject::connect(writer, &ReportExport::progress, &context, [&context](int done, int total) {
                        context.progress(Text::tr("Writing pages:"), done, total);
                    });
                    QObject::connect(writer, &ReportExport::finished, &context,
                                     [&context, session, out, toStdout](const ReportExport::Outcome &outcome) {
                                         if (!outcome.ok)
                                             return context.usageError(outcome.problem);
                                         if (!session->loader()->listNote().isEmpty()) {
                                             context.note(Text::tr("Note: %1").arg(session->loader()->listNote()));
                                             return context.finish(ExitServer); // a partial result
                                         }
                                         context.note(Text::tr("%1: %n profile(s)", nullptr, outcome.profiles)
                                                          .arg(toStdout ? Text::tr("standard output") : out)
                                                      + Text::tr(", %n campaign(s).", nullptr, outcome.campaigns));
                                         context.finish();
                                     });
                    // The timeline comes from this computer's history of the connection.
                    session->readHistory(QString(), &context,
                                         [&context, session, writer, format, out](const QList<HistoryEntry> &history) {
                                             // "-": written to standard output a row at a time, never whole in memory.
                                             writer->start(session->loader()->tree(), history, context.argument(0), out,
                                                           format);
                                         });
                });
        });
}

} // namespace cd::cli
