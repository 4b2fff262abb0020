#pragma once

#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/profile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

namespace cd {

// The last-known organization tree of one connection, in a SQLite file, so that it shows at once on start.
//
// All of the work — SQLite and JSON — runs on a thread of its own, so neither reading 10,000 profiles nor
// writing them stalls the window. Results come back as signals on the owner's thread. A file that is corrupt or
// from another schema version is rebuilt empty, never a crash.
class TreeCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;

    explicit TreeCache(const QString &path, QObject *parent = nullptr);
    ~TreeCache() override; // waits for writes still queued

    static QString pathForConnection(const QString &connectionId);
    static void removeForConnection(const QString &connectionId);

    // Emits profilesLoaded, then campaignsLoaded in batches, then loadFinished.
    void load();
    void saveAccount(const Account &account);
    void saveProfiles(const QList<Profile> &profiles); // the whole list, replacing what was there
    void saveProfile(const Profile &profile);          // one profile, in place
    void saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns);
    // Emits flushed() once everything asked before has been written.
    void flush();

Q_SIGNALS:
    void profilesLoaded(const cd::Account &account, const QList<cd::Profile> &profiles, const QDateTime &savedAt);
    void campaignsLoaded(const QHash<QString, QList<cd::Campaign>> &campaigns);
    void loadFinished(bool empty);
    void flushed();
    // The file could not be used at all (not even rebuilt); the tree then simply loads from the network.
    void failed(const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace cd
