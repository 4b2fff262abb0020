#include "problemline.h"

#include "style/colors.h"

#include <QEvent>
#include <QResizeEvent>

namespace cd::ui {

ProblemLine::ProblemLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // its width is the form's; its text is cut to it
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide(); // takes no room until it first has something to say
}

QColor ProblemLine::colorFor(Severity severity, const QPalette &palette)
{
    return severity == Severity::Error ? Colors::errorText(palette) : Colors::warningText(palette);
}

void ProblemLine::setProblems(const QList<Problem> &problems)
{
    QStringList lines, tips;
    m_severity = Severity::Warning;
    for (const Problem &p : problems)
        if (p.severity == Severity::Error)
            m_severity = Severity::Error;
    // The most serious first: an error before a warning.
    QList<Problem> ordered = problems;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Problem &a, const Problem &b) { return int(a.severity) < int(b.severity); });
    for (const Problem &p : std::as_const(ordered)) {
        lines.append(p.text);
        tips.append(p.detail.isEmpty() ? p.text : p.text + QLatin1Char('\n') + p.detail);
    }
    m_full = lines.join(QLatin1Char('\n'));
    setToolTip(tips.join(QStringLiteral("\n\n")));
    setAccessibleDescription(m_full);
    if (!lines.isEmpty() && !m_reserved) {
        m_reserved = true;
        setMinimumHeight(fontMetrics().height());
        show();
    }
    updateShown();
}

void ProblemLine::updateShown()
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, colorFor(m_severity, p));
    setPalette(p);
    const QStringList lines = m_full.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString shown = lines.value(0);
    if (lines.size() > 1)
        shown += QLatin1Char(' ') + tr("(+%1 more; see the tooltip)").arg(lines.size() - 1);
    setText(fontMetrics().elidedText(shown, Qt::ElideRight, std::max(width(), 40)));
}

void ProblemLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateShown();
}

void ProblemLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setMinimumHeight(m_reserved ? fontMetrics().height() : 0);
}

} // namespace cd::ui
