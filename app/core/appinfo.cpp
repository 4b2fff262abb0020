#include "appinfo.h"

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
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + organizationName()
        + QLatin1Char('/') + applicationName();
}

QString AppInfo::localActor()
{
    QString user;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) { // Unix, Windows, and what some shells set instead
        user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            break;
    }
    if (user.isEmpty()) // a service or a container may set none of them: the home folder is named after the user
        user = QDir::home().dirName();
    if (user.isEmpty())
        user = QStringLiteral("?");
    const QString host = QSysInfo::machineHostName();
    const QString program = QCoreApplication::applicationName();
    return host.isEmpty() ? QStringLiteral("%1 (%2)").arg(user, program)
                          : QStringLiteral("%1 on %2 (%3)").arg(user, host, program);
}

bool AppInfo::installTranslations()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    // English is the source language, but its plural forms live in compliance-desk_en: the fallback.
    if (!translator->load(QLocale(), QStringLiteral("compliance-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/compliance-desk_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cd
