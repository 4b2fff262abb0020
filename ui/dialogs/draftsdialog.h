#pragma once

#include "store/draft.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace cd {
class OrganizationModel;
class OrganizationSession;
} // namespace cd

namespace cd::ui {

// The campaign drafts not yet submitted — of one profile, or of the whole connection — newest first: open one to
// go on where it was left, or discard it (after asking). A draft that cannot be read is listed with why.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    // `profileId`: that profile's drafts; empty: every draft of the connection.
    DraftsDialog(OrganizationSession *session, const OrganizationModel *model, const QString &profileId,
                 QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const cd::Draft &draft);

private:
    void showDrafts(const QList<Draft> &drafts, const QList<QString> &unreadable);
    std::optional<Draft> selected() const;
    void discardSelected();

    QPointer<OrganizationSession> m_session;
    const OrganizationModel *m_model;
    QList<Draft> m_drafts;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_discard;
};

} // namespace cd::ui
