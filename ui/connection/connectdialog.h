#pragma once

#include "secrets/connection.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {
class ConnectionService;
}

namespace cd::ui {

// Connect an organization: a name, the address (api.sent.dm, or a local sandbox) and the API key. The key is
// checked with GET /v3/me before anything is saved; the dialog says whose it is, or why it was refused. When
// the keychain cannot keep it, the key can be used for this session only.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(ConnectionService &service, QWidget *parent = nullptr);

    // Offer a running local sandbox in the address list.
    void offerSandbox(const QUrl &url);
    // A new key for a saved connection (its name and address stay).
    void replaceKeyOf(const Connection &connection);

    Connection connection() const { return m_connection; }
    bool isSessionOnly() const { return m_sessionOnly; }

    // For tests and for pre-filling.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *addressBox() const { return m_address; }
    QLineEdit *keyEdit() const { return m_key; }
    QString resultText() const;

    void accept() override; // starts the check; closes when it succeeds

private:
    void setBusy(bool busy);
    void showProblem(const QString &text);

    ConnectionService &m_service;
    QLineEdit *m_name;
    QComboBox *m_address;
    QLineEdit *m_key;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    std::optional<Connection> m_replacing;
    Connection m_connection;
    bool m_sessionOnly = false;
    bool m_busy = false;
};

} // namespace cd::ui
