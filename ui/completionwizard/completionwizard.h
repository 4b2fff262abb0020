#pragma once

#include "domain/completion.h"
#include "services/completionengine.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cd::ui {

// Takes a profile from incomplete to submitted or approved, page by page: the prerequisites sent.dm will check, each
// unmet one with what fixes it; the status the profile will get and why; the webhook address the API requires; then
// the request and the profile's status afterwards. The work is the CompletionEngine's; the wizard shows it.
class CompletionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChecklistPageId, WebhookPageId, ResultPageId };
    using Outcome = CompletionEngine::Outcome;

    // `engine`: the session's, for the profile (the wizard takes it over).
    explicit CompletionWizard(CompletionEngine *engine, QWidget *parent = nullptr);

    CompletionEngine *engine() const { return m_engine; }
    const Profile &profile() const { return m_engine->profile(); }
    const CompletionChecklist &checklist() const { return m_engine->checklist(); }
    void recheck() { m_engine->recheck(); }
    bool isChecking() const { return m_engine->isChecking(); }
    QString webhookUrl() const;
    Outcome outcome() const { return m_engine->outcome(); }
    QString resultText() const;
    QString statusText() const;
    bool isSettled() const { return m_engine->isSettled(); }
    QStringList reportedUnmet() const { return m_engine->reportedUnmet(); }
    QPushButton *backToChecklistButton() const { return m_toChecklist; }

Q_SIGNALS:
    void fixRequested(cd::CompletionChecklist::Fix fix, const QString &profileId);
    void statusSeen(const QString &status);

private:
    QWizardPage *buildChecklistPage();
    QWizardPage *buildWebhookPage();
    QWizardPage *buildResultPage();
    void showChecklist();
    void showOutcome(Outcome outcome);

    CompletionEngine *m_engine;
    QWidget *m_items = nullptr;
    QVBoxLayout *m_itemsLayout = nullptr;
    QLabel *m_prediction = nullptr;
    QLabel *m_checkNote = nullptr;
    QLineEdit *m_webhook = nullptr;
    QLabel *m_webhookProblem = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_toChecklist = nullptr;
};

} // namespace cd::ui
