#pragma once

#include <QLabel>

class QWizard;

namespace cd::ui {

// Where a wizard is: its pages' titles down the side, the current one marked and named "step N of M" for a screen
// reader. Follows the wizard as it moves; a page's title that changes later is shown too.
class WizardSteps : public QLabel
{
    Q_OBJECT
public:
    explicit WizardSteps(QWizard *wizard);

    // "Step 2 of 6: Use cases and sample messages"
    QString currentStepText() const;

private:
    void showCurrent();

    QWizard *m_wizard;
};

} // namespace cd::ui
