#include "treecache.h"

#include "core/logging.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QFileInfo>

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

constexpr int kCampaignBatch = 500; // profiles per campaignsLoaded signal

} // namespace

// Lives on the cache's thread; every member runs there.
class TreeCache::Worker : public QObject
{
public:
    Worker(TreeCache *owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
    {
    }

    bool ensureOpen()
    {
        if (m_open)
            return true;
        if (m_failed)
            return false;
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!m_file.open(m_path)) {
            m_failed = true;
            report(&TreeCache::failed, m_file.lastError());
            return false;
        }
        if (m_file.userVersion() != kSchemaVersion) {
            // Another version's layout: a cache can always be rebuilt from the network.
            qCInfo(lcStore) << "tree cache schema" << m_file.userVersion() << "→" << kSchemaVersion << "rebuilding" << m_path;
            const bool ok = m_file.exec({QStringLiteral("DROP TABLE IF EXISTS meta"), QStringLiteral("DROP TABLE IF EXISTS profiles"),
                                         QStringLiteral("DROP TABLE IF EXISTS campaigns"),
                                         QStringLiteral("DROP TABLE IF EXISTS campaign_lists"),
                                         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
                                         QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                                        "json BLOB NOT NULL)"),
                                         QStringLiteral("CREATE TABLE campaign_lists (profile_id TEXT PRIMARY KEY)"),
                                         QStringLiteral("CREATE TABLE campaigns (profile_id TEXT NOT NULL, position INTEGER NOT NULL, "
                                                        "json BLOB NOT NULL)"),
                                         QStringLiteral("CREATE INDEX campaigns_by_profile ON campaigns (profile_id, position)")})
                && m_file.setUserVersion(kSchemaVersion);
            if (!ok) {
                m_failed = true;
                report(&TreeCache::failed, m_file.lastError());
                return false;
            }
        }
        m_open = true;
        return true;
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
        QList<Profile> profiles;
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT json FROM profiles ORDER BY position"));
        while (rows.next())
            profiles.append(Profile::fromJson(parse(rows.value(0).toByteArray())));
        const bool empty = profiles.isEmpty() && account.id.isEmpty();
        if (!empty)
            post([owner = m_owner, account, profiles, savedAt] { Q_EMIT owner->profilesLoaded(account, profiles, savedAt); });

        QHash<QString, QList<Campaign>> batch;
        QSqlQuery lists(db);
        lists.setForwardOnly(true);
        lists.exec(QStringLiteral("SELECT profile_id FROM campaign_lists"));
        while (lists.next())
            batch.insert(lists.value(0).toString(), {}); // known, possibly empty
        QSqlQuery campaigns(db);
        campaigns.setForwardOnly(true);
        campaigns.exec(QStringLiteral("SELECT profile_id, json FROM campaigns ORDER BY profile_id, position"));
        QHash<QString, QList<Campaign>> out;
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
            out[profileId].append(Campaign::fromJson(parse(campaigns.value(1).toByteArray())));
        }
        for (auto it = batch.constBegin(); it != batch.constEnd(); ++it) {
            out.insert(it.key(), {});
            if (out.size() >= kCampaignBatch)
                flushBatch();
        }
        flushBatch();
        post([owner = m_owner, empty] { Q_EMIT owner->loadFinished(empty); });
    }

    void saveAccount(const Account &account)
    {
        if (!ensureOpen())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('account', ?)"));
        q.addBindValue(compact(account.toJson()));
        exec(q);
        touch();
    }

    void saveProfiles(const QList<Profile> &profiles)
    {
        if (!ensureOpen())
            return;
        QSqlDatabase db = m_file.database();
        db.transaction();
        QSqlQuery clear(db);
        clear.exec(QStringLiteral("DELETE FROM profiles"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO profiles (id, position, json) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            insert.bindValue(0, profiles[i].id);
            insert.bindValue(1, i);
            insert.bindValue(2, compact(profiles[i].toJson()));
            exec(insert);
        }
        // Campaigns of profiles that are gone go with them.
        QSqlQuery orphans(db);
        orphans.exec(QStringLiteral("DELETE FROM campaigns WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        orphans.exec(QStringLiteral("DELETE FROM campaign_lists WHERE profile_id NOT IN (SELECT id FROM profiles)"));
        touch();
        db.commit();
    }

    void saveProfile(const Profile &profile)
    {
        if (!ensureOpen())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("UPDATE profiles SET json = ? WHERE id = ?"));
        q.addBindValue(compact(profile.toJson()));
        q.addBindValue(profile.id);
        exec(q);
    }

    void saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
    {
        if (!ensureOpen())
            return;
        QSqlDatabase db = m_file.database();
        db.transaction();
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM campaigns WHERE profile_id = ?"));
        clear.addBindValue(profileId);
        exec(clear);
        QSqlQuery known(db);
        known.prepare(QStringLiteral("INSERT OR REPLACE INTO campaign_lists (profile_id) VALUES (?)"));
        known.addBindValue(profileId);
        exec(known);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO campaigns (profile_id, position, json) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            insert.bindValue(0, profileId);
            insert.bindValue(1, i);
            insert.bindValue(2, compact(campaigns[i].toJson()));
            exec(insert);
        }
        db.commit();
    }

    void flush()
    {
        post([owner = m_owner] { Q_EMIT owner->flushed(); });
    }

    void close() { m_file.close(); }

private:
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
    template<typename Function>
    void post(Function function)
    {
        QMetaObject::invokeMethod(m_owner, std::move(function), Qt::QueuedConnection);
    }
    void report(void (TreeCache::*signal)(const QString &), const QString &message)
    {
        post([owner = m_owner, signal, message] { Q_EMIT(owner->*signal)(message); });
    }

    TreeCache *m_owner;
    QString m_path;
    SqliteFile m_file;
    bool m_open = false;
    bool m_failed = false;
};

TreeCache::TreeCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(this, path))
{
    m_thread.setObjectName(QStringLiteral("tree cache"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

TreeCache::~TreeCache()
{
    // Blocks until the writes queued before have been carried out; the database closes on its own thread.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString TreeCache::pathForConnection(const QString &connectionId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/")
        + connectionId + QStringLiteral(".sqlite");
}

void TreeCache::removeForConnection(const QString &connectionId)
{
    const QString path = pathForConnection(connectionId);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".corrupt")})
        QFile::remove(path + suffix);
}

void TreeCache::load()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->load(); }, Qt::QueuedConnection);
}

void TreeCache::saveAccount(const Account &account)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, account] { worker->saveAccount(account); }, Qt::QueuedConnection);
}

void TreeCache::saveProfiles(const QList<Profile> &profiles)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profiles] { worker->saveProfiles(profiles); }, Qt::QueuedConnection);
}

void TreeCache::saveProfile(const Profile &profile)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profile] { worker->saveProfile(profile); }, Qt::QueuedConnection);
}

void TreeCache::saveCampaigns(const QString &profileId, const QList<Campaign> &campaigns)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profileId, campaigns] { worker->saveCampaigns(profileId, campaigns); },
                              Qt::QueuedConnection);
}

void TreeCache::flush()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->flush(); }, Qt::QueuedConnection);
}

} // namespace cd
