#pragma once

#include "store/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// A small disk of the test's own: a tmpfs of `kilobytes` mounted on a scratch folder, that can be filled to the last
// block and made read-only, as a full disk or a read-only data folder is for the application. Mounting needs root (as
// CI and scripts/test.sh run); elsewhere isMounted() is false and the test says it was skipped.
class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes)
    {
        m_mounted = m_dir.isValid()
            && run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path()});
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes a filler file until no block is left.
    void fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    void freeUp() { QFile::remove(filePath(QStringLiteral("filler"))); }
    bool setReadOnly(bool readOnly)
    {
        return run({QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                    m_dir.path()});
    }

private:
    static bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
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
