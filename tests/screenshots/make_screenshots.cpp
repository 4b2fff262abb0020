// The documentation's screenshots, made from the app itself: the main window on the demo organization, offscreen,
// in the language of the environment, each view brought up as a user would. Run by scripts/screenshots.sh, which
// writes them to docs/screenshots; a test runs it too and checks that it makes exactly the images docs/ has.
//
// Usage: make_screenshots OUTPUT_DIR
#include "actions/profileactions.h"
#include "core/appinfo.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "inheritance/inheritanceview.h"
#include "mainwindow.h"
#include "profileeditor/inheritancedialog.h"
#include "style/colors.h"
#include "tree/organizationtreeview.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"
#include "services/sessionmanager.h"

#include <QApplication>
#include <QDir>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

bool save(QWidget &widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const bool saved = widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    if (!saved)
        qCritical("could not write %s", qPrintable(name));
    return saved;
}

QString profileNamed(sandbox::SandboxServer &server, const QString &name)
{
    for (const sandbox::Profile &p : server.state().profiles())
        if (p.name == name)
            return p.id;
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setPalette(ui::Colors::accessible(QApplication::palette()));
    AppInfo::applyToApplication();
    Q_INIT_RESOURCE(resources);
    AppInfo::installTranslations();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        qCritical("usage: make_screenshots OUTPUT_DIR");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);

    sandbox::SandboxOptions options;
    options.randomSeed = 42;
    options.rateLimitPerMinute = 6000;
    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        qCritical("sandbox: %s", qPrintable(error));
        return 1;
    }
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConnectionStore connections(&settings);
    CredentialStore credentials;
    ui::MainWindow window(connections, credentials);
    window.resize(1280, 800);
    window.show();
    window.sessions()->openDemo(server.baseUrl(), server.organizationKey().toUtf8());
    if (!QTest::qWaitFor(
            [&] { return window.session() && window.session()->state() == OrganizationSession::State::Ready; },
            60000)) {
        qCritical("the demo organization did not load");
        return 1;
    }
    bool ok = true;

    // The tree with a profile's details.
    const QString acme = profileNamed(server, QStringLiteral("Acme Dental Care"));
    window.tree()->selectItem(acme);
    QTest::qWait(0);
    ok &= QTest::qWaitFor([&] { return window.detailsPanel()->toPlainText().contains(QLatin1String("Acme")); }, 10000);
    ok &= save(window, out, QStringLiteral("main-window"));

    // The dashboard.
    window.sideTabs()->setCurrentWidget(window.dashboard());
    ok &= QTest::qWaitFor([&] { return window.dashboard()->isUpToDate(); }, 10000);
    ok &= save(window, out, QStringLiteral("dashboard"));

    // Who inherits what, with the organization's campaign selected in the tree.
    window.sideTabs()->setCurrentWidget(window.inheritanceView());
    ok &= save(window, out, QStringLiteral("inheritance"));

    // A switch of inheritance previewed: a live profile that would lose its campaigns.
    window.tree()->selectItem(profileNamed(server, QStringLiteral("Driftwood Coffee")));
    window.profiles()->changeInheritanceAction()->trigger();
    ok &= QTest::qWaitFor([&] { return window.profiles()->inheritanceDialog() != nullptr; }, 10000);
    if (ui::InheritanceDialog *dialog = window.profiles()->inheritanceDialog()) {
        dialog->findChildren<QRadioButton *>().at(2)->click(); // its own campaigns
        ok &= save(*dialog, out, QStringLiteral("inheritance-switch"));
        dialog->reject();
    }
    return ok ? 0 : 1;
}
