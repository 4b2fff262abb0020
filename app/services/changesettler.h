#pragma once

#include "api/sentclient.h"
#include "store/changejournal.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cd {

class ProfileListing;

// How a change whose answer was lost turned out, as sent.dm shows it now.
struct ChangeSettlement
{
    Q_DECLARE_TR_FUNCTIONS(cd::ChangeSettlement)
public:
    enum class Found {
        Made,    // sent.dm shows it: a rerun replays it under the same key
        NotMade, // sent.dm does not show it: a rerun makes it, with a new key
        Unknown, // sent.dm could not be asked now (network, time-out): it stays unsettled, asked again next time
    };

    ChangeJournal::Unsettled change;
    Found found = Found::Unknown;
    QString profileId;  // what the change was about (the target's ids)…
    QString campaignId; // …and, for a campaign created, the campaign found
    QString name;       // the profile's or campaign's name, when known
    QString requestId;  // of the request that asked

    // One sentence for people: what was sent when, and what sent.dm shows of it.
    QString sentence() const;
};

// Settles the changes of one account whose outcome the journal does not know (their answer was lost, or the program
// ended before it came) by asking sent.dm, read-only, whether it shows them — never by sending them again:
//   PATCH a profile          its fields as sent (ProfileChanges::unshownBy is empty)
//   POST complete            the profile is no longer incomplete
//   POST a campaign          the profile lists a campaign of that name created since the change was sent
//   PUT a campaign           the campaign reads as it was sent
//   POST a profile           the organization lists a profile of that name created since then (asked only with
//                            the organization's key, which sees them all)
// Whatever cannot be asked, or fails, stays unsettled and is asked again next time: a change wrongly said not made
// could be made twice.
// A change sent with "sandbox": true made nothing and is settled as not made without asking. The journal is told
// each answer (Made, NotMade); what could not be asked stays as it was.
class ChangeSettler : public QObject
{
    Q_OBJECT
public:
    ChangeSettler(SentClient *client, ChangeJournal *journal, QString scope, QObject *parent = nullptr);
    ~ChangeSettler() override;

    // Asks about every unsettled change, one after another, then calls `done` with what was found (empty: there
    // was nothing to settle).
    void run(QObject *context, std::function<void(const QList<ChangeSettlement> &)> done);
    bool isRunning() const { return m_running; }

private:
    void next();
    void ask(const ChangeJournal::Unsettled &change);
    void askAboutCampaign(ChangeSettlement settlement, bool update, std::function<void(const ApiError &)> failed);
    void askAboutNewProfile(ChangeSettlement settlement);
    void listProfiles(ChangeSettlement settlement, const ProfileChanges &sent);
    void found(ChangeSettlement settlement);

    QPointer<SentClient> m_client;
    QPointer<ChangeJournal> m_journal;
    QString m_scope;
    bool m_running = false;
    QList<ChangeJournal::Unsettled> m_queue;
    QList<ChangeSettlement> m_found;
    QPointer<QObject> m_context;
    std::function<void(const QList<ChangeSettlement> &)> m_done;
    ProfileListing *m_listing = nullptr;
};

} // namespace cd
