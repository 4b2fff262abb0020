#include "connectdialog.h"

#include "dialogs/messagebox.h"
#include "services/connectionservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

ConnectDialog::ConnectDialog(ConnectionService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_name(new QLineEdit(this))
    , m_address(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect an organization"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Use the API key of the organization (or of one sender profile) from the sent.dm "
                                "dashboard, Settings → API Keys. It is checked with sent.dm, then kept in the system "
                                "keychain; it is never written to a file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setPlaceholderText(tr("e.g. Northwind production"));
    form->addRow(tr("&Name:"), m_name);
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("https://api.sent.dm"));
    m_address->setAccessibleName(tr("API address"));
    form->addRow(tr("&Address:"), m_address);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Paste the API key"));
    m_key->setClearButtonEnabled(true);
    auto *reveal = new QCheckBox(tr("&Show the key"), this);
    connect(reveal, &QCheckBox::toggled, this,
            [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), reveal);
    layout->addLayout(form);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result of the check"));
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check and save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

void ConnectDialog::offerSandbox(const QUrl &url)
{
    m_address->addItem(url.toString());
    m_address->setItemData(m_address->count() - 1, tr("The local demo sandbox"), Qt::ToolTipRole);
}

void ConnectDialog::replaceKeyOf(const Connection &connection)
{
    m_replacing = connection;
    setWindowTitle(tr("Enter the API key again"));
    m_name->setText(connection.name);
    m_name->setReadOnly(true);
    m_address->setEditText(connection.baseUrl.toString());
    m_address->setEnabled(false);
    m_key->setFocus();
}

QString ConnectDialog::resultText() const
{
    return m_result->text();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setEnabled(!busy);
    m_address->setEnabled(!busy && !m_replacing);
    m_key->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ConnectDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_result->setText(text);
    m_result->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px; border-radius: 4px;"));
}

void ConnectDialog::accept()
{
    if (m_busy)
        return; // a second click never starts a second check
    setBusy(true);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Checking the key with sent.dm…"));
    const QByteArray key = m_key->text().trimmed().toUtf8();
    auto done = [this, key](const ConnectionService::AddResult &r) {
        if (!r.problem.isEmpty())
            return showProblem(r.problem);
        if (r.apiError)
            return showProblem(r.apiError->userMessage());
        if (!r.keychain.ok()) {
            const auto answer = MessageBox::question(
                this, tr("The keychain cannot keep the key"),
                r.keychain.message + QStringLiteral("\n\n")
                    + tr("Use the key for this session only? It stays in memory until Compliance Desk quits and is "
                         "never written to disk; you will be asked for it again next time."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return showProblem(r.keychain.message);
            m_service.keepForSession(r.connection, key);
            m_sessionOnly = true;
        }
        m_connection = r.connection;
        m_result->setText(tr("Connected: %1 “%2”.").arg(r.account->kindLabel(), r.account->name));
        setBusy(false);
        QDialog::accept();
    };
    if (m_replacing)
        m_service.replaceKey(*m_replacing, key, this, done);
    else
        m_service.add(m_name->text(), QUrl::fromUserInput(m_address->currentText().trimmed()), key, this, done);
}

} // namespace cd::ui
