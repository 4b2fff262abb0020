#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// One request of a bulk job: what it does, to which profile or campaign, with what, and how it ended. Its idempotency
// key is chosen when the job is written down, before anything is sent, and kept for every attempt: a resumed job
// sends an item whose answer was lost again under the same key, and sent.dm replays it instead of making it twice.
struct BulkItem
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkItem)
public:
    enum class Action {
        CreateProfile,   // input: ProfileChanges as JSON
        UpdateProfile,   // input: ProfileChanges as JSON (only what changes)
        CompleteProfile, // input: {"webHookUrl": …}
        DeleteProfile,   // no input
        CreateCampaign,  // input: a campaign (Campaign::toJson)
        UpdateCampaign,  // input: a campaign (Campaign::toJson)
        DeleteCampaign,  // no input
    };
    enum class State {
        Pending,   // not sent yet
        Sent,      // sent; the answer has not come (or was lost): sent again with its key
        Done,      // sent.dm made it (requestId, resultId)
        Refused,   // sent.dm said no, with its reason (message, fieldErrors): sending it again will not help
        Failed,    // the network, a time-out or sent.dm's own failure: worth another try
        Cancelled, // the job was cancelled before it was sent
    };

    int position = 0; // 0, 1, 2, … in the job
    Action action = Action::CreateCampaign;
    QString profileId;  // the profile it is about (empty for a profile to be created)
    QString campaignId; // the campaign it is about (update, delete)
    QString label;      // for people: the profile's (and campaign's) name
    QJsonObject input;
    QByteArray key; // Idempotency-Key

    State state = State::Pending;
    int attempts = 0;
    QDateTime firstSentAt;                  // invalid until sent
    QString requestId;                      // of the answer that ended it
    QString resultId;                       // the profile or campaign made
    QString message;                        // refused or failed: one sentence for people, ending with the request id
    QMap<QString, QStringList> fieldErrors; // refused: sent.dm's reason per field

    bool isFinal() const { return state == State::Done || state == State::Refused || state == State::Cancelled; }
    // "POST", "PATCH", …, and the path, as the client sends them.
    QString method() const;
    QString path() const;
    QString target() const { return method() + QLatin1Char(' ') + path(); } // as the change journal writes it
    // The rate-limit pool it is counted in: completion is on the sensitive one.
    bool isSensitive() const { return action == Action::CompleteProfile; }

    static QString actionKey(Action action); // create_profile, update_profile, … (stable: files and --json)
    static std::optional<Action> actionFromKey(const QString &key);
    static QString stateKey(State state); // pending, sent, done, refused, failed, cancelled
    static std::optional<State> stateFromKey(const QString &key);
    static QString actionText(Action action); // translated: "Create campaign"
    static QString stateText(State state);    // translated: "Done"
};

// A job: items run under the client's rate budget at background priority, written to the job journal before any is
// sent. `scope` is the account it runs in (OrganizationSession::changeScope()); a job is resumed only there.
struct BulkJob
{
    Q_DECLARE_TR_FUNCTIONS(cd::BulkJob)
public:
    enum class State {
        Ready,     // written down, not started
        Running,   // items are being sent (or were, when the program ended: resumed at the next start)
        Paused,    // stopped by the user; resumed on request
        Cancelled, // stopped for good; the items not sent are cancelled
        Finished,  // every item ended (some may have failed: "retry the failed ones" runs them again)
    };

    QString id; // "job_…", printed first by the CLI so that a script can resume it
    QString scope;
    QString connectionId;
    QString title; // for people: "Apply “Appointment reminders” to 150 profiles"
    QDateTime createdAt;
    State state = State::Ready;
    bool dryRun = false; // every item sent with "sandbox": true: sent.dm's verdict, nothing made
    QList<BulkItem> items;

    struct Counts
    {
        int pending = 0; // pending or sent: still to end
        int done = 0;
        int refused = 0;
        int failed = 0;
        int cancelled = 0;
        int total() const { return pending + done + refused + failed + cancelled; }
        int ended() const { return done + refused + failed + cancelled; }
    };
    Counts counts() const;
    // Neither cancelled nor finished with every item ended: offered again at the next start.
    bool isUnfinished() const;

    static QString stateKey(State state); // ready, running, paused, cancelled, finished
    static std::optional<State> stateFromKey(const QString &key);
    static QString stateText(State state);
    static QString newId();
    static QByteArray newKey();
};

} // namespace cd
