// The settings file the window and the command line share: a damaged one is kept whole under a time-stamped name,
// what still reads of it is used, and the user is told how many saved connections came back.
#include "core/settingsfile.h"
#include "secrets/connectionstore.h"
#include "services/localfiles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace cd;

namespace {

Connection connection(const QString &name)
{
    Connection c;
    c.id = ConnectionStore::newId();
    c.name = name;
    c.baseUrl = QUrl(QStringLiteral("https://api.sent.dm"));
    c.keyKind = QStringLiteral("organization");
    c.accountId = QStringLiteral("org_") + name;
    c.accountName = name;
    return c;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList damagedCopies(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
}

QStringList names(const ConnectionStore &store)
{
    QStringList result;
    for (const Connection &c : store.connections())
        result << c.name;
    return result;
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

    QString m_path;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_path = ConnectionStore().fileCheck().path;
        QVERIFY(!m_path.isEmpty());
        QFile::remove(m_path);
        for (const QString &copy : damagedCopies(m_path))
            QFile::remove(QFileInfo(m_path).dir().filePath(copy));
    }

    void aHealthyFileIsLeftAlone()
    {
        {
            ConnectionStore store;
            store.save(connection(QStringLiteral("West")));
            store.save(connection(QStringLiteral("East")));
        }
        const QByteArray before = contents(m_path);
        QVERIFY(!before.isEmpty());
        ConnectionStore again;
        QVERIFY(!again.fileCheck().damaged());
        QCOMPARE(names(again), (QStringList{QStringLiteral("East"), QStringLiteral("West")}));
        QCOMPARE(contents(m_path), before);
        QVERIFY(damagedCopies(m_path).isEmpty());
        QVERIFY(LocalFiles::describeSettings(again.fileCheck()).isEmpty());
    }

    // A block of the file overwritten (as a failing disk or an interrupted copy leaves it): the connection whose lines
    // it hit is lost, the others and the current choice come back, the damaged file is kept byte for byte, and the
    // sentence says how many came back and where the copy is.
    void aDamagedFileIsKeptAndWhatReadsIsRecovered()
    {
        const Connection lost = connection(QStringLiteral("Lost"));
        {
            ConnectionStore store;
            store.save(connection(QStringLiteral("West")));
            store.save(lost);
            store.save(connection(QStringLiteral("East")));
            store.setCurrentId(store.find(QStringLiteral("West"))->id);
        }
        QByteArray bytes = contents(m_path);
        const QByteArray line = lost.id.toUtf8() + "\\name=Lost";
        const qsizetype at = bytes.indexOf(line);
        QVERIFY2(at >= 0, bytes.constData());
        bytes.replace(at + 40, 6,
                      QByteArray("\0\0\xff\xfe\0\0", 6)); // the name line: NULs and bytes that are not UTF-8
        overwrite(m_path, bytes);

        ConnectionStore store;
        const SettingsFileCheck &check = store.fileCheck();
        QVERIFY(check.damaged());
        QCOMPARE(check.connectionsFound, 3);
        QCOMPARE(check.connectionsRecovered, 2);
        QCOMPARE(contents(check.damagedCopy), bytes);
        QCOMPARE(names(store), (QStringList{QStringLiteral("East"), QStringLiteral("West")}));
        QCOMPARE(store.current()->name, QStringLiteral("West"));
        const QString said = LocalFiles::describeSettings(check);
        QVERIFY2(said.contains(QLatin1String("2 of the 3 saved connection")), qPrintable(said));
        QVERIFY2(said.contains(QDir::toNativeSeparators(check.damagedCopy)), qPrintable(said));

        // Repaired: the next start finds nothing wrong and keeps the one copy.
        ConnectionStore next;
        QVERIFY(!next.fileCheck().damaged());
        QCOMPARE(names(next).size(), 2);
        QCOMPARE(damagedCopies(m_path).size(), 1);
    }

    // A file of zeros (a crash before the data reached the disk): kept, said, and a first start from there on; a
    // second damage never overwrites the first copy.
    void aFileOfZerosIsKeptAndEveryCopyStays()
    {
        overwrite(m_path, QByteArray(4096, '\0'));
        ConnectionStore first;
        QVERIFY(first.fileCheck().damaged());
        QCOMPARE(first.fileCheck().connectionsFound, 0);
        QVERIFY(first.connections().isEmpty());
        const QString said = LocalFiles::describeSettings(first.fileCheck());
        QVERIFY2(said.contains(QLatin1String("damaged")) && !said.contains(QLatin1String("saved connection")),
                 qPrintable(said));
        first.save(connection(QStringLiteral("New")));

        overwrite(m_path, QByteArray("[connections]\n\x01\x02garbage\n"));
        ConnectionStore second;
        QVERIFY(second.fileCheck().damaged());
        QVERIFY(second.fileCheck().damagedCopy != first.fileCheck().damagedCopy);
        QCOMPARE(damagedCopies(m_path).size(), 2);
        QCOMPARE(contents(first.fileCheck().damagedCopy), QByteArray(4096, '\0'));
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
