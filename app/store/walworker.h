#pragma once

#include "sqlitefile.h"

#include <QObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace cd {

// What the journals' workers share: a write-ahead-logged SQLite file with its schema, opened on first use (in memory,
// for this process, when the file cannot be written: said in the log), and statements run with bound values, a
// failure logged. Each journal's worker adds its own queries.
class WalWorker : public QObject
{
public:
    // `schema`: the CREATE statements; `tables`: those salvaged from a damaged copy; `what`: the store, for the log.
    WalWorker(QString path, QStringList schema, QStringList tables, QString what);

    void close() { m_file.close(); }
    // Opens the file once; false when not even a database in memory could be made.
    bool ready();
    bool exec(const QString &sql, const QVariantList &values, QSqlQuery *out = nullptr);
    SqliteFile &file() { return m_file; }

protected:
    // Once the file is open: what a journal does then (a column added, old rows dropped).
    virtual void opened() { }

private:
    QString m_path;
    QStringList m_schema;
    QStringList m_tables;
    QString m_what;
    SqliteFile m_file;
    bool m_opened = false;
    bool m_usable = false;
};

} // namespace cd
