#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace cd {
class OrganizationSession;
class ReportExport;
} // namespace cd

namespace cd::ui {

class HistoryDialog;
class OrganizationTreeView;

// The paper trail: the selected item's history on this computer, and the compliance report — of the selected
// campaign or profile, or of the organization — exported as PDF or CSV by the session's report service, with its
// progress and Cancel.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(OrganizationTreeView *tree, QWidget *window);

    void setSession(OrganizationSession *session);
    QAction *exportReportAction() const { return m_export; }
    QAction *historyAction() const { return m_history; }

    void showHistory();
    // Written to `path` (asked for when empty).
    void exportReport(const QString &path = {});
    HistoryDialog *historyDialog() const;
    QProgressDialog *exportProgress() const;
    QString lastExport() const { return m_lastExport; } // the last report written
    QString suggestedReportName() const;                // the file name the export offers for the selection

Q_SIGNALS:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void updateActions();
    void closeProgress();

    OrganizationTreeView *m_tree;
    QWidget *m_window;
    QPointer<OrganizationSession> m_session;
    QAction *m_export;
    QAction *m_history;
    ReportExport *m_exporter;
    QPointer<HistoryDialog> m_historyDialog;
    QPointer<QProgressDialog> m_progress;
    QString m_lastExport;
};

} // namespace cd::ui
