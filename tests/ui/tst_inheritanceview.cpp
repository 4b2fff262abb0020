#include "actions/profileactions.h"
#include "dashboard/dashboardview.h"
#include "details/detailspanel.h"
#include "inheritance/inheritanceview.h"
#include "mainwindow.h"
#include "profileeditor/inheritancedialog.h"
#include "uitestsupport.h"

#include "api/clienttestsupport.h"
#include "model/organizationfiltermodel.h"
#include "sandbox/sandboxstate.h"
#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cd;

// Inheritance in the window, against the demo organization (40 profiles, four of each scenario; counted by hand from
// its seed): the Inheritance tab's groups and their drill-downs into the tree, the organization's campaign that did
// not reach the registry as one attention entry naming its 8 profiles, and a switch previewed (with the warning for a
// live profile) and made.
class TestInheritanceView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_connections;
    CredentialStore m_credentials;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    std::unique_ptr<ui::MainWindow> open()
    {
        auto window = uitest::openSandboxWindow(*m_connections, m_credentials, *m_server);
        if (!QTest::qWaitFor([&] { return window->session()->state() == OrganizationSession::State::Ready; }, 30000))
            qFatal("campaigns not loaded");
        return window;
    }

    QString profileNamed(const QString &name) const
    {
        for (const sandbox::Profile &p : m_server->state().profiles())
            if (p.name == name)
                return p.id;
        return {};
    }

    static int shownProfiles(ui::MainWindow &window)
    {
        const QModelIndex org = window.filterModel()->index(0, 0);
        int profiles = 0;
        for (int row = 0; row < window.filterModel()->rowCount(org); ++row)
            profiles +=
                window.model()->kind(window.filterModel()->mapToSource(window.filterModel()->index(row, 0, org)))
                    == OrganizationModel::Kind::Profile
                ? 1
                : 0;
        return profiles;
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

    void theTabGroupsTheDemoAndDrillsDown()
    {
        auto window = open();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        ui::InheritanceView *view = window->inheritanceView();
        QCOMPARE(window->sideTabs()->currentWidget(), view);
        QTRY_COMPARE(view->shownCount(Setup::OrganizationBoth), 8);
        QCOMPARE(view->shownCount(Setup::OrganizationBrandOwnCampaigns), 4);
        QCOMPARE(view->shownCount(Setup::OwnBrandOrganizationCampaigns), 0);
        QCOMPARE(view->shownCount(Setup::OwnBoth), 24);
        QCOMPARE(view->shownCount(Setup::Missing), 4);
        window->resize(1280, 760);
        uitest::screenshot(*window, QStringLiteral("inheritance-tab"));

        // The tree: the organization's brand, used by 12, and a profile's setup in its column.
        const QModelIndex brand = window->model()->organizationBrandIndex(OrganizationModel::SetupColumn);
        QVERIFY(brand.data().toString().contains(QLatin1String("12")));
        const QModelIndex driftwood = window->model()->profileIndex(profileNamed(QStringLiteral("Driftwood Coffee")),
                                                                    OrganizationModel::SetupColumn);
        QCOMPARE(driftwood.data().toString(), Inheritance::setupLabel(Setup::OrganizationBoth));
        QVERIFY(driftwood.siblingAtColumn(0).data(OrganizationModel::InheritedRole).toBool());

        // A group opens the tree filtered to it, and the filter bar says so.
        QTreeWidget *list = view->list();
        QTreeWidgetItem *group = list->findItems(Inheritance::setupLabel(Setup::OrganizationBrandOwnCampaigns),
                                                 Qt::MatchExactly | Qt::MatchRecursive)
                                     .value(0);
        QVERIFY(group);
        list->setCurrentItem(group);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window->filterModel()->setupFilter(), std::optional<Setup>(Setup::OrganizationBrandOwnCampaigns));
        QTRY_COMPARE(shownProfiles(*window), 4);
        QVERIFY(window->filters()->barText().contains(QLatin1String("own campaigns")));
        uitest::screenshot(*window, QStringLiteral("inheritance-drilldown"));

        // The organization's campaign opens in the tree, its details list the 8 profiles that use it as links.
        const QString campaignName = m_server->state().organization().campaigns.first().name;
        QTreeWidgetItem *campaign = list->findItems(campaignName, Qt::MatchExactly | Qt::MatchRecursive).value(0);
        QVERIFY(campaign);
        QCOMPARE(campaign->text(1), QStringLiteral("8"));
        list->setCurrentItem(campaign);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!window->filterModel()->setupFilter());
        QCOMPARE(window->model()->kind(window->tree()->currentSourceIndex()),
                 OrganizationModel::Kind::OrganizationCampaign);
        QCOMPARE(window->sideTabs()->currentWidget(), window->detailsPanel());
        QTRY_VERIFY(window->detailsPanel()->toPlainText().contains(QLatin1String("Driftwood Coffee")));
        QVERIFY(window->detailsPanel()->toHtml().count(QLatin1String("profile:")) == 8);
        uitest::screenshot(*window, QStringLiteral("inheritance-organization-campaign"));
    }

    void anOrganizationCampaignWithASyncErrorIsOneAttentionEntry()
    {
        sandbox::Campaign &broken = m_server->state().organization().campaigns.first();
        broken.tcrSyncError = QStringLiteral("SAMPLE_MESSAGE: the samples do not name the brand.");
        auto window = open();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        ui::DashboardView *dashboard = window->dashboard();
        QTRY_VERIFY(dashboard->isUpToDate());
        QTreeWidgetItem *entry = nullptr;
        int mentions = 0;
        for (int i = 0; i < dashboard->attentionList()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dashboard->attentionList()->topLevelItem(i);
            if (item->text(0).startsWith(broken.name)) {
                entry = item;
                ++mentions;
            }
        }
        QVERIFY(entry);
        QCOMPARE(mentions, 1); // once, not once per profile
        QCOMPARE(entry->childCount(), 8);
        QStringList named;
        for (int i = 0; i < entry->childCount(); ++i)
            named << entry->child(i)->text(0);
        QVERIFY(named.contains(QStringLiteral("Driftwood Coffee")));
        QVERIFY(!named.contains(QStringLiteral("Evergreen Insurance"))); // its brand only, its own campaigns
        QVERIFY(dashboard->organizationImpact()->isVisible());
        QVERIFY(dashboard->organizationImpact()->text().startsWith(QLatin1String("8 ")));
        uitest::screenshot(*window, QStringLiteral("inheritance-attention"));
        // A profile under it opens that profile.
        dashboard->attentionList()->setCurrentItem(entry->child(0));
        QTest::keyClick(dashboard->attentionList(), Qt::Key_Return);
        QTRY_COMPARE(window->tree()->selectedProfileId(), entry->child(0)->data(0, Qt::UserRole).toString());
    }

    void aSwitchIsPreviewedThenMade()
    {
        auto window = open();
        const QString id = profileNamed(QStringLiteral("Driftwood Coffee")); // live, inherits both
        uitest::selectProfile(*window, id);
        window->profiles()->changeInheritanceAction()->trigger();
        QTRY_VERIFY(window->profiles()->inheritanceDialog());
        ui::InheritanceDialog *dialog = window->profiles()->inheritanceDialog();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->organizationBrand()->isChecked() && dialog->organizationCampaigns()->isChecked());
        QVERIFY(!dialog->switchButton()->isEnabled()); // nothing changed yet
        QVERIFY(dialog->previewText().contains(QLatin1String("Nothing changes")));

        // Its own campaigns: it has none, and it sends now — the warning, and the switch waits for the user's word.
        dialog->findChildren<QRadioButton *>().at(2)->click();
        QVERIFY(!dialog->organizationCampaigns()->isChecked());
        QVERIFY(dialog->preview().stopsSending);
        QVERIFY(dialog->previewText().contains(QLatin1String("no approved campaign")));
        QVERIFY(dialog->acknowledgement()->isVisible());
        QVERIFY(!dialog->switchButton()->isEnabled());
        uitest::screenshot(*dialog, QStringLiteral("inheritance-switch-warning"));
        dialog->acknowledgement()->click();
        QVERIFY(dialog->switchButton()->isEnabled());
        QSignalSpy switched(dialog, &ui::InheritanceDialog::switched);
        dialog->switchButton()->click();
        QTRY_COMPARE(switched.count(), 1);
        QCOMPARE(m_server->state().profile(id)->inheritTcrCampaign, false);
        QCOMPARE(m_server->state().profile(id)->inheritTcrBrand, true);
    }
};

QTEST_MAIN(TestInheritanceView)
#include "tst_inheritanceview.moc"
