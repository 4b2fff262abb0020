#include "wizardsteps.h"

#include <QWizard>

namespace cd::ui {

WizardSteps::WizardSteps(QWizard *wizard)
    : QLabel(wizard)
    , m_wizard(wizard)
{
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setContentsMargins(6, 6, 12, 6);
    setAccessibleName(tr("Steps"));
    connect(wizard, &QWizard::currentIdChanged, this, &WizardSteps::showCurrent);
    wizard->setSideWidget(this);
    showCurrent();
}

QString WizardSteps::currentStepText() const
{
    const QList<int> ids = m_wizard->pageIds();
    const int at = int(ids.indexOf(m_wizard->currentId()));
    if (at < 0)
        return {};
    return tr("Step %1 of %2: %3").arg(at + 1).arg(ids.size()).arg(m_wizard->currentPage()->title());
}

void WizardSteps::showCurrent()
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const QList<int> ids = m_wizard->pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QWizardPage *page = m_wizard->page(ids.at(i));
        const bool current = ids.at(i) == m_wizard->currentId();
        const QString title = page->title().toHtmlEscaped();
        html += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td></tr>")
                    .arg(i + 1)
                    .arg(current ? QStringLiteral("<b>%1</b>").arg(title) : title);
    }
    html += QStringLiteral("</table>");
    setText(html);
    setAccessibleDescription(currentStepText());
}

} // namespace cd::ui
