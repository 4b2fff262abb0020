#pragma once

#include "store/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace cd::test {

// Another process's hold on a store's file, as a second copy of the app or a backup tool would take it: either
// writers are kept out (readers still read), or everyone is.
class FileLock
{
public:
    enum class Keeps { WritersOut, EveryoneOut };
    FileLock(const QString &path, Keeps keeps)
    {
        if (!m_file.open(path))
            qFatal("cannot open %s to lock it", qPrintable(path));
        QStringList statements;
        if (keeps == Keeps::EveryoneOut)
            statements << QStringLiteral("PRAGMA locking_mode=EXCLUSIVE");
        statements << QStringLiteral("BEGIN EXCLUSIVE") << QStringLiteral("CREATE TABLE IF NOT EXISTS held_by_test (x)")
                   << QStringLiteral("INSERT INTO held_by_test VALUES (1)");
        if (!m_file.exec(statements))
            qFatal("cannot lock %s: %s", qPrintable(path), qPrintable(m_file.lastError()));
    }
    ~FileLock() { release(); }
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_file.exec({QStringLiteral("ROLLBACK")});
        m_file.close();
    }

private:
    SqliteFile m_file;
    bool m_released = false;
};

// Overwrites a stretch of the file in its middle, as a failing disk or a half-copied file would leave it.
inline void damageMiddle(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY2(size > 8 * 4096, "the file is too small to damage in its middle");
    QVERIFY(file.seek((size / 2) / 4096 * 4096));
    QVERIFY(file.write(QByteArray(3 * 4096, '\xa5')) == 3 * 4096);
}

// The copies kept of damaged files beside `path`.
inline QStringList damagedCopies(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name)
        .filter(QRegularExpression(QStringLiteral("\\.damaged-[0-9TZ-]+$")));
}

} // namespace cd::test
