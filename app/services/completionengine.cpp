#include "completionengine.h"

#include "api/sentclient.h"
#include "core/settings.h"
#include "organizationsession.h"
#include "statuspoller.h"
#include "store/changejournal.h"

#include <QLocale>
#include <QTime>
#include <QUuid>

#include <memory>

namespace cd {

CompletionEngine::CompletionEngine(OrganizationSession *session, const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profile(profile)
    , m_checklist(CompletionChecklist::of(profile, {}))
{
    if (StatusPoller *poller = session ? session->poller() : nullptr)
        connect(poller, &StatusPoller::profileFetched, this, &CompletionEngine::onProfileFetched);
}

OrganizationSession *CompletionEngine::session() const
{
    return m_session;
}

// ---- the checklist ---------------------------------------------------------------------------------------------

void CompletionEngine::recheck()
{
    if (!m_session)
        return;
    // Both answers are needed; the checklist is worked out when the second arrives. A check asked for while one is
    // on its way replaces it: the older answers are ignored.
    const int generation = ++m_checkGeneration;
    m_checking = 2;
    Q_EMIT checklistChanged();
    auto fresh = std::make_shared<std::pair<std::optional<Profile>, QList<Campaign>>>();
    auto failure = std::make_shared<ApiError>();
    auto arrived = [this, fresh, failure, generation] {
        if (generation != m_checkGeneration || --m_checking > 0)
            return;
        m_checkProblem = failure->isError() ? failure->userMessage() : QString();
        if (failure->isError())
            Q_EMIT checklistChanged();
        else
            setChecklistData(fresh->first.value_or(m_profile), fresh->second);
    };
    m_session->fetchProfile(m_profile.id, this, [fresh, failure, arrived](const Result<Profile> &result) {
        if (result.ok())
            fresh->first = result.value();
        else
            *failure = result.error();
        arrived();
    });
    m_session->fetchCampaigns(m_profile.id, this, [fresh, failure, arrived](const Result<QList<Campaign>> &result) {
        if (result.ok())
            fresh->second = result.value();
        else if (result.error().kind != ApiError::Kind::Http || result.error().httpStatus >= 500)
            *failure = result.error(); // a profile without a brand has no campaign list: that is "none"
        arrived();
    });
}

void CompletionEngine::setChecklistData(const Profile &profile, const QList<Campaign> &campaigns)
{
    m_profile = profile;
    m_campaigns = campaigns;
    m_checklist = CompletionChecklist::of(profile, campaigns);
    Q_EMIT checklistChanged();
}

// ---- the request -----------------------------------------------------------------------------------------------

QString CompletionEngine::rememberedWebhook(const QString &connectionId)
{
    return Settings::value(Settings::webhookUrl, connectionId);
}

void CompletionEngine::submit(const QString &webhookUrl)
{
    if (m_job || m_journaling || !m_session || !m_session->client())
        return;
    if (m_remembersWebhook && !m_dryRun)
        Settings::setValue(Settings::webhookUrl, webhookUrl, m_session->connection().id);
    if (m_key.isEmpty() && m_session->changes() && !m_dryRun) {
        // Written down before it goes out: a completion whose answer a crash or a lost connection kept from us is
        // sent again with its key, so sent.dm never starts it twice.
        const JournalChange change = JournalChange::of(
            m_session->changeScope(), QStringLiteral("POST /v3/profiles/%1/complete").arg(m_profile.id),
            QJsonObject{{QStringLiteral("webHookUrl"), webhookUrl}});
        m_journaling = true;
        m_session->changes()->begin(change, ChangeJournal::Reuse::IfUnsettled, this,
                                    [this, webhookUrl](const ChangeJournal::Begun &begun) {
                                        m_journaling = false;
                                        m_key = begun.key;
                                        m_journaled = true;
                                        submit(webhookUrl);
                                    });
        return;
    }
    if (m_key.isEmpty())
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    CallOptions options;
    options.idempotencyKey = m_key;
    options.sandbox = m_dryRun;
    m_reported.clear();
    m_error = ApiError();
    m_statusText.clear();
    m_startStatus = m_profile.status;
    setOutcome(Outcome::Sending, tr("Asking sent.dm to complete the setup of %1…").arg(m_profile.name));
    m_job = m_session->client()->completeProfile(
        m_profile.id, webhookUrl, options, this, [this](const Result<CompletionResult> &result) {
            m_job = nullptr;
            if (m_journaled && m_session && m_session->changes()) {
                const bool unknown = !result.ok() && result.error().mayHaveBeenMade();
                m_session->changes()->settle(m_key,
                                             result.ok()   ? ChangeJournal::Outcome::Made
                                                 : unknown ? ChangeJournal::Outcome::Unknown
                                                           : ChangeJournal::Outcome::Refused,
                                             result.ok() ? result.response().requestId : result.error().requestId);
                m_journaled = unknown; // an unknown outcome keeps its key, and its line in the journal
            }
            if (!result.ok()) {
                m_error = result.error();
                m_requestId = m_error.requestId;
                if (m_error.httpStatus == 400 && !m_error.details.isEmpty()) {
                    m_key.clear(); // a definite answer: the next attempt is a new request
                    QStringList lines;
                    for (auto it = m_error.details.cbegin(); it != m_error.details.cend(); ++it) {
                        m_reported.append(it.key());
                        for (const QString &message : it.value())
                            lines.append(QStringLiteral("• ") + message);
                    }
                    setOutcome(Outcome::Unmet,
                               tr("sent.dm did not start the setup; these prerequisites are not met:")
                                   + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                   + tr("Go back to the checklist, fix them, and submit again.")
                                   + (m_error.requestId.isEmpty() ? QString()
                                                                  : QLatin1Char('\n') + m_error.supportReference()));
                    recheck();
                    return;
                }
                // Unknown outcome (the network, a server error): the same key again, so a retry cannot start it twice.
                if (!m_error.isTransient())
                    m_key.clear();
                setOutcome(Outcome::Failed, m_error.userMessage());
                return;
            }
            m_key.clear();
            m_requestId = result.response().requestId;
            m_answeredDryRun = result.response().sandbox;
            m_replayed = result.response().replayed;
            m_answer = result.value();
            const CompletionResult &answer = m_answer;
            if (m_answeredDryRun) {
                setOutcome(Outcome::AlreadyComplete, tr("Dry run: the prerequisites pass; nothing was started."));
                return;
            }
            if (!answer.started()) {
                setOutcome(Outcome::AlreadyComplete,
                           tr("Nothing to do: %1 (status: %2).")
                               .arg(answer.message.isEmpty() ? tr("the profile is already complete") : answer.message,
                                    answer.status.isEmpty() ? m_profile.status : answer.status));
                watch(); // "in progress" or "submitted" still moves
                return;
            }
            setOutcome(Outcome::Started,
                       tr("sent.dm has started processing %1. This can take a while; the status below "
                          "follows it, and you will be told when it changes even if you close this window.")
                           .arg(m_profile.name));
            watch();
        });
}

void CompletionEngine::setOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    m_outcomeText = text;
    Q_EMIT outcomeChanged(outcome);
}

// ---- afterwards ------------------------------------------------------------------------------------------------

void CompletionEngine::watch()
{
    m_settled = false;
    m_lastStatus = m_profile.status;
    m_statusText = tr("Status: %1 — watching for changes…").arg(m_profile.statusInfo().displayText());
    Q_EMIT statusTextChanged();
    StatusPoller *poller = m_session ? m_session->poller() : nullptr;
    if (!poller)
        return;
    // From the status it had: the first change is reported too. The session follows the profile and its campaigns
    // after the request already; this makes sure it is asked about even when it looked settled.
    poller->watchChanged(m_profile.id, false);
    poller->watchProfile(m_profile);
}

void CompletionEngine::onProfileFetched(const Profile &profile)
{
    if (profile.id != m_profile.id || (m_outcome != Outcome::Started && m_outcome != Outcome::AlreadyComplete))
        return;
    m_profile = profile;
    const bool moved = profile.status.compare(m_startStatus, Qt::CaseInsensitive) != 0;
    if (profile.status != m_lastStatus) {
        m_lastStatus = profile.status;
        Q_EMIT statusSeen(profile.status);
    }
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const Status status = profile.statusInfo();
    // Settled: it moved and nothing is left to wait for (an approval, a rejection, or back to incomplete).
    m_settled = moved && status.isSettled();
    if (m_settled)
        m_statusText = tr("Status: %1 (at %2). Nothing more to wait for.").arg(status.displayText(), time);
    else if (moved)
        m_statusText = tr("Status: %1 (at %2) — in review; still watching…").arg(status.displayText(), time);
    else
        m_statusText = tr("Status: %1 (checked at %2) — still processing…").arg(status.displayText(), time);
    Q_EMIT statusTextChanged();
}

} // namespace cd
