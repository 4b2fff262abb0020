#include "details/detailspanel.h"
#include "dialogs/historydialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "core/appinfo.h"
#include "report/csv.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/profileeditor.h"
#include "store/draftstore.h"
#include "store/historylog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cd;

// The paper trail in the window, against an in-process sandbox: an item's history with two submissions compared and
// the chain checked, and the compliance report exported as CSV and PDF off the window's thread, or cancelled.
class TestReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    // A change made through the window's own client, as the editors make them.
    static void describe(ui::MainWindow &window, const Profile &profile, const QString &description)
    {
        ProfileEditor editor(window.session()->client(), profile);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        ProfileChanges changes;
        changes.description = description;
        editor.save(changes);
        QVERIFY(saved.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QFile::remove(HistoryLog::defaultPath());
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
        QFile::remove(HistoryLog::defaultPath());
    }

    void historyComparesTwoSubmissions()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        const QString profileId =
            findProfile(*m_server, [](const sandbox::Profile &p) { return !p.description.isEmpty(); });
        Profile profile;
        profile.id = profileId;
        profile.description = m_server->state().profile(profileId)->description;
        describe(*window, profile, QStringLiteral("First wording"));
        describe(*window, profile, QStringLiteral("Second wording"));

        uitest::selectProfile(*window, profileId);
        window->reports()->showHistory();
        QTRY_VERIFY(window->reports()->historyDialog() && window->reports()->historyDialog()->isLoaded());
        ui::HistoryDialog *dialog = window->reports()->historyDialog();
        uitest::checkAccessibleNames(*dialog);
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(3).contains(QLatin1String("Changed the profile")));
        QCOMPARE(list->topLevelItem(0)->text(4), AppInfo::localActor()); // who made it
        QVERIFY(!list->topLevelItem(0)->text(5).isEmpty());              // the request id

        list->topLevelItem(0)->setSelected(true);
        QVERIFY(dialog->detailsText().contains(QLatin1String("Second wording"))); // the body sent
        QVERIFY(!dialog->compareButton()->isEnabled());
        list->topLevelItem(1)->setSelected(true);
        QVERIFY(dialog->compareButton()->isEnabled());
        QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
        QVERIFY2(dialog->detailsText().contains(QLatin1String("description")), qPrintable(dialog->detailsText()));
        QVERIFY(dialog->detailsText().contains(QLatin1String("First wording")));
        QVERIFY(dialog->detailsText().contains(QLatin1String("Second wording")));
        // Narrowed: by kind, and by words found in what was sent.
        const auto shown = [list] {
            int count = 0;
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                count += list->topLevelItem(row)->isHidden() ? 0 : 1;
            return count;
        };
        dialog->kindFilter()->setCurrentIndex(dialog->kindFilter()->findData(int(HistoryEntry::Kind::Status)));
        QCOMPARE(shown(), 0);
        QVERIFY(list->selectedItems().isEmpty()); // hidden entries are not compared
        dialog->kindFilter()->setCurrentIndex(dialog->kindFilter()->findData(int(HistoryEntry::Kind::Mutation)));
        QCOMPARE(shown(), 2);
        dialog->findField()->setText(QStringLiteral("second WORDING"));
        QCOMPARE(shown(), 1);
        QVERIFY(!list->topLevelItem(0)->isHidden()); // the newest, which sent it
        dialog->findField()->clear();
        QCOMPARE(shown(), 2);
        dialog->checkIntegrity();
        QTRY_VERIFY(dialog->integrityText().contains(QLatin1String("intact")));
        uitest::screenshot(*dialog, QStringLiteral("history-compare"));
    }

    void aCampaignsDetailsShowItsHistory()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        const QString profileId = ownCampaignsProfile(*m_server);
        const auto created = await<Campaign>([&](auto done) {
            return window->session()->client()->createCampaign(
                profileId, testCampaign(QStringLiteral("Recorded campaign")), {}, nullptr, done);
        });
        QVERIFY(created.ok());
        QVERIFY(window->model()
                    ->campaignIndex(profileId, created.value().id)
                    .isValid()); // from the answer, as it came back
        window->tree()->selectItem(profileId, created.value().id);
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QLatin1String("History on this computer")));
        QVERIFY2(
            window->detailsPanel()->toPlainText().contains(QStringLiteral("Created the campaign “Recorded campaign”")),
            qPrintable(window->detailsPanel()->toPlainText().right(300)));
        QVERIFY(window->detailsPanel()->toPlainText().contains(QStringLiteral("— by %1").arg(AppInfo::localActor())));
        // No status change seen yet: how long it has been in its status is a lower bound, from sent.dm's last change.
        QVERIFY2(window->detailsPanel()->toPlainText().contains(QLatin1String("since its last change")),
                 qPrintable(window->detailsPanel()->toPlainText().left(600)));
    }

    void exportsCsvAndPdf()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        // Everything the tree shows must be in the cache first: wait for the campaign lists.
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->state() == OrganizationSession::State::Ready, 30000);

        // The organization (nothing selected) as CSV; the file offered is named after it and the day.
        window->tree()->setCurrentIndex({});
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QString org = window->model()->organizationIndex().data().toString().toLower();
        org.replace(QLatin1Char(' '), QLatin1Char('-'));
        QCOMPARE(window->reports()->suggestedReportName(),
                 QStringLiteral("compliance-report-%1-%2.pdf").arg(org, today));
        const QString csvPath = m_dir.filePath(QStringLiteral("org.csv"));
        window->reports()->exportReport(csvPath);
        QVERIFY(window->reports()->exportProgress());
        QTRY_VERIFY_WITH_TIMEOUT(window->reports()->lastExport() == csvPath || !window->reports()->exportProgress(),
                                 30000);
        QVERIFY2(window->reports()->lastExport() == csvPath, qPrintable(ui::MessageBox::lastText()));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csv::read(csvFile.readAll());
        QCOMPARE(rows.first().first(), QStringLiteral("profile_id"));
        QVERIFY(rows.size() > window->model()->profileCount()); // at least a row a profile, and the header
        QVERIFY(!window->reports()->exportProgress());

        // One profile as PDF.
        const QString profileId = ownCampaignsProfile(*m_server);
        uitest::selectProfile(*window, profileId);
        QString profileSlug = m_server->state().profile(profileId)->name.toLower();
        profileSlug.replace(QLatin1Char(' '), QLatin1Char('-'));
        QCOMPARE(window->reports()->suggestedReportName(),
                 QStringLiteral("compliance-report-%1-%2.pdf").arg(profileSlug, today));
        const QString pdfPath = m_dir.filePath(QStringLiteral("profile.pdf"));
        window->reports()->exportReport(pdfPath);
        QTRY_COMPARE_WITH_TIMEOUT(window->reports()->lastExport(), pdfPath, 30000);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QVERIFY(pdftotext.readAllStandardOutput().contains(m_server->state().profile(profileId)->name.toUtf8()));

        // Cancelled: nothing written, the window is free again.
        const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        window->reports()->exportReport(cancelledPath);
        QVERIFY(window->reports()->exportProgress());
        auto *cancel = window->reports()->exportProgress()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton); // as the user would
        QTRY_VERIFY(!window->reports()->exportProgress());
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(window->reports()->lastExport(), pdfPath);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
