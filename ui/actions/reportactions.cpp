#include "reportactions.h"
#include "style/icons.h"

#include "dialogs/historydialog.h"
#include "dialogs/messagebox.h"
#include "tree/organizationtreeview.h"

#include "core/settings.h"
#include "model/organizationmodel.h"
#include "services/organizationsession.h"
#include "services/reportexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace cd::ui {

ReportActions::ReportActions(OrganizationTreeView *tree, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_window(window)
    , m_export(new QAction(Icons::named("document-save-as"), tr("E&xport compliance report…"), this))
    , m_history(new QAction(Icons::named("document-open-recent"), tr("&History…"), this))
    , m_exporter(new ReportExport(this))
{
    m_export->setToolTip(
        tr("The organization's compliance report, or the selected profile's or campaign's, as PDF or CSV"));
    connect(m_export, &QAction::triggered, this, [this] { exportReport(); });
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("What this computer has seen and sent for the selected profile or campaign"));
    connect(m_history, &QAction::triggered, this, &ReportActions::showHistory);
    connect(m_tree, &OrganizationTreeView::currentItemChanged, this, &ReportActions::updateActions);

    connect(m_exporter, &ReportExport::stageChanged, this, [this](const QString &text) {
        if (m_progress)
            m_progress->setLabelText(text);
    });
    connect(m_exporter, &ReportExport::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_exporter, &ReportExport::finished, this, [this](const ReportExport::Outcome &outcome) {
        closeProgress();
        if (outcome.cancelled) {
            Q_EMIT message(outcome.problem, 6000);
            return;
        }
        if (!outcome.ok) {
            MessageBox::warning(m_window, tr("Export compliance report"),
                                tr("The report was not exported. %1").arg(outcome.problem));
            return;
        }
        m_lastExport = outcome.path;
        Q_EMIT message(tr("Report saved: %1 (%n profile(s))", nullptr, outcome.profiles).arg(outcome.path), 10000);
    });
    updateActions();
}

HistoryDialog *ReportActions::historyDialog() const
{
    return m_historyDialog;
}

QProgressDialog *ReportActions::exportProgress() const
{
    return m_progress;
}

void ReportActions::setSession(OrganizationSession *session)
{
    m_session = session;
    if (m_exporter->isRunning())
        m_exporter->cancel();
    if (m_historyDialog)
        m_historyDialog->close();
    updateActions();
}

void ReportActions::updateActions()
{
    m_export->setEnabled(m_session);
    m_history->setEnabled(m_session && !m_tree->selectedProfileId().isEmpty());
}

void ReportActions::showHistory()
{
    const QString profileId = m_tree->selectedProfileId();
    if (!m_session || profileId.isEmpty())
        return;
    const QString campaignId = m_tree->selectedCampaignId();
    if (m_historyDialog)
        m_historyDialog->close();
    m_historyDialog =
        new HistoryDialog(m_session, campaignId.isEmpty() ? profileId : campaignId, m_tree->selectedName(), m_window);
    m_historyDialog->show();
}

QString ReportActions::suggestedReportName() const
{
    return ReportExport::suggestedFileName(m_tree->selectedName(), QDate::currentDate());
}

// Closing a progress dialog says "cancelled": it is let go quietly once the work is over.
void ReportActions::closeProgress()
{
    if (!m_progress)
        return;
    disconnect(m_progress, &QProgressDialog::canceled, m_exporter, &ReportExport::cancel);
    m_progress->close();
    m_progress = nullptr;
}

void ReportActions::exportReport(const QString &chosenPath)
{
    if (!m_session || m_exporter->isRunning())
        return;
    // The selection decides what is reported: a campaign, a profile, or (the organization's row, nothing) all.
    const QString scopeId =
        !m_tree->selectedCampaignId().isEmpty() ? m_tree->selectedCampaignId() : m_tree->selectedProfileId();
    QString path = chosenPath;
    if (path.isEmpty()) {
        // Named after what it reports and the day; in the folder the last report went to.
        const QString folder = Settings::value(Settings::reportsFolder);
        const QString scopeName = m_tree->selectedName();
        path = QFileDialog::getSaveFileName(
            m_window,
            scopeName.isEmpty() ? tr("Export compliance report") : tr("Export compliance report: %1").arg(scopeName),
            QDir(folder).filePath(suggestedReportName()), tr("PDF document (*.pdf);;CSV for spreadsheets (*.csv)"));
        if (path.isEmpty())
            return;
        Settings::setValue(Settings::reportsFolder, QFileInfo(path).absolutePath());
    }
    const ReportExport::Format format = ReportExport::formatFor(path).value_or(ReportExport::Format::Pdf);

    m_progress =
        new QProgressDialog(tr("Gathering the organization from this computer's copy…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export compliance report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &ReportExport::cancel);
    m_progress->show();
    m_exporter->start(m_session, scopeId, path, format);
}

} // namespace cd::ui
