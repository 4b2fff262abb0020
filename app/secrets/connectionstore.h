#pragma once

#include "connection.h"

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
    // Without settings, the application's default QSettings.
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

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace cd
