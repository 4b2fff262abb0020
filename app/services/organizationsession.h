#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/retrypolicy.h"
#include "api/sentclient.h"
#include "changesettler.h"
#include "domain/bulkjob.h"
#include "domain/campaign.h"
#include "domain/profile.h"
#include "organizationtree.h"
#include "secrets/connection.h"
#include "secrets/credentialstore.h"
#include "store/draft.h"
#include "store/historyentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace cd {

class ChangeJournal;
class ApiJob;
class CampaignEditor;
class CompletionEngine;
class BulkRunner;
class JobJournal;
class DraftStore;
class HistoryLog;
class HistoryRecorder;
class OrganizationLoader;
class OrganizationModel;
class ProfileEditor;
class SentClient;
class StatusPoller;
class TreeCache;
class WriteThrough;
struct MadeChange;

// Everything that lives while one connection is open, and the one that coordinates it — the window only watches it,
// and the CLI runs the same session without a window. It reads the key from the keychain, owns the client (with its
// rate budget), the tree cache, the loader, the status poller and the history recorder, and sends whatever reaches
// the app — a load, a poll, an edit, a submission, a deletion — through one write-through path (WriteThrough:
// cache, then model, then poller, then history).
//
// Its state says what the window shows: the key being read, a key to enter, the saved tree, loading, ready,
// offline or failed; problem() says why in words a compliance manager understands.
class OrganizationSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        ReadingKey,   // asking the keychain for the connection's key
        NeedsKey,     // no usable key: none saved, the keychain could not give it, or sent.dm refused it
        ShowingCache, // the tree saved on this computer is shown; sent.dm has not answered yet
        Loading,      // sent.dm is answering
        Ready,        // everything is loaded
        Offline,      // sent.dm cannot be reached; what was shown stays, and it is tried again by itself
        Failed,       // sent.dm answered with a failure; what was shown stays
    };
    Q_ENUM(State)

    enum class CacheMode {
        File,   // the connection's file: the tree shows at once on the next start
        Memory, // for this session only (the demo sandbox starts fresh each time)
        None,   // no cache (the CLI reads everything from sent.dm)
    };

    struct Options
    {
        CacheMode cache = CacheMode::File;
        OrganizationModel *model = nullptr; // the tree to keep current; none without a window
        HistoryLog *history = nullptr;      // the local history; none: nothing is recorded
        DraftStore *drafts = nullptr;       // campaign drafts; none: editors keep no draft
        ChangeJournal *changes = nullptr;   // the change journal; none: a change's key lives only in memory
        JobJournal *jobs = nullptr;         // the bulk jobs' journal; none: no bulk job can run
        bool keepRecords = false;           // the loader keeps the whole organization (the CLI's tree and report)
        bool watchStatuses = true;          // a status poller follows what is in flight
        bool load = true;                   // load the organization once the key is known; without it the session
                                            // is Ready at once, for single requests (most CLI commands)
        std::optional<RetryPolicy> retry;   // the client's own, unless given (tests retry faster)
        bool interactive = true;            // a user clicks: background requests leave them a reserve
        QString cacheFile;                  // CacheMode::File: the connection's own file, unless given (benchmarks)
        int concurrency = 4;                // campaign lists asked for at a time in the background
    };

    // Why the session is not ready: for a banner or standard error.
    struct Problem
    {
        QString message;               // translated; ends with the request id when there is one
        std::optional<ApiError> error; // what sent.dm or the network said
        CredentialStore::Failure keychain = CredentialStore::Failure::None;
    };

    OrganizationSession(Connection connection, CredentialStore &credentials, Options options,
                        QObject *parent = nullptr);
    ~OrganizationSession() override;

    // Reads the key from the keychain, then loads (the saved tree first).
    void open();
    // Loads with this key (one given on the command line's environment, or just typed).
    void open(const QByteArray &key);
    // Everything again from sent.dm.
    void refresh();
    // The way out of Offline and Failed: a load that failed part-way through the profile list goes on from the page
    // that failed; anything else loads again.
    void retry();
    // What sent.dm said about the future of the endpoints this session used (Deprecation, Sunset, Warning).
    QList<ApiNotice> apiNotices() const;

    State state() const { return m_state; }
    const Problem &problem() const { return m_problem; }
    const Connection &connection() const { return m_connection; }
    bool isDemo() const { return m_connection.demo; }
    bool isShowingCache() const;
    QDateTime cacheSavedAt() const;
    // When what the tree shows was last all current: the end of the last load in which every list was read (invalid
    // before one). A refresh that failed, as a whole or for some campaign lists, leaves it where it was.
    QDateTime currentAt() const { return m_currentAt; }
    // Campaign lists the last load could not read (their profiles show an error row).
    int failedCampaignLists() const;
    // The key belongs to an organization (not to one profile): it can create and delete profiles.
    bool managesProfiles() const;

    SentClient *client() const { return m_client; } // none until the key is known
    OrganizationLoader *loader() const { return m_loader; }
    StatusPoller *poller() const { return m_poller; }
    OrganizationModel *model() const { return m_options.model; }
    HistoryLog *history() const { return m_options.history; }
    ChangeJournal *changes() const { return m_options.changes; }
    // Asks sent.dm how the changes of this account whose answer was lost ended (ChangeSettler), records what it
    // finds and says it (changesSettled), then calls `then`. The window's session does it once its first load is
    // done; the command line before each command, so that a rerun knows whether its change was made.
    void settleChanges(QObject *context, std::function<void()> then);
    // The account's part of a journaled change: changes elsewhere never share a key.
    QString changeScope() const;
    HistoryRecorder *recorder() const { return m_recorder; }

    // One item as this computer has it: its whole record and its local history (a profile's includes its campaigns').
    struct Item
    {
        std::optional<Profile> profile;
        std::optional<Campaign> campaign;
        QList<HistoryEntry> history; // newest first
    };
    void readItem(const QString &profileId, const QString &campaignId, QObject *context,
                  std::function<void(const cd::OrganizationSession::Item &)> done);
    // The history of one profile or campaign (none: the whole connection), newest first.
    void readHistory(const QString &itemId, QObject *context,
                     std::function<void(const QList<cd::HistoryEntry> &)> done);
    // Whether the whole local history's chain of hashes holds (an entry changed or removed behind the app's back).
    void verifyHistory(QObject *context, std::function<void(const cd::HistoryVerification &)> done);
    // Every whole record saved here, as one organization (what a report of what the window shows is made of).
    void readOrganization(QObject *context, std::function<void(const cd::OrganizationTree &)> done);

    // The profile, and its campaigns, as sent.dm has them now (before they are edited or checked), at the user's
    // priority; written through on the way back.
    ApiJob *fetchProfile(const QString &profileId, QObject *context, std::function<void(const Result<Profile> &)> done,
                         Priority priority = Priority::User);
    ApiJob *fetchCampaigns(const QString &profileId, QObject *context,
                           std::function<void(const Result<QList<Campaign>> &)> done,
                           Priority priority = Priority::User);
    // Everything the tree shows in flight is asked about now, rather than at its next check.
    void checkStatusesNow();
    // A profile's campaigns, opened in the tree.
    void requestCampaigns(const QString &profileId);
    void prioritize(const QStringList &visibleProfileIds);

    // Drafts of campaigns not yet submitted (of one profile, or of the connection).
    void listDrafts(const QString &profileId, QObject *context,
                    std::function<void(const QList<Draft> &, const QList<QString> &unreadable)> done);
    void discardDraft(const QString &draftId);

    // The engines behind the dialogs, wired to this session: what they change comes back through the write-through
    // path, and what they acknowledge is recorded.
    CampaignEditor *campaignEditor(const Draft &draft, const Profile &profile, const std::optional<Campaign> &existing,
                                   QObject *parent);
    ProfileEditor *profileEditor(const std::optional<Profile> &existing, QObject *parent);
    CompletionEngine *completion(const Profile &profile, QObject *parent);
    // A bulk job's runner: the session's client, its job journal and change journal, and its history. None before
    // the key is known or without a job journal.
    BulkRunner *bulkRunner(QObject *parent);
    JobJournal *jobs() const { return m_options.jobs; }
    // This account's bulk jobs on this computer, newest first (none without a job journal).
    void listJobs(QObject *context, std::function<void(const QList<cd::BulkJob> &)> done);

Q_SIGNALS:
    void stateChanged(cd::OrganizationSession::State state);
    // The loader's progress or the rate budget moved (for a status bar).
    void progressChanged();
    // A load of everything finished (each campaign list answered or failed).
    void loaded();
    // Status changes the poller saw, already recorded in the history.
    void profileStatusChanged(const cd::Profile &profile, const QString &oldStatus);
    void campaignStatusChanged(const QString &profileId, const cd::Campaign &campaign, const QString &oldStatus);
    // What the poller watches changed, or it went offline.
    void watchChanged();
    // A profile's record or campaigns changed here (an open checklist reads them again).
    void profileChanged(const QString &profileId);
    // The profile list ended short of what sent.dm announced, though nothing failed: what was read is shown.
    void listShort(const QString &note);
    // The first Deprecation, Sunset or Warning sent.dm gave for an endpoint.
    void apiNotice(const cd::ApiNotice &notice);
    // Changes whose answer was lost, settled by asking sent.dm (already recorded in the history); each says itself
    // in ChangeSettlement::sentence().
    void changesSettled(const QList<cd::ChangeSettlement> &settlements);

private:
    void start(const QByteArray &key);
    void setState(State state);
    void setState(State state, Problem problem);
    void onLoadFinished();
    void onRequestFinished(const ApiError &error);
    void onChangeMade(const MadeChange &change);
    static bool isOfflineError(const ApiError &error);

    Connection m_connection;
    CredentialStore &m_credentials;
    Options m_options;
    State m_state = State::ReadingKey;
    Problem m_problem;
    SentClient *m_client = nullptr;
    TreeCache *m_cache = nullptr;
    OrganizationLoader *m_loader = nullptr;
    StatusPoller *m_poller = nullptr;
    HistoryRecorder *m_recorder = nullptr;
    WriteThrough *m_writer = nullptr;
    ChangeSettler *m_settler = nullptr;
    bool m_settledOnce = false;
    QTimer m_offlineRetry;
    int m_offlineRetries = 0;
    bool m_loadComplete = false; // the last load reached its end without failing
    QDateTime m_currentAt;
};

} // namespace cd
