#include "demosandbox.h"

#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cd::sandbox {

DemoSandbox::DemoSandbox(SandboxOptions options, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.databasePath = std::move(databasePath);
}

DemoSandbox::~DemoSandbox() = default;

QString DemoSandbox::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-sandbox.sqlite"));
}

bool DemoSandbox::start(QString *error)
{
    stop();
    if (!m_options.databasePath.isEmpty())
        QDir().mkpath(QFileInfo(m_options.databasePath).absolutePath());
    auto server = std::make_unique<SandboxServer>(m_options);
    if (!server->start(error))
        return false;
    m_server = std::move(server);
    return true;
}

bool DemoSandbox::reset(QString *error)
{
    stop();
    if (!m_options.databasePath.isEmpty())
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_options.databasePath + suffix);
    return start(error);
}

void DemoSandbox::stop()
{
    m_server.reset();
}

QUrl DemoSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QByteArray DemoSandbox::organizationKey() const
{
    return m_server ? m_server->organizationKey().toUtf8() : QByteArray();
}

} // namespace cd::sandbox
