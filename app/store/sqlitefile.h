#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace cd {

// Owns one named QtSql connection to a SQLite file. The only place in the project that opens a database;
// both the client's local store and the sandbox's own state file go through it.
//
// A file that cannot be opened is one of two things, and they are never confused:
// - unavailable for now (another process holds a lock, the disk is full or read-only, no permission, an I/O
//   error): the file is left exactly as it is, and a later attempt may succeed;
// - damaged (not a database, or its integrity check fails): the file is moved aside under a time-stamped name
//   ("drafts.sqlite.damaged-20261202T151500Z"), never deleted, and what still reads is copied into a new file.
class SqliteFile
{
public:
    enum class Failure {
        None,
        Unavailable,
        Damaged,
    };
    // What a store does with a damaged file: the user's work is kept and salvaged; a cache may start again.
    enum class OnDamage { KeepAndSalvage, Replace };

    // How a store opens its file: `prepare` sets its pragmas and schema (`inMemory` says which database it is
    // preparing); `tables` are the tables whose rows are salvaged from a damaged copy, or read from an unavailable
    // file into memory.
    struct Setup
    {
        std::function<bool(bool inMemory)> prepare;
        OnDamage onDamage = OnDamage::KeepAndSalvage;
        QStringList tables;
    };

    SqliteFile();
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // How long a statement waits for another connection's lock before the file counts as unavailable (5 s; the
    // tests shorten it).
    static void setBusyTimeout(int milliseconds);
    // Commits the transaction open on `db`: an invalid error when it did. A failure carries SQLite's own result code
    // (QSqlDatabase::commit() drops it, and a full disk at commit would read as an unknown failure).
    static QSqlError commitTransaction(const QSqlDatabase &db);

    // Opens (creating when missing) and checks integrity; repairs nothing. False: failure() says which kind.
    bool open(const QString &path);
    void close();
    Failure failure() const { return m_failure; }

    enum class Opened { File, InMemory, Failed };
    // The stores' way in: opens `path` (making its folder) and prepares it. A damaged file is handled as
    // setup.onDamage says (damagedCopy() and salvagedRows() tell what happened). An unavailable one is left
    // untouched, and a database in memory is prepared instead and filled with what the file still lets be read
    // (readFromFile() says whether it could be); unavailableReason() says why. Failed when not even that works.
    Opened openOrInMemory(const QString &path, const Setup &setup);
    // Leaves the file (a write to it failed) for a database in memory, prepared and filled as above.
    Opened workInMemory(const Setup &setup, const QString &reason);
    // While in memory: tries the file again. True: the file is open now and the memory database is gone, so the
    // caller reads what it must carry over before calling this.
    bool reopenFile(const Setup &setup);
    bool isInMemory() const { return m_inMemory; }
    QString unavailableReason() const { return m_unavailableReason; }
    // SQLite's primary result code behind it (5 busy, 8 read-only, 13 full…; 0 when it was not SQLite's).
    int unavailableCode() const { return m_unavailableCode; }
    bool readFromFile() const { return m_readFromFile; }
    QString damagedCopy() const { return m_damagedCopy; }
    int salvagedRows() const { return m_salvagedRows; }
    bool wasReplaced() const { return m_replaced; }

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Remembers a failed statement's error (lastError(), and whether it means damage) for what follows.
    void noteError(const QSqlError &error);

    int userVersion() const;
    bool setUserVersion(int version);
    // Runs each statement; stops and returns false at the first failure (lastError() says which).
    bool exec(const QStringList &statements);

private:
    bool openConnection(const QString &connectionName, const QString &path, bool readOnly);

    bool setAside();
    int copyRows(const QString &fromPath, const QStringList &tables);

    QString m_connectionName;
    QString m_path; // the file asked for (not ":memory:" while working in memory)
    QString m_lastError;
    Failure m_failure = Failure::None;
    QString m_unavailableReason;
    int m_lastCode = 0;
    int m_unavailableCode = 0;
    QString m_damagedCopy;
    int m_salvagedRows = 0;
    bool m_inMemory = false;
    bool m_readFromFile = false;
    bool m_replaced = false;
};

// What a store says about its file, for the window's banner and the command line's stderr.
struct StoreFileState
{
    enum class Kind {
        Healthy,
        Unavailable, // the file cannot be written now: work is kept in memory and written when it can be
        Recovered,   // the file was damaged: a copy was kept and what still read was carried over
    };
    Kind kind = Kind::Healthy;
    QString path;
    QString reason;            // Unavailable: SQLite's own words
    int code = 0;              // Unavailable: SQLite's result code (LocalFiles puts it into words)
    bool readFromFile = false; // Unavailable: what was saved before could still be read
    int waiting = 0;           // Unavailable: changes kept in memory, not yet in the file
    QString damagedCopy;       // Recovered: where the damaged file is
    int salvaged = 0;          // Recovered: rows carried over
};

} // namespace cd
