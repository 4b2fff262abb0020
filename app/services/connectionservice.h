#pragma once

#include "api/apierror.h"
#include "api/sentclient.h"
#include "secrets/connection.h"
#include "secrets/credentialstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cd {

class ConnectionStore;

// What adding, removing and opening a connection takes: the key checked with GET /v3/me before anything is
// saved, the key in the keychain, the metadata in the ConnectionStore. Shared by the connect dialog and the CLI.
class ConnectionService : public QObject
{
    Q_OBJECT
public:
    ConnectionService(ConnectionStore &store, CredentialStore &credentials, QObject *parent = nullptr);

    struct AddResult
    {
        QString problem;                   // the input was refused before asking anyone (translated)
        std::optional<ApiError> apiError;  // the API did not accept the key
        std::optional<Account> account;    // who the key belongs to (when it was accepted)
        CredentialStore::Outcome keychain; // the keychain write (when the key was accepted)
        Connection connection;             // saved when ok(); otherwise what keepForSession() would save

        bool ok() const { return problem.isEmpty() && !apiError && keychain.ok(); }
    };
    using AddCallback = std::function<void(const AddResult &)>;

    // Checks `key` against `baseUrl`, writes it to the keychain and saves the connection as the current one.
    void add(const QString &name, const QUrl &baseUrl, const QByteArray &key, QObject *context, AddCallback done);
    // A new key for a saved connection (the old one was revoked or is missing): checked, then written.
    void replaceKey(const Connection &connection, const QByteArray &key, QObject *context, AddCallback done);
    // After a keychain failure: save the connection, and keep its key in memory until the application quits.
    void keepForSession(const Connection &connection, const QByteArray &key);
    // Deletes the keychain entry, then the metadata and the saved tree (its session must be closed first).
    void remove(const Connection &connection, QObject *context, CredentialStore::Callback done);
    // Reads the connection's key (keychain or session).
    void readKey(const Connection &connection, QObject *context, CredentialStore::Callback done);

    static ClientConfig clientConfig(const Connection &connection, const QByteArray &key);

private:
    void verifyAndStore(AddResult result, const QByteArray &key, QObject *context, AddCallback done);

    ConnectionStore &m_store;
    CredentialStore &m_credentials;
};

} // namespace cd
