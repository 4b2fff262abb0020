#include "findingslabel.h"

#include "services/campaigneditor.h"

namespace cd::ui {

FindingsLabel::FindingsLabel(CampaignEditor *editor, QString field, bool withChildren, QWidget *parent)
    : ProblemLine(parent)
    , m_editor(editor)
    , m_field(std::move(field))
    , m_withChildren(withChildren)
{
    setAccessibleName(tr("Problems with this field"));
    connect(editor, &CampaignEditor::findingsChanged, this, &FindingsLabel::refresh);
    connect(editor, &CampaignEditor::acknowledgementsChanged, this, &FindingsLabel::refresh);
    refresh();
}

void FindingsLabel::setField(const QString &field)
{
    m_field = field;
    refresh();
}

void FindingsLabel::setServerMessages(const QStringList &messages)
{
    m_serverMessages = messages;
    refresh();
}

void FindingsLabel::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    refresh();
}

void FindingsLabel::refresh()
{
    QList<Problem> problems;
    QStringList hinted; // one piece of advice per rule
    const QList<lint::Finding> findings = m_revealed ? m_editor->findings().items : QList<lint::Finding>();
    for (const lint::Finding &f : findings) {
        const bool mine = f.field == m_field || (m_withChildren && m_editor->findings().forField(m_field).contains(f));
        if (!mine || f.severity == lint::Severity::Info)
            continue;
        QString text = lint::severityDisplayName(f.severity) + QStringLiteral(": ") + f.message;
        if (m_editor->isAcknowledged(f))
            text += QLatin1Char(' ') + tr("(acknowledged)");
        const bool firstOfRule = !hinted.contains(f.ruleId);
        hinted.append(f.ruleId);
        problems.append({f.severity == lint::Severity::Error ? Severity::Error : Severity::Warning, text,
                         firstOfRule ? f.hint : QString()});
    }
    // What sent.dm said is shown at once, revealed or not: the user asked for it by submitting.
    for (const QString &message : m_serverMessages)
        problems.append({Severity::Error, tr("sent.dm:") + QLatin1Char(' ') + message, {}});
    setProblems(problems);
}

} // namespace cd::ui
