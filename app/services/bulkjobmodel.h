#pragma once

#include "bulkplanner.h"
#include "domain/bulkjob.h"

#include <QAbstractTableModel>

namespace cd {

// A bulk job's items as a table: before it is sent, the plan (each item with the checks' verdict and why); once it
// runs, each item's state as it ends. A job read back from the journal (resumed) has no plan: its items alone.
class BulkJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ActionColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // PlannedItem::Verdict (int), -1 without a plan
        ItemStateRole,                  // BulkItem::State (int), -1 while not in the job
        InJobRole,                      // whether the row is one of the job's items
        SortRole,
    };

    explicit BulkJobModel(QObject *parent = nullptr);

    void setPlan(const BulkPlan &plan);
    const BulkPlan &plan() const { return m_plan; }
    bool hasPlan() const { return !m_plan.items.isEmpty(); }
    // The job that runs (or was resumed): each of its items is matched to its row of the plan by its place among the
    // items that went; without a plan, its items are the rows.
    void setJob(const BulkJob &job);
    void updateItem(const BulkItem &item);
    const BulkJob &job() const { return m_job; }
    bool hasJob() const { return !m_job.id.isEmpty(); }

    // The row's planned item (none for a job without a plan) and job item (none while it is not in the job).
    const PlannedItem *plannedAt(int row) const;
    const BulkItem *itemAt(int row) const;
    // The item's checks and changes as text for people: the reason, the linter's findings, the fields it changes.
    QString detailsAt(int row) const;
    // Every row with its outcome, as CSV (a header, then a row an item), for the job's results.
    QByteArray resultsCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(int row) const;
    QString detailText(int row) const;

    BulkPlan m_plan;
    BulkJob m_job;
    QList<int> m_jobPositionOfRow; // row → job position, -1 for a row that did not go
    QList<int> m_rowOfJobPosition; // job position → row
};

} // namespace cd
