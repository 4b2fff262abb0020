#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace cd {

// API keys in the operating system's keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential
// Store), one entry per connection under the application id. Never a plaintext fallback: when the keychain
// cannot be used, a key can be held in memory for this session only.
//
// Every job has its own timeout (QtKeychain has none, and a locked keyring may wait for a password forever);
// every callback runs exactly once.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        NotFound,    // no entry (a locked Secret Service answers reads this way too)
        Denied,      // locked, or the user refused
        Unavailable, // no keychain service on this system
        Timeout,
        Other,
    };
    Q_ENUM(Failure)

    struct Outcome
    {
        Failure failure = Failure::None;
        QString message;          // translated, for the user; empty on success
        QByteArray secret;        // reads only
        bool fromSession = false; // a read answered from the session-only memory

        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    static QString service(); // the application id
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // `account` names the entry (a connection's id). `done` is not called if `context` died.
    void read(const QString &account, QObject *context, Callback done);
    void write(const QString &account, const QByteArray &secret, QObject *context, Callback done);
    // Removes the keychain entry and any session copy; an entry that was not there is not a failure.
    void remove(const QString &account, QObject *context, Callback done);

    // The user's choice when the keychain fails: keep the key in memory until the application quits.
    void holdForSession(const QString &account, const QByteArray &secret);
    bool isHeldForSession(const QString &account) const { return m_session.contains(account); }

    static QString failureMessage(Failure failure, const QString &detail, int timeoutMs);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &account, const QByteArray &secret, QObject *context, Callback done);

    QHash<QString, QByteArray> m_session;
    int m_timeoutMs = 10000;
};

} // namespace cd
