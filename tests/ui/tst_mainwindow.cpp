#include "mainwindow.h"
#include "sandbox/sandboxserver.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEmbeddedSandboxAddress()
    {
        cd::sandbox::SandboxOptions options;
        cd::sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        cd::ui::MainWindow window;
        QCOMPARE(window.endpointText(), QString());
        window.showSandbox(server.baseUrl(), int(server.profileKeys().size()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.endpointText(), server.baseUrl().toString());
        QVERIFY(window.endpointText().startsWith(QLatin1String("http://127.0.0.1:")));
        // Every input has an accessible name.
        const auto edits = window.findChildren<QLineEdit *>();
        QVERIFY(!edits.isEmpty());
        for (const auto *edit : edits)
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
        if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("CD_SCREENSHOT_DIR") + QStringLiteral("/mainwindow-sandbox.png"));
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/compliance-desk_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        cd::ui::MainWindow window;
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Nicht verbunden"));
        QCoreApplication::removeTranslator(&german);
        cd::ui::MainWindow english;
        QCOMPARE(english.statusBar()->currentMessage(), QStringLiteral("Not connected"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
