#pragma once

#include "connection.h"
#include "core/settingsfile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace cd {

// Connection metadata in QSettings (never the key): the saved connections and which one is current.
class ConnectionStore
{
public:
    // Without settings, the application's default QSettings, its file checked first (SettingsFileCheck): a damaged
    // file is kept aside and what still reads of it is used.
    explicit ConnectionStore(QSettings *settings = nullptr);
    ~ConnectionStore();

    QList<Connection> connections() const; // by name
    std::optional<Connection> find(const QString &nameOrId) const;
    void save(const Connection &connection);
    void remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);
    std::optional<Connection> current() const;

    // Empty when `name` can name a new connection (or rename `exceptId`); otherwise why not (translated).
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;
    static QString newId();

    // What the check found when this store opened the settings file (nothing when it was given its settings).
    const SettingsFileCheck &fileCheck() const { return m_fileCheck; }

private:
    SettingsFileCheck m_fileCheck;
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace cd
