#include "reportexport.h"

#include "organizationsession.h"
#include "report/compliancereport.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

ReportExport::ReportExport(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
}

ReportExport::~ReportExport()
{
    // A page still being laid out stops at the next one; the file it was writing is never committed.
    *m_cancelled = true;
}

std::optional<ReportExport::Format> ReportExport::formatFor(const QString &path, const QString &named)
{
    const QString word = named.isEmpty() ? QFileInfo(path).suffix().toLower() : named.toLower();
    if (word == QLatin1String("pdf"))
        return Format::Pdf;
    if (word == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ReportExport::suggestedFileName(const QString &scopeName, const QDate &day)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString slug = scopeName.toLower();
    slug.replace(notWord, QStringLiteral("-"));
    slug = slug.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty).left(40);
    return tr("compliance-report-%1%2.pdf")
        .arg(slug.isEmpty() ? QString() : slug + QLatin1Char('-'), day.toString(Qt::ISODate));
}

void ReportExport::cancel()
{
    if (!m_running)
        return;
    *m_cancelled = true;
    ++m_generation;
    Outcome outcome;
    outcome.cancelled = true;
    outcome.problem = tr("The report was not exported: cancelled.");
    finish(outcome);
}

void ReportExport::finish(Outcome outcome)
{
    m_running = false;
    Q_EMIT finished(outcome);
}

void ReportExport::start(OrganizationSession *session, const QString &scopeId, const QString &path, Format format)
{
    if (m_running || !session)
        return;
    m_running = true;
    *m_cancelled = false;
    const int generation = ++m_generation;
    Q_EMIT stageChanged(tr("Gathering the organization from this computer's copy…"));
    session->readOrganization(this,
                              [this, session = QPointer<OrganizationSession>(session), scopeId, path, format,
                               generation](const OrganizationTree &organization) {
                                  if (generation != m_generation)
                                      return;
                                  if (!session) {
                                      Outcome outcome;
                                      outcome.problem = tr("The connection was closed before the report was written.");
                                      return finish(outcome);
                                  }
                                  session->readHistory(QString(), this,
                                                       [this, organization, scopeId, path, format,
                                                        generation](const QList<HistoryEntry> &history) {
                                                           if (generation != m_generation)
                                                               return;
                                                           m_running = false; // the second start takes over
                                                           start(organization, history, scopeId, path, format);
                                                       });
                              });
}

void ReportExport::start(const OrganizationTree &organization, const QList<HistoryEntry> &history,
                         const QString &scopeId, const QString &path, Format format)
{
    if (m_running)
        return;
    m_running = true;
    *m_cancelled = false;
    const int generation = ++m_generation;
    auto report = std::make_shared<ComplianceReport>(organization, history);
    if (!scopeId.isEmpty() && !report->narrowTo(scopeId)) {
        Outcome outcome;
        outcome.problem = tr("There is no profile or campaign %1 in this organization.").arg(scopeId);
        return finish(outcome);
    }
    Q_EMIT stageChanged(path.isEmpty() || path == QLatin1String("-")
                            ? tr("Writing the report…")
                            : tr("Writing %1…").arg(QFileInfo(path).fileName()));

    auto cancelled = m_cancelled;
    QPointer<ReportExport> self(this);
    auto future = QtConcurrent::run([report, path, format, cancelled, self]() -> Outcome {
        Outcome outcome;
        outcome.path = path;
        outcome.profiles = report->profileCount();
        outcome.campaigns = report->campaignCount();
        if (format == Format::Csv) {
            // A row at a time, as each is made: to standard output ("-"), or to a file that appears whole or not at
            // all.
            const auto stop = [cancelled] { return bool(*cancelled); };
            if (path == QLatin1String("-")) {
                QFile out;
                if (!out.open(stdout, QIODevice::WriteOnly) || !report->writeCsv(out, stop)) {
                    outcome.problem = tr("%1 could not be written: %2").arg(tr("standard output"), out.errorString());
                    return outcome;
                }
                out.flush();
                outcome.ok = !*cancelled;
                return outcome;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !report->writeCsv(file, stop) || *cancelled || !file.commit()) {
                if (!*cancelled)
                    outcome.problem = tr("%1 could not be written: %2").arg(path, file.errorString());
                return outcome;
            }
            outcome.ok = true;
            return outcome;
        }
        outcome.ok = report->writePdf(path, &outcome.problem, [cancelled, self](int done, int total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
            return !*cancelled;
        });
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled, and said so
        finish(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace cd
