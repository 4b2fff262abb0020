#include "historydialog.h"
#include "core/datetext.h"

#include "domain/jsondiff.h"
#include "services/organizationsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString kindText(HistoryEntry::Kind kind)
{
    switch (kind) {
    case HistoryEntry::Kind::Status:
        return HistoryDialog::tr("Status");
    case HistoryEntry::Kind::Mutation:
        return HistoryDialog::tr("Change");
    case HistoryEntry::Kind::Acknowledgement:
        return HistoryDialog::tr("Acknowledged");
    }
    return {};
}

// What a submission sent: the campaign object of a campaign's request, else the whole body.
QJsonObject sentObject(const HistoryEntry &e)
{
    const QJsonObject body = e.payload.value(QLatin1String("body")).toObject();
    return body.contains(QLatin1String("campaign")) ? body.value(QLatin1String("campaign")).toObject() : body;
}

} // namespace

HistoryDialog::HistoryDialog(OrganizationSession *session, const QString &itemId, const QString &itemName,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("History — %1").arg(itemName));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("What this computer has seen and sent for %1, newest first. Select two changes to compare "
                      "what they sent.")
                       .arg(itemName),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Narrowing a long history: one kind of entry, and words found in what, who, the request id or what was sent.
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All entries"), -1);
    m_kind->addItem(tr("Status changes"), int(HistoryEntry::Kind::Status));
    m_kind->addItem(tr("Changes made"), int(HistoryEntry::Kind::Mutation));
    m_kind->addItem(tr("Warnings acknowledged"), int(HistoryEntry::Kind::Acknowledgement));
    m_kind->setAccessibleName(tr("Kind of entries shown"));
    showLabel->setBuddy(m_kind);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in the entries (what, who, request id, what was sent)…"));
    m_find->setAccessibleName(tr("Find in the history"));
    m_find->setClearButtonEnabled(true);
    filters->addWidget(showLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_find, 1);
    layout->addLayout(filters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_find, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setHeaderLabels({tr("#"), tr("When"), tr("Kind"), tr("What"), tr("Who"), tr("Request ID")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("History entries"));
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_details = new QTextBrowser(splitter);
    m_details->setAccessibleName(tr("The selected entry"));
    m_details->setPlaceholderText(tr("Select an entry to see what was sent."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_integrity = new QLabel(this);
    m_integrity->setWordWrap(true);
    m_integrity->setAccessibleName(tr("Integrity of the history"));
    layout->addWidget(m_integrity);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = buttons->addButton(tr("Co&mpare the two"), QDialogButtonBox::ActionRole);
    m_compare->setEnabled(false);
    m_compare->setToolTip(
        tr("Select two changes (Ctrl+click) to see, field by field, what the later one sent differently"));
    auto *verify = buttons->addButton(tr("Check &integrity"), QDialogButtonBox::ActionRole);
    verify->setToolTip(tr("Check that no entry of the history was changed or removed since it was written"));
    connect(m_compare, &QPushButton::clicked, this, &HistoryDialog::compareSelected);
    connect(verify, &QPushButton::clicked, this, &HistoryDialog::checkIntegrity);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::showSelected);
    if (m_session)
        m_session->readHistory(itemId, this, [this](const QList<HistoryEntry> &entries) { showEntries(entries); });
}

void HistoryDialog::showEntries(const QList<HistoryEntry> &entries)
{
    m_entries = entries;
    m_list->clear();
    for (const HistoryEntry &e : entries) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {QString::number(e.seq), DateText::brief(e.at), kindText(e.kind), e.summary, e.actorText(), e.requestId});
        item->setData(0, Qt::UserRole, e.seq);
        item->setToolTip(3, e.summary);
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        if (c != 3)
            m_list->resizeColumnToContents(c);
    applyFilter();
    if (entries.isEmpty())
        m_details->setPlainText(
            tr("Nothing recorded yet. Changes made here or with compliance-desk-cli, and the status "
               "changes the status checks see, are recorded from now on."));
    m_loaded = true;
}

void HistoryDialog::applyFilter()
{
    const int kind = m_kind->currentData().toInt();
    const QStringList words = m_find->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const auto entry = std::find_if(
            m_entries.cbegin(), m_entries.cend(),
            [seq = item->data(0, Qt::UserRole).toLongLong()](const HistoryEntry &e) { return e.seq == seq; });
        if (entry == m_entries.cend())
            continue;
        bool shown = kind < 0 || int(entry->kind) == kind;
        if (shown && !words.isEmpty()) {
            const QString text =
                QStringList{entry->summary, entry->actorText(), entry->requestId, entry->action,
                            QString::fromUtf8(QJsonDocument(entry->payload).toJson(QJsonDocument::Compact))}
                    .join(QLatin1Char('\n'));
            for (const QString &word : words)
                shown = shown && text.contains(word, Qt::CaseInsensitive);
        }
        item->setHidden(!shown);
        if (!shown)
            item->setSelected(false); // a hidden entry is not compared
    }
}

QList<HistoryEntry> HistoryDialog::selectedEntries() const
{
    QList<HistoryEntry> result;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        for (const HistoryEntry &e : m_entries)
            if (e.seq == item->data(0, Qt::UserRole).toLongLong())
                result.append(e);
    std::sort(result.begin(), result.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.seq < b.seq; });
    return result;
}

bool HistoryDialog::isSubmission(const HistoryEntry &entry)
{
    return entry.kind == HistoryEntry::Kind::Mutation
        && !entry.payload.value(QLatin1String("body")).toObject().isEmpty();
}

void HistoryDialog::showSelected()
{
    const QList<HistoryEntry> selected = selectedEntries();
    m_compare->setEnabled(selected.size() == 2 && isSubmission(selected[0]) && isSubmission(selected[1]));
    if (selected.size() != 1)
        return;
    const HistoryEntry &e = selected.first();
    QString text = QStringLiteral("%1\n%2\n").arg(e.summary, DateText::exact(e.at));
    text += tr("By: %1").arg(e.actorText()) + QLatin1Char('\n');
    if (!e.requestId.isEmpty())
        text += tr("Request ID: %1").arg(e.requestId) + QLatin1Char('\n');
    if (e.kind == HistoryEntry::Kind::Mutation)
        text += tr("Sent: %1").arg(e.action) + QStringLiteral("\n\n")
            + QString::fromUtf8(
                    QJsonDocument(e.payload.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Indented));
    else
        text += QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

void HistoryDialog::compareSelected()
{
    const QList<HistoryEntry> selected = selectedEntries();
    if (selected.size() != 2 || !isSubmission(selected[0]) || !isSubmission(selected[1]))
        return;
    const QList<FieldChange> changes = diffJson(sentObject(selected[0]), sentObject(selected[1]));
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("From entry %1 (%2) to entry %3 (%4):")
                                .arg(selected[0].seq)
                                .arg(DateText::brief(selected[0].at))
                                .arg(selected[1].seq)
                                .arg(DateText::brief(selected[1].at))
                                .toHtmlEscaped());
    if (changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Both sent the same fields.").toHtmlEscaped());
    } else {
        html +=
            QStringLiteral(
                "<table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                .arg(tr("Field").toHtmlEscaped(), tr("Before").toHtmlEscaped(), tr("After").toHtmlEscaped());
        for (const FieldChange &c : changes)
            html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td></tr>")
                        .arg(c.path.toHtmlEscaped(),
                             c.kind == FieldChange::Kind::Added ? tr("(not sent)").toHtmlEscaped()
                                                                : jsonValueText(c.before).toHtmlEscaped(),
                             c.kind == FieldChange::Kind::Removed ? tr("(not sent)").toHtmlEscaped()
                                                                  : jsonValueText(c.after).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void HistoryDialog::checkIntegrity()
{
    m_integrity->setText(tr("Checking…"));
    if (!m_session)
        return;
    m_session->verifyHistory(this, [this](const HistoryVerification &v) {
        QString said = v.ok
            ? tr("The history is intact: %n entry(s) checked, none changed or removed.", nullptr, int(v.checked))
            : v.obstacle != HistoryVerification::Obstacle::None
            ? tr("The history could not be checked: %1").arg(v.problem)
            : tr("The history is not intact: %1").arg(v.problem);
        for (const QString &note : v.notes)
            said += QLatin1Char(' ') + note;
        m_integrity->setText(said);
    });
}

QString HistoryDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString HistoryDialog::integrityText() const
{
    return m_integrity->text();
}

} // namespace cd::ui
