#include "dashboardview.h"
#include "detailspanel.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"
#include "store/draftstore.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cd;

// The dashboard beside the tree, against the sandbox's demo organization: its numbers are the tree's, every
// slice and bar filters the tree to exactly its items, the attention list opens its items, and it is looked at in
// light and dark palettes at two sizes.
class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<ui::MainWindow> openDashboard()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        if (!QTest::qWaitFor([&] { return !window->session()->loader()->isLoading(); }, 30000))
            qFatal("campaigns not loaded");
        window->sideTabs()->setCurrentWidget(window->dashboard());
        return window;
    }
    static QPieSlice *slice(QChart *chart, const QString &startsWith)
    {
        auto *series = qobject_cast<QPieSeries *>(chart->series().value(0));
        for (QPieSlice *s : series ? series->slices() : QList<QPieSlice *>())
            if (s->label().startsWith(startsWith))
                return s;
        return nullptr;
    }
    // The profiles the tree shows (top level under the organization).
    static QList<QModelIndex> shownProfiles(ui::MainWindow &window)
    {
        QList<QModelIndex> rows;
        const QModelIndex org = window.filterModel()->index(0, 0);
        for (int row = 0; row < window.filterModel()->rowCount(org); ++row)
            rows.append(window.filterModel()->mapToSource(window.filterModel()->index(row, 0, org)));
        return rows;
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
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        m_server = startSandbox(options);
    }
    void cleanup() { m_server.reset(); }

    void numbersAreTheTreesAndReadableAsText()
    {
        // A campaign draft waiting for one profile: listed with what needs attention.
        const QString draftProfile = ownCampaignsProfile(*m_server);
        QFile::remove(DraftStore::defaultPath());
        {
            DraftStore drafts;
            drafts.save(Draft::create(QStringLiteral("sandbox-demo"), draftProfile,
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Half-written reminders")}}));
        } // written when the store closes
        auto window = openDashboard();
        ui::DashboardView *dashboard = window->dashboard();
        uitest::checkAccessibleNames(*dashboard);
        // Counted from the sandbox's own state: live profiles, and by status.
        int live = 0, rejected = 0;
        for (const auto &p : m_server->state().profiles()) {
            live += p.deleted ? 0 : 1;
            rejected += !p.deleted && p.status == QLatin1String("rejected") ? 1 : 0;
        }
        QTRY_VERIFY(dashboard->summaryText().contains(QStringLiteral("Profiles: %1").arg(live)));
        QVERIFY2(dashboard->summaryText().contains(QStringLiteral("%1 rejected").arg(rejected)), qPrintable(dashboard->summaryText()));
        QVERIFY(dashboard->attentionList()->topLevelItemCount() > 0);
        QTRY_VERIFY(!dashboard->attentionList()->findItems(QStringLiteral("Half-written reminders"), Qt::MatchStartsWith).isEmpty());
        const QTreeWidgetItem *draft = dashboard->attentionList()->findItems(QStringLiteral("Half-written reminders"), Qt::MatchStartsWith).first();
        QCOMPARE(draft->data(0, Qt::UserRole).toString(), draftProfile);
        QFile::remove(DraftStore::defaultPath());
    }

    void slicesAndBarsFilterTheTree()
    {
        auto window = openDashboard();
        ui::DashboardView *dashboard = window->dashboard();
        QPieSlice *rejected = slice(dashboard->profilesChart(), statusCategoryLabel(StatusCategory::Rejected));
        QVERIFY(rejected);
        Q_EMIT rejected->clicked();
        QCOMPARE(window->filterModel()->statusFilter(), std::optional<StatusCategory>(StatusCategory::Rejected));
        const QList<QModelIndex> shown = shownProfiles(*window);
        QVERIFY(!shown.isEmpty());
        // Exactly the rejected profiles, or profiles listed for a rejected campaign of theirs.
        for (const QModelIndex &index : shown) {
            bool match = window->model()->profile(index)->status.category == StatusCategory::Rejected;
            for (int row = 0; !match && row < window->model()->rowCount(index); ++row)
                match = window->model()->campaign(window->model()->index(row, 0, index))->status.category == StatusCategory::Rejected;
            QVERIFY2(match, qPrintable(window->model()->profile(index)->name));
        }

        // A use case's bar: every profile shown has a campaign of that use case.
        auto *bars = qobject_cast<QHorizontalBarSeries *>(dashboard->useCaseChart()->series().value(0));
        QVERIFY(bars && !bars->barSets().isEmpty());
        QBarSet *set = bars->barSets().first();
        Q_EMIT set->clicked(set->count() - 1); // the most common
        const QList<QModelIndex> byUseCase = shownProfiles(*window);
        QVERIFY(!byUseCase.isEmpty());

        // A brand identity's slice: exactly the profiles whose brand has it.
        QPieSlice *verified = slice(dashboard->identityChart(), DashboardAggregates::identityLabel(QStringLiteral("VERIFIED")));
        QVERIFY(verified);
        Q_EMIT verified->clicked();
        QCOMPARE(window->filterModel()->identityFilter(), std::optional<QString>(QStringLiteral("VERIFIED")));
        QVERIFY(!window->filterModel()->statusFilter()); // one slice at a time
        const QList<QModelIndex> byIdentity = shownProfiles(*window);
        QCOMPARE(byIdentity.size(), int(verified->value()));
        for (const QModelIndex &index : byIdentity)
            QCOMPARE(window->model()->profile(index)->brand->identityStatus, QStringLiteral("VERIFIED"));

        // An attention row opens its item, in the details tab.
        QTreeWidgetItem *first = dashboard->attentionList()->topLevelItem(0);
        Q_EMIT dashboard->attentionList()->itemActivated(first, 0);
        QCOMPARE(window->sideTabs()->currentWidget(), static_cast<QWidget *>(window->detailsPanel()));
        QCOMPARE(window->model()->profile(window->filterModel()->mapToSource(window->treeView()->currentIndex()))->id,
                 first->data(0, Qt::UserRole).toString());
    }

    void lookedAtInLightAndDarkAtTwoSizes()
    {
        auto window = openDashboard();
        window->resize(1200, 720);
        uitest::screenshot(*window, QStringLiteral("dashboard-light-1200"));
        window->resize(1600, 1000);
        uitest::screenshot(*window, QStringLiteral("dashboard-light-1600"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 44));
        dark.setColor(QPalette::Base, QColor(30, 30, 33));
        dark.setColor(QPalette::AlternateBase, QColor(45, 45, 50));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(50, 50, 55));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(dark);
        QTRY_VERIFY(window->dashboard()->profilesChart()->theme() == QChart::ChartThemeDark);
        uitest::screenshot(*window, QStringLiteral("dashboard-dark-1600"));
        window->resize(1200, 720);
        uitest::screenshot(*window, QStringLiteral("dashboard-dark-1200"));
        // The chart's title and the numbers' text follow the palette.
        QCOMPARE(window->dashboard()->profilesChart()->titleBrush().color(), QColor(230, 230, 230));
        QApplication::setPalette(light);
        QTRY_VERIFY(window->dashboard()->profilesChart()->theme() == QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
