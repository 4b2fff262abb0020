#pragma once

#include "sandboxmodel.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace cd {
class SqliteFile;
}

namespace cd::sandbox {

// The organization the sandbox serves: in memory, and written through to a SQLite file when one is given.
class SandboxState
{
public:
    SandboxState();
    ~SandboxState();
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    // Opens the state file; returns false with `error` set when it cannot be used. loadedFromFile() tells
    // whether it already held an organization (then no seed is applied).
    bool attachDatabase(const QString &path, QString *error);
    bool loadedFromFile() const { return m_loadedFromFile; }
    // Writes everything (after seeding a fresh file).
    void saveAll();

    Organization &organization() { return m_org; }
    const Organization &organization() const { return m_org; }
    const QList<Profile> &profiles() const { return m_profiles; }

    Profile *profile(const QString &id); // live profiles only
    Profile &addProfile(Profile profile);
    void saveProfile(const Profile &profile);
    void saveOrganization();

    const ApiKey *apiKey(const QString &key) const;
    void addApiKey(const ApiKey &key);
    // Every profile key by its profile's id, in one pass over the keys (start-up stays linear in profiles).
    QHash<QString, QString> profileKeys() const;
    QString organizationKey() const;

    // The campaigns a profile sees: its own, then the organization's when it inherits them.
    QList<const Campaign *> visibleCampaigns(const Profile &profile) const;
    const Brand *effectiveBrand(const Profile &profile) const;

    static QString newId();

private:
    void loadFromFile();

    Organization m_org;
    QList<Profile> m_profiles;
    QHash<QString, qsizetype> m_index;
    QHash<QString, ApiKey> m_keys;
    std::unique_ptr<SqliteFile> m_file;
    bool m_loadedFromFile = false;
};

} // namespace cd::sandbox
