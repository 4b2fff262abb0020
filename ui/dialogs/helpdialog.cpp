#include "helpdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

HelpDialog::HelpDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_manual(new QTextBrowser(this))
    , m_shortcuts(new QTreeWidget(this))
{
    setWindowTitle(tr("Compliance Desk Help"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);

    // The installed copy (/usr/share/doc/compliance-desk on Linux) when there is one, with its pictures beside it;
    // else the copy built into the program, whose pictures are in its resources the same way (screenshots/…).
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     QStringLiteral("doc/compliance-desk/user-guide.md"));
    QFile guide(installed.isEmpty() ? QStringLiteral(":/docs/user-guide.md") : installed);
    m_manual->setSearchPaths({installed.isEmpty() ? QStringLiteral(":/docs") : QFileInfo(installed).absolutePath()});
    if (guide.open(QIODevice::ReadOnly))
        m_manual->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_manual->setPlainText(tr("The user guide is missing from this build."));
    m_manual->setOpenExternalLinks(true);
    m_manual->setAccessibleName(tr("User guide"));

    // Every action the window has a key for, by its menu text; then the keys no menu shows.
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHeaderLabels({tr("Action"), tr("Keys")});
    m_shortcuts->setRootIsDecorated(false);
    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        const QString text = QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const auto &row) { return row.first == text; }))
            rows.append({text, keys.join(QStringLiteral(", "))});
    }
    rows.append({tr("Open the selected row's menu"), tr("Shift+F10 or the Menu key")});
    rows.append({tr("Open the selected item, or load a failed row again"), tr("Enter or double-click")});
    rows.append({tr("Go to the field of a finding (review page)"), tr("Enter or double-click")});
    rows.append({tr("Move between fields"), tr("Tab, Shift+Tab")});
    for (const auto &[text, keys] : std::as_const(rows))
        new QTreeWidgetItem(m_shortcuts, {text, keys});
    m_shortcuts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcuts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_tabs->addTab(m_manual, tr("User guide"));
    m_tabs->addTab(m_shortcuts, tr("Keyboard shortcuts"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 620);
}

void HelpDialog::showPage(Page page)
{
    m_tabs->setCurrentWidget(page == Page::Manual ? static_cast<QWidget *>(m_manual) : m_shortcuts);
    m_tabs->currentWidget()->setFocus();
}

} // namespace cd::ui
