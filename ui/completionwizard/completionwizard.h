#pragma once

#include "api/apierror.h"
#include "domain/campaign.h"
#include "domain/completion.h"
#include "domain/profile.h"

#include <QPointer>
#include <QWizard>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cd {
class ApiJob;
class SentClient;
class StatusPoller;
}

namespace cd::ui {

// Takes a profile from incomplete to submitted or approved: the prerequisites sent.dm will check, worked out
// here with what fixes each unmet one; the status the profile will get and why; the webhook address the API
// requires (remembered per connection); then the request itself, with an idempotency key, and the profile
// watched until its status settles — the webhook's one call may never reach a desktop.
class CompletionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChecklistPageId, WebhookPageId, ResultPageId };
    enum class Outcome { None, Sending, Unmet, AlreadyComplete, Started, Failed };

    CompletionWizard(SentClient *client, StatusPoller *poller, const QString &connectionId, const Profile &profile,
                     QWidget *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    const CompletionChecklist &checklist() const { return m_checklist; }
    // Reads the profile and its campaigns again (after a fix), and works the checklist out again.
    void recheck();
    bool isChecking() const { return m_checking > 0; }

    QString webhookUrl() const;
    static QString rememberedWebhook(const QString &connectionId);

    Outcome outcome() const { return m_outcome; }
    QString resultText() const;
    QString statusText() const; // the profile's status while watched after a start
    bool isSettled() const { return m_settled; }
    // The items sent.dm reported unmet (400), by its keys.
    QStringList reportedUnmet() const { return m_reported; }

    void submit(); // the result page runs it when shown; again to retry
    QPushButton *backToChecklistButton() const { return m_toChecklist; }

Q_SIGNALS:
    void fixRequested(cd::CompletionChecklist::Fix fix, const QString &profileId);
    void checklistChanged();
    void outcomeChanged(cd::ui::CompletionWizard::Outcome outcome);
    void statusSeen(const QString &status);

private:
    QWizardPage *buildChecklistPage();
    QWizardPage *buildWebhookPage();
    QWizardPage *buildResultPage();
    void setChecklistData(const Profile &profile, const QList<Campaign> &campaigns);
    void showChecklist();
    void setOutcome(Outcome outcome, const QString &text);
    void watch();
    void onProfileFetched(const Profile &profile);

    SentClient *m_client;
    QPointer<StatusPoller> m_poller;
    QString m_connectionId;
    Profile m_profile;
    QList<Campaign> m_campaigns;
    CompletionChecklist m_checklist;
    int m_checking = 0;
    int m_checkGeneration = 0;

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

    Outcome m_outcome = Outcome::None;
    QByteArray m_key;            // kept while the outcome of a request is unknown (a retry is the same request)
    QPointer<ApiJob> m_job;
    QString m_startStatus;
    QString m_lastStatus;
    bool m_settled = false;
    QStringList m_reported;
};

} // namespace cd::ui
