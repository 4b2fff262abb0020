#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>

// Keychain tests need the platform's real keychain. On Linux that is a Secret Service: scripts/test.sh runs them in a
// private D-Bus session with an unlocked gnome-keyring, and outside one they cannot mean anything. On Windows and
// macOS it is the system's own, which a CI runner may not unlock unattended: the workflow then sets
// CD_NO_PLATFORM_KEYCHAIN. Either way the tests say why they were skipped instead of failing on the machine.
#if defined(Q_OS_LINUX)
#define REQUIRE_SECRET_SERVICE()                                                                                       \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                                   \
            QSKIP("needs a D-Bus session with an unlocked gnome-keyring: run through scripts/test.sh");                \
    } while (false)
#else
#define REQUIRE_SECRET_SERVICE()                                                                                       \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("CD_NO_PLATFORM_KEYCHAIN"))                                                      \
            QSKIP("this machine's keychain cannot be used unattended (CD_NO_PLATFORM_KEYCHAIN is set)");               \
    } while (false)
#endif

// Every file under the configuration, data and cache directories that contains `needle`.
inline QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QList<QStandardPaths::StandardLocation> locations = {
        QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
        QStandardPaths::GenericCacheLocation,  QStandardPaths::AppConfigLocation,
        QStandardPaths::AppDataLocation,       QStandardPaths::CacheLocation};
    for (const auto location : locations) {
        const QString root = QStandardPaths::writableLocation(location);
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle) && !hits.contains(path))
                hits.append(path);
        }
    }
    return hits;
}
