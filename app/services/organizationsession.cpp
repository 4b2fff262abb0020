#include "organizationsession.h"

#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "bulkrunner.h"
#include "campaigneditor.h"
#include "completionengine.h"
#include "connectionservice.h"
#include "historyrecorder.h"
#include "model/organizationmodel.h"
#include "organizationloader.h"
#include "profileeditor.h"
#include "statuspoller.h"
#include "store/draftstore.h"
#include "store/historylog.h"
#include "store/jobjournal.h"
#include "store/treecache.h"
#include "writethrough.h"

#include <QLocale>

#include <algorithm>

namespace cd {

namespace {

constexpr int kFirstOfflineRetryMs = 15'000;
constexpr int kLastOfflineRetryMs = 5 * 60'000;

// A callback that is skipped when its context died (none given: always called).
template<typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), hadContext = context != nullptr, done = std::move(done)](Args... args) {
        if (done && (guard || !hadContext))
            done(args...);
    };
}

} // namespace

OrganizationSession::OrganizationSession(Connection connection, CredentialStore &credentials, Options options,
                                         QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_credentials(credentials)
    , m_options(options)
{
    m_offlineRetry.setSingleShot(true);
    connect(&m_offlineRetry, &QTimer::timeout, this, [this] {
        if (m_state == State::Offline && !m_loadComplete && m_loader && !m_loader->isLoading()) {
            // Quietly: the banner keeps saying offline until an answer comes.
            if (m_loader->canResume())
                m_loader->resume();
            else
                m_loader->refresh();
        }
    });
}

OrganizationSession::~OrganizationSession()
{
    // Parts that answer each other go in order: nothing asks the client once it is gone, and the cache is written
    // to the end last.
    if (m_loader)
        m_loader->cancel();
    delete m_loader;
    delete m_poller;
    delete m_writer;
    delete m_client;
    delete m_cache;
}

// ---- opening ---------------------------------------------------------------------------------------------------

void OrganizationSession::open()
{
    if (m_client)
        return refresh();
    setState(State::ReadingKey);
    m_credentials.read(m_connection.id, this, [this](const CredentialStore::Outcome &key) {
        if (!key.ok()) {
            Problem problem;
            problem.message = key.message;
            problem.keychain = key.failure;
            setState(State::NeedsKey, problem);
            return;
        }
        start(key.secret);
    });
}

void OrganizationSession::open(const QByteArray &key)
{
    if (m_client)
        return refresh();
    start(key);
}

void OrganizationSession::start(const QByteArray &key)
{
    ClientConfig config = ConnectionService::clientConfig(m_connection, key);
    if (m_options.retry)
        config.retry = *m_options.retry;
    config.reserveForUser = m_options.interactive;
    m_client = new SentClient(config, this);
    // The demo's tree is not saved (its sandbox may be started afresh, or anew by a test, with other ids; loading it
    // takes a moment), but its records still need a place: the tree keeps only overviews, and the details of a
    // selected item are read from here.
    CacheMode cache = m_connection.demo && m_options.cache == CacheMode::File ? CacheMode::Memory : m_options.cache;
    if (m_options.model && cache == CacheMode::None)
        cache = CacheMode::Memory;
    if (cache != CacheMode::None)
        m_cache = new TreeCache(cache == CacheMode::Memory          ? TreeCache::kInMemory
                                    : m_options.cacheFile.isEmpty() ? TreeCache::pathForConnection(m_connection.id)
                                                                    : m_options.cacheFile,
                                this);
    m_loader = new OrganizationLoader(m_client, this);
    m_loader->setConcurrency(m_options.concurrency);
    m_loader->setKeepRecords(m_options.keepRecords);
    if (m_options.watchStatuses)
        m_poller = new StatusPoller(m_client, this);
    if (m_options.history)
        m_recorder = new HistoryRecorder(m_options.history, m_connection.id, this);
    m_writer = new WriteThrough(m_cache, m_options.model, m_poller, m_recorder, this);

    connect(m_client, &SentClient::changeMade, this, &OrganizationSession::onChangeMade);
    if (m_options.changes) {
        m_settler = new ChangeSettler(m_client, m_options.changes, changeScope(), this);
        // A change of this account whose answer was lost goes into the history as such: it may have been made.
        connect(m_options.changes, &ChangeJournal::outcomeUnknown, this,
                [this](const ChangeJournal::Unsettled &change) {
                    if (m_recorder && change.scope == changeScope()) // the journal is shared by every connection
                        m_recorder->recordUnknownOutcome(change);
                });
    }
    connect(m_client, &SentClient::requestFinished, this, &OrganizationSession::onRequestFinished);
    connect(m_client->budget(), &RateBudget::changed, this, &OrganizationSession::progressChanged);

    connect(m_loader, &OrganizationLoader::accountLoaded, m_writer, &WriteThrough::applyAccount);
    connect(m_client, &SentClient::noticed, this, &OrganizationSession::apiNotice);
    connect(m_loader, &OrganizationLoader::profilesArrived, this, [this](const QList<Profile> &profiles) {
        m_writer->applyProfilePage(profiles);
        if (m_state == State::ShowingCache)
            setState(State::Loading); // sent.dm has answered: what shows is no longer only the saved copy
    });
    connect(m_loader, &OrganizationLoader::profilesListed, m_writer, &WriteThrough::retainProfiles);
    connect(m_loader, &OrganizationLoader::profileProgress, this, &OrganizationSession::progressChanged);
    connect(m_loader, &OrganizationLoader::listShort, this, &OrganizationSession::listShort);
    connect(m_loader, &OrganizationLoader::campaignsLoaded, this,
            [this](const QString &profileId, const QList<Campaign> &campaigns, Priority priority) {
                m_writer->applyCampaigns(profileId, campaigns, priority == Priority::User, WriteThrough::Origin::Load);
            });
    connect(m_loader, &OrganizationLoader::campaignsFailed, m_writer, &WriteThrough::campaignsFailed);
    connect(m_loader, &OrganizationLoader::progress, this, &OrganizationSession::progressChanged);
    connect(m_loader, &OrganizationLoader::loadingChanged, this, &OrganizationSession::progressChanged);
    // A load asks for every profile and campaign list anyway: the poller waits until it has ended, rather than ask
    // the same again alongside it (at 50,000 profiles a load outlasts the poller's first interval).
    if (m_poller)
        connect(m_loader, &OrganizationLoader::loadingChanged, m_poller, &StatusPoller::setPaused);
    connect(m_loader, &OrganizationLoader::finished, this, &OrganizationSession::onLoadFinished);

    connect(m_writer, &WriteThrough::cacheShown, this, [this] {
        if (m_state == State::Loading)
            setState(State::ShowingCache);
    });
    // The network starts once the cache has been read, so an old answer can never overwrite a new one.
    if (m_options.load)
        connect(m_writer, &WriteThrough::cacheRead, m_loader, &OrganizationLoader::refresh, Qt::SingleShotConnection);
    connect(m_writer, &WriteThrough::profileStale, this,
            [this](const QString &profileId) { fetchProfile(profileId, nullptr, {}); });
    connect(m_writer, &WriteThrough::campaignsStale, this, &OrganizationSession::requestCampaigns);
    if (OrganizationModel *model = m_options.model)
        connect(model, &OrganizationModel::campaignsRequested, this, &OrganizationSession::requestCampaigns);

    if (m_poller) {
        connect(m_poller, &StatusPoller::profileFetched, this, [this](const Profile &profile) {
            m_writer->applyProfile(profile, WriteThrough::Origin::Poll);
            Q_EMIT watchChanged();
        });
        connect(m_poller, &StatusPoller::campaignsFetched, this,
                [this](const QString &profileId, const QList<Campaign> &campaigns) {
                    m_writer->applyCampaigns(profileId, campaigns, true, WriteThrough::Origin::Poll);
                    Q_EMIT watchChanged();
                });
        connect(m_poller, &StatusPoller::profileChanged, this,
                [this](const Profile &profile, const QString &oldStatus) {
                    m_writer->recordProfileStatus(profile, oldStatus);
                    Q_EMIT profileStatusChanged(profile, oldStatus);
                });
        connect(m_poller, &StatusPoller::campaignChanged, this,
                [this](const QString &profileId, const Campaign &campaign, const QString &oldStatus) {
                    m_writer->recordCampaignStatus(profileId, campaign, oldStatus);
                    Q_EMIT campaignStatusChanged(profileId, campaign, oldStatus);
                });
        connect(m_poller, &StatusPoller::offline, this, &OrganizationSession::watchChanged);
        connect(m_poller, &StatusPoller::settled, this, &OrganizationSession::watchChanged);
    }

    if (!m_options.load) {
        setState(State::Ready);
        return;
    }
    setState(State::Loading);
    m_writer->showCache(); // then the network (cacheRead)
}

void OrganizationSession::refresh()
{
    if (!m_client)
        return open();
    m_offlineRetry.stop();
    setState(State::Loading);
    m_loader->refresh();
}

void OrganizationSession::retry()
{
    if (!m_client)
        return open();
    if (!m_loader->canResume())
        return refresh();
    m_offlineRetry.stop();
    setState(State::Loading);
    m_loader->resume(); // from the page of the profile list that failed
}

QList<ApiNotice> OrganizationSession::apiNotices() const
{
    return m_client ? m_client->notices() : QList<ApiNotice>();
}

// ---- state -----------------------------------------------------------------------------------------------------

void OrganizationSession::setState(State state)
{
    setState(state, Problem());
}

void OrganizationSession::setState(State state, Problem problem)
{
    const bool changed = state != m_state || problem.message != m_problem.message;
    m_state = state;
    m_problem = std::move(problem);
    if (changed)
        Q_EMIT stateChanged(state);
}

bool OrganizationSession::isOfflineError(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
}

void OrganizationSession::onLoadFinished()
{
    const std::optional<ApiError> &error = m_loader->error();
    m_writer->flush();
    if (!error) {
        m_loadComplete = true;
        m_offlineRetries = 0;
        if (m_loader->failedCampaignLists() == 0)
            m_currentAt = QDateTime::currentDateTimeUtc();
        if (m_state != State::Offline)
            setState(State::Ready);
        Q_EMIT loaded();
        if (!std::exchange(m_settledOnce, true)) // after the first load, which the user is waiting for
            settleChanges(this, nullptr);
        return;
    }
    if (error->kind == ApiError::Kind::Cancelled)
        return;
    m_loadComplete = false;
    Problem problem;
    problem.error = *error;
    if (error->isKeyRefused()) {
        problem.message = tr("sent.dm did not accept the key of “%1”: it may have been revoked or replaced. Enter the "
                             "current key.")
                              .arg(m_connection.name)
            + (error->requestId.isEmpty() ? QString() : QLatin1Char(' ') + error->supportReference());
        setState(State::NeedsKey, problem);
        return;
    }
    // A failure part-way through the profile list keeps what was read, and says how far it got.
    const int received = m_loader->profilesReceived();
    const QString partial = m_loader->canResume() && received > 0 ? QLatin1Char(' ')
            + tr("%1 of %2 profiles were read; trying again goes on from there.")
                  .arg(QLocale().toString(received),
                       m_loader->profilesTotal() >= 0 ? QLocale().toString(m_loader->profilesTotal())
                                                      : QStringLiteral("?"))
                                                                  : QString();
    if (isOfflineError(*error)) {
        problem.message =
            tr("sent.dm cannot be reached: %1 It is tried again by itself.").arg(error->userMessage()) + partial;
        setState(State::Offline, problem);
        const int delay = std::min(kLastOfflineRetryMs, kFirstOfflineRetryMs << std::min(m_offlineRetries++, 5));
        m_offlineRetry.start(delay);
        return;
    }
    problem.message = error->userMessage() + partial;
    setState(State::Failed, problem);
}

// Every request says whether the network is there: a failure to reach sent.dm makes the session offline, the next
// answer brings it back.
void OrganizationSession::onRequestFinished(const ApiError &error)
{
    if (m_state == State::ReadingKey || m_state == State::NeedsKey || error.kind == ApiError::Kind::Cancelled)
        return;
    if (isOfflineError(error)) {
        if (m_state == State::Offline)
            return;
        Problem problem;
        problem.error = error;
        problem.message = tr("sent.dm cannot be reached: %1 It is tried again by itself.").arg(error.userMessage());
        setState(State::Offline, problem);
        return;
    }
    if (m_state != State::Offline || (error.isError() && error.kind != ApiError::Kind::Http))
        return;
    // Answered again.
    m_offlineRetries = 0;
    m_offlineRetry.stop();
    if (m_loader->isLoading())
        setState(State::Loading);
    else if (m_loadComplete)
        setState(State::Ready);
    else
        retry();
}

void OrganizationSession::onChangeMade(const MadeChange &change)
{
    m_writer->applyChange(change);
    Q_EMIT profileChanged(change.profileId());
}

bool OrganizationSession::isShowingCache() const
{
    return m_writer && m_writer->isShowingCache();
}

int OrganizationSession::failedCampaignLists() const
{
    return m_loader ? m_loader->failedCampaignLists() : 0;
}

QDateTime OrganizationSession::cacheSavedAt() const
{
    return m_writer ? m_writer->cacheSavedAt() : QDateTime();
}

bool OrganizationSession::managesProfiles() const
{
    const Account &account = m_loader ? m_loader->tree().account : Account();
    if (!account.id.isEmpty())
        return account.kind() != Account::Kind::Profile;
    return m_connection.keyKind != QLatin1String("profile");
}

// ---- reading ---------------------------------------------------------------------------------------------------

void OrganizationSession::readItem(const QString &profileId, const QString &campaignId, QObject *context,
                                   std::function<void(const Item &)> done)
{
    if (!m_cache) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_cache->readRecord(
        profileId, campaignId, context, [this, profileId, campaignId, context, done](const TreeCache::Record &record) {
            Item item{record.profile, record.campaign, {}};
            if (!m_options.history || !record.profile)
                return done(item);
            m_options.history->entries(m_connection.id, campaignId.isEmpty() ? profileId : campaignId, context,
                                       [item, done](const QList<HistoryEntry> &history) mutable {
                                           item.history = history;
                                           done(item);
                                       });
        });
}

void OrganizationSession::readHistory(const QString &itemId, QObject *context,
                                      std::function<void(const QList<HistoryEntry> &)> done)
{
    if (!m_options.history) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_options.history->entries(m_connection.id, itemId, context, std::move(done));
}

void OrganizationSession::verifyHistory(QObject *context, std::function<void(const HistoryVerification &)> done)
{
    if (!m_options.history) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_options.history->verify(context, std::move(done));
}

void OrganizationSession::readOrganization(QObject *context, std::function<void(const OrganizationTree &)> done)
{
    if (!m_cache) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_cache->readSnapshot(context,
                          [done](const TreeCache::Snapshot &snapshot) { done(OrganizationTree::of(snapshot)); });
}

ApiJob *OrganizationSession::fetchProfile(const QString &profileId, QObject *context,
                                          std::function<void(const Result<Profile> &)> done, Priority priority)
{
    if (!m_client)
        return nullptr;
    CallOptions options;
    options.priority = priority;
    auto deliver = guarded<const Result<Profile> &>(context, std::move(done));
    return m_client->getProfile(profileId, options, this, [this, profileId, deliver](const Result<Profile> &result) {
        if (result.ok())
            m_writer->applyProfile(result.value(), WriteThrough::Origin::Load);
        else if (result.error().isNotFound())
            m_writer->removeProfile(profileId); // deleted meanwhile, somewhere else
        deliver(result);
    });
}

ApiJob *OrganizationSession::fetchCampaigns(const QString &profileId, QObject *context,
                                            std::function<void(const Result<QList<Campaign>> &)> done,
                                            Priority priority)
{
    if (!m_client)
        return nullptr;
    CallOptions options;
    options.priority = priority;
    auto deliver = guarded<const Result<QList<Campaign>> &>(context, std::move(done));
    return m_client->listCampaigns(
        profileId, options, this, [this, profileId, deliver](const Result<QList<Campaign>> &result) {
            if (result.ok())
                m_writer->applyCampaigns(profileId, result.value(), true, WriteThrough::Origin::Load);
            deliver(result);
        });
}

void OrganizationSession::checkStatusesNow()
{
    if (!m_poller)
        return;
    // What the tree shows, in case the poller let something go that still moves.
    if (const OrganizationModel *model = m_options.model) {
        const QModelIndex organization = model->organizationIndex();
        for (int row = 0, rows = model->rowCount(organization); row < rows; ++row) {
            const QModelIndex profileIndex = model->index(row, 0, organization);
            const ProfileOverview *profile = model->profile(profileIndex);
            if (!profile)
                continue;
            m_poller->watchProfile(*profile);
            if (!model->campaignsLoaded(profile->id))
                continue;
            QList<CampaignOverview> campaigns;
            for (int c = 0, count = model->rowCount(profileIndex); c < count; ++c)
                if (const CampaignOverview *campaign = model->campaign(model->index(c, 0, profileIndex)))
                    campaigns.append(*campaign);
            m_poller->watchCampaigns(profile->id, campaigns);
        }
    }
    m_poller->refreshNow();
    Q_EMIT watchChanged();
}

void OrganizationSession::requestCampaigns(const QString &profileId)
{
    if (m_loader)
        m_loader->requestCampaigns(profileId, Priority::User);
}

void OrganizationSession::prioritize(const QStringList &visibleProfileIds)
{
    if (m_loader)
        m_loader->prioritize(visibleProfileIds);
}

// ---- drafts and editors ----------------------------------------------------------------------------------------

void OrganizationSession::listDrafts(const QString &profileId, QObject *context,
                                     std::function<void(const QList<Draft> &, const QList<QString> &)> done)
{
    if (!m_options.drafts) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    m_options.drafts->list(m_connection.id, profileId, context,
                           [done](const QList<Draft> &drafts, const QList<DraftStore::Unreadable> &unreadable) {
                               QList<QString> problems;
                               for (const DraftStore::Unreadable &u : unreadable)
                                   problems.append(u.problem);
                               done(drafts, problems);
                           });
}

void OrganizationSession::discardDraft(const QString &draftId)
{
    if (m_options.drafts)
        m_options.drafts->remove(draftId);
}

CampaignEditor *OrganizationSession::campaignEditor(const Draft &draft, const Profile &profile,
                                                    const std::optional<Campaign> &existing, QObject *parent)
{
    auto *editor = new CampaignEditor(m_client, m_options.drafts, draft, profile, existing, parent);
    // A status change seen while the wizard is open (submitted to TCR, say) reaches the editor at once, not only
    // when the user gets to the review.
    if (existing)
        connect(
            this, &OrganizationSession::campaignStatusChanged, editor,
            [editor](const QString &, const Campaign &campaign, const QString &) { editor->setExisting(campaign); });
    // The campaign itself came back through the write-through path already; the warnings the user acknowledged to
    // get there go into its history after it.
    connect(editor, &CampaignEditor::submitted, this, [this, editor, profileId = profile.id](const Campaign &campaign) {
        if (m_recorder)
            m_recorder->recordAcknowledgements(profileId, campaign.id, editor->acknowledgedWarnings(),
                                               editor->findings().rulesVersion, editor->campaign());
    });
    // Editing a campaign submitted before: the warnings acknowledged then, for text still unchanged, stay
    // acknowledged (the history has them; a draft already holds its own).
    if (existing && m_options.history && draft.acknowledged.isEmpty())
        m_options.history->entries(m_connection.id, existing->id, editor, [editor](const QList<HistoryEntry> &entries) {
            QStringList keys;
            for (const HistoryEntry &e : entries)
                if (e.kind == HistoryEntry::Kind::Acknowledgement)
                    keys.append(e.payload.value(QLatin1String("key")).toString());
            editor->restoreAcknowledgements(keys);
        });
    return editor;
}

void OrganizationSession::settleChanges(QObject *context, std::function<void()> then)
{
    m_settledOnce = true;
    if (!m_settler || m_settler->isRunning()) {
        if (then)
            then();
        return;
    }
    QPointer<QObject> guard(context);
    m_settler->run(this, [this, guard, then = std::move(then)](const QList<ChangeSettlement> &found) {
        QList<ChangeSettlement> settled;
        for (const ChangeSettlement &settlement : found)
            if (settlement.found != ChangeSettlement::Found::Unknown)
                settled.append(settlement);
        if (m_recorder)
            for (const ChangeSettlement &settlement : std::as_const(settled))
                m_recorder->recordSettlement(settlement);
        if (!settled.isEmpty())
            Q_EMIT changesSettled(settled);
        if (then && guard)
            then();
    });
}

QString OrganizationSession::changeScope() const
{
    return m_connection.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

ProfileEditor *OrganizationSession::profileEditor(const std::optional<Profile> &existing, QObject *parent)
{
    auto *editor = new ProfileEditor(m_client, existing, parent);
    editor->setJournal(m_options.changes, changeScope());
    return editor;
}

CompletionEngine *OrganizationSession::completion(const Profile &profile, QObject *parent)
{
    return new CompletionEngine(this, profile, parent);
}

void OrganizationSession::listJobs(QObject *context, std::function<void(const QList<BulkJob> &)> done)
{
    if (!m_options.jobs) {
        done({});
        return;
    }
    m_options.jobs->list(changeScope(), context, std::move(done));
}

BulkRunner *OrganizationSession::bulkRunner(QObject *parent)
{
    if (!m_client || !m_options.jobs)
        return nullptr;
    auto *runner = new BulkRunner(m_client, m_options.jobs, parent);
    runner->setChangeJournal(m_options.changes, changeScope());
    runner->setRecorder(m_recorder);
    return runner;
}

} // namespace cd
