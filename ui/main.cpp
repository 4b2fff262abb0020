#include "core/appinfo.h"
#include "mainwindow.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/sessionmanager.h"
#include "style/colors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setPalette(cd::ui::Colors::accessible(QApplication::palette())); // placeholders AA too
    cd::AppInfo::applyToApplication();
    QGuiApplication::setApplicationDisplayName(cd::AppInfo::displayName());
    QGuiApplication::setDesktopFileName(cd::AppInfo::applicationId());
    Q_INIT_RESOURCE(resources);
    cd::AppInfo::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Keep sent.dm senders, brands and 10DLC campaigns compliant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start a local sandbox with a demo organization and connect to it."));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("main", "How much faster than real time the sandbox's registry moves."),
        QStringLiteral("X"), QStringLiteral("60"));
    parser.addOption(sandboxOption);
    parser.addOption(timeScaleOption);
    parser.process(app);

    cd::ConnectionStore connections;
    cd::CredentialStore credentials;
    cd::ui::MainWindow window(connections, credentials);
    std::unique_ptr<cd::sandbox::SandboxServer> sandbox;
    if (parser.isSet(sandboxOption)) {
        cd::sandbox::SandboxOptions options;
        options.timeScale = qMax(1.0, parser.value(timeScaleOption).toDouble());
        sandbox = std::make_unique<cd::sandbox::SandboxServer>(options);
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, cd::AppInfo::displayName(),
                QCoreApplication::translate("main", "The demo sandbox could not start: %1").arg(error));
            return 1;
        }
        window.sessions()->openDemo(sandbox->baseUrl(), sandbox->organizationKey().toUtf8());
    } else {
        window.sessions()->openCurrent();
    }
    window.show();
    return app.exec();
}
