#pragma once

#include "api/apierror.h"
#include "api/apijob.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "lint/finding.h"
#include "lint/linter.h"
#include "store/draft.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace cd {

class DraftStore;
class SentClient;

// One campaign being written or edited, behind the wizard's pages: keeps its draft saved as the user types,
// lints it as they pause, and submits it — created, or replaced when it edits an existing campaign — with the
// draft's own idempotency key, so that a double click or a retry after a lost answer never makes two campaigns.
class CampaignEditor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 400; // a crash loses at most this much typing
    static constexpr int kLintDelayMs = 250;

    // `existing`: the campaign as sent.dm has it, when the draft edits one.
    CampaignEditor(SentClient *client, DraftStore *drafts, Draft draft, const Profile &profile,
                   std::optional<Campaign> existing = std::nullopt, QObject *parent = nullptr);
    ~CampaignEditor() override; // saves what is pending

    const Draft &draft() const { return m_draft; }
    const Profile &profile() const { return m_profile; }
    bool isEdit() const { return m_draft.isEdit(); }
    QJsonObject campaign() const { return m_draft.campaign; }
    // Whole campaign object, or one top-level field ("name", "useCases", …). Saves and lints shortly after.
    void setCampaign(const QJsonObject &campaign);
    void setValue(const QString &key, const QJsonValue &value);
    void setPage(int page);
    void saveNow();

    const lint::Findings &findings() const { return m_findings; }
    void lintNow();
    // A warning's acknowledgement ("I know, submit anyway"), kept with the draft and then in the history. It holds
    // for the text the warning is about: "RULE@field#digest of that text"; changed text is asked about again.
    QString acknowledgementKey(const lint::Finding &finding) const;
    void setAcknowledged(const lint::Finding &finding, bool acknowledged);
    // Acknowledgements given when the campaign was submitted before (from the history): those whose text is unchanged
    // count again.
    void restoreAcknowledgements(const QStringList &keys);
    bool isAcknowledged(const lint::Finding &finding) const;
    QList<lint::Finding> openWarnings() const;
    QList<lint::Finding> acknowledgedWarnings() const;
    // No errors, every warning acknowledged, nothing in flight, and the campaign still open to change.
    bool canSubmit() const;
    // The campaign edited, as sent.dm has it now (a polled status change): the checks are made again against it.
    void setExisting(const Campaign &campaign);
    const std::optional<Campaign> &existing() const { return m_existing; }
    // The campaign edited was submitted to TCR (perhaps while the wizard was open): it can no longer be changed, and
    // what was typed stays a draft.
    bool isLocked() const { return m_existing && m_existing->submittedToTcr; }

    // Exactly what a submission (or a dry run) sends.
    QJsonObject requestBody(bool sandbox = false) const;
    Campaign requestCampaign() const;

    bool isBusy() const { return m_job; }
    // sent.dm validates the campaign without creating anything ("sandbox": true).
    void dryRun();
    // Creates (or replaces) the campaign; the draft is removed once sent.dm has it.
    void submit();
    void discard();

    // The wizard's field for a field path in one of the API's validation errors ("campaign.UseCases[0].Name"…).
    static QString fieldForApiPath(const QString &apiPath);

Q_SIGNALS:
    void findingsChanged();
    // The campaign edited changed on sent.dm; isLocked() tells whether it can still be changed.
    void existingChanged();
    void acknowledgementsChanged();
    void busyChanged(bool busy);
    void dryRunFinished(const cd::ApiError &error); // no error: sent.dm would accept it
    void submitted(const cd::Campaign &campaign, bool replayed);
    // What went wrong, and the API's field errors under the wizard's field paths.
    void submitFailed(const cd::ApiError &error, const QMap<QString, QStringList> &fieldErrors);

private:
    void changed();
    void send(bool sandbox);
    void setJob(ApiJob *job);

    SentClient *m_client;
    DraftStore *m_drafts;
    Draft m_draft;
    Profile m_profile;
    std::optional<Campaign> m_existing;
    lint::Context m_lintContext;
    lint::Findings m_findings;
    QTimer m_saveTimer;
    QTimer m_lintTimer;
    QPointer<ApiJob> m_job;
    bool m_discarded = false;
};

} // namespace cd
