#include "appinfo.h"

#if defined(Q_OS_WIN)
#include <lmcons.h>
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTranslator>

namespace cd {

void AppInfo::applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::sharedDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(organizationName() + QLatin1Char('/') + applicationName());
}

// The operating system's name for the account this process runs as, never the environment: USER and its kin can be
// unset (a service, a container: the history then named the home folder, "home") or set to anything by whoever
// starts the program, and the audit trail must name who really acted.
QString AppInfo::accountName()
{
#if defined(Q_OS_WIN)
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return {};
#elif defined(Q_OS_UNIX)
    const uid_t uid = geteuid();
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(bufferSize > 0 ? bufferSize : 16384, Qt::Uninitialized);
    struct passwd entry = {};
    struct passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid); // an account without a name in the system's database (a container)
#else
    return {};
#endif
}

QString AppInfo::localActor()
{
    QString user = accountName();
    if (user.isEmpty())
        user = QStringLiteral("?");
    const QString host = QSysInfo::machineHostName();
    const QString program = QCoreApplication::applicationName();
    return host.isEmpty() ? QStringLiteral("%1 (%2)").arg(user, program)
                          : QStringLiteral("%1 on %2 (%3)").arg(user, host, program);
}

bool AppInfo::installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *qtTranslator = new QTranslator(app);
    // Qt's own strings (Next, Back, Cancel, the file dialogs), when qt6-translations-l10n is installed.
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    // English is the source language, but its plural forms live in compliance-desk_en: the fallback.
    if (!translator->load(locale, QStringLiteral("compliance-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/compliance-desk_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cd
