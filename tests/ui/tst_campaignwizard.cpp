#include "campaignwizard/campaignwizard.h"
#include "campaignwizard/findingslabel.h"
#include "campaignwizard/reviewpage.h"
#include "details/detailspanel.h"
#include "dialogs/messagebox.h"
#include "input/wizardsteps.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/campaigneditor.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "store/draftstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>

using namespace cd;

// The campaign wizard driven as a user would, offscreen, against an in-process sandbox: create, edit, a refused
// edit, delete, and a draft that outlives the window.
class TestCampaignWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        return uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
    }
    static void select(ui::MainWindow &window, const QModelIndex &source)
    {
        window.tree()->setCurrentIndex(window.filterModel()->mapFromSource(source));
    }
    static ui::CampaignWizard *waitForWizard(ui::MainWindow &window)
    {
        if (!QTest::qWaitFor([&] { return window.campaigns()->wizard() && window.campaigns()->wizard()->isVisible(); },
                             10000))
            return nullptr;
        return window.campaigns()->wizard();
    }
    // Types into the field's own widget, replacing what is there.
    static void type(ui::CampaignWizard *wizard, const QString &field, const QString &text)
    {
        QWidget *widget = wizard->widgetForField(field);
        QVERIFY2(widget, qPrintable(field));
        wizard->goToField(field);
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Delete);
            QTest::keyClicks(line, text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->selectAll();
            QTest::keyClick(plain, Qt::Key_Delete);
            QTest::keyClicks(plain, text);
        }
    }
    static void acknowledgeWarnings(ui::CampaignWizard *wizard)
    {
        QTreeWidget *view = wizard->reviewPage()->findingsView();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            for (int j = 0; j < view->topLevelItem(i)->childCount(); ++j)
                if (QTreeWidgetItem *item = view->topLevelItem(i)->child(j); item->flags() & Qt::ItemIsUserCheckable)
                    item->setCheckState(0, Qt::Checked);
    }
    static void goToReview(ui::CampaignWizard *wizard)
    {
        while (wizard->currentId() != ui::CampaignWizard::ReviewPageId) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before)
                qFatal("stuck on page %d", before);
        }
    }

public:
    // The child process of aKilledWizardKeepsItsDraft: opens a wizard, types, and waits to be killed once the draft
    // is on disk (it never gets to close anything).
    int childTypesAndWaits()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("child.ini")), QSettings::IniFormat);
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
        m_server = startSandbox();
        auto window = openWindow();
        select(*window, window->model()->profileIndex(ownCampaignsProfile(*m_server)));
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        if (!wizard)
            return 1;
        type(wizard, QStringLiteral("name"), QStringLiteral("Typed, then killed"));
        type(wizard, QStringLiteral("description"), QStringLiteral("Half a description"));
        QObject context;
        QTimer::singleShot(CampaignEditor::kSaveDelayMs + 100, &context, [&] {
            window->sessions()->drafts()->flush(&context, [] {
                std::printf("typed\n");
                std::fflush(stdout);
            });
        });
        return QCoreApplication::exec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QFile::remove(DraftStore::defaultPath());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        m_server = startSandbox(options);
    }
    void cleanup()
    {
        m_server.reset();
        QFile::remove(DraftStore::defaultPath());
    }

    void createsEditsAndDeletesACampaign()
    {
        auto window = openWindow();
        const QString profileId = ownCampaignsProfile(*m_server);
        select(*window, window->model()->profileIndex(profileId));
        // From the profile's details, as a user would find it.
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QLatin1String("New campaign for this profile")));
        Q_EMIT window->detailsPanel()->anchorClicked(QUrl(QStringLiteral("action:new-campaign")));
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ui::CampaignWizard::BasicsPage));
        const QString brand = wizard->brandName();

        // Findings show as one types: an empty name is an error right under the field.
        type(wizard, QStringLiteral("name"), QStringLiteral("Wizard reminders"));
        type(wizard, QStringLiteral("description"),
             QStringLiteral("%1 sends its customers appointment reminders and confirmations by text message.")
                 .arg(brand));
        type(wizard, QStringLiteral("volume"), QStringLiteral("5000"));
        wizard->editor()->lintNow(); // as after the pause
        uitest::screenshot(*wizard, QStringLiteral("wizard-basics"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CampaignWizard::UseCasesPage));
        type(wizard, QStringLiteral("useCases[0].sampleMessages[0]"),
             QStringLiteral("%1: your appointment is confirmed for {date} at {time}. Reply STOP to opt out.")
                 .arg(brand));
        wizard->editor()->lintNow();
        QVERIFY(wizard->editor()->findings().byRule(QStringLiteral("S06")).isEmpty());
        type(wizard, QStringLiteral("messageFlow"),
             QStringLiteral(
                 "Customers opt in on the %1 website booking form by ticking an unticked box. The form says: Msg "
                 "frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms and "
                 "privacy policy are linked on the form.")
                 .arg(brand));
        type(wizard, QStringLiteral("termsAndConditionsLink"), QStringLiteral("https://example.com/terms"));
        // No privacy policy: a warning the review will ask about.
        // The opt-out and help page filled in compliant replies from the brand's name.
        QVERIFY(wizard->editor()->campaign().value(QLatin1String("optoutMessage")).toString().startsWith(brand));
        QVERIFY(wizard->editor()
                    ->campaign()
                    .value(QLatin1String("optoutKeywords"))
                    .toString()
                    .contains(QLatin1String("STOP")));
        wizard->goToField(QStringLiteral("optoutMessage"));
        wizard->editor()->lintNow();
        uitest::screenshot(*wizard, QStringLiteral("wizard-opt-out"));
        goToReview(wizard);

        ui::ReviewPage *review = wizard->reviewPage();
        QVERIFY2(!wizard->editor()->findings().hasErrors(), qPrintable(review->statusText()));
        QVERIFY(review->requestJson().contains(QLatin1String("\"Wizard reminders\"")));
        QCOMPARE(wizard->editor()->openWarnings().size(), 1);
        QCOMPARE(wizard->editor()->openWarnings().first().ruleId, QStringLiteral("S16"));
        QVERIFY(!review->isComplete());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        // Activating the finding takes the user to its field; the review is one page away again.
        QTreeWidgetItem *warning =
            review->findingsView()->findItems(QStringLiteral("S16"), Qt::MatchExactly | Qt::MatchRecursive, 2).value(0);
        QVERIFY(warning);
        QCOMPARE(warning->text(1), QStringLiteral("Privacy policy")); // as the form labels it, not a JSON path
        Q_EMIT review->findingsView()->itemActivated(warning, 0);
        QCOMPARE(wizard->currentId(), int(ui::CampaignWizard::LinksPage));
        QCOMPARE(QApplication::focusWidget(), wizard->widgetForField(QStringLiteral("privacyPolicyLink")));
        goToReview(wizard);
        acknowledgeWarnings(wizard);
        QVERIFY(wizard->editor()->openWarnings().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 30000); // once the automatic dry run is back
        QTest::mouseClick(review->dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(review->statusText().contains(QLatin1String("accepts")), 30000);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Wizard reminders")), 0); // a dry run creates nothing
        uitest::screenshot(*wizard, QStringLiteral("wizard-review"));

        // sent.dm's estimate of the cost, from the dry run, is shown before submitting.
        QVERIFY2(wizard->editor()
                     ->findings()
                     .byRule(QStringLiteral("P04"))
                     .value(0)
                     .message.contains(QLatin1String("15.00")),
                 qPrintable(wizard->editor()->findings().byRule(QStringLiteral("P04")).value(0).message));
        QPointer<ui::CampaignWizard> guard(wizard);
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Wizard reminders"), profileId), 1);
        // The tree shows it, in place.
        const QModelIndex profile = window->model()->profileIndex(profileId);
        auto findRow = [&](const QString &name) {
            for (int row = 0; row < window->model()->rowCount(profile); ++row)
                if (window->model()->index(row, 0, profile).data().toString() == name)
                    return window->model()->index(row, 0, profile);
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findRow(QStringLiteral("Wizard reminders")).isValid(), 30000);

        // Edit: the same wizard, with the campaign's fields.
        select(*window, findRow(QStringLiteral("Wizard reminders")));
        window->campaigns()->editCampaign();
        wizard = waitForWizard(*window);
        QVERIFY(wizard);
        QVERIFY(wizard->editor()->isEdit());
        QCOMPARE(qobject_cast<QLineEdit *>(wizard->widgetForField(QStringLiteral("name")))->text(),
                 QStringLiteral("Wizard reminders"));
        type(wizard, QStringLiteral("name"), QStringLiteral("Wizard reminders, renamed"));
        goToReview(wizard);
        acknowledgeWarnings(wizard);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Save changes"));
        guard = wizard;
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(),
                                 30000); // after the automatic dry run
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Wizard reminders, renamed"), profileId), 1);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Wizard reminders"), profileId), 0);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(QStringLiteral("Wizard reminders, renamed")).isValid(), 30000);

        // Delete, after saying yes.
        select(*window, findRow(QStringLiteral("Wizard reminders, renamed")));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window->campaigns()->deleteCampaign();
        QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("cannot be undone")));
        QTRY_COMPARE_WITH_TIMEOUT(campaignsNamed(*m_server, QStringLiteral("Wizard reminders, renamed"), profileId), 0,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(!findRow(QStringLiteral("Wizard reminders, renamed")).isValid(), 30000);
    }

    // One letter, one target: on every page of the wizard no two visible controls share an Alt+letter (Alt+N was both
    // the campaign's Name and Next).
    void everyPageHasOneMnemonicPerLetter()
    {
        auto window = openWindow();
        select(*window, window->model()->profileIndex(ownCampaignsProfile(*m_server)));
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        while (true) {
            uitest::checkMnemonics(*wizard, wizard->currentPage()->title());
            if (wizard->currentId() == ui::CampaignWizard::ReviewPageId)
                break;
            const int before = wizard->currentId();
            wizard->next();
            QVERIFY2(wizard->currentId() != before, qPrintable(wizard->currentPage()->title()));
        }
        wizard->reject();
    }

    // A new campaign says nothing until the user leaves a field or asks for the next page; a line that has said
    // something keeps its place, so nothing below it moves; the side says which step of how many this is.
    void saysNothingUntilAFieldIsLeft()
    {
        auto window = openWindow();
        select(*window, window->model()->profileIndex(ownCampaignsProfile(*m_server)));
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        auto *steps = wizard->findChild<ui::WizardSteps *>();
        QVERIFY(steps);
        QCOMPARE(steps->currentStepText(), QStringLiteral("Step 1 of 6: The campaign"));
        QVERIFY(wizard->editor()->findings().hasErrors()); // an empty campaign: there is plenty to say
        const QList<ui::FindingsLabel *> labels = wizard->findChildren<ui::FindingsLabel *>();
        for (const ui::FindingsLabel *label : labels)
            QVERIFY2(label->fullText().isEmpty() && !label->isVisible(), qPrintable(label->field()));

        // Typed in and left: that field's problems, and only those.
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        type(wizard, QStringLiteral("description"), QStringLiteral("Too short"));
        wizard->widgetForField(QStringLiteral("volume"))->setFocus(Qt::TabFocusReason);
        wizard->editor()->lintNow();
        ui::FindingsLabel *description = nullptr;
        for (ui::FindingsLabel *label : labels) {
            if (label->field() == QLatin1String("description"))
                description = label;
            else if (label->field() == QLatin1String("name"))
                QVERIFY(label->fullText().isEmpty()); // never left
        }
        QVERIFY(description);
        QTRY_VERIFY(description->fullText().contains(QLatin1String("characters")));
        QVERIFY(description->isVisible());
        const int height = description->height();
        QVERIFY(height > 0);
        // Fixed: the line empties but keeps its place.
        type(wizard, QStringLiteral("description"),
             QStringLiteral("Northwind sends its customers appointment reminders and delivery updates by text."));
        wizard->editor()->lintNow();
        QTRY_VERIFY(!description->fullText().contains(QLatin1String("characters")));
        QVERIFY(description->isVisible());
        QCOMPARE(description->height(), height);

        // Next: everything on the page is said (the name is missing).
        wizard->next();
        QCOMPARE(steps->currentStepText(), QStringLiteral("Step 2 of 6: Use cases and sample messages"));
        bool nameSaid = false;
        for (const ui::FindingsLabel *label : labels)
            nameSaid = nameSaid || (label->field() == QLatin1String("name") && !label->fullText().isEmpty());
        QVERIFY(nameSaid);
        wizard->reject();
    }

    void refusesWhatCannotChange()
    {
        auto window = openWindow();
        // A campaign submitted to TCR.
        QString profileId, campaignId;
        for (const auto &p : m_server->state().profiles())
            for (const auto &c : p.campaigns)
                if (!p.deleted && !p.inheritTcrCampaign && c.submittedToTcr && campaignId.isEmpty()) {
                    profileId = p.id;
                    campaignId = c.id;
                }
        QVERIFY(!campaignId.isEmpty());
        const QModelIndex profile = window->model()->profileIndex(profileId);
        window->tree()->expand(window->filterModel()->mapFromSource(profile));
        QTRY_VERIFY(window->model()->campaignIndex(profileId, campaignId).isValid());
        select(*window, window->model()->campaignIndex(profileId, campaignId));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the explanation, answered without a person
        window->campaigns()->editCampaign();
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QLatin1String("can no longer be changed")));
        QVERIFY(!window->campaigns()->wizard());

        // A profile without a brand cannot have campaigns at all.
        const QString noBrand =
            findProfile(*m_server, [this](const sandbox::Profile &p) { return !m_server->state().effectiveBrand(p); });
        select(*window, window->model()->profileIndex(noBrand));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        window->campaigns()->newCampaign();
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QLatin1String("has no brand")));
        QVERIFY(!window->campaigns()->wizard());
    }

    void sentDmsFieldErrorsShowUnderTheirFields()
    {
        auto window = openWindow();
        select(*window, window->model()->profileIndex(ownCampaignsProfile(*m_server)));
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        QJsonObject campaign = wizard->editor()->campaign();
        campaign.insert(QStringLiteral("name"), QStringLiteral("No use cases"));
        campaign.insert(QStringLiteral("useCases"), QJsonArray());
        wizard->editor()->setCampaign(campaign);
        goToReview(wizard);
        QTest::mouseClick(wizard->reviewPage()->dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->reviewPage()->statusText().isEmpty()
                                     && !wizard->reviewPage()->statusText().contains(QLatin1String("Sending")),
                                 30000);
        QVERIFY(wizard->reviewPage()
                    ->findingsView()
                    ->findItems(QStringLiteral("API"), Qt::MatchExactly | Qt::MatchRecursive, 2)
                    .size()
                >= 1);
        QStringList serverSays;
        for (auto *label : wizard->findChildren<ui::FindingsLabel *>())
            if (label->fullText().contains(QLatin1String("sent.dm:")))
                serverSays << label->field();
        QVERIFY2(serverSays.contains(QStringLiteral("useCases")), qPrintable(serverSays.join(QLatin1Char(' '))));
    }

    void aKilledWizardKeepsItsDraft()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-types-and-waits")});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("typed"));
        ::kill(pid_t(child.processId()), SIGKILL); // mid-wizard, as a crash
        QVERIFY(child.waitForFinished());

        // Started again (the demo organization has the same profiles): the draft is offered, as typed.
        auto window = openWindow();
        QTRY_VERIFY(window->banner()->text().contains(QLatin1String("not yet submitted")));
        select(*window, window->model()->profileIndex(ownCampaignsProfile(*m_server)));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        QCOMPARE(wizard->editor()->campaign().value(QLatin1String("name")).toString(),
                 QStringLiteral("Typed, then killed"));
        QCOMPARE(wizard->editor()->campaign().value(QLatin1String("description")).toString(),
                 QStringLiteral("Half a description"));
        QCOMPARE(qobject_cast<QLineEdit *>(wizard->widgetForField(QStringLiteral("name")))->text(),
                 QStringLiteral("Typed, then killed"));
    }

    void aDraftOutlivesTheWindow()
    {
        const QString profileId = ownCampaignsProfile(*m_server);
        {
            auto window = openWindow();
            select(*window, window->model()->profileIndex(profileId));
            window->campaigns()->newCampaign();
            ui::CampaignWizard *wizard = waitForWizard(*window);
            QVERIFY(wizard);
            type(wizard, QStringLiteral("name"), QStringLiteral("Half written"));
            wizard->next();
            // Saved within a second of the last keystroke, while the wizard is still open.
            bool listed = false;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QObject context;
                    bool done = false;
                    window->sessions()->drafts()->list(
                        QStringLiteral("sandbox-demo"), profileId, &context,
                        [&](const QList<Draft> &drafts, const auto &) {
                            listed = !drafts.isEmpty() && drafts.first().title() == QLatin1String("Half written");
                            done = true;
                        });
                    if (!QTest::qWaitFor([&] { return done; }, 5000))
                        return false;
                    return listed;
                }(),
                1500);
        } // the window goes, wizard and all

        auto window = openWindow();
        QTRY_VERIFY(window->banner()->text().contains(QLatin1String("not yet submitted")));
        select(*window, window->model()->profileIndex(profileId));
        // The profile's own list of drafts, from its details.
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QLatin1String("campaign drafts")));
        Q_EMIT window->detailsPanel()->anchorClicked(QUrl(QStringLiteral("action:drafts")));
        QDialog *list = nullptr;
        QTRY_VERIFY((list = window->findChild<QDialog *>()) && list->isVisible());
        QVERIFY(list->windowTitle().contains(window->model()->profile(window->model()->profileIndex(profileId))->name));
        // The dialog opens at once and lists the drafts as the store answers.
        QTRY_VERIFY(!list->findChild<QListWidget *>()
                         ->findItems(QStringLiteral("Half written"), Qt::MatchStartsWith)
                         .isEmpty());
        uitest::screenshot(*list, QStringLiteral("drafts-list"));
        list->close();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes); // "Continue it?"
        window->campaigns()->newCampaign();
        ui::CampaignWizard *wizard = waitForWizard(*window);
        QVERIFY(wizard);
        QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("Half written")));
        QCOMPARE(wizard->editor()->campaign().value(QLatin1String("name")).toString(), QStringLiteral("Half written"));
        QCOMPARE(wizard->currentId(), int(ui::CampaignWizard::UseCasesPage)); // where it was left
        uitest::screenshot(*wizard, QStringLiteral("wizard-use-cases"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestCampaignWizard test;
    if (argc == 2 && qstrcmp(argv[1], "--child-types-and-waits") == 0)
        return test.childTypesAndWaits();
    return QTest::qExec(&test, argc, argv);
}
#include "tst_campaignwizard.moc"
