#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace cd::ui {

// Help that ships with the app: the user guide (docs/user-guide.md, embedded) and the keyboard shortcuts, read
// from the window's own actions so the list never drifts from what the keys do.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Manual, Shortcuts };

    HelpDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    void showPage(Page page);
    QTextBrowser *manual() const { return m_manual; }
    QTreeWidget *shortcuts() const { return m_shortcuts; }

private:
    QTabWidget *m_tabs;
    QTextBrowser *m_manual;
    QTreeWidget *m_shortcuts;
};

} // namespace cd::ui
