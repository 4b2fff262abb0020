// The documentation's screenshots, made from the app itself: the main window on the demo organization, offscreen,
// in the language of the environment, each view brought up as a user would. Run by scripts/screenshots.sh, which
// writes them to docs/screenshots; a test runs it too and checks that it makes exactly the images docs/ has.
//
// Usage: make_screenshots OUTPUT_DIR
#include "actions/campaignactions.h"
#include "actions/profileactions.h"
#include "actions/reportactions.h"
#include "bulk/bulkjobdialog.h"
#include "campaignwizard/campaignwizard.h"
#include "completionwizard/completionwizard.h"
#include "core/appinfo.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "dialogs/historydialog.h"
#include "inheritance/inheritanceview.h"
#include "mainwindow.h"
#include "profileeditor/inheritancedialog.h"
#include "style/colors.h"
#include "tree/organizationtreeview.h"

#include "model/organizationmodel.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/bulkjobmodel.h"
#include "services/bulkplanner.h"
#include "services/organizationsession.h"
#include "services/sessionmanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cd;

namespace {

bool save(QWidget &widget, const QString &dir, const QString &name)
{
    // Layouts asked for by the last change are done before the picture is taken (no event loop is run).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
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

// Waits for `ready`; says what it waited for when it never came.
template<typename Condition>
bool waitFor(const char *what, Condition ready)
{
    if (QTest::qWaitFor(ready, 10000))
        return true;
    qCritical("gave up waiting for %s", what);
    return false;
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
    ok &= waitFor("the details", [&] { return window.detailsPanel()->toPlainText().contains(QLatin1String("Acme")); });
    ok &= save(window, out, QStringLiteral("main-window"));

    // The dashboard.
    window.sideTabs()->setCurrentWidget(window.dashboard());
    ok &= waitFor("the dashboard", [&] { return window.dashboard()->isUpToDate(); });
    ok &= save(window, out, QStringLiteral("dashboard"));

    // Who inherits what, with the organization's campaign selected in the tree.
    window.sideTabs()->setCurrentWidget(window.inheritanceView());
    ok &= save(window, out, QStringLiteral("inheritance"));

    // A bulk job's preview: the profiles that use the organization's campaigns given campaigns of their own, each
    // previewed (the live ones would stop sending: warnings to acknowledge).
    {
        const QStringList ids = window.model()->inheritance().groups().value(Setup::OrganizationBoth);
        auto *bulk = new ui::BulkJobDialog(window.session(), QStringLiteral("Campaigns of their own"), &window);
        bulk->setAttribute(Qt::WA_DeleteOnClose);
        ProfileChanges own;
        own.inheritTcrCampaign = false;
        bulk->prepare(ids, true, [own, organization = window.model()->inheritance()](const QList<ProfileNode> &nodes) {
            return BulkPlanner::changeProfileFields(own, {}, nodes, &organization);
        });
        bulk->resize(1000, 620);
        bulk->show();
        ok &= waitFor("the bulk preview", [&] { return bulk->model()->rowCount() == ids.size(); });
        bulk->table()->selectRow(0);
        ok &= save(*bulk, out, QStringLiteral("bulk-preview"));
        bulk->close();
    }

    // A switch of inheritance previewed: a live profile that would lose its campaigns.
    window.tree()->selectItem(profileNamed(server, QStringLiteral("Driftwood Coffee")));
    window.profiles()->changeInheritanceAction()->trigger();
    ok &= waitFor("the inheritance dialog", [&] { return window.profiles()->inheritanceDialog() != nullptr; });
    if (ui::InheritanceDialog *dialog = window.profiles()->inheritanceDialog()) {
        dialog->findChildren<QRadioButton *>().at(2)->click(); // its own campaigns
        ok &= save(*dialog, out, QStringLiteral("inheritance-switch"));
        // Made, so that the history below has a change to show.
        dialog->acknowledgement()->click();
        QSignalSpy switched(dialog, &ui::InheritanceDialog::switched);
        dialog->switchButton()->click();
        ok &= switched.wait(10000);
    }

    // The history of that profile on this computer: the change, with its request id.
    window.reports()->historyAction()->trigger();
    ok &= waitFor("the history",
                  [&] { return window.reports()->historyDialog() && window.reports()->historyDialog()->isVisible(); });
    if (ui::HistoryDialog *history = window.reports()->historyDialog()) {
        if (auto *entries = history->findChild<QTreeView *>())
            ok &= waitFor("the history entries", [&] { return entries->model() && entries->model()->rowCount() > 0; });
        ok &= save(*history, out, QStringLiteral("history"));
        history->close();
    }

    // A new campaign for a profile with a brand of its own: the wizard's first page.
    window.tree()->selectItem(acme);
    window.campaigns()->newCampaignAction()->trigger();
    ok &= waitFor("the campaign wizard",
                  [&] { return window.campaigns()->wizard() && window.campaigns()->wizard()->isVisible(); });
    if (ui::CampaignWizard *wizard = window.campaigns()->wizard()) {
        wizard->resize(900, 640);
        ok &= save(*wizard, out, QStringLiteral("campaign-wizard"));
        wizard->reject();
    }

    // Completing a draft profile's setup: the checklist.
    window.tree()->selectItem(profileNamed(server, QStringLiteral("Foxglove Florist")));
    window.profiles()->completeProfileAction()->trigger();
    ok &= waitFor("the completion wizard", [&] {
        return window.profiles()->completionWizard() && window.profiles()->completionWizard()->isVisible();
    });
    if (ui::CompletionWizard *wizard = window.profiles()->completionWizard()) {
        ok &= waitFor("the checklist read", [&] {
            for (const QLabel *label : wizard->findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(u"…"))
                    return false;
            return true;
        });
        ok &= save(*wizard, out, QStringLiteral("complete-setup"));
        wizard->close();
    }

    return ok ? 0 : 1;
}
