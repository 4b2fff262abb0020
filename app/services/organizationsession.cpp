#include "organizationsession.h"

#include "api/sentclient.h"
#include "connectionservice.h"
#include "store/treecache.h"
#include "treeloader.h"

namespace cd {

OrganizationSession::OrganizationSession(const Connection &connection, const QByteArray &key, OrganizationModel *model,
                                         bool useCache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_client(new SentClient(ConnectionService::clientConfig(connection, key), this))
{
    // Without a file (the embedded sandbox starts fresh each time) the records still need a place: the tree keeps
    // only overviews, and the details of a selected item are read from here.
    m_cache = new TreeCache(useCache ? TreeCache::pathForConnection(connection.id) : TreeCache::kInMemory, this);
    m_loader = new TreeLoader(m_client, model, m_cache, this);
}

OrganizationSession::~OrganizationSession()
{
    m_loader->cancel();
}

void OrganizationSession::start()
{
    m_loader->start();
}

} // namespace cd
