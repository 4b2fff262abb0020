#pragma once

#include "storethread.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace cd {

// One change to be sent to sent.dm, as the journal knows it: where it goes and a hash of what it says.
struct JournalChange
{
    QString scope;  // the account it is made in (a connection's base URL and account id)
    QString target; // "POST /v3/profiles/p_1/campaigns"
    QByteArray bodyHash;
    bool sandbox = false; // sandbox answers are replayed too, so they never share a key with real ones
    QJsonObject body;     // what is sent: kept so that a change whose answer was lost can be checked against sent.dm

    static QByteArray hashOf(const QJsonObject &body);
    static JournalChange of(const QString &scope, const QString &target, const QJsonObject &body, bool sandbox = false);
};

// The small journal every create, update and completion is written to before it is sent (`<data>/changes.sqlite`,
// write-ahead logged, shared by the window and the CLI): its target, a hash of its body and the idempotency key it
// goes out with. The same change asked again within sent.dm's replay window gets the same key back, so that a
// rerun after a lost answer, a crash or a kill is replayed by sent.dm instead of made twice; a change sent.dm
// refused, or one asked for fresh, gets a new key. A journal that cannot be written works in memory (a rerun in
// another process then gets a new key: said in the log).
class ChangeJournal : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kReplayWindowSeconds = 23 * 3600; // below the API's 24 hours, for clocks that differ

    // Pending: sent, no answer yet. Unknown: the answer was lost (it may have been made). NotMade: sent.dm was asked
    // afterwards and does not show it. A change refused or not made goes out with a new key when asked again.
    enum class Outcome { Pending, Made, Refused, Unknown, NotMade };

    struct Begun
    {
        QByteArray key;
        bool reused = false;
        QDateTime firstSent;                 // reused: when the change first went out
        Outcome previous = Outcome::Pending; // reused: how that attempt ended, as far as anyone knows
    };

    explicit ChangeJournal(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~ChangeJournal() override; // waits for the writes queued

    static QString defaultPath();

    // Which earlier key a change may go out with again.
    enum class Reuse {
        Never,       // a fresh key (the CLI's --new)
        IfUnsettled, // the key of an attempt whose outcome is not known (the window: a new save is a new intent)
        Always,      // the key of any attempt not refused (the CLI: running a command again is the same intent)
    };
    // The key `change` goes out with, written down before `done` is called.
    void begin(const JournalChange &change, Reuse reuse, QObject *context, std::function<void(const Begun &)> done);
    // An explicit key (the CLI's --idempotency-key), written down the same way.
    void beginWithKey(const JournalChange &change, const QByteArray &key, QObject *context,
                      std::function<void(const Begun &)> done);
    void settle(const QByteArray &key, Outcome outcome, const QString &requestId);
    // Changes whose outcome is not known (their answer was lost, or the process ended before it came), newest first.
    struct Unsettled
    {
        QByteArray key;
        QString target;
        QDateTime firstSent;
        QJsonObject body; // empty for a change journaled before bodies were kept
        bool sandbox = false;
        QString scope; // the account it was made in (JournalChange::scope)
    };
    void unsettled(const QString &scope, QObject *context, std::function<void(const QList<Unsettled> &)> done);
    void flush(QObject *context, std::function<void()> done);

Q_SIGNALS:
    // A change was settled as Unknown: its answer was lost, it may have been made (for the history, as pending).
    void outcomeUnknown(const cd::ChangeJournal::Unsettled &change);

private:
    class Worker;
    StoreThread<Worker> m_store;
};

} // namespace cd
