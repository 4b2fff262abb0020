#include "dialogs/aboutdialog.h"
#include "dialogs/helpdialog.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include "core/appinfo.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

using namespace cd;

// What a professional tool has at hand: icons on its menus and toolbar (the desktop's, or its own where there is no
// icon theme), a user guide on F1, the shortcuts read from its own actions, and an About box that says the version,
// the licence and the API it speaks.
class TestHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QIcon::setThemeName(QString()); // no desktop theme, as on Windows and macOS: the bundled icons serve
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void menusAndToolbarHaveIcons()
    {
        ui::MainWindow window(*m_connections, m_credentials);
        QVERIFY(!window.windowIcon().isNull());
        int checked = 0;
        const auto check = [&](const QAction *action) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty() || action->isCheckable())
                return;
            const QString text = QString(action->text()).remove(QLatin1Char('&'));
            if (text.startsWith(QLatin1String("About Qt")) || text.contains(QLatin1String("What's This")))
                return; // Qt's own
            QVERIFY2(!action->icon().isNull() && !action->icon().pixmap(16).isNull(), qPrintable(text));
            ++checked;
        };
        for (const QAction *menu : window.menuBar()->actions())
            for (const QAction *action : menu->menu()->actions())
                check(action);
        for (const QToolBar *bar : window.findChildren<QToolBar *>())
            for (const QAction *action : bar->actions())
                if (!qobject_cast<const QWidgetAction *>(action))
                    check(action);
        QVERIFY(checked >= 15);
    }

    void theGuideOnF1AndTheShortcutsFromTheActions()
    {
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.helpDialog() && window.helpDialog()->isVisible());
        ui::HelpDialog *help = window.helpDialog();
        QVERIFY2(help->manual()->toPlainText().contains(QStringLiteral("Compliance Desk — user guide")),
                 qPrintable(help->manual()->toPlainText().left(200)));
        QVERIFY(help->manual()->toPlainText().contains(QLatin1String("Connecting an organization")));
        // Every shortcut the window's actions have is listed with its keys.
        QStringList listed;
        for (int i = 0; i < help->shortcuts()->topLevelItemCount(); ++i)
            listed << help->shortcuts()->topLevelItem(i)->text(0) + QLatin1Char('=')
                    + help->shortcuts()->topLevelItem(i)->text(1);
        int withKeys = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            ++withKeys;
            const QString text = QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                                 [&](const QString &row) {
                                     return row.startsWith(text + QLatin1Char('=')) && row.contains(keys);
                                 }),
                     qPrintable(text + QLatin1String(": ") + keys));
        }
        QVERIFY(withKeys >= 5); // F5, Ctrl+F, Ctrl+1, Ctrl+2, F1, …
        QVERIFY(listed.join(QLatin1Char('\n')).contains(QLatin1String("Shift+F10")));
        uitest::checkAccessibleNames(*help);
        help->close();
    }

    void theAboutBoxSaysVersionLicenceAndApi()
    {
        ui::AboutDialog about({});
        const QString text = about.text();
        QVERIFY(text.contains(AppInfo::version()));
        QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(text.contains(QLatin1String("API v3")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
