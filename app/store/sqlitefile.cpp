#include "sqlitefile.h"

#include "core/settingsfile.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cd {

namespace {

QAtomicInteger<quint64> s_connectionCounter;
QAtomicInt s_busyTimeoutMs = 5000;

QString newConnectionName()
{
    return QStringLiteral("cd-sqlite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

const QString kMemory = QStringLiteral(":memory:");

// SQLite's primary result codes that mean the file itself is damaged; every other failure (busy, locked,
// read-only, full, I/O error, cannot open, permission) says nothing about its content.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
constexpr int kSqliteCannotOpen = 14;

void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        auto db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

SqliteFile::SqliteFile()
    : m_connectionName(newConnectionName())
{
}

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::setBusyTimeout(int milliseconds)
{
    s_busyTimeoutMs.storeRelaxed(milliseconds);
}

QSqlError SqliteFile::commitTransaction(const QSqlDatabase &db)
{
    QSqlQuery commit(db);
    return commit.exec(QStringLiteral("COMMIT")) ? QSqlError() : commit.lastError();
}

void SqliteFile::noteError(const QSqlError &error)
{
    m_lastError = error.text();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    m_lastCode = code;
    m_failure = code == kSqliteCorrupt || code == kSqliteNotADatabase ? Failure::Damaged : Failure::Unavailable;
}

bool SqliteFile::openConnection(const QString &connectionName, const QString &path, bool readOnly)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(s_busyTimeoutMs.loadRelaxed());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        noteError(db.lastError());
        return false;
    }
    if (readOnly)
        return true; // a copy to read from: it is read as far as it goes, not judged first
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        noteError(check.lastError());
        return false;
    }
    if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
        m_lastError = check.isValid() ? check.value(0).toString() : QStringLiteral("integrity check failed");
        m_failure = Failure::Damaged;
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
    m_failure = Failure::None;
    m_inMemory = false;
    return openConnection(m_connectionName, path, false);
}

SqliteFile::Opened SqliteFile::openOrInMemory(const QString &path, const Setup &setup)
{
    m_unavailableReason.clear();
    m_damagedCopy.clear();
    m_salvagedRows = 0;
    m_readFromFile = false;
    m_replaced = false;
    if (path == kMemory)
        return open(kMemory) && setup.prepare(true) ? Opened::File : Opened::Failed;

    m_path = path;
    bool opened = false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_failure = Failure::Unavailable;
        m_lastCode = kSqliteCannotOpen;
        m_lastError = QStringLiteral("the folder %1 cannot be created").arg(QFileInfo(path).absolutePath());
    } else {
        opened = open(path);
        if (opened && setup.prepare(false))
            return Opened::File;
    }
    if (opened && m_failure == Failure::None)
        m_failure = Failure::Unavailable; // prepared nothing, yet said nothing: never taken for damage

    if (m_failure == Failure::Damaged) {
        qCWarning(lcStore) << "database is damaged:" << path << m_lastError;
        close();
        if (setup.onDamage == OnDamage::Replace) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
            m_replaced = true;
            if (open(path) && setup.prepare(false))
                return Opened::File;
        } else if (setAside()) {
            if (open(path) && setup.prepare(false)) {
                m_salvagedRows = std::max(0, copyRows(m_damagedCopy, setup.tables));
                qCWarning(lcStore) << "damaged database kept as" << m_damagedCopy << "and" << m_salvagedRows
                                   << "rows carried over";
                return Opened::File;
            }
        }
        // Could not be set aside or started again: left as it is, and worked around below.
    }

    return workInMemory(setup, m_lastError);
}

SqliteFile::Opened SqliteFile::workInMemory(const Setup &setup, const QString &reason)
{
    const QString path = m_path;
    m_unavailableReason = reason;
    m_unavailableCode = m_lastCode;
    qCWarning(lcStore) << "database cannot be used now, working in memory:" << path << reason;
    close();
    if (!open(kMemory) || !setup.prepare(true))
        return Opened::Failed;
    m_path = path;
    m_inMemory = true;
    m_failure = Failure::Unavailable;
    m_readFromFile = !QFile::exists(path) || copyRows(path, setup.tables) >= 0;
    return Opened::InMemory;
}

bool SqliteFile::reopenFile(const Setup &setup)
{
    if (!m_inMemory)
        return true;
    const QString memory = std::exchange(m_connectionName, newConnectionName());
    if (openConnection(m_connectionName, m_path, false) && setup.prepare(false)) {
        removeConnection(memory);
        m_inMemory = false;
        m_failure = Failure::None;
        m_unavailableReason.clear();
        return true;
    }
    removeConnection(m_connectionName); // still not: the memory database goes on
    m_connectionName = memory;
    m_unavailableReason = m_lastError;
    m_unavailableCode = m_lastCode;
    return false;
}

// Moves the damaged file (and the write-ahead log and index that belong to it) to one time-stamped name; never
// deletes, never overwrites an earlier copy.
bool SqliteFile::setAside()
{
    const QString copy = damagedCopyPath(m_path);
    if (!QFile::rename(m_path, copy)) {
        m_lastError = QStringLiteral("the damaged file could not be moved aside");
        m_failure = Failure::Unavailable;
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString part = m_path + QLatin1String(suffix);
        if (QFile::exists(part) && !QFile::rename(part, copy + QLatin1String(suffix))) {
            // A log left beside a new file would be played into it: everything goes back as it was.
            QFile::rename(copy + QStringLiteral("-wal"), m_path + QStringLiteral("-wal"));
            QFile::rename(copy, m_path);
            m_lastError = QStringLiteral("the damaged file could not be moved aside");
            m_failure = Failure::Unavailable;
            return false;
        }
    }
    m_damagedCopy = copy;
    return true;
}

// Copies what still reads of `tables` in the file at `fromPath` into this database, row by row: forwards until
// the first unreadable page, then backwards from the end up to it. Rows already there stay. -1: the file could not
// be opened at all.
int SqliteFile::copyRows(const QString &fromPath, const QStringList &tables)
{
    const QString source = newConnectionName();
    const Failure failure = m_failure;
    const QString lastError = m_lastError;
    const int lastCode = m_lastCode;
    int copied = -1;
    QSqlDatabase from;
    QStringList present;
    if (openConnection(source, fromPath, true)) {
        from = QSqlDatabase::database(source, false);
        QSqlQuery names(from);
        if (names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            copied = 0; // it can be read, at least as far as its list of tables
            while (names.next())
                present << names.value(0).toString();
        }
    }
    if (copied == 0) {
        QSqlDatabase to = database();
        to.transaction();
        for (const QString &table : tables) {
            if (!present.contains(table))
                continue;
            for (const char *order : {"", " ORDER BY rowid DESC"}) {
                QSqlQuery rows(from);
                rows.setForwardOnly(true);
                if (!rows.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, QLatin1String(order))))
                    break; // not there, or not even its first page reads
                QSqlQuery insert(to);
                bool prepared = false;
                while (rows.next()) {
                    const QSqlRecord record = rows.record();
                    if (!prepared) {
                        QStringList columns;
                        QStringList marks;
                        for (int i = 0; i < record.count(); ++i) {
                            columns << record.fieldName(i);
                            marks << QStringLiteral("?");
                        }
                        prepared = insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                                      .arg(table, columns.join(u','), marks.join(u',')));
                        if (!prepared)
                            break;
                    }
                    for (int i = 0; i < record.count(); ++i)
                        insert.bindValue(i, record.value(i));
                    if (insert.exec() && insert.numRowsAffected() > 0)
                        ++copied;
                }
                if (!rows.lastError().isValid())
                    break; // read to the end: nothing left to fetch from the other side
            }
        }
        to.commit();
    }
    from = QSqlDatabase();
    removeConnection(source);
    m_failure = failure;
    m_lastError = lastError;
    m_lastCode = lastCode;
    return copied;
}

void SqliteFile::close()
{
    removeConnection(m_connectionName);
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
            noteError(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace cd
