#pragma once

#include "localfiles.h"
#include "secrets/connection.h"
#include "secrets/credentialstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace cd {

class ChangeJournal;
class JobJournal;
class ConnectionService;
class ConnectionStore;
class DraftStore;
class HistoryLog;
class OrganizationModel;
class OrganizationSession;

// The connections a window can open, and the one session open among them: the saved connections and this run's
// demo sandbox, the local stores every session shares (the history, the drafts) and the tree model the sessions fill.
// Opening a connection closes the session before it; removing one closes its session first, then deletes its key,
// its metadata and its saved tree, and opens another.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(ConnectionStore &connections, CredentialStore &credentials, QObject *parent = nullptr);
    ~SessionManager() override;

    ConnectionService *connectionService() const { return m_service; }
    OrganizationModel *model() const { return m_model; }
    DraftStore *drafts() const { return m_drafts; }
    HistoryLog *history() const { return m_history; }

    // This run's demo sandbox first, then the saved connections by name.
    QList<Connection> connections() const;
    std::optional<Connection> find(const QString &id) const;
    OrganizationSession *session() const;

    void openCurrent(); // the saved current connection, when there is one
    void open(const Connection &connection);
    // The embedded demo sandbox: a connection of this run only, never saved.
    void openDemo(const QUrl &url, const QByteArray &organizationKey);
    QUrl demoUrl() const { return m_demoUrl; }
    // Starts the demo afresh: the session is closed before `restart` replaces the sandbox (nothing is asked of the
    // old one once it is gone); what this computer kept of the old demo (its saved tree and its drafts) goes with
    // it, then the new one is opened. The history keeps its entries: an audit trail is never edited. `restart`
    // returns the new sandbox's address and key, or false with the reason, which is returned.
    struct DemoAddress
    {
        QUrl url;
        QByteArray organizationKey;
    };
    QString resetDemo(const std::function<bool(DemoAddress *, QString *)> &restart);
    static QString demoConnectionId() { return QStringLiteral("sandbox-demo"); }
    void close();
    // `done` gets the keychain's outcome; when the key could not be deleted the connection stays, opened again.
    void remove(const Connection &connection, QObject *context, CredentialStore::Callback done);

    // The drafts' and the history's files: whether they can be written, or were found damaged.
    void retryLocalFile(LocalFiles::Store store);
    // What closing now would lose (LocalFiles::unsavedAtClose): empty when every change is on disk.
    QString unsavedAtClose() const;
    // The settings file as found at start: empty, or what was damaged and recovered (LocalFiles::describeSettings).
    QString settingsFileProblem() const;

Q_SIGNALS:
    void localFileChanged(cd::LocalFiles::Store store, const cd::StoreFileState &state);
    // A session was opened (before it starts, so that its first state is seen) or closed (null).
    void sessionChanged(cd::OrganizationSession *session);
    void connectionsChanged();

private:
    ConnectionStore &m_connections;
    CredentialStore &m_credentials;
    ConnectionService *m_service;
    OrganizationModel *m_model;
    DraftStore *m_drafts;
    ChangeJournal *m_changes;
    JobJournal *m_jobs;
    HistoryLog *m_history;
    QPointer<OrganizationSession> m_session;
    QList<Connection> m_demo;
    QUrl m_demoUrl;
};

} // namespace cd
