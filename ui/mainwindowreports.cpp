// The window's paper trail: an item's history, and the compliance report exported as PDF or CSV.
#include "mainwindow.h"

#include "dialogs/historydialog.h"
#include "dialogs/messagebox.h"

#include "core/settings.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "report/compliancereport.h"
#include "services/organizationsession.h"
#include "store/historylog.h"
#include "store/treecache.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace cd::ui {

HistoryDialog *MainWindow::historyDialog() const
{
    return m_historyDialog;
}

QProgressDialog *MainWindow::exportProgress() const
{
    return m_exportProgress;
}

void MainWindow::buildReportActions(QMenu *fileMenu, QMenu *profileMenu)
{
    m_exportReport = new QAction(tr("E&xport compliance report…"), this);
    m_exportReport->setToolTip(tr("The organization's compliance report, or the selected profile's or campaign's, as PDF or CSV"));
    connect(m_exportReport, &QAction::triggered, this, [this] { exportReport(); });
    fileMenu->insertAction(m_removeConnection, m_exportReport);
    m_showHistory = profileMenu->addAction(tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, &MainWindow::showHistory);
    m_showHistory->setToolTip(tr("What this computer has seen and sent for the selected profile or campaign"));
}

// Closing a progress dialog says "cancelled": it is let go quietly once the work is over.
void MainWindow::closeExportProgress()
{
    if (!m_exportProgress)
        return;
    m_exportProgress->disconnect(this);
    m_exportProgress->close();
    m_exportProgress = nullptr;
}

void MainWindow::showHistory()
{
    const QString profileId = selectedProfileId();
    if (!m_session || profileId.isEmpty())
        return;
    const QString campaignId = selectedCampaignId();
    const QModelIndex source = campaignId.isEmpty() ? m_model->profileIndex(profileId) : m_model->campaignIndex(profileId, campaignId);
    const QString name = campaignId.isEmpty() ? m_model->profile(source)->name : m_model->campaign(source)->name;
    if (m_historyDialog)
        m_historyDialog->close();
    m_historyDialog = new HistoryDialog(m_history, m_session->connection().id, campaignId.isEmpty() ? profileId : campaignId, name, this);
    m_historyDialog->show();
}

// What the report will be about: the selected campaign, the selected profile, or the organization.
QString MainWindow::reportScopeName() const
{
    const QModelIndex selected = !selectedCampaignId().isEmpty() ? m_model->campaignIndex(selectedProfileId(), selectedCampaignId())
                                 : !selectedProfileId().isEmpty() ? m_model->profileIndex(selectedProfileId())
                                                                  : m_model->organizationIndex();
    return selected.siblingAtColumn(OrganizationModel::NameColumn).data().toString();
}

// "compliance-report-acme-dental-2026-11-27.pdf": what it reports and the day.
QString MainWindow::suggestedReportName() const
{
    QString slug = reportScopeName().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption), QStringLiteral("-"));
    slug = slug.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty).left(40);
    return tr("compliance-report-%1%2.pdf").arg(slug.isEmpty() ? QString() : slug + QLatin1Char('-'), QDate::currentDate().toString(Qt::ISODate));
}

void MainWindow::exportReport(const QString &chosenPath)
{
    if (!m_session || m_exportProgress)
        return;
    // The selection decides what is reported: a campaign, a profile, or (the organization's row, nothing) all.
    const QString scopeId = !selectedCampaignId().isEmpty() ? selectedCampaignId() : selectedProfileId();
    QString path = chosenPath;
    if (path.isEmpty()) {
        // Named after what it reports and the day; in the folder the last report went to.
        const QString folder = Settings::value(Settings::reportsFolder);
        const QString scopeName = reportScopeName();
        const QString name = suggestedReportName();
        path = QFileDialog::getSaveFileName(this, scopeName.isEmpty() ? tr("Export compliance report") : tr("Export compliance report: %1").arg(scopeName),
                                            QDir(folder).filePath(name), tr("PDF document (*.pdf);;CSV for spreadsheets (*.csv)"));
        if (path.isEmpty())
            return;
        Settings::setValue(Settings::reportsFolder, QFileInfo(path).absolutePath());
    }
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;

    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_exportProgress = new QProgressDialog(tr("Gathering the organization from this computer's copy…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setWindowTitle(tr("Export compliance report"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportProgress, &QProgressDialog::canceled, this, [this, cancelled] {
        *cancelled = true;
        statusBar()->showMessage(tr("The report was not exported: cancelled."), 6000);
        closeExportProgress();
    });
    m_exportProgress->show();

    const QString connectionId = m_session->connection().id;
    m_session->cache()->readSnapshot(this, [this, path, csv, scopeId, connectionId, cancelled](const TreeCache::Snapshot &snapshot) {
        if (*cancelled || !m_session)
            return;
        m_history->entries(connectionId, QString(), this, [this, path, csv, scopeId, snapshot, cancelled](const QList<HistoryEntry> &history) {
            if (*cancelled)
                return;
            QList<ProfileNode> profiles;
            profiles.reserve(snapshot.profiles.size());
            for (const Profile &p : snapshot.profiles) {
                ProfileNode node;
                node.profile = p;
                node.campaignsLoaded = snapshot.campaigns.contains(p.id);
                node.campaigns = snapshot.campaigns.value(p.id);
                profiles.append(node);
            }
            auto report = std::make_shared<ComplianceReport>(snapshot.account, profiles, history);
            if (!scopeId.isEmpty() && !report->narrowTo(scopeId)) {
                closeExportProgress();
                MessageBox::warning(this, tr("Export compliance report"),
                                    tr("This item's details are not on this computer yet. Refresh (F5) and try again."));
                return;
            }
            if (m_exportProgress)
                m_exportProgress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
            // Linting every campaign and laying out the pages takes a while on a large organization: off the
            // window's thread, with the pages counted and Cancel heard between them.
            QPointer<MainWindow> self(this);
            auto outcome = std::make_shared<QString>();
            auto future = QtConcurrent::run([report, path, csv, cancelled, self, outcome]() -> bool {
                if (csv) {
                    const QByteArray bytes = report->toCsv();
                    QSaveFile file(path);
                    if (*cancelled)
                        return false;
                    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
                        *outcome = MainWindow::tr("%1 could not be written: %2").arg(path, file.errorString());
                        return false;
                    }
                    return true;
                }
                return report->writePdf(path, outcome.get(), [cancelled, self](int done, int total) {
                    QMetaObject::invokeMethod(self.data(), [self, done, total] {
                        if (self && self->m_exportProgress) {
                            self->m_exportProgress->setMaximum(total);
                            self->m_exportProgress->setValue(done);
                        }
                    }, Qt::QueuedConnection);
                    return !*cancelled;
                });
            });
            auto *watcher = new QFutureWatcher<bool>(this);
            connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path, cancelled, outcome, report] {
                watcher->deleteLater();
                if (*cancelled)
                    return; // closed already, and said so
                closeExportProgress();
                if (!watcher->result()) {
                    MessageBox::warning(this, tr("Export compliance report"), tr("The report was not exported. %1").arg(*outcome));
                    return;
                }
                m_lastExport = path;
                statusBar()->showMessage(tr("Report saved: %1 (%n profile(s))", nullptr, report->profileCount()).arg(path), 10000);
            });
            watcher->setFuture(future);
        });
    });
}

} // namespace cd::ui
