// report: the compliance report of the organization, a profile or a campaign, as CSV or PDF.
#include "clicontext.h"
#include "clitext.h"
#include "commands.h"

#include "report/compliancereport.h"
#include "services/organizationfetch.h"
#include "store/historylog.h"

#include <QFileInfo>
#include <QSaveFile>

namespace cd::cli {

namespace {

void writeReport(CliContext &context, ComplianceReport &report, const QString &format, const QString &out)
{
    if (format == QLatin1String("csv") && out == QLatin1String("-")) {
        context.print(QString::fromUtf8(report.toCsv())); // for a pipe
    } else if (format == QLatin1String("csv")) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toCsv()) < 0 || !file.commit())
            return context.usageError(Text::tr("%1 could not be written: %2").arg(out, file.errorString()));
    } else {
        QString error;
        if (!report.writePdf(out, &error, [&context](int done, int total) {
                context.progress(Text::tr("Writing pages:"), done, total);
                return true;
            }))
            return context.usageError(error);
    }
    context.note(Text::tr("%1: %n profile(s)", nullptr, report.profileCount()).arg(out == QLatin1String("-") ? Text::tr("standard output") : out)
                 + Text::tr(", %n campaign(s).", nullptr, report.campaignCount()));
    context.finish();
}

} // namespace

void runReport(CliContext &context)
{
    const QString out = context.outOption();
    if (out.isEmpty())
        return context.usageError(Text::tr("report needs --out FILE (a .pdf or .csv file)."));
    QString format = context.formatOption().toLower();
    if (format.isEmpty())
        format = out == QLatin1String("-") ? QStringLiteral("csv") : QFileInfo(out).suffix().toLower();
    if (out == QLatin1String("-") && format != QLatin1String("csv"))
        return context.usageError(Text::tr("Only the CSV report can go to standard output (--out -); a PDF needs a file."));
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return context.usageError(Text::tr("--format is pdf or csv (or name the --out file .pdf or .csv)."));
    const QString scope = context.historyScope();
    if (scope.isEmpty())
        return;
    context.withClient([&context, scope, format, out](SentClient *client) {
        auto *fetch = new OrganizationFetch(client, &context);
        QObject::connect(fetch, &OrganizationFetch::progress, &context, [&context](int done, int total) {
            context.progress(Text::tr("Loading campaigns:"), done, total);
        });
        QObject::connect(fetch, &OrganizationFetch::finished, &context, [&context, fetch, scope, format, out] {
            if (fetch->error())
                return context.fail(*fetch->error());
            // The timeline comes from this computer's history of the connection.
            context.history()->entries(scope, QString(), &context, [&context, fetch, format, out](const QList<HistoryEntry> &history) {
                ComplianceReport report(fetch->tree().account, fetch->tree().profiles, history);
                const QString id = context.argument(0);
                if (!id.isEmpty() && !report.narrowTo(id))
                    return context.usageError(Text::tr("There is no profile or campaign %1 in this organization.").arg(id));
                writeReport(context, report, format, out);
            });
        });
        fetch->start();
    });
}

} // namespace cd::cli
