#include "core/appinfo.h"
#include "core/memory.h"
#include "mainwindow.h"
#include "sandbox/demosandbox.h"
#include "sandbox/sandboxoptions.h"
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
    cd::limitMemoryPools(); // before any thread starts
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
    // --sandbox: the demo organization, kept in the app's data folder between starts; File → Reset the demo starts
    // it afresh.
    std::unique_ptr<cd::sandbox::DemoSandbox> demo;
    if (parser.isSet(sandboxOption)) {
        cd::sandbox::SandboxOptions options;
        options.timeScale = qMax(1.0, parser.value(timeScaleOption).toDouble());
        demo = std::make_unique<cd::sandbox::DemoSandbox>(options, cd::sandbox::DemoSandbox::defaultDatabasePath());
        QString error;
        if (!demo->start(&error)) {
            QMessageBox::critical(
                nullptr, cd::AppInfo::displayName(),
                QCoreApplication::translate("main", "The demo sandbox could not start: %1").arg(error));
            return 1;
        }
        window.sessions()->openDemo(demo->baseUrl(), demo->organizationKey());
        QObject::connect(&window, &cd::ui::MainWindow::resetDemoRequested, &window, [&window, &demo] {
            const QString problem = window.sessions()->resetDemo([&demo](auto *address, QString *why) {
                if (!demo->reset(why))
                    return false;
                *address = {demo->baseUrl(), demo->organizationKey()};
                return true;
            });
            if (!problem.isEmpty())
                QMessageBox::critical(
                    &window, cd::AppInfo::displayName(),
                    QCoreApplication::translate("main", "The demo sandbox could not start: %1").arg(problem));
        });
    } else {
        window.sessions()->openCurrent();
    }
    window.show();
    return app.exec();
}
