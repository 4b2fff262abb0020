#include "connectionservice.h"

#include "api/accessmanager.h"
#include "secrets/connectionstore.h"
#include "store/treecache.h"

namespace cd {

ConnectionService::ConnectionService(ConnectionStore &store, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{
}

ClientConfig ConnectionService::clientConfig(const Connection &connection, const QByteArray &key)
{
    ClientConfig config;
    config.baseUrl = connection.baseUrl;
    config.apiKey = key;
    return config;
}

void ConnectionService::add(const QString &name, const QUrl &baseUrl, const QByteArray &key, QObject *context,
                            AddCallback done)
{
    AddResult result;
    result.connection.id = ConnectionStore::newId();
    result.connection.name = name.trimmed();
    result.connection.baseUrl = baseUrl;
    result.problem = m_store.nameProblem(name);
    if (result.problem.isEmpty())
        result.problem = AccessManager::urlProblem(baseUrl);
    if (result.problem.isEmpty() && key.trimmed().isEmpty())
        result.problem = tr("Enter the API key.");
    if (!result.problem.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }

    verifyAndStore(result, key.trimmed(), context, std::move(done));
}

void ConnectionService::verifyAndStore(AddResult result, const QByteArray &key, QObject *context, AddCallback done)
{
    // A client of its own, for this one check.
    auto *client = new SentClient(clientConfig(result.connection, key), this);
    client->me({}, context, [this, client, result, key, context, done](const Result<Account> &me) mutable {
        client->deleteLater();
        if (!me.ok()) {
            result.apiError = me.error();
            done(result);
            return;
        }
        result.account = me.value();
        result.connection.keyKind = me.value().type;
        result.connection.accountId = me.value().id;
        result.connection.accountName = me.value().name;
        m_credentials.write(result.connection.id, key, context,
                            [this, result, done](const CredentialStore::Outcome &written) mutable {
                                result.keychain = written;
                                if (written.ok()) {
                                    m_store.save(result.connection);
                                    m_store.setCurrentId(result.connection.id);
                                }
                                done(result);
                            });
    });
}

void ConnectionService::replaceKey(const Connection &connection, const QByteArray &key, QObject *context,
                                   AddCallback done)
{
    AddResult result;
    result.connection = connection;
    if (key.trimmed().isEmpty()) {
        result.problem = tr("Enter the API key.");
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    verifyAndStore(result, key.trimmed(), context, std::move(done));
}

void ConnectionService::keepForSession(const Connection &connection, const QByteArray &key)
{
    m_credentials.holdForSession(connection.id, key.trimmed());
    m_store.save(connection);
    m_store.setCurrentId(connection.id);
}

void ConnectionService::remove(const Connection &connection, QObject *context, CredentialStore::Callback done)
{
    m_credentials.remove(connection.id, context, [this, connection, done](const CredentialStore::Outcome &removed) {
        // Metadata without a key is harmless, a key without metadata is an orphan nobody can delete: remove the
        // key first, and the metadata once it is gone.
        if (removed.ok() || removed.failure == CredentialStore::Failure::Unavailable) {
            m_store.remove(connection.id); // without a keychain, there is no key to orphan
            TreeCache::removeForConnection(connection.id);
        }
        done(removed);
    });
}

void ConnectionService::readKey(const Connection &connection, QObject *context, CredentialStore::Callback done)
{
    m_credentials.read(connection.id, context, std::move(done));
}

} // namespace cd
