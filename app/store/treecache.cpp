#include "treecache.h"

#include "core/logging.h"
#include "core/memory.h"
#include "overviewcodec.h"
#include "recordcodec.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cd {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

constexpr int kCampaignBatch = 500;                     // profiles per campaignsLoaded signal
constexpr int kFirstScreenful = 200;                    // profiles sent ahead of the rest, to be shown at once
constexpr int kReleaseAfterProfiles = 1000;             // a list this long took tens of megabytes to decode
constexpr std::chrono::milliseconds kCommitWindow{250}; // writes that share one transaction

void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

// Lives on the cache's thread; every member runs there.
class TreeCache::Worker : public QObject
{
public:
    Worker(TreeCache *owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
    {
        // A child: it moves to the cache's thread with its worker.
        m_commitTimer.setParent(this);
        m_commitTimer.setSingleShot(true);
        m_commitTimer.setInterval(kCommitWindow);
        connect(&m_commitTimer, &QTimer::timeout, this, [this] { commit(); });
    }

    bool ensureOpen()
    {
        // Unwritable (a full or read-only disk): this session keeps its records in memory instead, so that
        // selecting an item still shows it. Said once; the tree itself loads from the network as always.
        if (m_usable)
            return *m_usable;
        // Damaged: started again (the network rebuilds it). Unavailable: left as it is, this session in memory.
        const SqliteFile::Opened opened = m_file.openOrInMemory(
            m_path, {[this](bool) { return configure() && ensureSchema(); }, SqliteFile::OnDamage::Replace, {}});
        if (opened == SqliteFile::Opened::InMemory)
            report(&TreeCache::failed, m_file.unavailableReason());
        m_usable = opened != SqliteFile::Opened::Failed;
        return *m_usable;
    }

    // A cache is rebuilt from the network whenever it is lost, so it trades durability for speed: no
    // write-ahead log (pages are written once, not twice) and no waiting for the disk. A crash in the middle of a
    // write can leave the file damaged; the integrity check on open then rebuilds it.
    bool configure()
    {
        m_nextPosition = -1; // a file opened (again): asked of it when first needed
        return m_file.exec({QStringLiteral("PRAGMA journal_mode=MEMORY"), QStringLiteral("PRAGMA synchronous=OFF")});
    }

    bool ensureSchema()
    {
        // The version alone is not enough: a file whose tables do not match it would fail every write, on every
        // start, and no refresh could help.
        if (m_file.userVersion() == kSchemaVersion && tablesMatch())
            return true;
        // Another version's layout: a cache can always be rebuilt from the network. Records are a few KB each:
        // large pages hold several of them (4 KB pages would hold one, half empty).
        qCInfo(lcStore) << "tree cache schema" << m_file.userVersion() << "→" << kSchemaVersion << "rebuilding"
                        << m_path;
        return m_file.exec(
                   {QStringLiteral("DROP TABLE IF EXISTS meta"), QStringLiteral("DROP TABLE IF EXISTS profiles"),
                    QStringLiteral("DROP TABLE IF EXISTS campaigns"),
                    QStringLiteral("DROP TABLE IF EXISTS campaign_lists"), QStringLiteral("PRAGMA page_size=32768"),
                    QStringLiteral("VACUUM"), QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
                    QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                   "overview BLOB NOT NULL, record BLOB NOT NULL)"),
                    QStringLiteral("CREATE TABLE campaign_lists (profile_id TEXT PRIMARY KEY)"),
                    QStringLiteral("CREATE TABLE campaigns (profile_id TEXT NOT NULL, position INTEGER NOT NULL, "
                                   "id TEXT NOT NULL, overview BLOB NOT NULL, record BLOB NOT NULL)"),
                    QStringLiteral("CREATE INDEX campaigns_by_profile ON campaigns (profile_id, position)")})
            && m_file.setUserVersion(kSchemaVersion);
    }

    bool tablesMatch()
    {
        QSqlQuery q(m_file.database());
        return q.exec(QStringLiteral("SELECT key, value FROM meta LIMIT 0"))
            && q.exec(QStringLiteral("SELECT id, position, overview, record FROM profiles LIMIT 0"))
            && q.exec(QStringLiteral("SELECT profile_id FROM campaign_lists LIMIT 0"))
            && q.exec(QStringLiteral("SELECT profile_id, position, id, overview, record FROM campaigns LIMIT 0"));
    }

    void load()
    {
        if (!ensureOpen()) {
            post([owner = m_owner] { Q_EMIT owner->loadFinished(true); });
            return;
        }
        QSqlDatabase db = m_file.database();
        Account account;
        QDateTime savedAt;
        QSqlQuery meta(db);
        meta.exec(QStringLiteral("SELECT key, value FROM meta"));
        while (meta.next()) {
            if (meta.value(0).toString() == QLatin1String("account"))
                account = Account::fromJson(parse(meta.value(1).toByteArray()));
            else if (meta.value(0).toString() == QLatin1String("saved_at"))
                savedAt = QDateTime::fromMSecsSinceEpoch(meta.value(1).toLongLong(), QTimeZone::utc());
        }
        QList<ProfileOverview> profiles;
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT overview FROM profiles ORDER BY position"));
        bool firstSent = false;
        while (rows.next()) {
            ProfileOverview overview;
            if (store::decode(rows.value(0).toByteArray(), &overview))
                profiles.append(std::move(overview));
            if (!firstSent && profiles.size() == kFirstScreenful) {
                firstSent = true;
                post([owner = m_owner, account, first = std::exchange(profiles, {}), savedAt] {
                    Q_EMIT owner->profilesLoaded(account, first, savedAt);
                });
            }
        }
        const bool empty = !firstSent && profiles.isEmpty() && account.id.isEmpty();
        if (firstSent && !profiles.isEmpty())
            post([owner = m_owner, rest = std::move(profiles)] { Q_EMIT owner->moreProfilesLoaded(rest); });
        else if (!firstSent && !empty)
            post([owner = m_owner, account, profiles, savedAt] {
                Q_EMIT owner->profilesLoaded(account, profiles, savedAt);
            });

        QHash<QString, QList<CampaignOverview>> batch;
        QSqlQuery lists(db);
        lists.setForwardOnly(true);
        lists.exec(QStringLiteral("SELECT profile_id FROM campaign_lists"));
        while (lists.next())
            batch.insert(lists.value(0).toString(), {}); // known, possibly empty
        QSqlQuery campaigns(db);
        campaigns.setForwardOnly(true);
        campaigns.exec(QStringLiteral("SELECT profile_id, overview FROM campaigns ORDER BY profile_id, position"));
        QHash<QString, QList<CampaignOverview>> out;
        QString current;
        auto flushBatch = [&] {
            if (!out.isEmpty())
                post([owner = m_owner, out] { Q_EMIT owner->campaignsLoaded(out); });
            out.clear();
        };
        while (campaigns.next()) {
            const QString profileId = campaigns.value(0).toString();
            if (profileId != current) {
                if (out.size() >= kCampaignBatch)
                    flushBatch();
                current = profileId;
                batch.remove(profileId);
            }
            CampaignOverview overview;
            if (store::decode(campaigns.value(1).toByteArray(), &overview))
                out[profileId].append(std::move(overview));
        }
        for (auto it = batch.constBegin(); it != batch.constEnd(); ++it) {
            out.insert(it.key(), {});
            if (out.size() >= kCampaignBatch)
                flushBatch();
        }
        flushBatch();
        post([owner = m_owner, empty] { Q_EMIT owner->loadFinished(empty); });
    }

    Record readRecord(const QString &profileId, const QString &campaignId)
    {
        Record record;
        if (!ensureOpen())
            return record;
        QSqlDatabase db = m_file.database();
        QSqlQuery profile(db);
        profile.prepare(QStringLiteral("SELECT record FROM profiles WHERE id = ?"));
        profile.addBindValue(profileId);
        if (Profile p; profile.exec() && profile.next() && store::decodeRecord(profile.value(0).toByteArray(), &p))
            record.profile = std::move(p);
        if (campaignId.isEmpty())
            return record;
        QSqlQuery campaign(db);
        campaign.prepare(QStringLiteral("SELECT record FROM campaigns WHERE profile_id = ? AND id = ?"));
        campaign.addBindValue(profileId);
        campaign.addBindValue(campaignId);
        if (Campaign c; campaign.exec() && campaign.next() && store::decodeRecord(campaign.value(0).toByteArray(), &c))
            record.campaign = std::move(c);
        return record;
    }

    Snapshot readSnapshot()
    {
        Snapshot snapshot;
        if (!ensureOpen())
            return snapshot;
        QSqlDatabase db = m_file.database();
        QSqlQuery meta(db);
        if (meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'account'")) && meta.next())
            snapshot.account = Account::fromJson(parse(meta.value(0).toByteArray()));
        QSqlQuery profiles(db);
        profiles.setForwardOnly(true);
        if (profiles.exec(QStringLiteral("SELECT record FROM profiles ORDER BY position")))
            while (profiles.next())
                if (Profile p; store::decodeRecord(profiles.value(0).toByteArray(), &p))
                    snapshot.profiles.append(std::move(p));
        QSqlQuery known(db);
        if (known.exec(QStringLiteral("SELECT profile_id FROM campaign_lists")))
            while (known.next())
                snapshot.campaigns.insert(known.value(0).toString(), {});
        QSqlQuery campaigns(db);
        campaigns.setForwardOnly(true);
        if (campaigns.exec(QStringLiteral("SELECT profile_id, record FROM campaigns ORDER BY profile_id, position")))
            while (campaigns.next())
                if (Campaign c; store::decodeRecord(campaigns.value(1).toByteArray(), &c))
                    snapshot.campaigns[campaigns.value(0).toString()].append(std::move(c));
        return snapshot;
    }

    void saveAccount(const Account &account)
    {
        if (!beginWrite())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('account', ?)"));
        q.addBindValue(compact(account.toJson()));
        exec(q);
        touch();
    }

    // The position after every profile's: read from the file once, then counted here (this thread is the only
    // writer). Asking the file for MAX(position) on every page read the whole table each time — at 50,000
    // profiles, 500 pages, each reading every record written so far.
    qint64 nextPosition()
    {
        if (m_nextPosition < 0) {
            QSqlQuery last(m_file.database());
            m_nextPosition =
                last.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM profiles")) && last.next()
                ? last.value(0).toLongLong() + 1
                : 0;
        }
        return m_nextPosition++;
    }

    void saveProfiles(const QList<Profile> &profiles)
    {
        if (!beginWrite())
            return;
        QSqlDatabase db = m_file.database();
        QSqlQuery clear(db);
        clear.exec(QStringLiteral("DELETE FROM profiles"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO profiles (id, position, overview, record) VALUES (?, ?, ?, ?)"));
        m_nextPosition = profiles.size();
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            insert.bindValue(0, profiles[i].id);
            insert.bindValue(1, i);
            insert.bindValue(2, store::encode(ProfileOverview::of(profiles[i])));
            insert.bindValue(3, store::encodeRecord(profiles[i]));
            exec(insert);
        }
        // Campaigns of profiles that are gone go with them.
        QSqlQuery orphans(db);
        orphans.exec(QStringLiteral("DELETE FROM campaigns WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        orphans.exec(QStringLiteral("DELETE FROM campaign_lists WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        touch();
        // This thread is the last to hold a large list (the tree has its overviews by now): once it is let go,
        // right after this call, what decoding it took goes back to the system.
        if (profiles.size() >= kReleaseAfterProfiles)
            QMetaObject::invokeMethod(
                this, [] { releaseFreedMemory(); }, Qt::QueuedConnection);
    }

    void saveProfile(const Profile &profile)
    {
        if (!beginWrite())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(
            QStringLiteral("INSERT INTO profiles (id, position, overview, record) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET overview = excluded.overview, record = excluded.record"));
        q.addBindValue(profile.id);
        q.addBindValue(nextPosition());
        q.addBindValue(store::encode(ProfileOverview::of(profile)));
        q.addBindValue(store::encodeRecord(profile));
        exec(q);
    }

    void saveProfilePage(const QList<Profile> &profiles)
    {
        if (!beginWrite())
            return;
        QSqlDatabase db = m_file.database();
        // New ones after the others, in the page's order.
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO profiles (id, position, overview, record) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET overview = excluded.overview, record = excluded.record"));
        for (const Profile &profile : profiles) {
            q.bindValue(0, profile.id);
            q.bindValue(1, nextPosition()); // an update in place keeps its position (the gap is harmless)
            q.bindValue(2, store::encode(ProfileOverview::of(profile)));
            q.bindValue(3, store::encodeRecord(profile));
            exec(q);
        }
        touch();
        if (profiles.size() >= kReleaseAfterProfiles)
            QMetaObject::invokeMethod(
                this, [] { releaseFreedMemory(); }, Qt::QueuedConnection);
    }

    void keepOnlyProfiles(const QStringList &profileIds)
    {
        if (!beginWrite())
            return;
        QSqlDatabase db = m_file.database();
        QSqlQuery q(db);
        exec(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS listed (id TEXT PRIMARY KEY)"));
        exec(q, QStringLiteral("DELETE FROM listed"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO listed (id) VALUES (?)"));
        for (const QString &id : profileIds) {
            insert.bindValue(0, id);
            exec(insert);
        }
        exec(q, QStringLiteral("DELETE FROM profiles WHERE id NOT IN (SELECT id FROM listed)"));
        exec(q, QStringLiteral("DELETE FROM campaigns WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        exec(q, QStringLiteral("DELETE FROM campaign_lists WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        exec(q, QStringLiteral("DELETE FROM listed"));
        touch();
    }

    void removeProfile(const QString &profileId)
    {
        if (!beginWrite())
            return;
        for (const QString &sql : {QStringLiteral("DELETE FROM profiles WHERE id = ?"),
                                   QStringLiteral("DELETE FROM campaigns WHERE profile_id = ?"),
                                   QStringLiteral("DELETE FROM campaign_lists WHERE profile_id = ?")}) {
            QSqlQuery q(m_file.database());
            q.prepare(sql);
            q.addBindValue(profileId);
            exec(q);
        }
    }

    void saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
    {
        if (!beginWrite())
            return;
        if (!m_campaignQueries) {
            QSqlDatabase db = m_file.database();
            m_campaignQueries.emplace(CampaignQueries{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
            m_campaignQueries->clear.prepare(QStringLiteral("DELETE FROM campaigns WHERE profile_id = ?"));
            m_campaignQueries->known.prepare(
                QStringLiteral("INSERT OR REPLACE INTO campaign_lists (profile_id) VALUES (?)"));
            m_campaignQueries->insert.prepare(QStringLiteral(
                "INSERT INTO campaigns (profile_id, position, id, overview, record) VALUES (?, ?, ?, ?, ?)"));
        }
        CampaignQueries &q = *m_campaignQueries;
        q.clear.bindValue(0, profileId);
        exec(q.clear);
        q.known.bindValue(0, profileId);
        exec(q.known);
        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            q.insert.bindValue(0, profileId);
            q.insert.bindValue(1, i);
            q.insert.bindValue(2, campaigns[i].id);
            q.insert.bindValue(3, store::encode(CampaignOverview::of(campaigns[i], profileId)));
            q.insert.bindValue(4, store::encodeRecord(campaigns[i]));
            exec(q.insert);
        }
    }

    void saveCampaign(const QString &profileId, const Campaign &campaign)
    {
        if (!beginWrite())
            return;
        QSqlDatabase db = m_file.database();
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT 1 FROM campaign_lists WHERE profile_id = ?"));
        known.addBindValue(profileId);
        if (!known.exec() || !known.next())
            return; // the list comes whole, when it is first asked for
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE campaigns SET overview = ?, record = ? WHERE profile_id = ? AND id = ?"));
        update.addBindValue(store::encode(CampaignOverview::of(campaign, profileId)));
        update.addBindValue(store::encodeRecord(campaign));
        update.addBindValue(profileId);
        update.addBindValue(campaign.id);
        exec(update);
        if (update.numRowsAffected() > 0)
            return;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO campaigns (profile_id, position, id, overview, record) VALUES "
            "(?, (SELECT COALESCE(MAX(position), -1) + 1 FROM campaigns WHERE profile_id = ?), ?, ?, ?)"));
        insert.addBindValue(profileId);
        insert.addBindValue(profileId);
        insert.addBindValue(campaign.id);
        insert.addBindValue(store::encode(CampaignOverview::of(campaign, profileId)));
        insert.addBindValue(store::encodeRecord(campaign));
        exec(insert);
    }

    void removeCampaign(const QString &profileId, const QString &campaignId)
    {
        if (!beginWrite())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("DELETE FROM campaigns WHERE profile_id = ? AND id = ?"));
        q.addBindValue(profileId);
        q.addBindValue(campaignId);
        exec(q);
    }

    void flush()
    {
        commit();
        post([owner = m_owner] { Q_EMIT owner->flushed(); });
    }

    void close()
    {
        commit();
        m_campaignQueries.reset();
        m_file.close();
    }

    // Ends the transaction that writes queued while busy have shared.
    void commit()
    {
        if (!m_inTransaction)
            return;
        m_inTransaction = false;
        m_commitTimer.stop();
        if (const QSqlError failed = SqliteFile::commitTransaction(m_file.database()); failed.isValid()) {
            qCWarning(lcStore) << "tree cache commit failed:" << failed.text();
            m_file.database().rollback();
        }
    }

    template<typename Function>
    void post(Function function)
    {
        QMetaObject::invokeMethod(m_owner, std::move(function), Qt::QueuedConnection);
    }

private:
    struct CampaignQueries
    {
        QSqlQuery clear;
        QSqlQuery known;
        QSqlQuery insert;
    };

    // Every write joins one transaction, committed a moment after the first: a loading tree saves a few hundred
    // campaign lists a second, and a transaction each rewrote the same index pages thousands of times. Reads on
    // this connection see the writes before they are committed; what a crash loses, the next refresh restores.
    bool beginWrite()
    {
        if (!ensureOpen())
            return false;
        if (m_inTransaction)
            return true;
        m_inTransaction = m_file.database().transaction();
        if (m_inTransaction)
            m_commitTimer.start();
        return true;
    }
    void touch()
    {
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('saved_at', ?)"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        exec(q);
    }
    void exec(QSqlQuery &query)
    {
        if (!query.exec())
            qCWarning(lcStore) << "tree cache write failed:" << query.lastError().text();
    }
    void exec(QSqlQuery &query, const QString &sql)
    {
        if (!query.exec(sql))
            qCWarning(lcStore) << "tree cache write failed:" << query.lastError().text();
    }
    void report(void (TreeCache::*signal)(const QString &), const QString &message)
    {
        post([owner = m_owner, signal, message] { Q_EMIT(owner->*signal)(message); });
    }

    TreeCache *m_owner;
    QString m_path;
    SqliteFile m_file;
    std::optional<bool> m_usable; // ensureOpen()'s outcome, once tried
    qint64 m_nextPosition = -1;   // nextPosition(); -1: not read from the file yet
    std::optional<CampaignQueries> m_campaignQueries;
    bool m_inTransaction = false;
    QTimer m_commitTimer;
};

TreeCache::TreeCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new Worker(this, path), QStringLiteral("tree cache"), QThread::LowPriority)
{
    // Writing the cache can wait; the window and the network it is saving cannot. (Linux ignores thread
    // priorities under its normal policy; a thread's niceness is what it honours.)
    m_store.post([](Worker *) { lowerThisThreadsPriority(); });
}

TreeCache::~TreeCache() = default; // waits for the writes queued; the database closes on its own thread

QString TreeCache::pathForConnection(const QString &connectionId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("cache/%1.sqlite").arg(connectionId));
}

void TreeCache::removeForConnection(const QString &connectionId)
{
    const QString path = pathForConnection(connectionId);
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".corrupt")})
        QFile::remove(path + suffix);
}

void TreeCache::load()
{
    m_store.post([](Worker *worker) { worker->load(); });
}

void TreeCache::saveAccount(const Account &account)
{
    m_store.post([account](Worker *worker) { worker->saveAccount(account); });
}

void TreeCache::saveProfiles(const QList<Profile> &profiles)
{
    m_store.post([profiles](Worker *worker) { worker->saveProfiles(profiles); });
}

void TreeCache::saveProfile(const Profile &profile)
{
    m_store.post([profile](Worker *worker) { worker->saveProfile(profile); });
}

void TreeCache::saveProfilePage(const QList<Profile> &profiles)
{
    m_store.post([profiles](Worker *worker) { worker->saveProfilePage(profiles); });
}

void TreeCache::keepOnlyProfiles(const QStringList &profileIds)
{
    m_store.post([profileIds](Worker *worker) { worker->keepOnlyProfiles(profileIds); });
}

void TreeCache::removeProfile(const QString &profileId)
{
    m_store.post([profileId](Worker *worker) { worker->removeProfile(profileId); });
}

void TreeCache::saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
{
    m_store.post([profileId, campaigns](Worker *worker) { worker->saveCampaigns(profileId, campaigns); });
}

void TreeCache::saveCampaign(const QString &profileId, const Campaign &campaign)
{
    m_store.post([profileId, campaign](Worker *worker) { worker->saveCampaign(profileId, campaign); });
}

void TreeCache::removeCampaign(const QString &profileId, const QString &campaignId)
{
    m_store.post([profileId, campaignId](Worker *worker) { worker->removeCampaign(profileId, campaignId); });
}

void TreeCache::readRecord(const QString &profileId, const QString &campaignId, QObject *context,
                           std::function<void(const Record &)> done)
{
    m_store.ask(
        this, context, [profileId, campaignId](Worker *worker) { return worker->readRecord(profileId, campaignId); },
        std::move(done));
}

void TreeCache::readSnapshot(QObject *context, std::function<void(const Snapshot &)> done)
{
    m_store.ask(
        this, context, [](Worker *worker) { return worker->readSnapshot(); }, std::move(done));
}

void TreeCache::flush()
{
    m_store.post([](Worker *worker) { worker->flush(); });
}

} // namespace cd
