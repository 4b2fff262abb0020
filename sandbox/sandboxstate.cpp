#include "sandboxstate.h"

#include "sandboxjson.h"
#include "sandboxlogging.h"
#include "store/sqlitefile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd::sandbox {

namespace {
constexpr int kSchemaVersion = 1;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

SandboxState::SandboxState() = default;
SandboxState::~SandboxState() = default;

QString SandboxState::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SandboxState::attachDatabase(const QString &path, QString *error)
{
    m_file = std::make_unique<SqliteFile>();
    // The sandbox's state is disposable: a damaged file starts again; one that cannot be opened is an error.
    if (m_file->openOrInMemory(path, {[](bool) { return true; }, SqliteFile::OnDamage::Replace, {}})
        != SqliteFile::Opened::File) {
        if (error)
            *error = m_file->unavailableReason().isEmpty() ? m_file->lastError() : m_file->unavailableReason();
        m_file.reset();
        return false;
    }
    if (m_file->userVersion() != kSchemaVersion) {
        // The sandbox's state file is disposable: another schema means starting again from the seed.
        m_file->exec({QStringLiteral("DROP TABLE IF EXISTS organization"),
                      QStringLiteral("DROP TABLE IF EXISTS profiles"),
                      QStringLiteral("DROP TABLE IF EXISTS api_keys")});
    }
    if (!m_file->exec({
            QStringLiteral("CREATE TABLE IF NOT EXISTS organization (id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                           "json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS api_keys (key TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
                           "organization_key INTEGER NOT NULL, role TEXT NOT NULL)"),
        })
        || !m_file->setUserVersion(kSchemaVersion)) {
        if (error)
            *error = m_file->lastError();
        m_file.reset();
        return false;
    }
    loadFromFile();
    return true;
}

void SandboxState::loadFromFile()
{
    auto db = m_file->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT json FROM organization LIMIT 1")) || !q.next())
        return;
    m_org = json::organizationFromStorage(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    q.exec(QStringLiteral("SELECT json FROM profiles ORDER BY position"));
    while (q.next()) {
        Profile p = json::profileFromStorage(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        m_index.insert(p.id, m_profiles.size());
        m_profiles.append(std::move(p));
    }
    q.exec(QStringLiteral("SELECT key, customer_id, organization_key, role FROM api_keys"));
    while (q.next())
        m_keys.insert(q.value(0).toString(),
                      ApiKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()});
    m_loadedFromFile = true;
    qCInfo(lcSandbox) << "state loaded from" << m_file->path() << m_profiles.size() << "profiles";
}

void SandboxState::saveAll()
{
    if (!m_file)
        return;
    auto db = m_file->database();
    db.transaction();
    saveOrganization();
    for (const auto &p : std::as_const(m_profiles))
        saveProfile(p);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO api_keys (key, customer_id, organization_key, role) VALUES (?,?,?,?)"));
    for (const auto &key : std::as_const(m_keys)) {
        q.addBindValue(key.key);
        q.addBindValue(key.customerId);
        q.addBindValue(key.organizationKey ? 1 : 0);
        q.addBindValue(key.role);
        q.exec();
    }
    db.commit();
}

Profile *SandboxState::profile(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return nullptr;
    Profile &p = m_profiles[*it];
    return p.deleted ? nullptr : &p;
}

Profile &SandboxState::addProfile(Profile profile)
{
    m_index.insert(profile.id, m_profiles.size());
    m_profiles.append(std::move(profile));
    return m_profiles.last();
}

void SandboxState::saveProfile(const Profile &profile)
{
    if (!m_file)
        return;
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO profiles (id, position, json) VALUES (?,?,?)"));
    q.addBindValue(profile.id);
    q.addBindValue(m_index.value(profile.id));
    q.addBindValue(compact(json::profileToStorage(profile)));
    if (!q.exec())
        qCWarning(lcSandbox) << "could not save profile" << profile.id << q.lastError().text();
}

void SandboxState::saveOrganization()
{
    if (!m_file)
        return;
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO organization (id, json) VALUES (?,?)"));
    q.addBindValue(m_org.id);
    q.addBindValue(compact(json::organizationToStorage(m_org)));
    if (!q.exec())
        qCWarning(lcSandbox) << "could not save the organization" << q.lastError().text();
}

const ApiKey *SandboxState::apiKey(const QString &key) const
{
    const auto it = m_keys.constFind(key);
    return it == m_keys.cend() ? nullptr : &*it;
}

void SandboxState::addApiKey(const ApiKey &key)
{
    m_keys.insert(key.key, key);
    if (!m_file)
        return;
    QSqlQuery q(m_file->database());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO api_keys (key, customer_id, organization_key, role) VALUES (?,?,?,?)"));
    q.addBindValue(key.key);
    q.addBindValue(key.customerId);
    q.addBindValue(key.organizationKey ? 1 : 0);
    q.addBindValue(key.role);
    q.exec();
}

QHash<QString, QString> SandboxState::profileKeys() const
{
    QHash<QString, QString> keys;
    keys.reserve(m_keys.size());
    for (const auto &key : m_keys)
        if (!key.organizationKey && !keys.contains(key.customerId))
            keys.insert(key.customerId, key.key);
    return keys;
}

QString SandboxState::organizationKey() const
{
    for (const auto &key : m_keys) {
        if (key.organizationKey && key.role == QLatin1String("admin"))
            return key.key;
    }
    return {};
}

QList<const Campaign *> SandboxState::visibleCampaigns(const Profile &profile) const
{
    QList<const Campaign *> result;
    for (const auto &c : profile.campaigns)
        result.append(&c);
    if (profile.inheritTcrCampaign) {
        for (const auto &c : m_org.campaigns)
            result.append(&c);
    }
    return result;
}

const Brand *SandboxState::effectiveBrand(const Profile &profile) const
{
    if (profile.inheritTcrBrand)
        return m_org.brand ? &*m_org.brand : nullptr;
    return profile.ownBrand ? &*profile.ownBrand : nullptr;
}

} // namespace cd::sandbox
