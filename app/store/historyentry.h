#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// One line of an item's history: a status change the poller saw, a change the user made (what, when, the request
// id, the body sent), or a warning the user acknowledged before submitting.
struct HistoryEntry
{
    enum class Kind { Status, Mutation, Acknowledgement };

    qint64 seq = 0; // set by the log: 1, 2, 3, … over the whole file
    QString connectionId;
    QString profileId;
    QString campaignId; // empty: the profile itself
    Kind kind = Kind::Status;
    QDateTime at;
    QString action;  // status: the new status; mutation: "POST /v3/profiles/…"; acknowledgement: "RULE@field"
    QString summary; // one line for people
    QString requestId;
    QString actor; // who made the change or acknowledged the warning (see AppInfo::localActor); empty for a status seen
    QJsonObject payload; // status: {name, old, new}; mutation: {body, http_status, replayed}; acknowledgement: {rule,
                         // field, message}
    QByteArray previousHash; // set by the log
    QByteArray hash;         // set by the log

    static QString kindKey(Kind kind); // status, mutation, acknowledgement
    static std::optional<Kind> kindFromKey(const QString &key);
    // Who the entry names, for people: its actor; sent.dm for a status seen; "not recorded" for an older entry.
    QString actorText() const;
    // The entry's own hash over every field and the previous entry's hash: without a key SHA-256 as hex (entries
    // written before histories were sealed, or while the keychain could not be used); with the history's key an
    // HMAC-SHA-256, as hex after "k1:". (An empty actor is left out, so entries written before actors were recorded
    // keep their hashes.)
    QByteArray computeHash(const QByteArray &key = {}) const;
    static bool isSealedHash(const QByteArray &hash);
};

// What keeps a history honest against someone who can edit its file, kept outside it (in the system keychain, one
// per data folder): the key its entries are sealed with, and the newest entry as last recorded, so that entries
// removed, a file emptied, deleted or replaced, and a chain recomputed without the key are all noticed. What was
// found wrong when the seal was opened stays written in it.
struct HistorySeal
{
    struct Break
    {
        enum class Kind {
            Changed, // the recorded newest entry was missing or different
            KeyLost, // the file had been sealed, but the keychain no longer had the key
        };
        Kind kind = Kind::Changed;
        QDateTime at;
        qint64 expected = 0; // Changed: the entries recorded; KeyLost: the first entry sealed with the new key
        qint64 found = 0;    // Changed: the entries the file held
    };

    QByteArray key;        // 32 random bytes
    qint64 sealedFrom = 1; // the first entry sealed with this key (those before were written before sealing)
    qint64 count = 0;      // the newest entry recorded…
    QByteArray head;       // …and its hash
    QList<Break> breaks;

    bool isValid() const { return key.size() >= 32; }
    static HistorySeal create(); // a new random key
    QByteArray toSecret() const;
    static std::optional<HistorySeal> fromSecret(const QByteArray &secret);
    static QString breakText(const Break &b); // for people
};

// What the keychain held for a history when it was asked.
struct HistorySealRead
{
    enum class Outcome { Found, Missing, Unusable };
    Outcome outcome = Outcome::Missing;
    HistorySeal seal; // Found
    QString problem;  // Unusable: why, for people
};

// What checking a history's chain of hashes found.
struct HistoryVerification
{
    enum class Obstacle {
        None,
        File,     // the history file cannot be used now
        Keychain, // the seal in the keychain cannot be read now
    };
    bool ok = true;      // intact: every entry follows the one before, unchanged, up to the one recorded last
    bool sealed = false; // checked against the seal kept outside the file (a history opened without one is not)
    Obstacle obstacle = Obstacle::None; // why it could not be checked in full (then never ok)
    qint64 checked = 0;                 // entries read
    qint64 firstBad = 0;                // the first entry that does not fit the chain (0: none)
    QString problem;                    // why not intact, translated
    QStringList notes;                  // what an intact history still says (entries written unsealed)
};

} // namespace cd
