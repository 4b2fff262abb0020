#include "bulkjobmodel.h"

#include "domain/jsondiff.h"
#include "report/csv.h"

namespace cd {

BulkJobModel::BulkJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BulkJobModel::setPlan(const BulkPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_job = BulkJob();
    m_jobPositionOfRow = QList<int>(plan.items.size(), -1);
    m_rowOfJobPosition.clear();
    endResetModel();
}

void BulkJobModel::setJob(const BulkJob &job)
{
    beginResetModel();
    m_job = job;
    m_rowOfJobPosition.clear();
    if (m_plan.items.isEmpty()) {
        m_jobPositionOfRow.clear();
        for (int i = 0; i < job.items.size(); ++i) {
            m_jobPositionOfRow.append(i);
            m_rowOfJobPosition.append(i);
        }
    } else {
        // The job holds the plan's items that went, in the plan's order: matched by profile, campaign and action.
        m_jobPositionOfRow = QList<int>(m_plan.items.size(), -1);
        int row = 0;
        for (int position = 0; position < job.items.size(); ++position) {
            const BulkItem &item = job.items.at(position);
            while (row < m_plan.items.size()) {
                const BulkItem &planned = m_plan.items.at(row).item;
                if (planned.action == item.action && planned.profileId == item.profileId
                    && planned.campaignId == item.campaignId && planned.label == item.label)
                    break;
                ++row;
            }
            if (row == m_plan.items.size())
                break;
            m_jobPositionOfRow[row] = position;
            m_rowOfJobPosition.append(row);
            ++row;
        }
    }
    endResetModel();
}

void BulkJobModel::updateItem(const BulkItem &item)
{
    if (item.position < 0 || item.position >= m_job.items.size() || item.position >= m_rowOfJobPosition.size())
        return;
    m_job.items[item.position] = item;
    const int row = m_rowOfJobPosition.at(item.position);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const PlannedItem *BulkJobModel::plannedAt(int row) const
{
    return row >= 0 && row < m_plan.items.size() ? &m_plan.items.at(row) : nullptr;
}

const BulkItem *BulkJobModel::itemAt(int row) const
{
    const int position = m_jobPositionOfRow.value(row, -1);
    return position >= 0 && position < m_job.items.size() ? &m_job.items.at(position) : nullptr;
}

int BulkJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.isEmpty() ? m_job.items.size() : m_plan.items.size());
}

int BulkJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkJobModel::stateText(int row) const
{
    if (const BulkItem *item = itemAt(row); item && hasJob()) {
        if (m_job.dryRun && item->state == BulkItem::State::Done)
            return tr("sent.dm would accept it");
        return BulkItem::stateText(item->state);
    }
    if (const PlannedItem *p = plannedAt(row)) {
        if (hasJob() && p->verdict != PlannedItem::Verdict::Excluded && p->verdict != PlannedItem::Verdict::Errors)
            return tr("Held back (warnings not acknowledged)");
        return PlannedItem::verdictText(p->verdict);
    }
    return {};
}

QString BulkJobModel::detailText(int row) const
{
    const BulkItem *item = itemAt(row);
    if (item && !item->message.isEmpty())
        return item->message;
    if (item && item->state == BulkItem::State::Done)
        return m_job.dryRun ? tr("Checked by sent.dm; nothing was made (request %1)").arg(item->requestId)
                            : tr("Made (request %1)").arg(item->requestId);
    if (const PlannedItem *p = plannedAt(row)) {
        if (!p->reason.isEmpty())
            return p->reason;
        for (const lint::Finding &f : p->findings.items)
            if (f.severity == lint::Severity::Warning)
                return tr("%1: %2").arg(f.ruleId, f.message);
        return tr("%n field(s) set", nullptr, int(p->changes.size()));
    }
    return {};
}

QVariant BulkJobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const PlannedItem *planned = plannedAt(row);
    const BulkItem *item = itemAt(row);
    const BulkItem &shown = item ? *item : planned->item;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ItemColumn:
            return shown.label;
        case ActionColumn:
            return BulkItem::actionText(shown.action);
        case StateColumn:
            return role == SortRole ? QVariant(item          ? 10 + int(item->state)
                                                   : planned ? int(planned->verdict)
                                                             : 0)
                                    : QVariant(stateText(row));
        case DetailColumn:
            return detailText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? detailText(row) : QVariant();
    case VerdictRole:
        return planned ? int(planned->verdict) : -1;
    case ItemStateRole:
        return item ? int(item->state) : -1;
    case InJobRole:
        return item != nullptr;
    default:
        return {};
    }
}

QVariant BulkJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return hasJob() ? tr("State") : tr("Check");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

QString BulkJobModel::detailsAt(int row) const
{
    QStringList lines;
    const PlannedItem *planned = plannedAt(row);
    const BulkItem *item = itemAt(row);
    const BulkItem &shown = item ? *item : planned->item;
    lines << tr("%1 — %2").arg(BulkItem::actionText(shown.action), shown.label);
    lines << tr("State: %1").arg(stateText(row));
    if (item) {
        if (!item->message.isEmpty())
            lines << item->message;
        for (auto it = item->fieldErrors.cbegin(); it != item->fieldErrors.cend(); ++it)
            lines << tr("• %1: %2").arg(it.key(), it.value().join(QStringLiteral("; ")));
        if (!item->requestId.isEmpty())
            lines << tr("Request ID: %1").arg(item->requestId);
        if (!item->resultId.isEmpty())
            lines << tr("Made: %1").arg(item->resultId);
    }
    if (planned) {
        // A switch's warning is said once, in its preview below.
        const bool said = planned->inheritance && planned->reason == planned->inheritance->warning;
        if (!planned->reason.isEmpty() && (!item || item->message.isEmpty()) && !said)
            lines << planned->reason;
        if (!planned->findings.items.isEmpty()) {
            lines << QString() << tr("The linter, against this profile:");
            for (const lint::Finding &f : planned->findings.items)
                lines
                    << tr("• %1 %2 (%3): %4").arg(lint::severityDisplayName(f.severity), f.ruleId, f.field, f.message);
        }
        if (planned->inheritance) {
            lines << QString() << tr("What the switch does to it:");
            lines << planned->inheritance->describe();
        }
        if (planned->checklist) {
            lines << QString() << tr("What sent.dm will check:");
            for (const CompletionChecklist::Item &c : planned->checklist->items)
                lines << (c.met ? tr("✓ %1") : tr("✗ %1")).arg(c.text);
        }
        if (!planned->changes.isEmpty()) {
            lines << QString() << tr("What it changes on sent.dm:");
            for (const FieldChange &c : planned->changes) {
                switch (c.kind) {
                case FieldChange::Kind::Added:
                    lines << tr("+ %1: %2").arg(c.path, jsonValueText(c.after));
                    break;
                case FieldChange::Kind::Removed:
                    lines << tr("− %1: %2").arg(c.path, jsonValueText(c.before));
                    break;
                case FieldChange::Kind::Changed:
                    lines << tr("~ %1: %2 → %3").arg(c.path, jsonValueText(c.before), jsonValueText(c.after));
                    break;
                }
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray BulkJobModel::resultsCsv() const
{
    QList<QStringList> records{{QStringLiteral("item"), QStringLiteral("action"), QStringLiteral("profile_id"),
                                QStringLiteral("campaign_id"), QStringLiteral("state"), QStringLiteral("request_id"),
                                QStringLiteral("made"), QStringLiteral("message")}};
    for (int row = 0; row < rowCount(); ++row) {
        const PlannedItem *planned = plannedAt(row);
        const BulkItem *item = itemAt(row);
        const BulkItem &shown = item ? *item : planned->item;
        const QString state = item ? BulkItem::stateKey(item->state) : planned ? QStringLiteral("not sent") : QString();
        records.append({shown.label, BulkItem::actionKey(shown.action), shown.profileId, shown.campaignId, state,
                        item ? item->requestId : QString(), item ? item->resultId : QString(),
                        item && !item->message.isEmpty() ? item->message
                            : planned                    ? planned->reason
                                                         : QString()});
    }
    return csv::write(records);
}

} // namespace cd
