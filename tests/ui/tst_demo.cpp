#include "dialogs/messagebox.h"
#include "mainwindow.h"

#include "api/clienttestsupport.h"
#include "api/sentclient.h"
#include "model/organizationmodel.h"
#include "sandbox/demosandbox.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"
#include "services/sessionmanager.h"
#include "store/draftstore.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

// The demo (--sandbox) keeps its organization between starts, so drafts and history never point at things that
// vanished; File → Reset the demo starts it afresh, and takes the old demo's drafts and saved tree with it.
class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;

    static bool waitForLoaded(ui::MainWindow &window, int profiles)
    {
        return QTest::qWaitFor(
            [&] {
                return window.session() && window.session()->state() == OrganizationSession::State::Ready
                    && window.model()->profileCount() == profiles;
            },
            30000);
    }

    // The profiles sent.dm still lists (a deleted one stays in its records).
    static int live(const sandbox::DemoSandbox &demo)
    {
        const auto &profiles = demo.server()->state().profiles();
        return int(
            std::count_if(profiles.cbegin(), profiles.cend(), [](const sandbox::Profile &p) { return !p.deleted; }));
    }

    QList<Draft> demoDrafts(ui::MainWindow &window)
    {
        std::optional<QList<Draft>> found;
        window.sessions()->drafts()->list(SessionManager::demoConnectionId(), QString(), this,
                                          [&](const QList<Draft> &drafts, const auto &) { found = drafts; });
        if (!QTest::qWaitFor([&] { return found.has_value(); }, 10000))
            qWarning("the drafts were not listed");
        return found.value_or(QList<Draft>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void keptBetweenStartsAndResetOnRequest()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        sandbox::DemoSandbox demo(options, path);
        QVERIFY(demo.start());
        QVERIFY(QFile::exists(path));
        const int seeded = live(demo);
        QVERIFY(seeded > 1);

        ui::MainWindow window(*m_connections, m_credentials);
        // As main() wires it: the restart is the sandbox's, the rest the session manager's.
        connect(&window, &ui::MainWindow::resetDemoRequested, &window, [&] {
            QCOMPARE(window.sessions()->resetDemo([&demo](auto *address, QString *error) {
                if (!demo.reset(error))
                    return false;
                *address = {demo.baseUrl(), demo.organizationKey()};
                return true;
            }),
                     QString());
        });
        window.sessions()->openDemo(demo.baseUrl(), demo.organizationKey());
        QVERIFY(waitForLoaded(window, seeded));
        QVERIFY(window.resetDemoAction()->isVisible());

        // A profile deleted and a draft written in the demo…
        const QString gone = demo.server()->state().profiles().first().id;
        const auto deleted =
            await<Done>([&](auto done) { return window.session()->client()->deleteProfile(gone, {}, nullptr, done); });
        QVERIFY(deleted.ok());
        const QString kept = demo.server()->state().profiles().at(1).id;
        const qsizetype drafts = demoDrafts(window).size(); // a run before this one may have left some
        window.sessions()->drafts()->save(Draft::create(SessionManager::demoConnectionId(), kept, QJsonObject{}));
        QTRY_COMPARE(demoDrafts(window).size(), drafts + 1);

        // …are still there after the demo starts again from its file.
        window.sessions()->close();
        demo.stop();
        QVERIFY(demo.start());
        QCOMPARE(live(demo), seeded - 1);
        window.sessions()->openDemo(demo.baseUrl(), demo.organizationKey());
        QVERIFY(waitForLoaded(window, seeded - 1));
        QVERIFY(!window.model()->profileIndex(gone).isValid());

        // Reset, once confirmed: the seed again, and the old demo's drafts gone.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.resetDemoAction()->trigger();
        QCOMPARE(live(demo), seeded - 1); // cancelled: nothing happened
        ui::MessageBox::setNextAnswer(QMessageBox::Reset);
        window.resetDemoAction()->trigger();
        QVERIFY(waitForLoaded(window, seeded));
        QCOMPARE(live(demo), seeded);
        QVERIFY(demoDrafts(window).isEmpty());
    }

    void noResetOutsideTheDemo()
    {
        ui::MainWindow window(*m_connections, m_credentials);
        QVERIFY(!window.resetDemoAction()->isVisible());
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
