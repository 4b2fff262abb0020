#include "completionwizard/completionwizard.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "profileeditor/fieldset.h"
#include "profileeditor/profiledialog.h"
#include "status/statusnotifier.h"
#include "uitestsupport.h"

#include "core/settings.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/statuspoller.h"
#include "store/draftstore.h"
#include "store/historylog.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cd;

// The complete-profile wizard offscreen against an in-process sandbox whose clock runs an hour a second: the
// checklist and its fixes, then each answer sent.dm can give — 400 with the unmet prerequisites, 200 already
// complete, 202 started — and after a start, the profile watched until its status settles, each change recorded
// in the local database and notified once.
class TestCompletionWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    const QString m_hook = QStringLiteral("http://127.0.0.1:9/sent-hook");

    static StatusPoller::Settings fast()
    {
        StatusPoller::Settings s;
        s.firstIntervalMs = 50;
        s.maxIntervalMs = 300;
        s.offlineRetryMs = 500;
        s.justChangedMs = 2000;
        return s;
    }
    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        window->session()->poller()->setSettings(fast());
        return window;
    }
    // A profile made through the API, ready for completion unless `description` is empty: its own brand (not a
    // TCR application), the organization pays.
    QString createProfile(const QString &name, const QString &description)
    {
        SentClient client(testConfig(m_server->baseUrl(), m_server->organizationKey()));
        ProfileChanges changes;
        changes.name = name;
        changes.shortName = QStringLiteral("Ready");
        if (!description.isEmpty())
            changes.description = description;
        changes.billingModel = QStringLiteral("organization");
        changes.inheritTcrBrand = false;
        changes.inheritTcrCampaign = false;
        Brand brand;
        brand.contact = BrandContact{QStringLiteral("Ada Ops"), {}, QStringLiteral("ada@ready.example"), {}, {}, {}};
        BrandCompliance compliance;
        compliance.brandRelationship = QStringLiteral("SMALL_ACCOUNT");
        compliance.vertical = QStringLiteral("RETAIL");
        compliance.isTcrApplication = false;
        brand.compliance = compliance;
        changes.brand = brand;
        const auto created =
            await<Profile>([&](auto done) { return client.createProfile(changes, {}, nullptr, done); });
        if (!created.ok())
            qFatal("profile not created: %s", qPrintable(created.error().userMessage()));
        return created.value().id;
    }
    static ui::CompletionWizard *openWizard(ui::MainWindow &window, const QString &profileId)
    {
        uitest::selectProfile(window, profileId);
        window.profiles()->completeProfile();
        if (!QTest::qWaitFor(
                [&] {
                    return window.profiles()->completionWizard() && window.profiles()->completionWizard()->isVisible()
                        && !window.profiles()->completionWizard()->isChecking();
                },
                10000))
            return nullptr;
        return window.profiles()->completionWizard();
    }
    static bool itemMet(ui::CompletionWizard *wizard, const QString &id)
    {
        for (const auto &item : wizard->checklist().items)
            if (item.id == id)
                return item.met;
        return false;
    }
    void toResult(ui::CompletionWizard *wizard)
    {
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CompletionWizard::WebhookPageId));
        auto *hook = wizard->findChild<QLineEdit *>();
        hook->clear();
        QTest::keyClicks(hook, QStringLiteral("not an address"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        hook->clear();
        QTest::keyClicks(hook, m_hook);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CompletionWizard::ResultPageId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        Settings::clear();
        QFile::remove(DraftStore::defaultPath());
        QFile::remove(HistoryLog::defaultPath());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.timeScale = 3600;
        m_server = startSandbox(options);
    }
    void cleanup()
    {
        m_server.reset();
        QFile::remove(DraftStore::defaultPath());
    }

    void theChecklistLeadsToItsFix()
    {
        const QString profileId = createProfile(QStringLiteral("Missing description"), QString());
        auto window = openWindow();
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        uitest::checkAccessibleNames(*wizard);
        QVERIFY(!itemMet(wizard, QStringLiteral("description")));
        QVERIFY(itemMet(wizard, QStringLiteral("brand")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // No SMS or WhatsApp number yet: it will be submitted for review, and the wizard says why.
        QCOMPARE(wizard->checklist().outcome, CompletionChecklist::Outcome::Submitted);
        auto *fix = wizard->findChild<QPushButton *>(QStringLiteral("fix-description"));
        QVERIFY(fix);
        QTRY_VERIFY(fix->isVisible());
        QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("item-description"))->isVisible());
        uitest::screenshot(*wizard, QStringLiteral("completion-checklist"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->profiles()->profileDialog() && window->profiles()->profileDialog()->isVisible(), 10000);
        ui::ProfileDialog *dialog = window->profiles()->profileDialog();
        auto *description = qobject_cast<QPlainTextEdit *>(dialog->fields()->widget(QStringLiteral("description")));
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Order updates for Ready's shoppers"));
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        // Saved: the wizard reads the profile again, and the item is met.
        QTRY_VERIFY_WITH_TIMEOUT(!window->profiles()->profileDialog(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isChecking() && itemMet(wizard, QStringLiteral("description")), 10000);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void startedThenWatchedUntilSettled()
    {
        const QString profileId = createProfile(QStringLiteral("Ready to go"), QStringLiteral("Order updates"));
        auto window = openWindow();
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        QSignalSpy seen(wizard, &ui::CompletionWizard::statusSeen);
        // The tree follows in place: rows change, none are removed and the model is not reset.
        QSignalSpy resets(window->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removals(window->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changedRows(window->model(), &QAbstractItemModel::dataChanged);
        toResult(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->outcome(), ui::CompletionWizard::Outcome::Started, 10000);
        // It reached sent.dm with its key and the webhook.
        QVERIFY(m_server->state().profile(profileId)->completionRunning
                || m_server->state().profile(profileId)->status != QLatin1String("incomplete"));

        // Watched until it settles: submitted, then reviewed.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isSettled(), 60000);
        uitest::screenshot(*wizard, QStringLiteral("completion-settled"));
        const QString final = m_server->state().profile(profileId)->status;
        QVERIFY2(final == QLatin1String("approved") || final == QLatin1String("rejected"), qPrintable(final));
        QCOMPARE(seen.last().first().toString(), final);

        // The tree shows it, in place.
        QTRY_COMPARE(window->model()->profile(window->model()->profileIndex(profileId))->status.raw, final);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removals.count(), 0);
        QVERIFY(changedRows.count() > 0);
        // The dashboard follows the poller: its numbers are the tree's after the change.
        window->sideTabs()->setCurrentWidget(window->dashboard());
        int drafts = 0;
        for (const QString &id : window->model()->profileIds())
            drafts +=
                window->model()->profile(window->model()->profileIndex(id))->status.category == StatusCategory::Draft
                ? 1
                : 0;
        QTRY_VERIFY2(window->dashboard()->summaryText().contains(QStringLiteral("%1 draft,").arg(drafts)),
                     qPrintable(window->dashboard()->summaryText()));
        window->sideTabs()->setCurrentWidget(window->detailsPanel());

        // Each change recorded once in the local history, with its time, and notified once; the request that
        // started it is there too, with its request id.
        QList<HistoryEntry> entries;
        bool read = false;
        window->sessions()->history()->entries(window->session()->connection().id, profileId, this,
                                               [&](const QList<HistoryEntry> &list) {
                                                   entries = list;
                                                   read = true;
                                               });
        QTRY_VERIFY(read);
        QList<HistoryEntry> changes;
        for (const HistoryEntry &e : entries)
            if (e.kind == HistoryEntry::Kind::Status)
                changes.append(e);
        QVERIFY2(changes.size() >= 2, qPrintable(QString::number(entries.size()))); // incomplete → submitted → reviewed
        QCOMPARE(changes.first().payload.value(QLatin1String("new")).toString(), final); // newest first
        QCOMPARE(changes.last().payload.value(QLatin1String("old")).toString(), QStringLiteral("incomplete"));
        QVERIFY(changes.first().at.isValid());
        QSet<QString> transitions;
        for (const auto &c : changes)
            transitions.insert(c.payload.value(QLatin1String("old")).toString() + QStringLiteral("→")
                               + c.payload.value(QLatin1String("new")).toString());
        QCOMPARE(transitions.size(), changes.size());
        const auto completion = std::find_if(entries.begin(), entries.end(), [](const HistoryEntry &e) {
            return e.kind == HistoryEntry::Kind::Mutation && e.action.endsWith(QLatin1String("/complete"));
        });
        QVERIFY(completion != entries.end());
        QVERIFY(!completion->requestId.isEmpty());
        QCOMPARE(
            completion->payload.value(QLatin1String("body")).toObject().value(QLatin1String("webHookUrl")).toString(),
            m_hook);
        QCOMPARE(window->statusWatch()->notifier()->count(), int(changes.size()));
        QVERIFY(window->statusWatch()->notifier()->lastText().contains(QLatin1String("Ready to go")));
        if (!window->statusWatch()->notifier()->hasTray()) // offscreen: the window's banner says it instead
            QVERIFY(window->banner()->text().contains(QLatin1String("Ready to go")));

        // Clicking the notification opens the item, whose details list the changes seen.
        window->tree()->setCurrentIndex(window->filterModel()->index(0, 0));
        window->statusWatch()->notifier()->activate();
        QCOMPARE(window->model()->profile(window->filterModel()->mapToSource(window->tree()->currentIndex()))->id,
                 profileId);
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QLatin1String("History on this computer")));
        QVERIFY(window->detailsPanel()->toPlainText().contains(QStringLiteral("Draft → In review")));
        // How long it has been in its status counts from the change seen, not from sent.dm's last change.
        QVERIFY2(window->detailsPanel()->toPlainText().contains(QLatin1String("less than an hour (since")),
                 qPrintable(window->detailsPanel()->toPlainText().left(600)));
        wizard->close();
        uitest::screenshot(*window, QStringLiteral("window-after-completion"));
    }

    void a204WithoutABodyIsStartedToo()
    {
        // The live API has been seen answering a started completion with 204 and no body, where the contract says 202.
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.timeScale = 3600;
        options.completeStatus = 204;
        m_server = startSandbox(options);
        const QString profileId = createProfile(QStringLiteral("Answered briefly"), QStringLiteral("Order updates"));
        auto window = openWindow();
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        toResult(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->outcome(), ui::CompletionWizard::Outcome::Started, 10000);
        QVERIFY(wizard->resultText().contains(QLatin1String("has started processing")));
        QVERIFY(window->session()->poller()->isWatching(profileId, false)); // followed, as after a 202
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isSettled(), 60000);
    }

    void checkNowAsksAtOnceAndOfflinePauses()
    {
        const QString profileId = findProfile(*m_server, [](const sandbox::Profile &p) {
            return p.status == QLatin1String("submitted") || p.status == QLatin1String("pending_review");
        });
        QVERIFY(!profileId.isEmpty());
        auto window = openWindow();
        StatusPoller::Settings slow = fast();
        slow.firstIntervalMs = 10 * 60'000; // nothing would be asked for ten minutes
        slow.offlineRetryMs = 10 * 60'000;
        window->session()->poller()->setSettings(slow);
        window->session()->poller()->forget(profileId);
        window->statusWatch()->checkNow(); // watches what the tree shows in review, and asks now
        QVERIFY(window->session()->poller()->isWatching(profileId, false));
        QVERIFY(window->statusWatch()->text().contains(QLatin1String("in review")));
        const int before = window->session()->poller()->requestsMade();
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->poller()->requestsMade() > before, 5000);

        // The network goes: the checks pause, and the status bar says so.
        m_server.reset();
        window->statusWatch()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->poller()->isWaitingOffline(), 30000);
        QVERIFY2(window->statusWatch()->text().contains(QLatin1String("offline")),
                 qPrintable(window->statusWatch()->text()));
    }

    void notificationsCanBeTurnedOff()
    {
        const QString profileId = createProfile(QStringLiteral("Quiet one"), QStringLiteral("Order updates"));
        auto window = openWindow();
        QVERIFY(window->statusWatch()->notificationsEnabled());
        window->statusWatch()->setNotificationsEnabled(false);
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        toResult(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isSettled(), 60000);
        QCOMPARE(window->statusWatch()->notifier()->count(), 0);
        // Remembered for this connection.
        QVERIFY(!window->statusWatch()->notificationsEnabled());
    }

    void alreadyCompleteAnswers200()
    {
        const QString profileId = createProfile(QStringLiteral("Done before"), QStringLiteral("Order updates"));
        auto window = openWindow();
        ui::CompletionWizard *first = openWizard(*window, profileId);
        QVERIFY(first);
        toResult(first);
        QTRY_VERIFY_WITH_TIMEOUT(first->isSettled(), 60000);
        first->close();
        QTRY_VERIFY(!window->profiles()->completionWizard());

        // Again, now that it is onboarded: 200, nothing started; the webhook address is remembered.
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        QCOMPARE(wizard->webhookUrl(), m_hook);
        wizard->next();
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->outcome(), ui::CompletionWizard::Outcome::AlreadyComplete, 10000);
        QVERIFY2(wizard->resultText().contains(QLatin1String("already complete")), qPrintable(wizard->resultText()));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void unmetPrerequisitesAnswer400()
    {
        const QString profileId = createProfile(QStringLiteral("Changed meanwhile"), QStringLiteral("Order updates"));
        auto window = openWindow();
        ui::CompletionWizard *wizard = openWizard(*window, profileId);
        QVERIFY(wizard);
        QVERIFY(wizard->checklist().ready());
        // Someone else clears the description while the wizard is open.
        SentClient client(testConfig(m_server->baseUrl(), m_server->organizationKey()));
        ProfileChanges clear;
        clear.description = QStringLiteral("");
        QVERIFY((await<Profile>([&](auto done) {
                    return client.updateProfile(profileId, clear, {}, nullptr, done);
                })).ok());

        toResult(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->outcome(), ui::CompletionWizard::Outcome::Unmet, 10000);
        QVERIFY(wizard->reportedUnmet().contains(QStringLiteral("description")));
        QVERIFY(wizard->resultText().contains(QLatin1String("description")));
        QVERIFY(wizard->resultText().contains(QLatin1String("Request ID")));
        QCOMPARE(m_server->state().profile(profileId)->status, QStringLiteral("incomplete")); // nothing started
        // The checklist has been read again and shows what is missing.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isChecking() && !itemMet(wizard, QStringLiteral("description")), 10000);
        uitest::screenshot(*wizard, QStringLiteral("completion-unmet"));
        QVERIFY(wizard->backToChecklistButton()->isVisible());
        QTest::mouseClick(wizard->backToChecklistButton(), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ui::CompletionWizard::ChecklistPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestCompletionWizard)
#include "tst_completionwizard.moc"
