#include "sessionmanager.h"

#include "connectionservice.h"
#include "historyseal.h"
#include "model/organizationmodel.h"
#include "organizationsession.h"
#include "secrets/connectionstore.h"
#include "store/changejournal.h"
#include "store/draftstore.h"
#include "store/historylog.h"
#include "store/jobjournal.h"
#include "store/treecache.h"

namespace cd {

SessionManager::SessionManager(ConnectionStore &connections, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_credentials(credentials)
    , m_service(new ConnectionService(connections, credentials, this))
    , m_model(new OrganizationModel(this))
    , m_drafts(new DraftStore(DraftStore::defaultPath(), this))
    , m_changes(new ChangeJournal(ChangeJournal::defaultPath(), this))
    , m_jobs(new JobJournal(JobJournal::defaultPath(), this))
    , m_history(new HistoryLog(HistoryLog::defaultPath(), this))
{
    new HistorySealKeeper(m_history, credentials, this);
    connect(m_drafts, &DraftStore::fileStateChanged, this,
            [this](const StoreFileState &state) { Q_EMIT localFileChanged(LocalFiles::Store::Drafts, state); });
    connect(m_history, &HistoryLog::fileStateChanged, this,
            [this](const StoreFileState &state) { Q_EMIT localFileChanged(LocalFiles::Store::History, state); });
}

void SessionManager::retryLocalFile(LocalFiles::Store store)
{
    if (store == LocalFiles::Store::Drafts)
        m_drafts->retryFile();
    else
        m_history->retryFile();
}

QString SessionManager::unsavedAtClose() const
{
    return LocalFiles::unsavedAtClose(m_drafts->fileState(), m_history->fileState());
}

QString SessionManager::settingsFileProblem() const
{
    return LocalFiles::describeSettings(m_connections.fileCheck());
}

SessionManager::~SessionManager()
{
    delete m_session; // before the stores it writes to
}

QList<Connection> SessionManager::connections() const
{
    return m_demo + m_connections.connections();
}

std::optional<Connection> SessionManager::find(const QString &id) const
{
    for (const Connection &c : connections())
        if (c.id == id)
            return c;
    return std::nullopt;
}

OrganizationSession *SessionManager::session() const
{
    return m_session;
}

void SessionManager::openCurrent()
{
    if (const std::optional<Connection> current = m_connections.current())
        open(*current);
}

void SessionManager::open(const Connection &connection)
{
    close();
    if (!connection.demo)
        m_connections.setCurrentId(connection.id);
    OrganizationSession::Options options;
    options.model = m_model;
    options.history = m_history;
    options.drafts = m_drafts;
    options.changes = m_changes;
    options.jobs = m_jobs;
    m_session = new OrganizationSession(connection, m_credentials, options, this);
    Q_EMIT sessionChanged(m_session);
    m_session->open();
}

void SessionManager::openDemo(const QUrl &url, const QByteArray &organizationKey)
{
    Connection demo;
    demo.id = demoConnectionId();
    demo.name = tr("Demo sandbox");
    demo.baseUrl = url;
    demo.keyKind = QStringLiteral("organization");
    demo.demo = true;
    m_demo = {demo};
    m_demoUrl = url;
    m_credentials.holdForSession(demo.id, organizationKey);
    Q_EMIT connectionsChanged();
    open(demo);
}

QString SessionManager::resetDemo(const std::function<bool(DemoAddress *, QString *)> &restart)
{
    close();
    DemoAddress address;
    QString problem;
    if (!restart(&address, &problem))
        return problem.isEmpty() ? tr("The demo could not be started again.") : problem;
    const QUrl url = address.url;
    const QByteArray organizationKey = address.organizationKey;
    TreeCache::removeForConnection(demoConnectionId());
    m_drafts->list(demoConnectionId(), QString(), this,
                   [this, url, organizationKey](const QList<Draft> &drafts, const QList<DraftStore::Unreadable> &) {
                       for (const Draft &draft : drafts)
                           m_drafts->remove(draft.id);
                       openDemo(url, organizationKey);
                   });
    return {};
}

void SessionManager::close()
{
    if (!m_session)
        return;
    OrganizationSession *session = m_session;
    m_session = nullptr;
    Q_EMIT sessionChanged(nullptr);
    delete session; // its cache file is closed with it
    m_model->clear();
}

void SessionManager::remove(const Connection &connection, QObject *context, CredentialStore::Callback done)
{
    if (connection.demo)
        return;
    if (m_session && m_session->connection().id == connection.id)
        close(); // its saved tree is closed before it is deleted
    m_service->remove(
        connection, this,
        [this, connection, context = QPointer<QObject>(context), done](const CredentialStore::Outcome &outcome) {
            Q_EMIT connectionsChanged();
            if (!outcome.ok() && outcome.failure != CredentialStore::Failure::Unavailable) {
                open(connection); // the key is still in the keychain, so the connection stays
            } else if (!m_session) {
                const QList<Connection> remaining = m_connections.connections();
                if (!remaining.isEmpty())
                    open(remaining.first());
            }
            if (context && done)
                done(outcome);
        });
}

} // namespace cd
