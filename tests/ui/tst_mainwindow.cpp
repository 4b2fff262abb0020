#include "connection/connectdialog.h"
#include "connection/sessionbanner.h"
#include "core/appinfo.h"
#include "details/detailspanel.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "tree/statusbadgedelegate.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/connectionservice.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "store/draftstore.h"
#include "store/historylog.h"
#include "store/sqlitefile.h"
#include "store/storetestsupport.h"
#include "store/treecache.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QWizard>

#include <cmath>

using namespace cd;

// The main window and the connect dialog, offscreen, against an in-process sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;

    static bool waitForLoaded(ui::MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                return window.session() && window.session()->state() == OrganizationSession::State::Ready
                    && window.model()->profileCount() > 0;
            },
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_connections = std::make_unique<ConnectionStore>(m_settings.get());
    }

    void emptyStateWithoutConnections()
    {
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingEmptyState());
        QCOMPARE(window.loadStatus()->text(), QStringLiteral("Not connected"));
        uitest::checkAccessibleNames(window);
        uitest::screenshot(window, QStringLiteral("mainwindow-empty"));
    }

    // The settings file was found damaged at start: the window says so in the local files' banner (where the copy
    // is, what came back) until dismissed.
    void aDamagedSettingsFileIsSaidUntilDismissed()
    {
        const QString path = ConnectionStore().fileCheck().path;
        QVERIFY(QFileInfo(path).dir().mkpath(QStringLiteral(".")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("[connections]\n\0\0\0\xff garbage\n", 23));
        file.close();
        ConnectionStore connections; // as main() opens it
        ui::MainWindow window(connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::SessionBanner *banner = window.localFilesBanner();
        QVERIFY2(banner->text().contains(QLatin1String("The settings file was damaged")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QDir::toNativeSeparators(connections.fileCheck().damagedCopy)));
        QVERIFY(!banner->isNotice());
        auto *dismiss = banner->findChild<QPushButton *>();
        QVERIFY(dismiss && dismiss->isVisible());
        QCOMPARE(dismiss->text(), QStringLiteral("&Dismiss"));
        uitest::screenshot(window, QStringLiteral("mainwindow-settings-damaged"));
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(banner->text().isEmpty());
        QFile::remove(connections.fileCheck().damagedCopy);
    }

    void browsesTheSandboxOrganization()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto server = startSandbox(options);
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QVERIFY(waitForLoaded(window));
        QVERIFY(!window.isShowingEmptyState());
        QVERIFY(window.banner()->text().isEmpty());
        QVERIFY(window.loadStatus()->text().contains(QLatin1String("up to date")));
        QTreeView *tree = window.tree();
        const QModelIndex org = window.filterModel()->index(0, 0);
        QVERIFY(tree->isExpanded(org));
        QCOMPARE(tree->columnWidth(OrganizationModel::NameColumn), 210); // the demo's names are not cut short
        // At the default size, what needs attention is in sight without scrolling sideways.
        QCOMPARE(window.size(), QSize(1200, 720));
        const int attentionRight = tree->header()->sectionViewportPosition(OrganizationModel::AttentionColumn)
            + tree->header()->sectionSize(OrganizationModel::AttentionColumn);
        QVERIFY2(attentionRight <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(attentionRight).arg(tree->viewport()->width())));
        // A banner that appears does not move the rows the user may be about to click.
        const QPoint rowsAt = tree->viewport()->mapTo(&window, QPoint(0, 0));
        window.banner()->showMessage(QStringLiteral("Something to say"));
        QTRY_VERIFY(window.banner()->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(tree->viewport()->mapTo(&window, QPoint(0, 0)), rowsAt);
        window.banner()->clear();
        // The organization's brand and its two campaigns come first, then every profile.
        QCOMPARE(window.filterModel()->rowCount(org), 3 + window.model()->profileCount());

        // Keyboard: down to the organization's brand, with the profiles that use it; then past its campaigns to
        // the first profile; the details follow.
        tree->setFocus();
        tree->setCurrentIndex(org);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(window.model()->kind(window.filterModel()->mapToSource(tree->currentIndex())),
                 OrganizationModel::Kind::OrganizationBrand);
        QTRY_VERIFY2(window.detailsPanel()->toPlainText().contains(QLatin1String("Used by 12 profile")),
                     qPrintable(window.detailsPanel()->toPlainText()));
        QVERIFY(window.detailsPanel()->toPlainText().contains(QLatin1String("sent.dm's dashboard")));
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(window.model()->kind(window.filterModel()->mapToSource(tree->currentIndex())),
                 OrganizationModel::Kind::OrganizationCampaign);
        QTest::keyClick(tree, Qt::Key_Down);
        const QModelIndex first = tree->currentIndex();
        const ProfileOverview *profile = window.model()->profile(window.filterModel()->mapToSource(first));
        QVERIFY(profile);
        // The whole record, read from the cache: its description is not part of what the tree holds.
        const auto *sandboxProfile = server->state().profile(profile->id);
        QVERIFY(sandboxProfile && !sandboxProfile->description.isEmpty());
        QTRY_VERIFY(window.detailsPanel()->toPlainText().contains(sandboxProfile->description));
        QVERIFY(window.detailsPanel()->toPlainText().contains(profile->name));
        QVERIFY(window.detailsPanel()->toPlainText().contains(profile->id));

        // A profile with campaigns: open it, pick a campaign, see its samples; copy its id.
        const QString id = ownCampaignsProfile(*server);
        const QModelIndex withCampaigns = window.filterModel()->mapFromSource(window.model()->profileIndex(id));
        tree->expand(withCampaigns);
        QTRY_VERIFY(window.filterModel()->rowCount(withCampaigns) > 0);
        const QModelIndex campaignIndex = window.filterModel()->index(0, 0, withCampaigns);
        tree->setCurrentIndex(campaignIndex);
        const CampaignOverview *campaign = window.model()->campaign(window.filterModel()->mapToSource(campaignIndex));
        QVERIFY(campaign);
        const auto &sandboxCampaigns = server->state().profile(id)->campaigns;
        const auto sandboxCampaign = std::find_if(sandboxCampaigns.begin(), sandboxCampaigns.end(),
                                                  [&](const auto &c) { return c.id == campaign->id; });
        QVERIFY(sandboxCampaign != sandboxCampaigns.end());
        QTRY_VERIFY(
            window.detailsPanel()->toPlainText().contains(sandboxCampaign->useCases.first().sampleMessages.first()));
        // Its context menu: what can be done with a campaign, all of it available.
        const auto texts = [](const QMenu &menu, bool enabledOnly) {
            QStringList list;
            for (const QAction *action : menu.actions())
                if (!action->isSeparator() && (!enabledOnly || action->isEnabled()))
                    list << action->text();
            return list;
        };
        const std::unique_ptr<QMenu> campaignMenu = window.contextMenu()->menuFor(campaignIndex);
        QVERIFY(campaignMenu);
        QCOMPARE(texts(*campaignMenu, true),
                 (QStringList{QStringLiteral("&Edit campaign…"), QStringLiteral("&History…"),
                              QStringLiteral("E&xport compliance report…"), QStringLiteral("&Delete campaign…")}));
        tree->setCurrentIndex(withCampaigns);
        const std::unique_ptr<QMenu> profileMenu = window.contextMenu()->menuFor(withCampaigns);
        QVERIFY(profileMenu && texts(*profileMenu, true).contains(QStringLiteral("&Edit profile and brand…")));
        QVERIFY(texts(*profileMenu, true).contains(QStringLiteral("&History…")));
        QVERIFY(!texts(*profileMenu, false).contains(QStringLiteral("&Edit campaign…")));
        QVERIFY(texts(*window.contextMenu()->menuFor(org), false).contains(QStringLiteral("&New profile…")));
        tree->setCurrentIndex(campaignIndex);
        Q_EMIT window.detailsPanel()->anchorClicked(QUrl(QStringLiteral("copy:") + campaign->id));
        QCOMPARE(window.detailsPanel()->lastCopied(), campaign->id);
        uitest::screenshot(window, QStringLiteral("mainwindow-sandbox"));

        // A refresh keeps what is open and selected.
        const QString campaignId = campaign->id;
        QSignalSpy finished(window.session(), &OrganizationSession::loaded);
        window.session()->refresh();
        QVERIFY(finished.wait(30000));
        QVERIFY(tree->isExpanded(window.filterModel()->mapFromSource(window.model()->profileIndex(id))));
        QCOMPARE(tree->currentIndex().data(OrganizationModel::IdRole).toString(), campaignId);

        // Search narrows the tree; a search with no match says so.
        QTest::keyClicks(window.filters()->searchField(), profile->name);
        QTRY_COMPARE(window.filterModel()->rowCount(window.filterModel()->index(0, 0)), 1);
        window.filters()->searchField()->setText(QStringLiteral("no such thing anywhere"));
        QTRY_COMPARE(window.filterModel()->rowCount(), 0);
        uitest::screenshot(window, QStringLiteral("mainwindow-no-match"));
        window.filters()->searchField()->clear();
        QTRY_COMPARE(window.filterModel()->rowCount(window.filterModel()->index(0, 0)),
                     3 + window.model()->profileCount());
        uitest::checkAccessibleNames(window);
    }

    void aProfileKeyShowsThatProfileAndItsCampaigns()
    {
        auto server = startSandbox();
        const QString id = ownCampaignsProfile(*server);
        const sandbox::Profile *own = server->state().profile(id);
        Connection connection;
        connection.id = QStringLiteral("profile-key");
        connection.name = QStringLiteral("One location");
        connection.baseUrl = server->baseUrl();
        connection.keyKind = QStringLiteral("profile");
        m_credentials.holdForSession(connection.id, server->profileKeys().value(id).toUtf8());
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.sessions()->open(connection);
        QVERIFY(waitForLoaded(window));
        QVERIFY2(window.banner()->text().isEmpty(),
                 qPrintable(window.banner()->text())); // no call for an administrator's key
        QCOMPARE(window.model()->profileCount(), 1);
        const QModelIndex org = window.filterModel()->index(0, 0);
        // The profile, after what it inherits of the organization's (shown first).
        const int rows = window.filterModel()->rowCount(org);
        const QModelIndex profile = window.filterModel()->index(rows - 1, 0, org);
        QCOMPARE(profile.data(OrganizationModel::IdRole).toString(), id);
        for (int row = 0; row < rows - 1; ++row)
            QVERIFY(window.filterModel()->index(row, 0, org).data(OrganizationModel::InheritedRole).toBool());
        QCOMPARE(window.filterModel()->rowCount(profile), int(server->state().visibleCampaigns(*own).size()));
        QVERIFY(window.model()->campaignsLoaded(id));
        // What a profile's key cannot do is not offered.
        QVERIFY(!window.profiles()->newProfileAction()->isEnabled());
        window.tree()->setCurrentIndex(profile);
        QTRY_VERIFY(window.detailsPanel()->toPlainText().contains(own->name));
        QVERIFY(window.profiles()->editProfileAction()->isEnabled());
        QVERIFY(!window.profiles()->deleteProfileAction()->isEnabled());
        uitest::screenshot(window, QStringLiteral("mainwindow-profile-key"));
    }

    void theDetailsFollowAPolledStatusChange()
    {
        auto server = startSandbox();
        const QString id = findProfile(*server, [](const sandbox::Profile &p) {
            return p.status == QLatin1String("submitted") || p.status == QLatin1String("in_review");
        });
        QVERIFY2(!id.isEmpty(), "the demo organization has a profile in review");
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        window->tree()->selectItem(id);
        const QString before = window->model()->profile(window->model()->profileIndex(id))->status.displayText();
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QStringLiteral("%1 (sent.dm: ").arg(before)));

        // The registry approves it; the next status check sees it while it is selected.
        server->state().profile(id)->status = QStringLiteral("approved");
        QSignalSpy changed(window->session(), &OrganizationSession::profileStatusChanged);
        window->statusWatch()->checkNow();
        QVERIFY(changed.wait(20000));
        const QString after = window->model()->profile(window->model()->profileIndex(id))->status.displayText();
        QVERIFY(after != before);
        // The tree says it, and the details say the same: the new status, and the change in its history.
        QTRY_VERIFY2(
            window->detailsPanel()->toPlainText().contains(QStringLiteral("%1 (sent.dm: approved)").arg(after)),
            qPrintable(window->detailsPanel()->toPlainText()));
        QVERIFY(!window->detailsPanel()->toPlainText().contains(QStringLiteral("%1 (sent.dm: ").arg(before)));
        QVERIFY2(window->detailsPanel()->toPlainText().contains(QStringLiteral("%1 → %2").arg(before, after)),
                 qPrintable(window->detailsPanel()->toPlainText()));
    }

    void whatSentDmAnnouncesReachesTheWindowOnce()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.sunset = QStringLiteral("2027-03-01");
        auto server = startSandbox(options);
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *server);
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        // Said once, plainly, in the banner: the first endpoint's notice, with a way to read them all.
        QVERIFY2(window->banner()->text().contains(QLatin1String("will retire GET /v3/profiles on")),
                 qPrintable(window->banner()->text()));
        QCOMPARE(window->banner()->text().count(QLatin1String("will retire")), 1);
        QVERIFY(window->banner()->isNotice()); // news, in amber: not a problem
        const QList<ApiNotice> notices = window->session()->apiNotices();
        QVERIFY(notices.size() >= 2); // the list and the campaign lists, each once
        QStringList endpoints;
        for (const ApiNotice &notice : notices)
            endpoints.append(notice.endpoint);
        QCOMPARE(QSet<QString>(endpoints.cbegin(), endpoints.cend()).size(), endpoints.size());
        // Listed where a look at the status bar finds it, and in the About box.
        QVERIFY(
            window->loadStatus()->label()->toolTip().contains(QLatin1String("GET /v3/profiles/{profile}/campaigns")));
        window->showAbout();
        auto *about = window->findChild<ui::AboutDialog *>();
        QVERIFY(about);
        for (const ApiNotice &notice : notices)
            QVERIFY(about->text().contains(notice.endpoint.toHtmlEscaped()));
        // sent.dm's https link can be followed from there.
        QVERIFY2(
            about->text().contains(QLatin1String("<a href=\"https://docs.sent.dm/reference/api/sender-profiles\">")),
            qPrintable(about->text()));
        uitest::screenshot(*about, QStringLiteral("about-notices"));
        about->close();
        // A refresh meets the same headers again: nothing is said twice.
        window->banner()->clear();
        window->session()->refresh();
        QTRY_VERIFY(window->session()->state() == OrganizationSession::State::Ready);
        QVERIFY(window->banner()->text().isEmpty());
    }

    void aListThatEndsShortSaysSo()
    {
        sandbox::SandboxOptions options;
        options.pageSize = 7;
        options.ignorePage = true; // a server that does not follow page numbers
        auto server = startSandbox(options);
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QVERIFY(waitForLoaded(window));
        QCOMPARE(window.model()->profileCount(), 7); // what was read is shown…
        QVERIFY2(window.banner()->text().contains(QLatin1String("page numbers")),
                 qPrintable(window.banner()->text())); // …never quietly
        QVERIFY(window.banner()->text().contains(QLatin1String("sent.dm says there are")));
    }

    // Another process holds the drafts file (then the history too): the window says so above the tree (what is kept,
    // that the file is untouched, a button to try again), and says when the file can be written again.
    void localFilesThatCannotBeWrittenSaySoAndAreTriedAgain()
    {
        SqliteFile::setBusyTimeout(100);
        const QString path = DraftStore::defaultPath();
        QFile::remove(path);
        {
            DraftStore create(path); // a file of drafts, as an earlier run left it
            QObject context;
            bool listed = false;
            create.list(QStringLiteral("none"), {}, &context, [&](const auto &, const auto &) { listed = true; });
            QTRY_VERIFY(listed);
        }
        std::optional<test::FileLock> lock(std::in_place, path, test::FileLock::Keeps::EveryoneOut);
        auto server = startSandbox();
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QVERIFY(waitForLoaded(window));
        ui::SessionBanner *banner = window.localFilesBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QLatin1String("Drafts cannot be saved to disk right now")),
                                 10000);
        QVERIFY2(banner->text().contains(QLatin1String("untouched")), qPrintable(banner->text()));
        QVERIFY(!banner->isNotice()); // a problem, in the problem's colours
        QVERIFY(window.banner()->text().isEmpty() || window.banner()->isNotice()); // the session's own stays free
        auto *retry = banner->findChild<QPushButton *>();
        QVERIFY(retry && retry->isVisible());
        QCOMPARE(retry->text(), QStringLiteral("&Try again"));

        // The history held too: one banner says both, and the drafts' good news never hides the history's problem.
        const QString historyPath = HistoryLog::defaultPath();
        {
            HistoryLog create(historyPath);
            QObject context;
            bool verified = false;
            create.verify(&context, [&](const auto &) { verified = true; });
            QTRY_VERIFY(verified);
        }
        // The window has its history open already (its seal was checked at the start): writers are kept out.
        std::optional<test::FileLock> historyLock(std::in_place, historyPath, test::FileLock::Keeps::WritersOut);
        HistoryEntry entry; // the next change to record finds the file held
        entry.kind = HistoryEntry::Kind::Acknowledgement;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.summary = QStringLiteral("held");
        window.sessions()->history()->append(entry);
        QTRY_VERIFY(banner->text().contains(QLatin1String("The local history cannot be written right now")));
        QVERIFY(banner->text().contains(QLatin1String("Drafts cannot be saved")));

        lock.reset();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!banner->text().contains(QLatin1String("Drafts cannot be saved")));
        QVERIFY(banner->text().contains(QLatin1String("The local history cannot be written right now")));
        QVERIFY(!banner->isNotice());

        // Closing now would lose the entry kept in memory: the user is asked, and staying keeps the window open.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY2(ui::MessageBox::lastText().contains(QLatin1String("1 history entry"))
                     && ui::MessageBox::lastText().contains(QLatin1String("lost")),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(window.isVisible());

        historyLock.reset();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(banner->text().contains(QLatin1String("written again")));
        QVERIFY(banner->isNotice());
        // Everything on disk: closing asks nothing (a question here would wait for an answer that never comes).
        QVERIFY(window.close());
        SqliteFile::setBusyTimeout(5000);
    }

    void aRetiredApiSaysSoInTheBanner()
    {
        sandbox::SandboxOptions options;
        options.retiredProfilesApi = true;
        auto server = startSandbox(options);
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == OrganizationSession::State::Failed, 30000);
        QVERIFY2(window.banner()->text().contains(QLatin1String("needs an update")),
                 qPrintable(window.banner()->text()));
        QVERIFY(!window.banner()->text().contains(QLatin1String("not found")));
    }

    void anErrorRowIsRetriedFromTheKeyboard()
    {
        auto server = startSandbox();
        const QString id = ownCampaignsProfile(*server);
        sandbox::Profile *gone = server->state().profile(id);
        QVERIFY(gone);
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The profile disappears on the server between the list and its campaigns: its list fails for good
        // (a 404 is not retried on its own), and its row says so.
        connect(window.model(), &QAbstractItemModel::rowsInserted, &window, [&](const QModelIndex &parent) {
            if (parent.isValid() && window.model()->kind(parent) == OrganizationModel::Kind::Organization)
                gone->deleted = true;
        });
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QVERIFY(waitForLoaded(window));
        QTreeView *tree = window.tree();
        const QModelIndex profile = window.filterModel()->mapFromSource(window.model()->profileIndex(id));
        QVERIFY(profile.isValid());
        QCOMPARE(window.filterModel()->rowCount(profile), 1);
        const QModelIndex errorRow = window.filterModel()->index(0, 0, profile);
        QCOMPARE(window.model()->kind(window.filterModel()->mapToSource(errorRow)), OrganizationModel::Kind::Error);
        QVERIFY(errorRow.data().toString().contains(QLatin1String("Press Enter")));
        QVERIFY(tree->isFirstColumnSpanned(errorRow.row(), profile)); // a sentence, across the row, not clipped
        QVERIFY2(errorRow.data(Qt::ToolTipRole).toString().contains(QLatin1String("Request ID")),
                 qPrintable(errorRow.data(Qt::ToolTipRole).toString()));

        // Back on the server; the user goes to the row with the keyboard and presses Enter.
        gone->deleted = false;
        tree->setFocus();
        tree->setCurrentIndex(profile);
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(profile));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentIndex(), errorRow);
        // What went wrong, with the id to quote to support, where a keyboard user reads it: the details.
        QVERIFY(window.detailsPanel()->toPlainText().contains(QLatin1String("Request ID")));
        QVERIFY(window.detailsPanel()->toPlainText().contains(QLatin1String("try again")));
        uitest::screenshot(window, QStringLiteral("mainwindow-error-row"));
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.model()->kind(window.filterModel()->mapToSource(window.filterModel()->index(0, 0, profile))),
            OrganizationModel::Kind::Campaign, 30000);
        QCOMPARE(window.filterModel()->rowCount(profile), int(gone->campaigns.size()));
    }

    // WCAG's contrast ratio between two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    void badgesStayReadableInLightAndDarkPalettes()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 44));
        dark.setColor(QPalette::Base, QColor(30, 30, 33));
        dark.setColor(QPalette::AlternateBase, QColor(45, 45, 50));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(50, 50, 55));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Link, QColor(120, 175, 255));
        for (const QPalette &palette : {QPalette(QColor(239, 239, 239)), dark}) {
            for (int category = int(StatusCategory::Draft); category <= int(StatusCategory::Unknown); ++category) {
                const QColor badge = ui::StatusBadgeDelegate::badgeColor(category, palette);
                const double text = contrast(badge, ui::StatusBadgeDelegate::textColor(badge));
                QVERIFY2(text >= 4.5,
                         qPrintable(QStringLiteral("category %1: text contrast %2").arg(category).arg(text)));
            }
        }
        if (!qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR"))
            return;
        // For a person to look at: the sandbox organization in a dark palette.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        auto server = startSandbox();
        {
            ui::MainWindow window(*m_connections, m_credentials);
            window.show();
            window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
            QVERIFY(waitForLoaded(window));
            const QModelIndex second = window.filterModel()->index(1, 0, window.filterModel()->index(0, 0));
            window.tree()->setCurrentIndex(second);
            QTRY_VERIFY(
                window.detailsPanel()->toPlainText().contains(second.data(OrganizationModel::IdRole).toString()));
            uitest::screenshot(window, QStringLiteral("mainwindow-dark"));
        }
        QApplication::setPalette(before);
    }

    void aFailedLoadShowsABannerWithRetry()
    {
        auto server = startSandbox();
        server->setFaultRates(1.0, 0, 0);
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        window.sessions()->openDemo(server->baseUrl(), server->organizationKey().toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->text().isEmpty(), 60000);
        QVERIFY(window.banner()->text().contains(QLatin1String("could not be loaded")));
        QVERIFY(window.banner()->text().contains(QLatin1String("Request ID")));
        uitest::screenshot(window, QStringLiteral("mainwindow-error"));
        server->setFaultRates(0, 0, 0);
        window.session()->refresh();
        QVERIFY(waitForLoaded(window));
    }

    void connectDialogChecksTheKey()
    {
        auto server = startSandbox();
        ConnectionService service(*m_connections, m_credentials);
        ui::ConnectDialog dialog(service);
        dialog.offerSandbox(server->baseUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        uitest::checkAccessibleNames(dialog);
        QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);

        dialog.nameEdit()->setText(QStringLiteral("Demo"));
        dialog.addressBox()->setCurrentIndex(1);
        dialog.keyEdit()->setText(QStringLiteral("sk_test_not_a_real_key"));
        dialog.accept();
        QTRY_VERIFY(dialog.resultText().contains(QLatin1String("not accepted")));
        QVERIFY(dialog.isVisible()); // refused: still open, the typed name and address kept
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Demo"));
        QVERIFY(dialog.resultText().contains(QLatin1String("Request ID")));
        QVERIFY(m_connections->connections().isEmpty());
        uitest::screenshot(dialog, QStringLiteral("connectdialog-refused"));

        // The right key, and a keychain that does not answer in time: the session-only choice.
        m_credentials.setTimeout(0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.keyEdit()->setText(server->organizationKey());
        dialog.accept();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("session only")));
        QVERIFY(dialog.isSessionOnly());
        QVERIFY(m_credentials.isHeldForSession(dialog.connection().id));
        QCOMPARE(dialog.connection().accountName, server->state().organization().name);
        QCOMPARE(m_connections->connections().size(), 1);
        m_credentials.setTimeout(10000);
    }

    void removesAConnectionWithItsKeyAndCache()
    {
        auto server = startSandbox();
        ConnectionService service(*m_connections, m_credentials);
        Connection saved;
        saved.id = QStringLiteral("removal-test");
        saved.name = QStringLiteral("Northwind");
        saved.baseUrl = server->baseUrl();
        saved.keyKind = QStringLiteral("organization");
        service.keepForSession(saved, server->organizationKey().toUtf8());
        ui::MainWindow window(*m_connections, m_credentials);
        window.show();
        window.sessions()->open(saved);
        QVERIFY(waitForLoaded(window));
        const QString cachePath = TreeCache::pathForConnection(saved.id);
        QTRY_VERIFY(QFile::exists(cachePath));

        // Cancelled: nothing happens.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.connectionBar()->removeCurrentConnection();
        QVERIFY(window.session());
        QCOMPARE(m_connections->connections().size(), 1);

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.connectionBar()->removeCurrentConnection();
        QVERIFY(ui::MessageBox::lastText().contains(saved.name));
        QTRY_VERIFY(m_connections->connections().isEmpty());
        QVERIFY(!window.session());
        QVERIFY(!m_credentials.isHeldForSession(saved.id));
        QVERIFY(!QFile::exists(cachePath));
        QVERIFY(!window.model()->hasAccount());
    }

    void translationsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notConnected");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Nicht verbunden");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Sin conectar");
    }

    void translationsAreEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, notConnected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/compliance-desk_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            ui::MainWindow window(*m_connections, m_credentials);
            QCOMPARE(window.loadStatus()->text(), notConnected);
        }
        QCoreApplication::removeTranslator(&translator);
        ui::MainWindow english(*m_connections, m_credentials);
        QCOMPARE(english.loadStatus()->text(), QStringLiteral("Not connected"));
    }

    // German as the application installs it: its own words and Qt's (a wizard's Next and Back), when Qt's catalogue
    // is installed (qt6-translations-l10n: recommended by the package, installed by scripts/test.sh). Last: the
    // translators stay for the rest of the process.
    void qtsOwnWordsAreGermanToo()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German catalogue (qt6-translations-l10n) is not installed");
        QVERIFY(cd::AppInfo::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        wizard.addPage(new QWizardPage);
        wizard.show();
        QVERIFY2(wizard.button(QWizard::NextButton)->text().remove(QLatin1Char('&')).contains(QLatin1String("Weiter")),
                 qPrintable(wizard.button(QWizard::NextButton)->text()));
        wizard.next();
        QVERIFY2(wizard.button(QWizard::BackButton)->text().remove(QLatin1Char('&')).contains(QStringLiteral("Zurück")),
                 qPrintable(wizard.button(QWizard::BackButton)->text()));
        ui::MainWindow window(*m_connections, m_credentials);
        QCOMPARE(window.loadStatus()->text(), QStringLiteral("Nicht verbunden"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
