#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

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
    // The entry's own hash: SHA-256 over every field and the previous entry's hash, as hex. (An empty actor is left
    // out, so entries written before actors were recorded keep their hashes.)
    QByteArray computeHash() const;
};

// What checking a history's chain of hashes found.
struct HistoryVerification
{
    bool ok = true;
    qint64 checked = 0;  // entries read
    qint64 firstBad = 0; // the first entry that does not fit the chain (0: none)
    QString problem;     // why, translated
};

} // namespace cd
