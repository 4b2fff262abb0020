#include "findingslabel.h"

#include "services/campaigneditor.h"

namespace cd::ui {

FindingsLabel::FindingsLabel(CampaignEditor *editor, QString field, bool withChildren, QWidget *parent)
    : QLabel(parent)
    , m_editor(editor)
    , m_field(std::move(field))
    , m_withChildren(withChildren)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
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

void FindingsLabel::refresh()
{
    QStringList lines;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (const lint::Finding &f : m_editor->findings().items) {
        const bool mine = f.field == m_field || (m_withChildren && m_editor->findings().forField(m_field).contains(f));
        if (!mine || f.severity == lint::Severity::Info)
            continue;
        const bool error = f.severity == lint::Severity::Error;
        const QString color = error ? (dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"))
                                    : (dark ? QStringLiteral("#ffd180") : QStringLiteral("#8a5300"));
        QString line =
            QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>")
                .arg(color, lint::severityDisplayName(f.severity).toHtmlEscaped(), f.message.toHtmlEscaped());
        if (m_editor->isAcknowledged(f))
            line += QLatin1Char(' ') + tr("(acknowledged)").toHtmlEscaped();
        line += QStringLiteral("<br><small>%1</small>").arg(f.hint.toHtmlEscaped());
        lines << line;
    }
    for (const QString &message : m_serverMessages)
        lines << QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>")
                     .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"), tr("sent.dm:").toHtmlEscaped(),
                          message.toHtmlEscaped());
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

} // namespace cd::ui
