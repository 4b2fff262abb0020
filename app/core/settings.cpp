#include "settings.h"

#include "appinfo.h"

#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace cd {

const Settings::Key<QString> Settings::reportsFolder{
    "reports/folder", Scope::Application,
    [] { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }};

namespace {

std::unique_ptr<QSettings> openSettings()
{
    const QString name = QStandardPaths::isTestModeEnabled() ? AppInfo::applicationName() + QStringLiteral("-test")
                                                             : AppInfo::applicationName();
    return std::make_unique<QSettings>(QSettings::UserScope, AppInfo::organizationName(), name);
}

} // namespace

QString Settings::path(const char *name, Scope scope, const QString &connectionId)
{
    const QString key = QString::fromLatin1(name);
    return scope == Scope::Connection ? QStringLiteral("connections/%1/%2").arg(connectionId, key) : key;
}

QVariant Settings::read(const QString &path)
{
    return openSettings()->value(path);
}

void Settings::write(const QString &path, const QVariant &value)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    if (value.isValid())
        settings->setValue(path, value);
    else
        settings->remove(path);
}

void Settings::clear()
{
    openSettings()->clear();
}

} // namespace cd
