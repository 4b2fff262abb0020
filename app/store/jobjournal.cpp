#include "jobjournal.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "domain/profile.h"
#include "sqlitefile.h"
#include "walworker.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace cd {

namespace {

const QString kNotRecorded = withoutSecrets(QJsonObject{{QStringLiteral("payment_details"), QJsonObject{}}})
                                 .value(QLatin1String("payment_details"))
                                 .toString();

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString fieldErrorsText(const QMap<QString, QStringList> &errors)
{
    QJsonObject json;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return compact(json);
}

QMap<QString, QStringList> fieldErrorsFrom(const QString &text)
{
    QMap<QString, QStringList> errors;
    const QJsonObject json = objectOf(text);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QStringList messages;
        for (const QJsonValue &m : it.value().toArray())
            messages << m.toString();
        errors.insert(it.key(), messages);
    }
    return errors;
}

// SQLite stores a null QString as NULL: every text column is NOT NULL, so an empty one goes as "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 secondsOf(const QDateTime &at)
{
    return at.isValid() ? at.toSecsSinceEpoch() : 0;
}

QDateTime timeOf(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

} // namespace

bool JobJournal::lacksSecrets(const QJsonObject &input)
{
    for (const char *secret : {"payment_details", "whatsapp_business_account"})
        if (input.value(QLatin1String(secret)).toString() == kNotRecorded)
            return true;
    return false;
}

// Lives on the journal's thread; every member runs there.
class JobJournal::Worker : public WalWorker
{
public:
    explicit Worker(QString path)
        : WalWorker(
            std::move(path),
            {QStringLiteral("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, scope TEXT NOT NULL, connection_id "
                            "TEXT NOT NULL, title TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL, "
                            "dry_run INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS job_items (job_id TEXT NOT NULL, position INTEGER NOT NULL, "
                            "action TEXT NOT NULL, profile_id TEXT NOT NULL, campaign_id TEXT NOT NULL, label TEXT "
                            "NOT NULL, input TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER "
                            "NOT NULL, first_sent_at INTEGER NOT NULL, request_id TEXT NOT NULL, result_id TEXT NOT "
                            "NULL, message TEXT NOT NULL, field_errors TEXT NOT NULL, PRIMARY KEY (job_id, "
                            "position))")},
            {QStringLiteral("jobs"), QStringLiteral("job_items")}, QStringLiteral("job journal"))
    {
    }

    bool writeItem(const QString &jobId, const BulkItem &item)
    {
        return exec(QStringLiteral("INSERT OR REPLACE INTO job_items (job_id, position, action, profile_id, "
                                   "campaign_id, label, input, key, state, attempts, first_sent_at, request_id, "
                                   "result_id, message, field_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?)"),
                    {jobId, item.position, BulkItem::actionKey(item.action), text(item.profileId),
                     text(item.campaignId), text(item.label), compact(withoutSecrets(item.input)),
                     QString::fromLatin1(item.key), BulkItem::stateKey(item.state), item.attempts,
                     secondsOf(item.firstSentAt), text(item.requestId), text(item.resultId), text(item.message),
                     fieldErrorsText(item.fieldErrors)});
    }

    bool write(const BulkJob &job)
    {
        if (!ready())
            return false;
        QSqlDatabase db = file().database();
        db.transaction();
        bool ok = exec(QStringLiteral("INSERT OR REPLACE INTO jobs (id, scope, connection_id, title, created_at, "
                                      "state, dry_run) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {job.id, text(job.scope), text(job.connectionId), text(job.title), secondsOf(job.createdAt),
                        BulkJob::stateKey(job.state), int(job.dryRun)})
            && exec(QStringLiteral("DELETE FROM job_items WHERE job_id = ?"), {job.id});
        for (const BulkItem &item : job.items)
            ok = ok && writeItem(job.id, item);
        if (!ok) {
            db.rollback();
            return false;
        }
        const QSqlError error = SqliteFile::commitTransaction(db);
        if (error.isValid())
            qCWarning(lcStore) << "job journal:" << error.text();
        return !error.isValid();
    }

    void writeState(const QString &jobId, BulkJob::State state)
    {
        if (ready())
            exec(QStringLiteral("UPDATE jobs SET state = ? WHERE id = ?"), {BulkJob::stateKey(state), jobId});
    }

    QList<BulkItem> items(const QString &jobId)
    {
        QList<BulkItem> result;
        QSqlQuery q;
        if (!exec(QStringLiteral("SELECT position, action, profile_id, campaign_id, label, input, key, state, "
                                 "attempts, first_sent_at, request_id, result_id, message, field_errors FROM "
                                 "job_items WHERE job_id = ? ORDER BY position"),
                  {jobId}, &q))
            return result;
        while (q.next()) {
            BulkItem item;
            item.position = q.value(0).toInt();
            const auto action = BulkItem::actionFromKey(q.value(1).toString());
            const auto state = BulkItem::stateFromKey(q.value(7).toString());
            if (!action || !state) {
                qCWarning(lcStore) << "job journal: an item of" << jobId << "is not readable; left out";
                continue;
            }
            item.action = *action;
            item.profileId = q.value(2).toString();
            item.campaignId = q.value(3).toString();
            item.label = q.value(4).toString();
            item.input = objectOf(q.value(5).toString());
            item.key = q.value(6).toString().toLatin1();
            item.state = *state;
            item.attempts = q.value(8).toInt();
            item.firstSentAt = timeOf(q.value(9).toLongLong());
            item.requestId = q.value(10).toString();
            item.resultId = q.value(11).toString();
            item.message = q.value(12).toString();
            item.fieldErrors = fieldErrorsFrom(q.value(13).toString());
            result.append(item);
        }
        return result;
    }

    QList<BulkJob> jobs(const QString &where, const QVariantList &values)
    {
        QList<BulkJob> result;
        QSqlQuery q;
        if (!ready()
            || !exec(QStringLiteral("SELECT id, scope, connection_id, title, created_at, state, dry_run FROM jobs %1 "
                                    "ORDER BY created_at DESC, id")
                         .arg(where),
                     values, &q))
            return result;
        while (q.next()) {
            BulkJob job;
            job.id = q.value(0).toString();
            job.scope = q.value(1).toString();
            job.connectionId = q.value(2).toString();
            job.title = q.value(3).toString();
            job.createdAt = timeOf(q.value(4).toLongLong());
            job.state = BulkJob::stateFromKey(q.value(5).toString()).value_or(BulkJob::State::Paused);
            job.dryRun = q.value(6).toBool();
            result.append(job);
        }
        q.finish();
        for (BulkJob &job : result)
            job.items = items(job.id);
        return result;
    }

    void remove(const QString &jobId)
    {
        if (ready()) {
            exec(QStringLiteral("DELETE FROM job_items WHERE job_id = ?"), {jobId});
            exec(QStringLiteral("DELETE FROM jobs WHERE id = ?"), {jobId});
        }
    }
};

JobJournal::JobJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new Worker(path), QStringLiteral("jobs"))
{
}

JobJournal::~JobJournal() = default;

QString JobJournal::defaultPath()
{
    return QDir(AppInfo::sharedDataDirectory()).filePath(QStringLiteral("jobs.sqlite"));
}

void JobJournal::write(const BulkJob &job, QObject *context, std::function<void(bool)> done)
{
    m_store.ask(
        this, context, [job](Worker *worker) { return worker->write(job); }, std::move(done));
}

void JobJournal::writeItem(const QString &jobId, const BulkItem &item, QObject *context, std::function<void()> done)
{
    m_store.ask(
        this, context,
        [jobId, item](Worker *worker) {
            if (worker->ready())
                worker->writeItem(jobId, item);
        },
        std::move(done));
}

void JobJournal::writeItem(const QString &jobId, const BulkItem &item)
{
    m_store.post([jobId, item](Worker *worker) {
        if (worker->ready())
            worker->writeItem(jobId, item);
    });
}

void JobJournal::writeState(const QString &jobId, BulkJob::State state)
{
    m_store.post([jobId, state](Worker *worker) { worker->writeState(jobId, state); });
}

void JobJournal::read(const QString &jobId, QObject *context, std::function<void(const std::optional<BulkJob> &)> done)
{
    m_store.ask(
        this, context,
        [jobId](Worker *worker) -> std::optional<BulkJob> {
            const QList<BulkJob> found = worker->jobs(QStringLiteral("WHERE id = ?"), {jobId});
            if (found.isEmpty())
                return std::nullopt;
            return found.first();
        },
        std::move(done));
}

void JobJournal::list(const QString &scope, QObject *context, std::function<void(const QList<BulkJob> &)> done)
{
    m_store.ask(
        this, context,
        [scope](Worker *worker) {
            return scope.isEmpty() ? worker->jobs({}, {}) : worker->jobs(QStringLiteral("WHERE scope = ?"), {scope});
        },
        std::move(done));
}

void JobJournal::remove(const QString &jobId)
{
    m_store.post([jobId](Worker *worker) { worker->remove(jobId); });
}

void JobJournal::flush(QObject *context, std::function<void()> done)
{
    m_store.ask(
        this, context, [](Worker *) {}, std::move(done));
}

} // namespace cd
