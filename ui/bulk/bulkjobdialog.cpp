#include "bulkjobdialog.h"

#include "dialogs/messagebox.h"
#include "services/bulkjobmodel.h"
#include "services/bulkrunner.h"
#include "services/bulkselection.h"
#include "services/organizationsession.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString durationText(int seconds)
{
    if (seconds < 0)
        return BulkJobDialog::tr("Working out the time left…");
    if (seconds < 60)
        return BulkJobDialog::tr("Less than a minute left");
    if (seconds < 3600)
        return BulkJobDialog::tr("About %n minute(s) left", nullptr, (seconds + 59) / 60);
    return BulkJobDialog::tr("About %n hour(s) left", nullptr, (seconds + 1799) / 3600);
}

} // namespace

BulkJobDialog::BulkJobDialog(OrganizationSession *session, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(title)
    , m_model(new BulkJobModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(title);
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(tr("Reading what sent.dm has now of the profiles…"), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter the items"));
    m_filter->setAccessibleName(tr("Filter the items"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkJobModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Items of the job"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the plan's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details = new QTextBrowser(splitter);
    m_details->setAccessibleName(tr("The selected item's checks and changes"));
    m_details->setPlaceholderText(tr("Select an item to see its checks and what it changes."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BulkJobDialog::showDetails);

    m_acknowledge = new QCheckBox(tr("Send the items with warnings too: I have read the warnings"), this);
    m_acknowledge->setAccessibleName(m_acknowledge->text());
    layout->addWidget(m_acknowledge);
    connect(m_acknowledge, &QCheckBox::toggled, this, &BulkJobDialog::updateSummary);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Items ended"));
    m_progress->setFormat(tr("%v of %m items"));
    m_timeLeft = new QLabel(this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_timeLeft->hide();
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_runner && isRunning())
            m_timeLeft->setText(durationText(m_runner->secondsLeft()));
    });
    clock->start();

    auto *buttons = new QDialogButtonBox(this);
    m_dryRun = buttons->addButton(tr("&Dry run"), QDialogButtonBox::ActionRole);
    m_dryRun->setToolTip(tr("Ask sent.dm to check every item without making anything (\"sandbox\": true)."));
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_pause = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel the jo&b"), QDialogButtonBox::DestructiveRole);
    m_retry = buttons->addButton(tr("&Retry the failed ones"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("&Export results…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_start, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->state() == BulkRunner::State::Paused)
            m_runner->resume(m_runner->job().id, m_runner->job().scope);
        else
            m_runner->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        const auto answer = MessageBox::question(
            this, tr("Cancel the job"),
            tr("Stop the job for good? The items in flight end; the items not sent yet are not sent."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && m_runner)
            m_runner->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->retryFailed();
    });
    connect(m_export, &QPushButton::clicked, this, &BulkJobDialog::exportResults);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    updateButtons();
}

BulkJobDialog::~BulkJobDialog() = default;

bool BulkJobDialog::isRunning() const
{
    if (!m_runner)
        return false;
    const BulkRunner::State s = m_runner->state();
    return s == BulkRunner::State::Starting || s == BulkRunner::State::Running || s == BulkRunner::State::Pausing
        || s == BulkRunner::State::Cancelling;
}

void BulkJobDialog::prepare(const QStringList &profileIds, bool withCampaigns, Planner planner)
{
    if (!m_session)
        return;
    m_selection = new BulkSelection(m_session, this);
    connect(m_selection, &BulkSelection::progress, this, [this](int done, int total) {
        m_summary->setText(tr("Reading what sent.dm has now of the profiles… %1 of %2").arg(done).arg(total));
    });
    connect(m_selection, &BulkSelection::finished, this, [this, planner] {
        BulkPlan plan = planner(m_selection->nodes());
        // A profile that could not be read is shown, left out, with why.
        for (auto it = m_selection->failures().cbegin(); it != m_selection->failures().cend(); ++it) {
            PlannedItem p;
            p.item.profileId = it.key();
            p.item.label = it.key();
            p.verdict = PlannedItem::Verdict::Excluded;
            p.reason = it.value().userMessage();
            plan.items.append(p);
        }
        showPlan(plan);
    });
    m_selection->load(profileIds, withCampaigns);
}

void BulkJobDialog::showPlan(const BulkPlan &plan)
{
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
    updateButtons();
}

void BulkJobDialog::resume(const QString &jobId)
{
    newRunner();
    m_runner->resume(jobId, m_session ? m_session->changeScope() : QString(), true);
}

void BulkJobDialog::newRunner()
{
    if (m_runner)
        m_runner->deleteLater();
    m_runner = m_session ? m_session->bulkRunner(this) : nullptr;
    if (!m_runner)
        return;
    connect(m_runner, &BulkRunner::stateChanged, this, [this](BulkRunner::State state) {
        if (state == BulkRunner::State::Running && m_model->job().id != m_runner->job().id) {
            const int current = m_proxy->mapToSource(m_table->currentIndex()).row();
            m_model->setJob(m_runner->job());
            m_table->resizeColumnToContents(BulkJobModel::StateColumn);
            if (current >= 0) // the same item stays selected, its details shown
                m_table->selectRow(m_proxy->mapFromSource(m_model->index(current, 0)).row());
        }
        updateSummary();
        updateButtons();
    });
    connect(m_runner, &BulkRunner::itemChanged, this, [this](int position) {
        if (position < m_runner->job().items.size())
            m_model->updateItem(m_runner->job().items.at(position));
        showDetails();
    });
    connect(m_runner, &BulkRunner::progressChanged, this, &BulkJobDialog::updateSummary);
    connect(m_runner, &BulkRunner::finished, this, [this] {
        m_table->resizeColumnToContents(BulkJobModel::StateColumn); // "Failed, can be retried" is longer than "Ready"
        if (!m_runner->problem().isEmpty())
            MessageBox::warning(this, m_title, m_runner->problem());
        updateSummary();
        updateButtons();
    });
}

void BulkJobDialog::start(bool dryRun)
{
    if (!m_session || isRunning())
        return;
    BulkJob job = m_model->plan().job(m_title, m_acknowledge->isChecked());
    if (job.items.isEmpty())
        return;
    job.scope = m_session->changeScope();
    job.connectionId = m_session->connection().id;
    job.dryRun = dryRun;
    newRunner();
    if (m_runner)
        m_runner->start(job);
}

void BulkJobDialog::updateSummary()
{
    if (m_runner && m_model->hasJob()) {
        const BulkJob &job = m_runner->job();
        const BulkJob::Counts c = job.counts();
        m_progress->setVisible(true);
        m_progress->setMaximum(std::max(1, c.total()));
        m_progress->setValue(c.ended());
        m_timeLeft->setVisible(isRunning());
        m_timeLeft->setText(durationText(m_runner->secondsLeft()));
        const QString state = job.dryRun && m_runner->state() == BulkRunner::State::Finished
            ? tr("Dry run finished: nothing was made.")
            : BulkJob::stateText(job.state);
        m_summary->setText(tr("%1 — %2 of %3 done, %4 refused, %5 failed, %6 to go.")
                               .arg(state)
                               .arg(c.done)
                               .arg(c.total())
                               .arg(c.refused)
                               .arg(c.failed)
                               .arg(c.pending));
        return;
    }
    if (!m_model->hasPlan())
        return;
    const BulkPlan::Counts c = m_model->plan().counts();
    const int going = int(m_model->plan().job(m_title, m_acknowledge->isChecked()).items.size());
    m_summary->setText(tr("%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n item(s) "
                          "will be sent.",
                          nullptr, going)
                           .arg(c.ready)
                           .arg(c.warnings)
                           .arg(c.errors)
                           .arg(c.excluded));
    m_acknowledge->setVisible(c.warnings > 0);
    updateButtons();
}

void BulkJobDialog::updateButtons()
{
    const bool running = isRunning();
    const bool started = m_runner && m_model->hasJob() && !m_runner->job().dryRun;
    const int going =
        m_model->hasPlan() ? int(m_model->plan().job(m_title, m_acknowledge->isChecked()).items.size()) : 0;
    m_dryRun->setVisible(!started);
    m_start->setVisible(!started);
    m_dryRun->setEnabled(!running && going > 0);
    m_start->setEnabled(!running && going > 0);
    m_filter->setEnabled(m_model->rowCount() > 0);
    m_acknowledge->setEnabled(!started && !running);
    const bool paused = m_runner && m_runner->state() == BulkRunner::State::Paused;
    // Pause and cancel while it runs or waits; retry once it has ended with failures.
    m_pause->setVisible(started && (running || paused));
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_cancel->setVisible(started && (running || paused));
    const bool anyFailed = m_runner && m_runner->job().counts().failed > 0;
    m_retry->setVisible(started && anyFailed);
    m_retry->setEnabled(!running);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void BulkJobDialog::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_details->setPlainText(current.isValid() ? m_model->detailsAt(current.row()) : QString());
}

void BulkJobDialog::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the results"), tr("bulk-job-results.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->resultsCsv()) < 0 || !file.commit())
        MessageBox::warning(this, tr("Export the results"),
                            tr("The results could not be written to %1: %2").arg(path, file.errorString()));
}

void BulkJobDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning() && m_runner && !m_runner->job().dryRun) {
        const auto answer = MessageBox::question(
            this, tr("Close the job"),
            tr("The job is still running. Pause it and close? It is offered again at the next start, and resumes "
               "where it stopped."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->pause();
    }
    QDialog::closeEvent(event);
}

} // namespace cd::ui
