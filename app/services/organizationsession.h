#pragma once

#include "secrets/connection.h"

#include <QByteArray>
#include <QObject>

namespace cd {

class OrganizationModel;
class SentClient;
class TreeCache;
class TreeLoader;

// Everything that lives while one connection is open: its client (with its rate budget), its tree cache and
// the loader that fills the shared model. Switching connections replaces the session. Without useCache, the
// cache lives in memory for this session only.
class OrganizationSession : public QObject
{
    Q_OBJECT
public:
    OrganizationSession(const Connection &connection, const QByteArray &key, OrganizationModel *model,
                        bool useCache = true, QObject *parent = nullptr);
    ~OrganizationSession() override;

    const Connection &connection() const { return m_connection; }
    SentClient *client() const { return m_client; }
    TreeLoader *loader() const { return m_loader; }
    TreeCache *cache() const { return m_cache; }

    void start();

private:
    Connection m_connection;
    SentClient *m_client;
    TreeCache *m_cache = nullptr;
    TreeLoader *m_loader;
};

} // namespace cd
