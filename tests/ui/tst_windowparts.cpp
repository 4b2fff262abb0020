#include "uitestsupport.h"

#include "details/detailspanel.h"
#include "dialogs/aboutdialog.h"
#include "input/wheelguard.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace cd;

namespace {

Profile profile(const QString &id, const QString &name, const QString &status)
{
    Profile p;
    p.id = id;
    p.name = name;
    p.status = status;
    p.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
    Brand b;
    b.id = id + QStringLiteral("-brand");
    b.status = QStringLiteral("ACTIVE");
    b.identityStatus = QStringLiteral("VERIFIED");
    p.brand = b;
    return p;
}

Campaign campaign(const QString &id, const QString &name, const QString &owner, const QString &status)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.customerId = owner;
    c.status = status;
    UseCase u;
    u.messagingUseCaseUs = QStringLiteral("MARKETING");
    c.useCases = {u};
    return c;
}

QStringList texts(const QMenu &menu)
{
    QStringList list;
    for (const QAction *action : menu.actions())
        if (!action->isSeparator())
            list << action->text();
    return list;
}

// A connection to the sandbox, and a session on it that keeps its tree in memory: the window parts' subject.
Connection northwind(const sandbox::SandboxServer &server, const QString &id)
{
    Connection connection;
    connection.id = id;
    connection.name = QStringLiteral("Northwind");
    connection.baseUrl = server.baseUrl();
    return connection;
}

OrganizationSession::Options inMemory(OrganizationModel *model, const sandbox::SandboxServer &server)
{
    OrganizationSession::Options options;
    options.model = model;
    options.cache = OrganizationSession::CacheMode::Memory;
    options.retry = testConfig(server.baseUrl(), {}).retry;
    return options;
}

} // namespace

// The window's parts on their own: each with a model or a session of its own, without a whole window around it.
class TestWindowParts : public QObject
{
    Q_OBJECT

private:
    OrganizationModel m_model;
    OrganizationFilterModel m_filter;

    // A turn of the wheel over `widget`'s centre. (Sent, not spontaneous: Qt then does not pass an ignored turn on to
    // the parents, so that the form scrolls is seen on screen, under Xvfb with a real wheel, not here.)
    static void turnWheel(QWidget *widget, int notches)
    {
        const QPointF local = QRectF(widget->rect()).center();
        QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &wheel);
    }

private Q_SLOTS:
    // Scrolling a long form over a drop-down, a spin box or a slider scrolls the form and changes nothing; once the
    // control has the focus (a click, Tab), the wheel is its own again.
    void theWheelNeverChangesAValueItWasNotGiven()
    {
        ui::WheelGuard::install();
        QScrollArea area;
        auto *form = new QWidget;
        auto *layout = new QVBoxLayout(form);
        auto *before = new QLineEdit;
        layout->addWidget(before);
        layout->addSpacing(800);
        auto *combo = new QComboBox;
        combo->addItems({QStringLiteral("Direct customer"), QStringLiteral("Reseller"), QStringLiteral("Agency")});
        auto *spin = new QSpinBox;
        auto *slider = new QSlider(Qt::Horizontal);
        for (QWidget *w : std::initializer_list<QWidget *>{combo, spin, slider})
            layout->addWidget(w);
        layout->addSpacing(800);
        area.setWidget(form);
        area.resize(400, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        before->setFocus();
        for (QWidget *w : std::initializer_list<QWidget *>{combo, spin, slider}) {
            area.ensureWidgetVisible(w);
            // The wheel does not give it the focus either (a combo box's default would, and the turn would count).
            QVERIFY2((w->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus, w->metaObject()->className());
            turnWheel(w, 1);
            QVERIFY2(!w->hasFocus(), w->metaObject()->className());
        }
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(spin->value(), 0);
        QCOMPARE(slider->value(), 0);

        area.ensureWidgetVisible(combo);
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        combo->setFocus();
        QVERIFY(combo->hasFocus());
        turnWheel(combo, 1);
        QCOMPARE(combo->currentIndex(), 1); // given the focus, the wheel is the combo box's own
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Account account;
        account.id = QStringLiteral("org");
        account.name = QStringLiteral("Northwind");
        account.type = QStringLiteral("organization");
        m_model.setAccount(account);
        m_model.setProfiles(
            QList<Profile>{profile(QStringLiteral("p1"), QStringLiteral("Acme Dental"), QStringLiteral("approved")),
                           profile(QStringLiteral("p2"), QStringLiteral("Bayside Gym"), QStringLiteral("submitted")),
                           profile(QStringLiteral("p3"), QStringLiteral("Cedar Clinic"), QStringLiteral("rejected"))});
        m_model.setCampaigns(QStringLiteral("p1"),
                             QList<Campaign>{campaign(QStringLiteral("c1"), QStringLiteral("Reminders"),
                                                      QStringLiteral("p1"), QStringLiteral("ACTIVE"))});
        m_model.setCampaigns(QStringLiteral("p2"), QList<Campaign>{});
        m_model.setCampaigns(QStringLiteral("p3"), QList<Campaign>{});
        m_filter.setSourceModel(&m_model);
        m_filter.setDynamicSortFilter(true);
    }

    void theFiltersSayWhatTheyHide()
    {
        QWidget host;
        ui::OrganizationTreeView tree(&m_model, &m_filter, &host);
        ui::TreeFilters filters(&tree, &host);
        const QModelIndex org = m_filter.index(0, 0);
        QCOMPARE(m_filter.rowCount(org), 3);
        QVERIFY(filters.barText().isEmpty());

        ui::DashboardView::Drill drill;
        drill.kind = ui::DashboardView::Drill::Kind::ProfileStatus;
        drill.status = StatusCategory::Rejected;
        filters.drillDown(drill);
        QCOMPARE(m_filter.rowCount(m_filter.index(0, 0)), 1);
        QCOMPARE(m_filter.index(0, 0, m_filter.index(0, 0)).data(OrganizationModel::IdRole).toString(),
                 QStringLiteral("p3"));
        QCOMPARE(filters.barText(), QStringLiteral("Showing only profiles that are rejected."));

        // A search that matches nothing says so.
        filters.clearFilters();
        QVERIFY(filters.barText().isEmpty());
        QCOMPARE(m_filter.rowCount(m_filter.index(0, 0)), 3);
        filters.searchField()->setText(QStringLiteral("nothing like it"));
        QTRY_VERIFY(filters.noMatchesLabel()->isVisibleTo(&host));
        QCOMPARE(filters.barText(), QStringLiteral("Showing only matching “nothing like it”."));

        // An item asked for while a filter hides it is shown anyway, selected.
        tree.selectItem(QStringLiteral("p1"), QStringLiteral("c1"));
        QVERIFY(filters.barText().isEmpty());
        QCOMPARE(tree.selectedCampaignId(), QStringLiteral("c1"));
        QCOMPARE(tree.selectedProfileId(), QStringLiteral("p1"));
        QCOMPARE(tree.selectedName(), QStringLiteral("Reminders"));

        // An attention row narrows the tree to its item, with its profile as the path.
        filters.narrowTo(QStringLiteral("p2"), QString());
        QCOMPARE(m_filter.rowCount(m_filter.index(0, 0)), 1);
        QCOMPARE(filters.barText(), QStringLiteral("Showing only “Bayside Gym”."));
        QCOMPARE(tree.selectedProfileId(), QStringLiteral("p2"));
        filters.clearFilters();
    }

    // A cell cut short says its whole text in its tooltip (then what the model adds); one that fits adds nothing.
    void aTruncatedCellHasItsWholeTextInItsTooltip()
    {
        QWidget host;
        ui::OrganizationTreeView tree(&m_model, &m_filter, &host);
        host.resize(900, 400);
        tree.resize(900, 400);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        tree.expandAll();
        const QModelIndex acme = m_filter.mapFromSource(m_model.profileIndex(QStringLiteral("p1")));
        const QString name = acme.data().toString();
        tree.setColumnWidth(OrganizationModel::NameColumn, 400);
        QVERIFY2(!tree.toolTipAt(acme).contains(name), qPrintable(tree.toolTipAt(acme)));
        tree.setColumnWidth(OrganizationModel::NameColumn, 40);
        QVERIFY2(tree.toolTipAt(acme).startsWith(name), qPrintable(tree.toolTipAt(acme)));
        // The status column keeps the model's own words after the label.
        const QModelIndex status = acme.siblingAtColumn(OrganizationModel::StatusColumn);
        tree.setColumnWidth(OrganizationModel::StatusColumn, 20);
        QVERIFY(tree.toolTipAt(status).startsWith(status.data().toString() + QLatin1Char('\n')));
        QVERIFY(tree.toolTipAt(status).contains(QLatin1String("sent.dm status")));
    }

    void theContextMenuOffersWhatARowAllows()
    {
        QWidget host;
        ui::OrganizationTreeView tree(&m_model, &m_filter, &host);
        ui::TreeContextMenu::Actions actions;
        QList<QAction *> all;
        for (QAction **slot : {&actions.newProfile, &actions.editProfile, &actions.completeProfile,
                               &actions.deleteProfile, &actions.newCampaign, &actions.editCampaign,
                               &actions.deleteCampaign, &actions.history, &actions.exportReport}) {
            *slot = new QAction(QStringLiteral("action %1").arg(all.size()), &host);
            all << *slot;
        }
        ui::TreeContextMenu menus(&tree, actions);
        const QModelIndex org = m_filter.index(0, 0);
        QCOMPARE(texts(*menus.menuFor(org)), (QStringList{actions.newProfile->text(), actions.exportReport->text()}));
        const QModelIndex acme = m_filter.mapFromSource(m_model.profileIndex(QStringLiteral("p1")));
        QCOMPARE(texts(*menus.menuFor(acme)),
                 (QStringList{actions.editProfile->text(), actions.completeProfile->text(), actions.newCampaign->text(),
                              actions.history->text(), actions.exportReport->text(), actions.deleteProfile->text()}));
        const QModelIndex reminders =
            m_filter.mapFromSource(m_model.campaignIndex(QStringLiteral("p1"), QStringLiteral("c1")));
        QCOMPARE(texts(*menus.menuFor(reminders)),
                 (QStringList{actions.editCampaign->text(), actions.history->text(), actions.exportReport->text(),
                              actions.deleteCampaign->text()}));
        QVERIFY(!menus.menuFor(QModelIndex()));

        // From the keyboard: Shift+F10 opens the current row's menu, as the Menu key does.
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        tree.setCurrentIndex(reminders);
        tree.setFocus();
        QStringList opened;
        QTimer::singleShot(0, &host, [&opened] {
            if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                opened = texts(*popup);
                popup->close();
            }
        });
        QTest::keyClick(&tree, Qt::Key_F10, Qt::ShiftModifier);
        QCOMPARE(opened,
                 (QStringList{actions.editCampaign->text(), actions.history->text(), actions.exportReport->text(),
                              actions.deleteCampaign->text()}));
    }

    void theDetailsLinksAreTheWindowsActions()
    {
        ui::DetailsPanel panel;
        QAction newCampaign(QStringLiteral("New campaign"));
        QAction history(QStringLiteral("History"));
        panel.setAction(ui::DetailsPanel::Action::NewCampaign, &newCampaign);
        panel.setAction(ui::DetailsPanel::Action::History, &history);
        QSignalSpy created(&newCampaign, &QAction::triggered);
        QSignalSpy shown(&history, &QAction::triggered);
        panel.showProfile(profile(QStringLiteral("p1"), QStringLiteral("Acme Dental"), QStringLiteral("approved")), 1);
        QVERIFY(panel.toPlainText().contains(QLatin1String("New campaign for this profile")));
        Q_EMIT panel.anchorClicked(QUrl(QStringLiteral("action:new-campaign")));
        QCOMPARE(created.count(), 1);
        history.setEnabled(false); // what the menu cannot do, the link does not do either
        Q_EMIT panel.anchorClicked(QUrl(QStringLiteral("action:history")));
        QCOMPARE(shown.count(), 0);
        Q_EMIT panel.anchorClicked(QUrl(QStringLiteral("action:complete-profile"))); // no action given: nothing
        QCOMPARE(created.count(), 1);
    }

    // A name typed by someone else, with a right-to-left override and a control character: the details and the tree
    // show them as visible escapes, so that the name cannot reorder or hide what it says.
    void namesShowTheCharactersTheyHide()
    {
        const QString hostile = QStringLiteral("Acme\u202Elatned\x1b[2J");
        ui::DetailsPanel panel;
        panel.showProfile(profile(QStringLiteral("p1"), hostile, QStringLiteral("approved")), 0);
        const QString shown = panel.toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Acme<U+202E>latned\\x1b[2J")), qPrintable(shown));
        QVERIFY(!shown.contains(QChar(0x202e)));
        QVERIFY(!shown.contains(QChar(0x1b)));
        OrganizationModel model;
        Profile p = profile(QStringLiteral("p1"), hostile, QStringLiteral("approved"));
        model.setProfiles(QList<Profile>{p});
        QCOMPARE(model.profileIndex(QStringLiteral("p1")).data().toString(),
                 QStringLiteral("Acme<U+202E>latned\\x1b[2J"));
    }

    void theAboutBoxFollowsOnlyHttpsLinks()
    {
        ApiNotice safe;
        safe.endpoint = QStringLiteral("GET /v3/profiles");
        safe.sunset = QDateTime(QDate(2027, 3, 1), QTime(0, 0), QTimeZone::utc());
        safe.link = QStringLiteral("https://docs.sent.dm/retire");
        ApiNotice hostile = safe;
        hostile.endpoint = QStringLiteral("GET /v3/me");
        hostile.link = QStringLiteral("javascript:alert(1)");
        ApiNotice local = safe;
        local.endpoint = QStringLiteral("GET /v3/profiles/{profile}");
        local.link = QStringLiteral("file:///etc/passwd");
        ui::AboutDialog about({safe, hostile, local});
        const QString html = about.text();
        QCOMPARE(html.count(QLatin1String("<a href=")), 1);
        QVERIFY(html.contains(QLatin1String("<a href=\"https://docs.sent.dm/retire\">")));
        QVERIFY(html.contains(QLatin1String("javascript:alert(1)"))); // said, as text
        QVERIFY(html.contains(QLatin1String("file:///etc/passwd")));
    }

    void theStatusBarCountsThePagesAsTheyArrive()
    {
        sandbox::SandboxOptions paged;
        paged.rateLimitPerMinute = 0;
        paged.pageSize = 7;
        auto server = startSandbox(paged);
        CredentialStore credentials;
        const Connection connection = northwind(*server, QStringLiteral("pages-test"));
        OrganizationModel model;
        OrganizationSession session(connection, credentials, inMemory(&model, *server));
        QWidget host;
        ui::LoadStatus status(&host);
        status.setSession(&session);
        auto *bar = host.findChild<QProgressBar *>();
        QVERIFY(bar);
        // What the status bar said as each page arrived, and how far its bar was.
        QStringList said;
        QList<int> filled;
        session.open(server->organizationKey().toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(session.loader() != nullptr, 10000);
        connect(session.loader(), &OrganizationLoader::profileProgress, this, [&] {
            said.append(status.text()); // the session told the status bar first: it connected first
            filled.append(bar->isVisibleTo(&host) ? bar->value() * 100 / bar->maximum() : -1);
        });
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == OrganizationSession::State::Ready, 30000);
        QVERIFY2(said.size() >= 5, qPrintable(said.join(QLatin1Char('|'))));
        QCOMPARE(said.first(), QStringLiteral("Loading profiles: 7 of 40"));
        QVERIFY2(said.contains(QStringLiteral("Loading profiles: 21 of 40")), qPrintable(said.join(QLatin1Char('|'))));
        QCOMPARE(filled.first(), 17); // 7 of 40
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(QLatin1String("40 profiles")), 30000);
    }

    // Good news is not dressed as a problem: a notice is amber, a problem red, as drawn, whatever the banner is named
    // (the local files' banner has a name of its own and showed neither); every banner can be closed.
    void bannersHaveTheirToneAndCanBeClosed()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *banner = new ui::SessionBanner(&host);
        banner->setObjectName(QStringLiteral("localFilesBanner"));
        layout->addWidget(banner);
        host.resize(600, 80);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const auto background = [banner] { return banner->grab().toImage().pixelColor(3, 3).name(); };
        banner->showNotice(QStringLiteral("The drafts file can be written again."));
        QCOMPARE(background(), QStringLiteral("#fff4ce"));
        banner->showMessage(QStringLiteral("The disk is full."));
        QCOMPARE(background(), QStringLiteral("#fdecea"));
        auto *close = banner->findChild<QToolButton *>();
        QVERIFY(close && close->isVisible());
        QVERIFY(!close->accessibleName().isEmpty());
        close->click();
        QVERIFY(banner->text().isEmpty());
        QVERIFY(!banner->isVisible());
    }

    void theBannerAndTheStatusBarFollowTheSession()
    {
        sandbox::SandboxOptions fast;
        fast.rateLimitPerMinute = 6000; // pacing is the client's tests' subject
        auto server = startSandbox(fast);
        CredentialStore credentials;
        const Connection connection = northwind(*server, QStringLiteral("parts-test"));
        OrganizationModel model;
        OrganizationSession session(connection, credentials, inMemory(&model, *server));
        QWidget host;
        auto *banner = new ui::SessionBanner(&host);
        ui::LoadStatus status(&host);
        banner->setSession(&session);
        status.setSession(&session);
        QCOMPARE(status.text(), QStringLiteral("Reading the key of “Northwind” from the keychain…"));
        QVERIFY(banner->text().isEmpty());

        // A key sent.dm refuses: the banner says so and asks for one.
        QSignalSpy asked(banner, &ui::SessionBanner::keyRequested);
        session.open("sk_test_revoked");
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == OrganizationSession::State::NeedsKey, 30000);
        QVERIFY(banner->text().contains(QLatin1String("did not accept the key")));
        QCOMPARE(status.text(), QStringLiteral("Not connected"));
        auto *button = banner->findChild<QPushButton *>();
        QVERIFY(button && button->isVisibleTo(banner));
        QCOMPARE(button->text(), QStringLiteral("Enter the key…"));
        button->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().value<Connection>().id, connection.id);

        // A session that loads: the banner goes, the status bar says it is up to date.
        OrganizationSession good(connection, credentials, inMemory(&model, *server));
        banner->setSession(&good);
        status.setSession(&good);
        good.open(server->organizationKey().toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(good.state() == OrganizationSession::State::Ready, 30000);
        QVERIFY(banner->text().isEmpty());
        QVERIFY2(status.text().contains(QLatin1String("up to date")), qPrintable(status.text()));
        // sent.dm's request limit in words, its figures in the tooltip (no "Rate budget: 37 left (200/min)").
        QTRY_COMPARE_WITH_TIMEOUT(status.budgetText(), QStringLiteral("sent.dm: ready"), 10000); // refilled
        QVERIFY2(status.budgetToolTip().contains(QLatin1String("requests a minute")),
                 qPrintable(status.budgetToolTip()));

        // sent.dm fails: the banner says the tree shows what was loaded before, and Try again loads again.
        server->setFaultRates(1.0, 0, 0);
        good.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(good.state() == OrganizationSession::State::Failed, 60000);
        QVERIFY2(banner->text().contains(QLatin1String("shows what was loaded before")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("Request ID")));
        // The status bar never calls it up to date, and says when what shows was last current.
        QVERIFY2(!status.text().contains(QLatin1String("up to date at")), qPrintable(status.text()));
        QVERIFY2(status.text().contains(QLatin1String("the last refresh failed"))
                     && status.text().contains(QLatin1String("last current at")),
                 qPrintable(status.text()));
        server->setFaultRates(0, 0, 0);
        QCOMPARE(button->text(), QStringLiteral("&Try again"));
        button->click();
        QCOMPARE(good.state(), OrganizationSession::State::Loading);
        QVERIFY(banner->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(good.state() == OrganizationSession::State::Ready, 30000);
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_windowparts.moc"
