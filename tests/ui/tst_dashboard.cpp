#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include "core/settings.h"
#include "domain/labels.h"

#include "api/clienttestsupport.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"
#include "store/draftstore.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
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
        if (!QTest::qWaitFor([&] { return window->session()->state() == OrganizationSession::State::Ready; }, 30000))
            qFatal("campaigns not loaded");
        // Ctrl+2 (View → Dashboard) brings it up, with the focus on what needs attention.
        QAction *show = nullptr;
        for (QAction *action : window->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                show = action;
        if (!show)
            qFatal("no View → Dashboard");
        show->trigger();
        if (window->sideTabs()->currentWidget() != window->dashboard()
            || !window->dashboard()->attentionList()->hasFocus())
            qFatal("View → Dashboard did not show it");
        if (!QTest::qWaitFor([&] { return window->dashboard()->isUpToDate(); }, 10000))
            qFatal("the dashboard did not catch up");
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
        for (int row = 0; row < window.filterModel()->rowCount(org); ++row) {
            const QModelIndex index = window.filterModel()->mapToSource(window.filterModel()->index(row, 0, org));
            if (window.model()->kind(index) == OrganizationModel::Kind::Profile)
                rows.append(index);
        }
        return rows;
    }

    // The campaigns the tree shows, under the profiles it shows; an organization's campaign, listed under every
    // profile that inherits it, once.
    static QList<const CampaignOverview *> shownCampaigns(ui::MainWindow &window)
    {
        QList<const CampaignOverview *> campaigns;
        QHash<QString, bool> seen;
        const QModelIndex org = window.filterModel()->index(0, 0);
        for (int row = 0; row < window.filterModel()->rowCount(org); ++row) {
            const QModelIndex profile = window.filterModel()->index(row, 0, org);
            if (window.model()->kind(window.filterModel()->mapToSource(profile)) != OrganizationModel::Kind::Profile)
                continue; // the organization's own campaigns, shown above its profiles
            for (int c = 0; c < window.filterModel()->rowCount(profile); ++c)
                if (const CampaignOverview *campaign = window.model()->campaign(
                        window.filterModel()->mapToSource(window.filterModel()->index(c, 0, profile))))
                    if (!std::exchange(seen[campaign->id], true))
                        campaigns.append(campaign);
        }
        return campaigns;
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
        QVERIFY2(dashboard->summaryText().contains(QStringLiteral("%1 rejected").arg(rejected)),
                 qPrintable(dashboard->summaryText()));
        QVERIFY(dashboard->attentionList()->topLevelItemCount() > 0);
        QTRY_VERIFY(!dashboard->attentionList()
                         ->findItems(QStringLiteral("Half-written reminders"), Qt::MatchStartsWith)
                         .isEmpty());
        const QTreeWidgetItem *draft = dashboard->attentionList()
                                           ->findItems(QStringLiteral("Half-written reminders"), Qt::MatchStartsWith)
                                           .first();
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
        // Exactly the rejected profiles.
        const QList<QModelIndex> shown = shownProfiles(*window);
        QCOMPARE(shown.size(), int(rejected->value()));
        for (const QModelIndex &index : shown)
            QVERIFY2(window->model()->profile(index)->status.category == StatusCategory::Rejected,
                     qPrintable(window->model()->profile(index)->name));

        // A campaign status's slice: exactly those campaigns, with their profiles as the path.
        QPieSlice *inReview = slice(dashboard->campaignsChart(), statusCategoryLabel(StatusCategory::InReview));
        QVERIFY(inReview);
        Q_EMIT inReview->clicked();
        const QList<const CampaignOverview *> reviewed = shownCampaigns(*window);
        QCOMPARE(reviewed.size(), int(inReview->value()));
        for (const CampaignOverview *campaign : reviewed)
            QVERIFY2(campaign->status.category == StatusCategory::InReview, qPrintable(campaign->name));

        // A use case's bar: exactly the campaigns of that use case.
        auto *bars = qobject_cast<QHorizontalBarSeries *>(dashboard->useCaseChart()->series().value(0));
        QVERIFY(bars && !bars->barSets().isEmpty());
        QBarSet *set = bars->barSets().first();
        const QString useCaseLabel =
            qobject_cast<QBarCategoryAxis *>(dashboard->useCaseChart()->axes(Qt::Vertical).value(0))
                ->at(set->count() - 1);
        Q_EMIT set->clicked(set->count() - 1);                          // the most common
        const QString useCase = window->filterModel()->useCaseFilter(); // the API's word filters, people read labels
        QVERIFY(!useCase.isEmpty());
        QCOMPARE(Labels::useCase(useCase), useCaseLabel);
        QVERIFY2(useCaseLabel != useCase, qPrintable(useCaseLabel));
        const QList<const CampaignOverview *> byUseCase = shownCampaigns(*window);
        QCOMPARE(byUseCase.size(), int(set->at(set->count() - 1)));
        for (const CampaignOverview *campaign : byUseCase)
            QVERIFY2(campaign->useCases.contains(useCase), qPrintable(campaign->name));

        // The same from the keyboard: each number written out is a link that filters the tree like its slice.
        QLabel *campaignsText = nullptr;
        for (QLabel *label : dashboard->findChildren<QLabel *>())
            if (label->accessibleName().startsWith(QLatin1String("Campaigns by status")))
                campaignsText = label;
        QVERIFY(campaignsText);
        QVERIFY(campaignsText->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        QVERIFY(campaignsText->focusPolicy() & Qt::TabFocus); // reached with Tab
        const QRegularExpressionMatch link =
            QRegularExpression(QStringLiteral("href='([^']+)'>\\d+&nbsp;not&nbsp;sent&nbsp;to&nbsp;TCR<"))
                .match(campaignsText->text());
        QVERIFY2(link.hasMatch(), qPrintable(campaignsText->text()));
        Q_EMIT campaignsText->linkActivated(link.captured(1));
        QCOMPARE(window->filterModel()->statusFilter(), std::optional<StatusCategory>(StatusCategory::NotSynced));
        QVERIFY(window->filterModel()->useCaseFilter().isEmpty()); // one slice at a time
        const QList<const CampaignOverview *> rejectedCampaigns = shownCampaigns(*window);
        QCOMPARE(rejectedCampaigns.size(),
                 int(slice(dashboard->campaignsChart(), statusCategoryLabel(StatusCategory::NotSynced))->value()));
        for (const CampaignOverview *campaign : rejectedCampaigns)
            QCOMPARE(campaign->status.category, StatusCategory::NotSynced);
        QCOMPARE(window->filters()->barText(), QStringLiteral("Showing only campaigns that are not sent to TCR."));
        // The bar above the tree says so, and clears it.
        QPushButton *showAll = nullptr;
        for (QPushButton *button : window->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Sho&w everything"))
                showAll = button;
        QVERIFY(showAll && showAll->isVisible());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(!window->filterModel()->isFiltering());
        QVERIFY(window->filters()->barText().isEmpty());
        Q_EMIT campaignsText->linkActivated(link.captured(1));
        uitest::screenshot(*window, QStringLiteral("dashboard-drilled"));

        // A brand identity's slice: exactly the profiles whose brand has it.
        QPieSlice *verified =
            slice(dashboard->identityChart(), DashboardAggregates::identityLabel(QStringLiteral("VERIFIED")));
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
        QCOMPARE(window->model()->profile(window->filterModel()->mapToSource(window->tree()->currentIndex()))->id,
                 first->data(0, Qt::UserRole).toString());
        // The tree shows that item alone, and says so.
        const QList<QModelIndex> alone = shownProfiles(*window);
        QCOMPARE(alone.size(), 1);
        QCOMPARE(window->model()->profile(alone.first())->id, first->data(0, Qt::UserRole).toString());
        QCOMPARE(window->filters()->barText(),
                 QStringLiteral("Showing only “%1”.").arg(window->model()->profile(alone.first())->name));

        // A campaign's row: that campaign alone, under its profile.
        QTreeWidgetItem *campaignRow = nullptr;
        for (int row = 0; row < dashboard->attentionList()->topLevelItemCount() && !campaignRow; ++row)
            if (!dashboard->attentionList()->topLevelItem(row)->data(0, Qt::UserRole + 1).toString().isEmpty())
                campaignRow = dashboard->attentionList()->topLevelItem(row);
        QVERIFY(campaignRow);
        Q_EMIT dashboard->attentionList()->itemActivated(campaignRow, 0);
        const QList<const CampaignOverview *> one = shownCampaigns(*window);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first()->id, campaignRow->data(0, Qt::UserRole + 1).toString());
        QCOMPARE(window->model()->campaign(window->filterModel()->mapToSource(window->tree()->currentIndex()))->id,
                 one.first()->id);
    }

    void reviewsWaitingLongerThanTheThresholdAreFlagged()
    {
        auto window = openDashboard();
        ui::DashboardView *dashboard = window->dashboard();
        // Counted from the tree: the items in review whose last change is older than the threshold.
        QList<QDateTime> inReview;
        const QModelIndex org = window->model()->organizationIndex();
        for (int row = 0; row < window->model()->rowCount(org); ++row) {
            const QModelIndex profile = window->model()->index(row, 0, org);
            if (window->model()->kind(profile) != OrganizationModel::Kind::Profile)
                continue;
            if (window->model()->profile(profile)->status.category == StatusCategory::InReview)
                inReview.append(window->model()->profile(profile)->lastChange);
            for (int c = 0; c < window->model()->rowCount(profile); ++c) {
                const CampaignOverview *campaign = window->model()->campaign(window->model()->index(c, 0, profile));
                if (campaign->status.category == StatusCategory::InReview && campaign->tcrSyncError.isEmpty())
                    inReview.append(campaign->lastChange);
            }
        }
        const auto expected = [&inReview](int days) {
            const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-days);
            return int(std::count_if(inReview.cbegin(), inReview.cend(),
                                     [&before](const QDateTime &at) { return at.isValid() && at < before; }));
        };
        const auto flagged = [dashboard](int days) {
            return int(dashboard->attentionList()
                           ->findItems(QStringLiteral("^In review more than %1 day\\D*$").arg(days),
                                       Qt::MatchRegularExpression, 1)
                           .size());
        };
        QVERIFY2(expected(1) > 0, "the demo organization has reviews waiting");
        dashboard->waitingThreshold()->setValue(1);
        QTRY_COMPARE(flagged(1), expected(1));
        // The oldest review's age, plus one: nothing is that old.
        const QDateTime oldest = *std::min_element(inReview.cbegin(), inReview.cend());
        const int beyond = int(oldest.daysTo(QDateTime::currentDateTimeUtc())) + 1;
        dashboard->waitingThreshold()->setValue(beyond);
        QTRY_COMPARE(flagged(1), 0);
        QCOMPARE(flagged(beyond), expected(beyond));
        QCOMPARE(expected(beyond), 0);
        QCOMPARE(Settings::value(Settings::dashboardWaitingDays), beyond); // kept for the next start
        dashboard->waitingThreshold()->setValue(7);
    }

    // Run a second time by ctest with QT_SCALE_FACTOR=2 (tst_dashboard_hidpi): drawn at the screen's density, and
    // no text cut off at either size.
    void drawnAtTheScreensDensityWithNothingCutOff()
    {
        auto window = openDashboard();
        const qreal density =
            qEnvironmentVariableIntValue("QT_SCALE_FACTOR") > 1 ? qEnvironmentVariableIntValue("QT_SCALE_FACTOR") : 1.0;
        QCOMPARE(window->devicePixelRatioF(), density);
        ui::DashboardView *dashboard = window->dashboard();
        for (const QSize size : {QSize(1200, 720), QSize(1600, 1000)}) {
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the layouts settled at this size
            const QPixmap shot = window->grab();
            QCOMPARE(shot.devicePixelRatio(), density);
            QCOMPARE(shot.size(), size * density); // every device pixel drawn, not an upscaled picture
            uitest::screenshot(*window, QStringLiteral("dashboard-%1-x%2").arg(size.width()).arg(density));
            for (const QLabel *label : dashboard->findChildren<QLabel *>()) {
                if (!label->isVisibleTo(dashboard) || label->text().isEmpty())
                    continue;
                if (label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
                else
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
            const QHeaderView *header = dashboard->attentionList()->header();
            // The items' names get the room: the reasons and the days are short.
            QVERIFY2(header->sectionSize(0) >= dashboard->attentionList()->viewport()->width() * 2 / 5,
                     qPrintable(QString::number(header->sectionSize(0))));
            for (int column = 1; column < header->count(); ++column)
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(dashboard->attentionList()->headerItem()->text(column)));
        }
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
