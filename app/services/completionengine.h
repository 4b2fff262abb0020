#pragma once

#include "api/apierror.h"
#include "domain/campaign.h"
#include "domain/completion.h"
#include "domain/profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cd {

class ApiJob;
class OrganizationSession;

// Takes a profile from incomplete to submitted or approved, behind the complete-profile wizard and the CLI's
// `complete`: works out what sent.dm will check (the checklist, read again after each fix), remembers the webhook
// address per connection, sends the request — with an idempotency key kept only while its outcome is unknown, so a
// retry can never start it twice — and follows the profile's status afterwards (the webhook's one call may never
// reach a desktop).
class CompletionEngine : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        None,
        Sending,
        Unmet,           // 400: sent.dm named prerequisites that are not met
        AlreadyComplete, // 200: nothing to start
        Started,         // 202 or 204: sent.dm is processing it
        Failed,          // anything else; retry() sends the same request again
    };
    Q_ENUM(Outcome)

    CompletionEngine(OrganizationSession *session, const Profile &profile, QObject *parent = nullptr);

    OrganizationSession *session() const;
    const Profile &profile() const { return m_profile; }
    const QList<Campaign> &campaigns() const { return m_campaigns; }
    const CompletionChecklist &checklist() const { return m_checklist; }
    // Reads the profile and its campaigns from sent.dm again and works the checklist out again.
    void recheck();
    bool isChecking() const { return m_checking > 0; }
    QString checkProblem() const { return m_checkProblem; } // why the last check could not read them (or empty)

    static QString rememberedWebhook(const QString &connectionId);
    // A dry run: sent.dm checks the prerequisites and starts nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Whether submit() remembers the webhook for the connection (the window's wizard offers it next time).
    void setRemembersWebhook(bool remembers) { m_remembersWebhook = remembers; }
    // The key of an earlier attempt to reuse (the CLI's --idempotency-key).
    void setIdempotencyKey(const QByteArray &key) { m_key = key; }

    // Sends the request (the webhook is remembered for the connection). Again after Failed: the same request.
    void submit(const QString &webhookUrl);
    Outcome outcome() const { return m_outcome; }
    QString outcomeText() const { return m_outcomeText; }    // what sent.dm answered, for people
    QStringList reportedUnmet() const { return m_reported; } // Unmet: the items sent.dm named, by its keys
    const ApiError &error() const { return m_error; }        // Unmet and Failed
    QString requestId() const { return m_requestId; }
    bool wasDryRun() const { return m_answeredDryRun; }
    bool wasReplayed() const { return m_replayed; } // sent.dm had carried out this request before: its first answer
    const CompletionResult &answer() const { return m_answer; } // AlreadyComplete, Started

    // After Started or AlreadyComplete: the profile's status as the poller sees it.
    QString statusText() const { return m_statusText; }
    bool isSettled() const { return m_settled; }

Q_SIGNALS:
    void checklistChanged();
    void outcomeChanged(cd::CompletionEngine::Outcome outcome);
    void statusSeen(const QString &status); // each new status the profile was seen in
    void statusTextChanged();

private:
    void setChecklistData(const Profile &profile, const QList<Campaign> &campaigns);
    void setOutcome(Outcome outcome, const QString &text);
    void watch();
    void onProfileFetched(const Profile &profile);

    QPointer<OrganizationSession> m_session;
    Profile m_profile;
    QList<Campaign> m_campaigns;
    CompletionChecklist m_checklist;
    int m_checking = 0;
    int m_checkGeneration = 0;
    QString m_checkProblem;
    bool m_dryRun = false;
    bool m_remembersWebhook = true;

    Outcome m_outcome = Outcome::None;
    QString m_outcomeText;
    ApiError m_error;
    QString m_requestId;
    bool m_answeredDryRun = false;
    bool m_replayed = false;
    CompletionResult m_answer;
    QByteArray m_key;          // kept while the outcome of a request is unknown (a retry is the same request)
    bool m_journaling = false; // the change journal is writing the request down
    bool m_journaled = false;  // m_key is the journal's: its outcome is settled there
    QPointer<ApiJob> m_job;
    QStringList m_reported;
    QString m_startStatus;
    QString m_lastStatus;
    QString m_statusText;
    bool m_settled = false;
};

} // namespace cd
