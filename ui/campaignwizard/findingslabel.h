#pragma once

#include <QLabel>

namespace cd {
class CampaignEditor;
}

namespace cd::ui {

// Under a field: what the linter says about it (and, after a refused submission, what sent.dm said), updated as
// the user pauses typing. Empty and hidden while there is nothing to say.
class FindingsLabel : public QLabel
{
    Q_OBJECT
public:
    // `field`: a JSON path; `withChildren` also shows findings under it (e.g. a use case's samples).
    FindingsLabel(CampaignEditor *editor, QString field, bool withChildren = false, QWidget *parent = nullptr);

    void setField(const QString &field); // dynamic rows move when one above them is removed
    void setServerMessages(const QStringList &messages);
    QString field() const { return m_field; }

private:
    void refresh();

    CampaignEditor *m_editor;
    QString m_field;
    bool m_withChildren;
    QStringList m_serverMessages;
};

} // namespace cd::ui
