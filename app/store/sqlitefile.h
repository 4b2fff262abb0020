#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace cd {

// Owns one named QtSql connection to a SQLite file. The only place in the project that opens a database;
// both the client's local store and the sandbox's own state file go through it.
class SqliteFile
{
public:
    SqliteFile();
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Opens (creating when missing) and checks integrity. A file that is not a healthy SQLite database is
    // moved aside to "<file>.corrupt" and replaced by an empty one; wasRebuilt() then says so.
    bool open(const QString &path);
    void close();

    enum class Opened { File, InMemory, Failed };
    // The stores' way in: opens `path` (making its folder) and prepares it (pragmas, schema). When either fails —
    // a full or read-only disk — a database in memory is prepared instead, for this session only (`inMemory` tells
    // `prepare` which it is); fallbackReason() then says why. Failed when not even that works.
    Opened openOrInMemory(const QString &path, const std::function<bool(bool inMemory)> &prepare);
    QString fallbackReason() const { return m_fallbackReason; }
    // The stores' lazy way in: the first call runs openOrInMemory, and calls `fellBack` with the reason when the
    // session is kept in memory; every later call only says whether a database is there, without trying again.
    bool openOnce(const QString &path, const std::function<bool(bool inMemory)> &prepare,
                  const std::function<void(const QString &reason)> &fellBack);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    bool wasRebuilt() const { return m_rebuilt; }

    int userVersion() const;
    bool setUserVersion(int version);
    // Runs each statement; stops and returns false at the first failure (lastError() says which).
    bool exec(const QStringList &statements);

private:
    bool openConnection();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    QString m_fallbackReason;
    bool m_rebuilt = false;
    std::optional<bool> m_usable; // openOnce's outcome, once tried
};

} // namespace cd
