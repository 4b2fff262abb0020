#include "draftstore.h"

#include "core/logging.h"
#include "storeworker.h"

#include <QDir>
#include <QJsonObject>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace cd {

// Lives on the store's thread; every member runs there.
class DraftStore::Worker : public StoreWorker
{
public:
    Worker(DraftStore *owner, QString path)
        : StoreWorker(std::move(path),
                      {[this](bool inMemory) { return (inMemory || configure()) && ensureSchema(); },
                       SqliteFile::OnDamage::KeepAndSalvage,
                       {QStringLiteral("drafts"), QStringLiteral("submissions")}},
                      [owner](const StoreFileState &state) {
                          QMetaObject::invokeMethod(
                              owner, [owner, state] { owner->setFileState(state); }, Qt::QueuedConnection);
                      })
    {
    }

    // The user's work: a write-ahead log, committed at once (NORMAL survives a killed process; only a power cut
    // between checkpoints can lose the last commits).
    bool configure()
    {
        return m_file.exec({QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")});
    }

    bool ensureSchema()
    {
        const int version = m_file.userVersion();
        if (version == kSchemaVersion)
            return true;
        if (version > kSchemaVersion) {
            // Written by a newer version: read what we can, change nothing of its layout.
            qCWarning(lcStore) << "draft store schema" << version << "is newer than" << kSchemaVersion;
            return true;
        }
        // Upgrades run in order, each from the version before; version 0 is a new file.
        if (version < 1
            && !(m_file.exec(
                     {QStringLiteral(
                          "CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, connection_id TEXT NOT NULL, "
                          "profile_id TEXT NOT NULL, campaign_id TEXT, payload BLOB NOT NULL, "
                          "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
                      QStringLiteral(
                          "CREATE INDEX IF NOT EXISTS drafts_by_connection ON drafts (connection_id, updated_at)")})
                 && m_file.setUserVersion(1)))
            return false;
        if (version < 2
            && !(
                m_file.exec(
                    {QStringLiteral(
                         "CREATE TABLE IF NOT EXISTS submissions (connection_id TEXT NOT NULL, profile_id TEXT NOT NULL, "
                         "campaign_id TEXT NOT NULL, at INTEGER NOT NULL, payload BLOB NOT NULL)"),
                     QStringLiteral(
                         "CREATE INDEX IF NOT EXISTS submissions_by_campaign ON submissions (connection_id, campaign_id, at)")})
                && m_file.setUserVersion(2)))
            return false;
        return true;
    }

    void save(const Draft &draft)
    {
        if (!ensureOpen())
            return;
        if (!inMemory() && write(draft))
            return;
        m_waitingRemovals.remove(draft.id);
        m_waitingSaves.insert(draft.id, draft);
        if (inMemory()) {
            write(draft);
            reportState();
        } else {
            fallBack(m_writeError); // and it is in memory now, with everything else waiting
        }
    }

    void remove(const QString &id)
    {
        if (!ensureOpen())
            return;
        if (!inMemory() && erase(id))
            return;
        m_waitingSaves.remove(id);
        m_waitingRemovals.insert(id);
        if (inMemory()) {
            erase(id);
            reportState();
        } else {
            fallBack(m_writeError);
        }
    }

    bool write(const Draft &draft)
    {
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO drafts (id, connection_id, profile_id, campaign_id, payload, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(draft.id);
        q.addBindValue(draft.connectionId);
        q.addBindValue(draft.profileId);
        q.addBindValue(draft.campaignId);
        q.addBindValue(draft.payload());
        q.addBindValue(draft.createdAt.toMSecsSinceEpoch());
        q.addBindValue(draft.updatedAt.toMSecsSinceEpoch());
        if (q.exec())
            return true;
        qCWarning(lcStore) << "draft not saved:" << q.lastError().text();
        m_writeError = q.lastError();
        return false;
    }

    bool erase(const QString &id)
    {
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec())
            return true;
        qCWarning(lcStore) << "draft not removed:" << q.lastError().text();
        m_writeError = q.lastError();
        return false;
    }

    bool writeWaiting(QSqlError *error) override
    {
        for (auto it = m_waitingSaves.begin(); it != m_waitingSaves.end(); it = m_waitingSaves.erase(it))
            if (!write(it.value()))
                return *error = m_writeError, false;
        for (auto it = m_waitingRemovals.begin(); it != m_waitingRemovals.end(); it = m_waitingRemovals.erase(it))
            if (!erase(*it))
                return *error = m_writeError, false;
        return true;
    }

    void applyWaitingInMemory() override
    {
        for (const Draft &draft : std::as_const(m_waitingSaves))
            write(draft);
        for (const QString &id : std::as_const(m_waitingRemovals))
            erase(id);
    }

    int waitingCount() const override { return int(m_waitingSaves.size() + m_waitingRemovals.size()); }

    void list(const QString &connectionId, const QString &profileId, QList<Draft> *drafts,
              QList<Unreadable> *unreadable)
    {
        if (!ensureOpen())
            return;
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("SELECT id, profile_id, campaign_id, payload, created_at, updated_at FROM drafts "
                                 "WHERE connection_id = ?%1 ORDER BY updated_at DESC")
                      .arg(profileId.isEmpty() ? QString() : QStringLiteral(" AND profile_id = ?")));
        q.addBindValue(connectionId);
        if (!profileId.isEmpty())
            q.addBindValue(profileId);
        if (!q.exec()) {
            qCWarning(lcStore) << "drafts not read:" << q.lastError().text();
            return;
        }
        while (q.next()) {
            const QDateTime updated = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
            QString problem;
            std::optional<Draft> draft = Draft::fromPayload(q.value(3).toByteArray(), &problem);
            if (!draft) {
                unreadable->append({q.value(0).toString(), q.value(1).toString(), updated, problem});
                continue;
            }
            draft->id = q.value(0).toString();
            draft->connectionId = connectionId;
            draft->profileId = q.value(1).toString();
            draft->campaignId = q.value(2).toString();
            draft->createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
            draft->updatedAt = updated;
            drafts->append(*draft);
        }
    }

private:
    QHash<QString, Draft> m_waitingSaves; // written while the file could not be: by id, the latest only
    QSet<QString> m_waitingRemovals;
    QSqlError m_writeError;
};

DraftStore::DraftStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new Worker(this, path), QStringLiteral("draft store"))
{
}

DraftStore::~DraftStore() = default; // waits for the work queued

QString DraftStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts.sqlite"));
}

void DraftStore::save(const Draft &draft)
{
    m_store.post([draft](Worker *worker) { worker->save(draft); });
}

void DraftStore::remove(const QString &draftId)
{
    m_store.post([draftId](Worker *worker) { worker->remove(draftId); });
}

void DraftStore::list(const QString &connectionId, const QString &profileId, QObject *context,
                      std::function<void(const QList<Draft> &, const QList<Unreadable> &)> done)
{
    m_store.ask(
        this, context,
        [connectionId, profileId](Worker *worker) {
            std::pair<QList<Draft>, QList<Unreadable>> found;
            worker->list(connectionId, profileId, &found.first, &found.second);
            return found;
        },
        [done = std::move(done)](const std::pair<QList<Draft>, QList<Unreadable>> &found) {
            done(found.first, found.second);
        });
}

void DraftStore::retryFile()
{
    m_store.post([](Worker *worker) { worker->retry(); });
}

void DraftStore::setFileState(const StoreFileState &state)
{
    m_fileState = state;
    Q_EMIT fileStateChanged(state);
}

void DraftStore::flush(QObject *context, std::function<void()> done)
{
    m_store.ask(
        this, context, [](Worker *) {}, std::move(done));
}

} // namespace cd
