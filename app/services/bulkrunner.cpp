#include "bulkrunner.h"

#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "core/logging.h"
#include "historyrecorder.h"
#include "store/changejournal.h"
#include "store/jobjournal.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

constexpr std::size_t kPaceWindow = 20; // items whose ends set the pace

// The request body an item's change is journaled with: what the client sends, as far as the journal needs it to
// tell one change from another and to settle one whose answer was lost.
QJsonObject journaledBody(const BulkItem &item, bool dryRun)
{
    switch (item.action) {
    case BulkItem::Action::CreateCampaign:
    case BulkItem::Action::UpdateCampaign:
        return SentClient::campaignRequestBody(Campaign::fromJson(item.input), dryRun);
    case BulkItem::Action::CreateProfile:
    case BulkItem::Action::UpdateProfile:
    case BulkItem::Action::CompleteProfile:
        return item.input;
    case BulkItem::Action::DeleteProfile:
    case BulkItem::Action::DeleteCampaign:
        break;
    }
    return {};
}

} // namespace

BulkRunner::BulkRunner(SentClient *client, JobJournal *jobs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(jobs)
{
    m_clock.start();
}

BulkRunner::~BulkRunner() = default;

void BulkRunner::setChangeJournal(ChangeJournal *changes, const QString &scope)
{
    m_changes = changes;
    m_scope = scope;
}

void BulkRunner::setRecorder(HistoryRecorder *recorder)
{
    m_recorder = recorder;
}

void BulkRunner::setConcurrency(int items)
{
    m_concurrency = std::clamp(items, 1, 6);
}

void BulkRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BulkRunner::start(BulkJob job)
{
    if (m_state != State::Idle || !m_jobs)
        return;
    if (job.id.isEmpty())
        job.id = BulkJob::newId();
    if (!job.createdAt.isValid())
        job.createdAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < job.items.size(); ++i) {
        BulkItem &item = job.items[i];
        item.position = i;
        item.state = BulkItem::State::Pending;
        if (item.key.isEmpty())
            item.key = BulkJob::newKey();
    }
    job.state = BulkJob::State::Running;
    m_job = std::move(job);
    setState(State::Starting);
    // Written down, keys and all, before the first request: a job that cannot be written is not run, since a crash
    // would then leave no way to know what was made.
    m_jobs->write(m_job, this, [this](bool written) {
        if (!written) {
            m_problem = tr("The job could not be written to this computer's job journal, so it was not started: "
                           "nothing was sent.");
            m_job.state = BulkJob::State::Paused;
            setState(State::Idle);
            Q_EMIT finished();
            return;
        }
        run();
    });
}

void BulkRunner::resume(const QString &jobId, const QString &scope, bool alsoFailed)
{
    if ((m_state != State::Idle && m_state != State::Paused) || !m_jobs)
        return;
    if (m_state == State::Paused && m_job.id == jobId) {
        if (alsoFailed)
            requeueFailed();
        m_job.state = BulkJob::State::Running;
        m_jobs->writeState(m_job.id, m_job.state);
        m_problem.clear();
        run();
        return;
    }
    setState(State::Starting);
    m_jobs->read(jobId, this, [this, jobId, scope, alsoFailed](const std::optional<BulkJob> &job) {
        if (!job || (!scope.isEmpty() && job->scope != scope)) {
            m_problem = !job
                ? tr("There is no job %1 on this computer.").arg(jobId)
                : tr("Job %1 was made with another account; open that connection to resume it.").arg(jobId);
            setState(State::Idle);
            Q_EMIT finished();
            return;
        }
        m_job = *job;
        if (m_job.state == BulkJob::State::Cancelled) {
            setState(State::Cancelled);
            Q_EMIT finished();
            return;
        }
        if (alsoFailed)
            requeueFailed();
        m_job.state = BulkJob::State::Running;
        m_jobs->writeState(m_job.id, m_job.state);
        run();
    });
}

void BulkRunner::run()
{
    m_problem.clear();
    m_next = 0;
    setState(State::Running);
    Q_EMIT progressChanged();
    pump();
    checkEnd();
}

void BulkRunner::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Pausing);
    checkEnd();
}

void BulkRunner::cancel()
{
    if (m_state == State::Running || m_state == State::Pausing) {
        setState(State::Cancelling);
        checkEnd();
    } else if (m_state == State::Paused) {
        setState(State::Cancelling);
        checkEnd();
    }
}

void BulkRunner::retryFailed()
{
    if (m_state != State::Finished && m_state != State::Paused)
        return;
    if (!requeueFailed())
        return;
    m_job.state = BulkJob::State::Running;
    if (m_jobs)
        m_jobs->writeState(m_job.id, m_job.state);
    run();
}

bool BulkRunner::requeueFailed()
{
    bool any = false;
    for (BulkItem &item : m_job.items) {
        if (item.state != BulkItem::State::Failed)
            continue;
        // Its key stays: sent.dm replays the item if it was made after all, and makes it if it never arrived.
        item.state = BulkItem::State::Pending;
        item.message.clear();
        if (m_jobs)
            m_jobs->writeItem(m_job.id, item);
        Q_EMIT itemChanged(item.position);
        any = true;
    }
    return any;
}

void BulkRunner::pump()
{
    while (m_state == State::Running && m_inFlight.size() < m_concurrency && m_next < m_job.items.size()) {
        const int index = m_next++;
        const BulkItem &item = m_job.items.at(index);
        if (item.state == BulkItem::State::Pending || item.state == BulkItem::State::Sent)
            launch(index);
    }
}

void BulkRunner::launch(int index)
{
    BulkItem &item = m_job.items[index];
    if (JobJournal::lacksSecrets(item.input)) {
        item.message = tr("This item carried payment or WhatsApp details, which are not kept on this computer; it "
                          "can only be sent by starting the job again.");
        ended(index, BulkItem::State::Refused);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (item.state == BulkItem::State::Sent && item.firstSentAt.isValid() && !m_job.dryRun
        && now - item.firstSentAt.toSecsSinceEpoch() > kReplayWindowSeconds) {
        item.message = tr("Sent on %1, but its answer never came, and that was too long ago for sent.dm to "
                          "recognise it again: check in the tree whether it was made before trying it again.")
                           .arg(QLocale().toString(item.firstSentAt.toLocalTime(), QLocale::ShortFormat));
        ended(index, BulkItem::State::Failed);
        return;
    }
    m_inFlight.insert(index);
    item.state = BulkItem::State::Sent;
    ++item.attempts;
    if (!item.firstSentAt.isValid())
        item.firstSentAt = QDateTime::currentDateTimeUtc();
    Q_EMIT itemChanged(item.position);
    // On disk as sent before it goes out: a crash from here on resumes it under the same key.
    m_jobs->writeItem(m_job.id, item, this, [this, index] {
        if (!m_changes || m_job.dryRun) {
            send(index);
            return;
        }
        const BulkItem &sent = m_job.items.at(index);
        m_changes->beginWithKey(JournalChange::of(m_scope, sent.target(), journaledBody(sent, false)), sent.key, this,
                                [this, index](const ChangeJournal::Begun &) { send(index); });
    });
}

void BulkRunner::send(int index)
{
    if (!m_client) {
        m_inFlight.remove(index);
        stopWithProblem(tr("The connection was closed."));
        return;
    }
    const BulkItem &item = m_job.items.at(index);
    CallOptions options;
    options.priority = Priority::Background;
    options.idempotencyKey = item.key;
    options.sandbox = m_job.dryRun;
    auto idOf = [](const auto &value) { return value.id; };
    auto onProfile = [this, index, idOf](const Result<Profile> &r) {
        r.ok() ? succeeded(index, r.response().requestId, idOf(r.value())) : failedWith(index, r.error());
    };
    auto onCampaign = [this, index, idOf](const Result<Campaign> &r) {
        r.ok() ? succeeded(index, r.response().requestId, idOf(r.value())) : failedWith(index, r.error());
    };
    auto onDone = [this, index](const Result<Done> &r) {
        r.ok() ? succeeded(index, r.response().requestId, {}) : failedWith(index, r.error());
    };
    switch (item.action) {
    case BulkItem::Action::CreateProfile:
        m_client->createProfile(ProfileChanges::fromJson(item.input), options, this, onProfile);
        break;
    case BulkItem::Action::UpdateProfile:
        m_client->updateProfile(item.profileId, ProfileChanges::fromJson(item.input), options, this, onProfile);
        break;
    case BulkItem::Action::CompleteProfile:
        m_client->completeProfile(item.profileId, item.input.value(QLatin1String("webHookUrl")).toString(), options,
                                  this, [this, index](const Result<CompletionResult> &r) {
                                      r.ok() ? succeeded(index, r.response().requestId, {})
                                             : failedWith(index, r.error());
                                  });
        break;
    case BulkItem::Action::DeleteProfile:
        m_client->deleteProfile(item.profileId, options, this, onDone);
        break;
    case BulkItem::Action::CreateCampaign:
        m_client->createCampaign(item.profileId, Campaign::fromJson(item.input), options, this, onCampaign);
        break;
    case BulkItem::Action::UpdateCampaign:
        m_client->updateCampaign(item.profileId, item.campaignId, Campaign::fromJson(item.input), options, this,
                                 onCampaign);
        break;
    case BulkItem::Action::DeleteCampaign:
        m_client->deleteCampaign(item.profileId, item.campaignId, options, this, onDone);
        break;
    }
}

void BulkRunner::succeeded(int index, const QString &requestId, const QString &resultId)
{
    BulkItem &item = m_job.items[index];
    item.requestId = requestId;
    item.resultId = resultId;
    item.message.clear();
    item.fieldErrors.clear();
    settleChange(item, int(ChangeJournal::Outcome::Made), requestId);
    ended(index, BulkItem::State::Done);
}

void BulkRunner::failedWith(int index, const ApiError &error)
{
    BulkItem &item = m_job.items[index];
    item.requestId = error.requestId;
    item.message = error.userMessage();
    item.fieldErrors = error.details;
    if (error.kind == ApiError::Kind::Cancelled) {
        // The client was closed under it: it stays sent, and goes again under its key when the job is resumed.
        m_inFlight.remove(index);
        stopWithProblem(tr("The connection was closed while the job ran; resume it to send the rest."));
        return;
    }
    const bool unknown = error.mayHaveBeenMade();
    if (unknown)
        item.message = tr("Its answer did not arrive, so it may have been made; a retry sends it again under the same "
                          "key, and sent.dm does not make it twice. %1")
                           .arg(error.userMessage());
    settleChange(item, int(unknown ? ChangeJournal::Outcome::Unknown : ChangeJournal::Outcome::Refused),
                 error.requestId);
    const bool refused = !unknown && error.kind == ApiError::Kind::Http && !error.isAuthFailure();
    ended(index, refused ? BulkItem::State::Refused : BulkItem::State::Failed);
    // A key refused or without the permission fails every item alike: stopped, to resume once that is put right.
    if (error.isAuthFailure())
        stopWithProblem(error.userMessage());
}

void BulkRunner::settleChange(const BulkItem &item, int outcome, const QString &requestId)
{
    if (m_changes && !m_job.dryRun)
        m_changes->settle(item.key, ChangeJournal::Outcome(outcome), requestId);
}

void BulkRunner::ended(int index, BulkItem::State state)
{
    BulkItem &item = m_job.items[index];
    item.state = state;
    m_inFlight.remove(index);
    if (m_jobs)
        m_jobs->writeItem(m_job.id, item);
    m_endTimes.push_back(m_clock.elapsed());
    while (m_endTimes.size() > kPaceWindow)
        m_endTimes.pop_front();
    Q_EMIT itemChanged(item.position);
    Q_EMIT progressChanged();
    pump();
    checkEnd();
}

void BulkRunner::stopWithProblem(const QString &problem)
{
    m_problem = problem;
    if (m_state == State::Running)
        setState(State::Pausing);
    checkEnd();
}

void BulkRunner::checkEnd()
{
    if (!m_inFlight.isEmpty())
        return;
    switch (m_state) {
    case State::Running: {
        if (m_next < m_job.items.size())
            return; // pump() starts the rest
        const bool anyLeft = std::any_of(m_job.items.cbegin(), m_job.items.cend(), [](const BulkItem &item) {
            return item.state == BulkItem::State::Pending || item.state == BulkItem::State::Sent;
        });
        if (anyLeft) { // an item that ended released a slot before the pass reached the rest
            m_next = 0;
            pump();
            return;
        }
        m_job.state = BulkJob::State::Finished;
        if (m_jobs)
            m_jobs->writeState(m_job.id, m_job.state);
        if (m_recorder && !m_job.dryRun)
            m_recorder->recordJob(m_job);
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    case State::Pausing:
        m_job.state = BulkJob::State::Paused;
        if (m_jobs)
            m_jobs->writeState(m_job.id, m_job.state);
        setState(State::Paused);
        Q_EMIT finished();
        return;
    case State::Cancelling:
        for (BulkItem &item : m_job.items) {
            if (item.state != BulkItem::State::Pending)
                continue; // one sent before, whose answer was lost, stays as it is: it may have been made
            item.state = BulkItem::State::Cancelled;
            if (m_jobs)
                m_jobs->writeItem(m_job.id, item);
            Q_EMIT itemChanged(item.position);
        }
        m_job.state = BulkJob::State::Cancelled;
        if (m_jobs)
            m_jobs->writeState(m_job.id, m_job.state);
        if (m_recorder && !m_job.dryRun)
            m_recorder->recordJob(m_job);
        Q_EMIT progressChanged();
        setState(State::Cancelled);
        Q_EMIT finished();
        return;
    default:
        return;
    }
}

int BulkRunner::secondsLeft() const
{
    int standard = 0, sensitive = 0;
    for (const BulkItem &item : m_job.items)
        if (item.state == BulkItem::State::Pending || item.state == BulkItem::State::Sent)
            ++(item.isSensitive() ? sensitive : standard);
    if (standard + sensitive == 0)
        return 0;
    double seconds = -1;
    // The pace so far: the items that ended lately, over the time they took.
    if (m_endTimes.size() >= 2) {
        const double span = double(m_endTimes.back() - m_endTimes.front()) / 1000;
        const double perSecond = span > 0 ? double(m_endTimes.size() - 1) / span : 0;
        if (perSecond > 0)
            seconds = (standard + sensitive) / perSecond;
    }
    // The rate limit bounds it: what the bucket holds goes at once, the rest at the pool's refill.
    if (m_client) {
        auto bound = [](const RateBudget *budget, int items) -> double {
            if (!budget || !budget->isKnown() || budget->limitPerMinute() <= 0 || items == 0)
                return 0;
            return std::max(0, items - budget->estimatedRemaining()) * 60.0 / budget->limitPerMinute();
        };
        const double limited = bound(m_client->budget(RateTier::Standard), standard)
            + bound(m_client->budget(RateTier::Sensitive), sensitive);
        if (limited > 0)
            seconds = std::max(seconds, limited);
    }
    return seconds < 0 ? -1 : int(std::ceil(seconds));
}

} // namespace cd
