#pragma once

#include "store/historyentry.h"

#include <QPointer>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace cd {
class OrganizationSession;
}

namespace cd::ui {

// An item's history on this computer: status changes seen, changes made (with the request id and the body sent)
// and warnings acknowledged, newest first. Two submissions selected together are compared field by field; the
// whole log's chain can be checked for entries changed or removed behind the application's back.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // The history of `itemId` (a profile's or a campaign's id) as the session has it.
    HistoryDialog(OrganizationSession *session, const QString &itemId, const QString &itemName,
                  QWidget *parent = nullptr);

    // For tests.
    QTreeWidget *list() const { return m_list; }
    QString detailsText() const;
    QString integrityText() const;
    QPushButton *compareButton() const { return m_compare; }
    bool isLoaded() const { return m_loaded; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *findField() const { return m_find; }

    void compareSelected();
    void checkIntegrity();

private:
    void showEntries(const QList<HistoryEntry> &entries);
    void showSelected();
    void applyFilter(); // the kind and the words asked for; the rest hidden
    QList<HistoryEntry> selectedEntries() const;
    static bool isSubmission(const HistoryEntry &entry);

    QPointer<OrganizationSession> m_session;
    QList<HistoryEntry> m_entries;
    QComboBox *m_kind;
    QLineEdit *m_find;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QLabel *m_integrity;
    QPushButton *m_compare;
    bool m_loaded = false;
};

} // namespace cd::ui
