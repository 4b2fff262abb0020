#pragma once

#include "lint/lintfixtures.h"
#include "sandbox/sandboxtestclient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::clitest {

// What one run of the CLI printed, and how it ended.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

// What every test of compliance-desk-cli needs: the sandbox, a folder for files, and the CLI run as a user runs
// it, as a separate process with a configuration and data folder of the test's own.
class CliTest : public QObject
{
protected:
    std::unique_ptr<cd::sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    QString m_dataFolder; // where the history is kept, when not in the configuration folder

    // What the CLI runs with: the sandbox's address, the key (`org`: the sandbox's organization key), and
    // folders of this test's own.
    QProcessEnvironment environment(const QString &key = QStringLiteral("org"), const QString &baseUrl = {},
                                    const QByteArray &dbusAddress = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SENT_DM_API_KEY"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("SENT_DM_API_KEY"),
                       key == QLatin1String("org") ? m_server->organizationKey() : key);
        env.insert(QStringLiteral("SENT_BASE_URL"), baseUrl.isEmpty() ? m_server->baseUrl().toString() : baseUrl);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path()); // saved connections: this test's own
        env.insert(QStringLiteral("XDG_DATA_HOME"),                     // and its history
                   m_dataFolder.isEmpty() ? m_config.filePath(QStringLiteral("data")) : m_dataFolder);
        if (!dbusAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(dbusAddress));
        return env;
    }

    CliRun run(const QStringList &arguments, const QString &key = QStringLiteral("org"), const QString &baseUrl = {},
               const QByteArray &input = {}, const QByteArray &dbusAddress = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(key, baseUrl, dbusAddress));
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
        CliRun result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        // The sandbox lives in this process: keep its event loop turning while the CLI runs.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 240000)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }
    QString campaignFile(const QString &name, bool envelope = false)
    {
        const QJsonObject body = campaignBody(name);
        return writeFile(name + QStringLiteral(".json"),
                         QJsonDocument(envelope ? body : body.value(QLatin1String("campaign")).toObject()).toJson());
    }
};

} // namespace cd::clitest
