#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace cd::sandbox {

class SandboxServer;

// The GUI's demo (--sandbox): a sandbox whose organization is kept in a database file between starts, so drafts and
// history never point at things that vanished, and which can start afresh from the demo seed.
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    // `databasePath`: where the demo is kept (defaultDatabasePath() for the app).
    DemoSandbox(SandboxOptions options, QString databasePath, QObject *parent = nullptr);
    ~DemoSandbox() override;

    static QString defaultDatabasePath(); // the app's data folder: demo-sandbox.sqlite

    bool start(QString *error = nullptr);
    // Stops the sandbox, deletes its database and starts it again from the seed. The address may change.
    bool reset(QString *error = nullptr);
    void stop();

    bool isRunning() const { return bool(m_server); }
    QUrl baseUrl() const;
    QByteArray organizationKey() const;
    QString databasePath() const { return m_options.databasePath; }
    SandboxServer *server() const { return m_server.get(); }

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace cd::sandbox
