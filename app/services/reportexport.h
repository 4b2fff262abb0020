#pragma once

#include "organizationtree.h"
#include "store/historyentry.h"

#include <QByteArray>
#include <QDate>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace cd {

class OrganizationSession;

// Writes a compliance report — a PDF for people or a CSV for spreadsheets — of the organization, one profile or one
// campaign. Linting every campaign and laying out the pages takes a while on a large organization, so it runs off
// the caller's thread, with the pages counted and a cancel heard between them; a report cancelled or failed leaves
// nothing behind. The window reports what this computer has (the session's saved records and history); the CLI
// what it has just loaded. finished() is emitted exactly once per start.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Pdf, Csv };
    Q_ENUM(Format)

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString problem; // why not, translated
        QString path;    // where it went ("-": standard output, a CSV only)
        int profiles = 0;
        int campaigns = 0;
    };

    explicit ReportExport(QObject *parent = nullptr);
    ~ReportExport() override; // cancels, and waits for the writing to stop

    // The format a file's name asks for (".pdf", ".csv"), or the one named (pdf, csv).
    static std::optional<Format> formatFor(const QString &path, const QString &named = {});
    // "compliance-report-acme-dental-2026-11-27.pdf": what it reports and the day.
    static QString suggestedFileName(const QString &scopeName, const QDate &day);

    // What this computer has of the session's organization, narrowed to `scopeId` (a profile's or campaign's id;
    // empty: everything), written to `path` ("-": standard output, a CSV only).
    void start(OrganizationSession *session, const QString &scopeId, const QString &path, Format format);
    // An organization at hand, with its history (newest first).
    void start(const OrganizationTree &organization, const QList<HistoryEntry> &history, const QString &scopeId,
               const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stageChanged(const QString &text); // what it is doing, for people
    void progress(int done, int total);     // pages laid out
    void finished(const cd::ReportExport::Outcome &outcome);

private:
    void finish(Outcome outcome);

    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace cd
