#pragma once

#include "domain/account.h"
#include "domain/campaign.h"
#include "domain/overview.h"
#include "domain/profile.h"
#include "storethread.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cd {

// The last-known organization tree of one connection, in a SQLite file, so that it shows at once on start, and
// the whole record of every profile and campaign in it, read back for the one item selected.
//
// Each row keeps what the tree shows (its overview, read on start) beside the whole record (read on demand),
// both in the cache's own compact encodings. All of the work — SQLite, encoding — runs on a thread of its own, so
// neither reading 10,000 profiles nor writing them stalls the window; writes that queue up while it is busy go in one
// transaction. Results come back as signals or callbacks on the owner's thread. A file that is corrupt or from another
// schema version is rebuilt empty, never a crash; a file that cannot be written at all is replaced by one in memory for
// this session.
class TreeCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion =
        5; // 4: StatusCategory::NotSynced (overview rows); 5: inherit_tcr_campaign in them
    // A path that keeps the cache in memory, for this process only.
    static inline const QString kInMemory = QStringLiteral(":memory:");

    // One item's whole record, as last saved. Unset when the cache does not have it.
    struct Record
    {
        std::optional<Profile> profile;
        std::optional<Campaign> campaign;
    };

    // Every whole record, for a report: the account, the profiles in their order, their campaigns by profile.
    struct Snapshot
    {
        Account account;
        QList<Profile> profiles;
        QHash<QString, QList<Campaign>> campaigns; // only the profiles whose list is known
    };

    explicit TreeCache(const QString &path, QObject *parent = nullptr);
    ~TreeCache() override; // waits for writes still queued

    static QString pathForConnection(const QString &connectionId);
    static void removeForConnection(const QString &connectionId);

    // Emits profilesLoaded with the first screenful of profiles (as soon as they are read, so that the tree can show
    // them while the rest is read), moreProfilesLoaded with the rest, campaignsLoaded in batches, then loadFinished.
    void load();
    void saveAccount(const Account &account);
    void saveProfiles(const QList<Profile> &profiles);    // the whole list, replacing what was there
    void saveProfile(const Profile &profile);             // one profile, in place (added at the end when new)
    void saveProfilePage(const QList<Profile> &profiles); // a page of the list: each in place, new ones at the end
    // The whole list's ids, once read: every other profile goes, with its campaigns.
    void keepOnlyProfiles(const QStringList &profileIds);
    void removeProfile(const QString &profileId); // with its campaigns
    void saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns);
    // One campaign created or changed, one deleted: in the profile's saved list (none is made for a profile whose
    // list is not known).
    void saveCampaign(const QString &profileId, const Campaign &campaign);
    void removeCampaign(const QString &profileId, const QString &campaignId);
    // Emits flushed() once everything asked before has been written.
    void flush();
    // The profile, and the campaign when campaignId is set; done runs on the caller's thread unless context is
    // gone by then. Sees every save asked before it.
    void readRecord(const QString &profileId, const QString &campaignId, QObject *context,
                    std::function<void(const cd::TreeCache::Record &)> done);
    void readSnapshot(QObject *context, std::function<void(const cd::TreeCache::Snapshot &)> done);

Q_SIGNALS:
    void profilesLoaded(const cd::Account &account, const QList<cd::ProfileOverview> &profiles,
                        const QDateTime &savedAt);
    void moreProfilesLoaded(const QList<cd::ProfileOverview> &profiles);
    void campaignsLoaded(const QHash<QString, QList<cd::CampaignOverview>> &campaigns);
    void loadFinished(bool empty);
    void flushed();
    // The file could not be used at all (not even rebuilt); the tree then simply loads from the network.
    void failed(const QString &message);

private:
    class Worker;
    StoreThread<Worker> m_store;
};

} // namespace cd
