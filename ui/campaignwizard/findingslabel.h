#pragma once

#include "input/problemline.h"

namespace cd {
class CampaignEditor;
}

namespace cd::ui {

// Under a field: what the linter says about it (and, after a refused submission, what sent.dm said), updated as
// the user pauses typing. Nothing is said about a field before it is revealed: once the user has left it, or asked
// for the next page (a form nobody has touched shows no errors).
class FindingsLabel : public ProblemLine
{
    Q_OBJECT
public:
    // `field`: a JSON path; `withChildren` also shows findings under it (e.g. a use case's samples).
    FindingsLabel(CampaignEditor *editor, QString field, bool withChildren = false, QWidget *parent = nullptr);

    void setField(const QString &field); // dynamic rows move when one above them is removed
    void setServerMessages(const QStringList &messages);
    QString field() const { return m_field; }
    void reveal();
    bool isRevealed() const { return m_revealed; }

private:
    void refresh();

    CampaignEditor *m_editor;
    QString m_field;
    bool m_withChildren;
    bool m_revealed = false;
    QStringList m_serverMessages;
};

} // namespace cd::ui
