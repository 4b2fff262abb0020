#include "sqlitefile.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

SqliteFile::SqliteFile()
    : m_connectionName(QStringLiteral("cd-sqlite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteFile::~SqliteFile()
{
    close();
}

bool SqliteFile::openConnection()
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        m_lastError = check.lastError().text();
        return false;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

bool SqliteFile::open(const QString &path)
{
    close();
    m_path = path;
    m_rebuilt = false;
    if (openConnection())
        return true;

    qCWarning(lcStore) << "database is unusable, rebuilding:" << path << m_lastError;
    close();
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (QFile::exists(path) && !QFile::rename(path, aside))
        QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    m_rebuilt = true;
    return openConnection();
}

SqliteFile::Opened SqliteFile::openOrInMemory(const QString &path, const std::function<bool(bool inMemory)> &prepare)
{
    static const QString memory = QStringLiteral(":memory:");
    m_fallbackReason.clear();
    if (path != memory)
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (open(path) && prepare(path == memory))
        return Opened::File;
    m_fallbackReason = m_lastError;
    qCWarning(lcStore) << "database unusable, keeping its data in memory for this session:" << path << m_lastError;
    if (path != memory && open(memory) && prepare(true))
        return Opened::InMemory;
    return Opened::Failed;
}

bool SqliteFile::openOnce(const QString &path, const std::function<bool(bool inMemory)> &prepare,
                          const std::function<void(const QString &reason)> &fellBack)
{
    if (!m_usable) {
        const Opened opened = openOrInMemory(path, prepare);
        if (opened == Opened::InMemory)
            fellBack(m_fallbackReason);
        m_usable = opened != Opened::Failed;
    }
    return *m_usable;
}

void SqliteFile::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteFile::userVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteFile::setUserVersion(int version)
{
    return exec({QStringLiteral("PRAGMA user_version=%1").arg(version)});
}

bool SqliteFile::exec(const QStringList &statements)
{
    QSqlQuery q(database());
    for (const auto &statement : statements) {
        if (!q.exec(statement)) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace cd
