#pragma once

#include "services/bulkplanner.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace cd {
class BulkJobModel;
class BulkRunner;
class BulkSelection;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

// A bulk job from preview to results. First what sent.dm has now of the profiles is read; then the plan: every item
// with the checks' verdict (sortable, filterable, the selected item's checks and changes below), the warnings
// acknowledged once for the whole job; a dry run asks sent.dm's own verdict without making anything. Then the run,
// with progress, the time left, pause, cancel, each item's state as it ends, "retry the failed ones" and the results
// exported as CSV. A job the last session left unfinished opens here too, to be resumed.
class BulkJobDialog : public QDialog
{
    Q_OBJECT
public:
    // What the job does, made once the profiles are read.
    using Planner = std::function<BulkPlan(const QList<ProfileNode> &)>;

    BulkJobDialog(OrganizationSession *session, const QString &title, QWidget *parent = nullptr);
    ~BulkJobDialog() override;

    // Reads the profiles, then shows the plan `planner` makes of them.
    void prepare(const QStringList &profileIds, bool withCampaigns, Planner planner);
    // Shows a plan made already (profiles imported from a file).
    void showPlan(const BulkPlan &plan);
    // Shows a job from the journal and runs what it has left (an item sent before, under its key).
    void resume(const QString &jobId);

    BulkJobModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BulkRunner *runner() const { return m_runner; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void start(bool dryRun);
    void newRunner();
    void updateSummary();
    void updateButtons();
    void showDetails();
    void exportResults();
    bool isRunning() const;

    QPointer<OrganizationSession> m_session;
    QString m_title;
    BulkJobModel *m_model;
    QSortFilterProxyModel *m_proxy;
    BulkSelection *m_selection = nullptr;
    BulkRunner *m_runner = nullptr;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QCheckBox *m_acknowledge;
    QProgressBar *m_progress;
    QLabel *m_timeLeft;
    QPushButton *m_dryRun;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace cd::ui
