#include "connectionbar.h"
#include "style/icons.h"

#include "connection/connectdialog.h"
#include "connection/sessionbanner.h"
#include "dialogs/messagebox.h"

#include "services/organizationsession.h"
#include "services/sessionmanager.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace cd::ui {

ConnectionBar::ConnectionBar(SessionManager *sessions, SessionBanner *banner, QWidget *window)
    : QObject(window)
    , m_sessions(sessions)
    , m_banner(banner)
    , m_window(window)
    , m_box(new QComboBox(window))
    , m_connect(new QAction(Icons::named("list-add"), tr("&Connect an organization…"), this))
    , m_refresh(new QAction(Icons::named("view-refresh"), tr("&Refresh"), this))
    , m_remove(new QAction(Icons::named("list-remove"), tr("Re&move this connection…"), this))
{
    m_box->setAccessibleName(tr("Connection"));
    m_box->setPlaceholderText(tr("Not connected"));
    m_box->setMinimumContentsLength(22);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_box, &QComboBox::activated, this, [this](int row) {
        if (m_filling)
            return;
        const QString id = m_box->itemData(row).toString();
        if (id.isEmpty())
            return showConnectDialog();
        if (const std::optional<Connection> connection = m_sessions->find(id))
            m_sessions->open(*connection);
    });
    m_connect->setShortcut(QKeySequence::New);
    connect(m_connect, &QAction::triggered, this, &ConnectionBar::showConnectDialog);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load everything again from sent.dm (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (OrganizationSession *session = m_sessions->session()) {
            m_banner->clear();
            session->refresh();
        }
    });
    connect(m_remove, &QAction::triggered, this, &ConnectionBar::removeCurrentConnection);
    connect(m_sessions, &SessionManager::connectionsChanged, this, &ConnectionBar::fill);
    connect(m_sessions, &SessionManager::sessionChanged, this, &ConnectionBar::onSessionChanged);
    onSessionChanged(m_sessions->session());
}

void ConnectionBar::addTo(QToolBar *bar)
{
    auto *label = new QLabel(tr("Connection:"), bar);
    label->setBuddy(m_box);
    bar->addWidget(label);
    bar->addWidget(m_box);
    bar->addAction(m_refresh);
}

void ConnectionBar::onSessionChanged(OrganizationSession *session)
{
    m_refresh->setEnabled(session);
    m_remove->setEnabled(session && !session->isDemo());
    fill();
}

void ConnectionBar::fill()
{
    m_filling = true;
    m_box->clear();
    for (const Connection &c : m_sessions->connections())
        m_box->addItem(c.name, c.id);
    m_box->addItem(tr("Add a connection…"), QString());
    const OrganizationSession *session = m_sessions->session();
    // Without a connection the box shows its placeholder, not "Add a connection…".
    m_box->setCurrentIndex(session ? m_box->findData(session->connection().id) : -1);
    m_filling = false;
}

void ConnectionBar::showConnectDialog()
{
    auto *dialog = new ConnectDialog(*m_sessions->connectionService(), m_window);
    if (m_sessions->demoUrl().isValid())
        dialog->offerSandbox(m_sessions->demoUrl());
    openDialog(dialog);
}

void ConnectionBar::replaceKey(const Connection &connection)
{
    auto *dialog = new ConnectDialog(*m_sessions->connectionService(), m_window);
    dialog->replaceKeyOf(connection);
    openDialog(dialog);
}

void ConnectionBar::openDialog(ConnectDialog *dialog)
{
    // Window-modal and asynchronous: no nested event loop while the key is checked.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        fill();
        m_sessions->open(dialog->connection());
    });
    dialog->open();
}

void ConnectionBar::removeCurrentConnection()
{
    const OrganizationSession *session = m_sessions->session();
    if (!session || session->isDemo())
        return;
    const Connection connection = session->connection();
    const auto answer = MessageBox::question(
        m_window, tr("Remove connection"),
        tr("Remove “%1”?\n\nIts API key is deleted from the system keychain, and this computer's copy of its "
           "organization with it. Nothing changes at sent.dm: connect again with the key at any time.")
            .arg(connection.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT message(tr("Removing “%1”…").arg(connection.name), 0);
    m_sessions->remove(connection, this, [this, connection](const CredentialStore::Outcome &outcome) {
        Q_EMIT message(QString(), 0);
        if (!outcome.ok() && outcome.failure != CredentialStore::Failure::Unavailable)
            // The key is still in the keychain, so the connection stays (opened again): say why.
            m_banner->showMessage(tr("“%1” was not removed: %2").arg(connection.name, outcome.message), tr("Try again"),
                                  [this] { removeCurrentConnection(); });
    });
}

} // namespace cd::ui
