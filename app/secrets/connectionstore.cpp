#include "connectionstore.h"

#include "core/appinfo.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace cd {

namespace {
const QString kGroup = QStringLiteral("connections");
const QString kCurrent = QStringLiteral("currentConnection");
} // namespace

namespace {

// Named explicitly, so that the GUI and the CLI (whose application name differs) share one file.
std::unique_ptr<QSettings> sharedSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, AppInfo::organizationName(), AppInfo::applicationName());
}

} // namespace

ConnectionStore::ConnectionStore(QSettings *settings)
    : m_settings(settings)
{
    if (m_settings)
        return;
    // The file is checked before it is read for good, and read again after a repair (QSettings keeps what it read
    // of a file until the file changes on disk).
    const QString path = sharedSettings()->fileName();
    m_fileCheck = SettingsFileCheck::run(path);
    m_owned = sharedSettings();
    m_owned->sync();
    m_settings = m_owned.get();
}

ConnectionStore::~ConnectionStore() = default;

QList<Connection> ConnectionStore::connections() const
{
    QList<Connection> result;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Connection c;
        c.id = id;
        c.name = m_settings->value(QStringLiteral("name")).toString();
        c.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        c.keyKind = m_settings->value(QStringLiteral("keyKind")).toString();
        c.accountId = m_settings->value(QStringLiteral("accountId")).toString();
        c.accountName = m_settings->value(QStringLiteral("accountName")).toString();
        m_settings->endGroup();
        if (c.isValid())
            result.append(c);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const Connection &a, const Connection &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return result;
}

std::optional<Connection> ConnectionStore::find(const QString &nameOrId) const
{
    const QList<Connection> all = connections();
    for (const Connection &c : all)
        if (c.id == nameOrId)
            return c;
    for (const Connection &c : all)
        if (c.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

void ConnectionStore::save(const Connection &c)
{
    m_settings->beginGroup(kGroup);
    m_settings->beginGroup(c.id);
    m_settings->setValue(QStringLiteral("name"), c.name);
    m_settings->setValue(QStringLiteral("baseUrl"), c.baseUrl.toString());
    m_settings->setValue(QStringLiteral("keyKind"), c.keyKind);
    m_settings->setValue(QStringLiteral("accountId"), c.accountId);
    m_settings->setValue(QStringLiteral("accountName"), c.accountName);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void ConnectionStore::remove(const QString &id)
{
    m_settings->beginGroup(kGroup);
    m_settings->remove(id);
    m_settings->endGroup();
    if (currentId() == id)
        m_settings->remove(kCurrent);
    m_settings->sync();
}

QString ConnectionStore::currentId() const
{
    return m_settings->value(kCurrent).toString();
}

void ConnectionStore::setCurrentId(const QString &id)
{
    m_settings->setValue(kCurrent, id);
    m_settings->sync();
}

std::optional<Connection> ConnectionStore::current() const
{
    const QString id = currentId();
    return id.isEmpty() ? std::nullopt : find(id);
}

QString ConnectionStore::nameProblem(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("cd::ConnectionStore", "Give the connection a name.");
    if (trimmed.size() > 80)
        return QCoreApplication::translate("cd::ConnectionStore", "The name is longer than 80 characters.");
    for (const Connection &c : connections())
        if (c.id != exceptId && c.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("cd::ConnectionStore", "There is already a connection named “%1”.")
                .arg(c.name);
    return QString();
}

QString ConnectionStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cd
