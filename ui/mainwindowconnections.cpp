#include "mainwindow.h"

#include "connection/connectdialog.h"
#include "details/detailspanel.h"
#include "dialogs/messagebox.h"

#include "api/ratebudget.h"
#include "api/sentclient.h"
#include "core/appinfo.h"
#include "model/organizationmodel.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/connectionservice.h"
#include "services/historyrecorder.h"
#include "services/organizationsession.h"
#include "services/treeloader.h"
#include "store/treecache.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>

// The window's connections: the switcher, opening and closing a session, connecting and removing.

namespace cd::ui {

namespace {
const QString kSandboxId = QStringLiteral("sandbox-demo");
}

// ---- connections -----------------------------------------------------------------------------------------------

void MainWindow::refreshConnectionBox()
{
    m_fillingBox = true;
    m_connectionBox->clear();
    for (const Connection &c : m_sessionConnections)
        m_connectionBox->addItem(c.name, c.id);
    for (const Connection &c : m_connections.connections())
        m_connectionBox->addItem(c.name, c.id);
    m_connectionBox->addItem(tr("Add a connection…"), QString());
    const QString current = m_session ? m_session->connection().id : QString();
    // Without a connection the box shows its placeholder, not "Add a connection…".
    m_connectionBox->setCurrentIndex(current.isEmpty() ? -1 : m_connectionBox->findData(current));
    m_fillingBox = false;
}

void MainWindow::connectToSandbox(const QUrl &url, const QString &organizationKey)
{
    m_sandboxUrl = url;
    Connection sandbox;
    sandbox.id = kSandboxId;
    sandbox.name = tr("Demo sandbox");
    sandbox.baseUrl = url;
    sandbox.keyKind = QStringLiteral("organization");
    m_sessionConnections.removeIf([](const Connection &c) { return c.id == kSandboxId; });
    m_sessionConnections.prepend(sandbox);
    m_credentials.holdForSession(sandbox.id, organizationKey.toUtf8());
    openConnection(sandbox);
}

void MainWindow::openCurrentConnection()
{
    if (const auto current = m_connections.current())
        openConnection(*current);
}

void MainWindow::openConnection(const Connection &connection)
{
    closeSession();
    hideBanner();
    m_stack->setCurrentIndex(1);
    m_statusLabel->setText(tr("Reading the key of “%1” from the keychain…").arg(connection.name));
    m_service->readKey(connection, this, [this, connection](const CredentialStore::Outcome &key) {
        if (!key.ok()) {
            m_statusLabel->setText(tr("Not connected"));
            showBanner(key.message, tr("Enter the key…"), [this, connection] {
                auto *dialog = new ConnectDialog(*m_service, this);
                dialog->replaceKeyOf(connection);
                openDialog(dialog);
            });
            return;
        }
        // The sandbox's data and address change on every start: nothing to cache.
        startSession(connection, key.secret, connection.id != kSandboxId);
    });
}

void MainWindow::startSession(const Connection &connection, const QByteArray &key, bool useCache)
{
    m_model->clear();
    m_details->showNothing();
    m_session = new OrganizationSession(connection, key, m_model, useCache, this);
    m_draftsOffered = false;
    if (connection.id != kSandboxId)
        m_connections.setCurrentId(connection.id);
    TreeLoader *loader = m_session->loader();
    connect(loader, &TreeLoader::cacheShown, this, [this](const QDateTime &) { updateStatus(); });
    connect(loader, &TreeLoader::progress, this, &MainWindow::updateStatus);
    connect(loader, &TreeLoader::loadingChanged, this, &MainWindow::updateStatus);
    connect(loader, &TreeLoader::failed, this, &MainWindow::onLoadFailed);
    connect(loader, &TreeLoader::finished, this, [this] {
        hideBanner();
        updateStatus();
        prioritizeVisible();
        // Once the tree is in, the banner is free to say what is waiting (once a session).
        if (!std::exchange(m_draftsOffered, true))
            offerDrafts();
        feedPoller();
        updateDashboardDrafts();
    });
    connect(m_session->client()->budget(), &RateBudget::changed, this, &MainWindow::updateStatus);
    m_refresh->setEnabled(true);
    m_removeConnection->setEnabled(connection.id != kSandboxId);
    setWindowTitle(tr("%1 — %2").arg(connection.name, AppInfo::displayName()));
    refreshConnectionBox();
    // Every change made through this session goes into the local history.
    new HistoryRecorder(m_session->client(), m_history, connection.id, m_session);
    startPolling();
    m_session->start();
    updateStatus();
    updateCampaignActions();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    OrganizationSession *session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->loader()->disconnect(this);
    session->client()->budget()->disconnect(this);
    delete session; // and its poller
    updateWatchStatus();
    m_refresh->setEnabled(false);
    updateCampaignActions();
    m_removeConnection->setEnabled(false);
}

void MainWindow::removeCurrentConnection()
{
    if (!m_session || m_session->connection().id == kSandboxId)
        return;
    const Connection connection = m_session->connection();
    const auto answer = MessageBox::question(
        this, tr("Remove connection"),
        tr("Remove “%1”?\n\nIts API key is deleted from the system keychain, and this computer's copy of its "
           "organization with it. Nothing changes at sent.dm: connect again with the key at any time.")
            .arg(connection.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    closeSession(); // the cache file is closed before it is deleted
    m_model->clear();
    m_details->showNothing();
    m_statusLabel->setText(tr("Removing “%1”…").arg(connection.name));
    m_service->remove(connection, this, [this, connection](const CredentialStore::Outcome &outcome) {
        if (!outcome.ok() && outcome.failure != CredentialStore::Failure::Unavailable) {
            // The key is still in the keychain, so the connection stays: open it again and say why.
            openConnection(connection);
            showBanner(tr("“%1” was not removed: %2").arg(connection.name, outcome.message), tr("Try again"),
                       [this] { removeCurrentConnection(); });
            return;
        }
        TreeCache::removeForConnection(connection.id);
        refreshConnectionBox();
        const QList<Connection> remaining = m_connections.connections();
        if (remaining.isEmpty()) {
            m_statusLabel->setText(tr("Not connected"));
            showEmptyState();
        } else {
            openConnection(remaining.first());
        }
    });
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(*m_service, this);
    if (m_sandboxUrl.isValid())
        dialog->offerSandbox(m_sandboxUrl);
    openDialog(dialog);
}

void MainWindow::openDialog(ConnectDialog *dialog)
{
    // Window-modal and asynchronous: no nested event loop while the key is checked.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refreshConnectionBox();
        openConnection(dialog->connection());
    });
    dialog->open();
}

} // namespace cd::ui
