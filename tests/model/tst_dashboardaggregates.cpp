#include "model/dashboardaggregates.h"
#include "model/organizationmodel.h"
#include "report/compliancereport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

Campaign campaign(const QString &id, const QString &status, const QStringList &useCases, int daysAgo = 1,
                  const QString &syncError = {})
{
    Campaign c;
    c.id = id;
    c.name = id.toUpper();
    c.status = status;
    c.submittedToTcr = status != QLatin1String("DRAFT");
    c.tcrSyncError = syncError;
    c.updatedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    for (const QString &u : useCases) {
        UseCase useCase;
        useCase.messagingUseCaseUs = u;
        c.useCases.append(useCase);
    }
    return c;
}

Profile profile(const QString &id, const QString &status, const QString &identity, bool inherits = false,
                int daysAgo = 1)
{
    Profile p;
    p.id = id;
    p.name = id.toUpper();
    p.status = status;
    p.updatedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    p.inheritTcrBrand = inherits;
    if (!identity.isEmpty()) {
        Brand b;
        b.id = QStringLiteral("b-") + id;
        b.status = QStringLiteral("ACTIVE");
        b.identityStatus = identity;
        b.isInherited = inherits;
        p.brand = b;
    }
    return p;
}

} // namespace

// The dashboard's numbers against a fixture counted by hand, then kept current as the tree changes — without
// counting everything again.
class TestDashboardAggregates : public QObject
{
    Q_OBJECT

    OrganizationModel m_model;

private Q_SLOTS:
    void init()
    {
        m_model.clear();
        Account account;
        account.id = QStringLiteral("org");
        account.name = QStringLiteral("Org");
        m_model.setAccount(account);
        m_model.setProfiles(QList<Profile>{
            profile(QStringLiteral("p1"), QStringLiteral("approved"), QStringLiteral("VERIFIED")),
            profile(QStringLiteral("p2"), QStringLiteral("submitted"), QStringLiteral("VETTED_VERIFIED"), true, 20),
            profile(QStringLiteral("p3"), QStringLiteral("rejected"), QStringLiteral("UNVERIFIED")),
            profile(QStringLiteral("p4"), QStringLiteral("incomplete"), QString()),
        });
        m_model.setCampaigns(
            QStringLiteral("p1"),
            QList<Campaign>{
                campaign(QStringLiteral("c1"), QStringLiteral("ACTIVE"), {QStringLiteral("MARKETING")}),
                campaign(QStringLiteral("c2"), QStringLiteral("SENT_CREATED"),
                         {QStringLiteral("MARKETING"), QStringLiteral("CUSTOMER_CARE")}, 30),
            });
        m_model.setCampaigns(QStringLiteral("p2"),
                             QList<Campaign>{
                                 campaign(QStringLiteral("c3"), QStringLiteral("SENT_CREATED"),
                                          {QStringLiteral("ACCOUNT_NOTIFICATION")}, 2, QStringLiteral("TCR timeout")),
                             });
        m_model.setCampaigns(QStringLiteral("p3"), QList<Campaign>{});
    }

    void countsMatchTheFixture()
    {
        DashboardAggregates aggregates(&m_model);
        const auto &c = aggregates.counts();
        QCOMPARE(c.profileTotal, 4);
        QCOMPARE(c.profiles.value(StatusCategory::Approved), 1);
        QCOMPARE(c.profiles.value(StatusCategory::InReview), 1);
        QCOMPARE(c.profiles.value(StatusCategory::Rejected), 1);
        QCOMPARE(c.profiles.value(StatusCategory::Draft), 1);
        QCOMPARE(c.campaignTotal, 3);
        QCOMPARE(c.campaigns.value(StatusCategory::Approved), 1);
        QCOMPARE(c.campaigns.value(StatusCategory::InReview), 1);
        QCOMPARE(c.campaigns.value(StatusCategory::NotSynced), 1); // the sync error: not said rejected
        QCOMPARE(c.campaigns.value(StatusCategory::Rejected), 0);
        QCOMPARE(c.brandIdentity.value(QStringLiteral("VERIFIED")), 1);
        QCOMPARE(c.brandIdentity.value(QStringLiteral("VETTED_VERIFIED")), 1);
        QCOMPARE(c.brandIdentity.value(QStringLiteral("UNVERIFIED")), 1);
        QCOMPARE(c.brandIdentity.value(QString()), 1); // p4: no brand
        QCOMPARE(c.useCases.value(QStringLiteral("MARKETING")), 2);
        QCOMPARE(c.useCases.value(QStringLiteral("CUSTOMER_CARE")), 1);
        QCOMPARE(c.useCases.value(QStringLiteral("ACCOUNT_NOTIFICATION")), 1);

        // Most urgent first; the longest wait first among the waits.
        QStringList order;
        for (const auto &item : aggregates.attention())
            order << (item.campaignId.isEmpty() ? item.profileId : item.campaignId) + QLatin1Char(':')
                    + item.reasonText();
        QCOMPARE(order,
                 (QStringList{u"p3:Rejected"_qs, u"c3:Did not reach the registry"_qs, u"p4:No brand"_qs,
                              u"c2:Waiting long in review"_qs, u"p2:Waiting long in review"_qs}));
    }

    void keptCurrentWithoutRecounting()
    {
        DashboardAggregates aggregates(&m_model);
        QSignalSpy changed(&aggregates, &DashboardAggregates::changed);
        const int rebuilds = aggregates.rebuilds();

        // p4 is approved with a brand of its own now.
        m_model.updateProfile(
            profile(QStringLiteral("p4"), QStringLiteral("approved"), QStringLiteral("SELF_DECLARED")));
        QVERIFY(changed.wait(5000));
        QCOMPARE(aggregates.counts().profiles.value(StatusCategory::Draft), 0);
        QCOMPARE(aggregates.counts().profiles.value(StatusCategory::Approved), 2);
        QCOMPARE(aggregates.counts().brandIdentity.value(QString()), 0);
        QCOMPARE(aggregates.counts().brandIdentity.value(QStringLiteral("SELF_DECLARED")), 1);

        // A campaign more for p1; p3 deleted.
        m_model.setCampaigns(
            QStringLiteral("p1"),
            QList<Campaign>{
                campaign(QStringLiteral("c1"), QStringLiteral("ACTIVE"), {QStringLiteral("MARKETING")}),
                campaign(QStringLiteral("c2"), QStringLiteral("ACTIVE"), {QStringLiteral("MARKETING")}),
                campaign(QStringLiteral("c4"), QStringLiteral("ACTIVE"), {QStringLiteral("TWO_FA")}),
            });
        m_model.removeProfile(QStringLiteral("p3"));
        QTRY_COMPARE(aggregates.counts().campaignTotal, 4);
        QCOMPARE(aggregates.counts().campaigns.value(StatusCategory::Approved), 3);
        QCOMPARE(aggregates.counts().useCases.value(QStringLiteral("MARKETING")), 2);
        QCOMPARE(aggregates.counts().useCases.value(QStringLiteral("CUSTOMER_CARE")), 0);
        QCOMPARE(aggregates.counts().useCases.value(QStringLiteral("TWO_FA")), 1);
        QCOMPARE(aggregates.counts().profileTotal, 3);
        QCOMPARE(aggregates.counts().profiles.value(StatusCategory::Rejected), 0);
        QCOMPARE(aggregates.rebuilds(), rebuilds); // updated in place, never counted again from scratch

        // Counting from scratch gives the same numbers.
        DashboardAggregates fresh(&m_model);
        QCOMPARE(fresh.counts().profiles, aggregates.counts().profiles);
        QCOMPARE(fresh.counts().campaigns, aggregates.counts().campaigns);
        QCOMPARE(fresh.counts().brandIdentity, aggregates.counts().brandIdentity);
        QCOMPARE(fresh.counts().useCases, aggregates.counts().useCases);
        QCOMPARE(fresh.attention(), aggregates.attention());
    }

    void anInheritedCampaignCountsOnce()
    {
        // The organization's campaign, listed under p3 and p4 (which inherit it) besides p1's own.
        Campaign shared = campaign(QStringLiteral("org-c"), QStringLiteral("SENT_CREATED"), {QStringLiteral("TWO_FA")},
                                   1, QStringLiteral("Carrier timeout"));
        shared.customerId = QStringLiteral("org");
        m_model.setCampaigns(QStringLiteral("p3"), QList<Campaign>{shared});
        m_model.setCampaigns(QStringLiteral("p4"), QList<Campaign>{shared});
        DashboardAggregates aggregates(&m_model);
        QCOMPARE(aggregates.counts().campaignTotal, 4); // c1, c2, c3 and the organization's, once
        // The report counts the same tree the same way: one definition.
        const auto node = [](const QString &id, QList<Campaign> campaigns) {
            ProfileNode n;
            n.profile.id = id;
            n.campaigns = std::move(campaigns);
            return n;
        };
        const OrganizationTree tree{
            {},
            {node(QStringLiteral("p1"),
                  {campaign(QStringLiteral("c1"), QStringLiteral("ACTIVE"), {}),
                   campaign(QStringLiteral("c2"), QStringLiteral("SENT_CREATED"), {})}),
             node(QStringLiteral("p2"), {campaign(QStringLiteral("c3"), QStringLiteral("SENT_CREATED"), {})}),
             node(QStringLiteral("p3"), {shared}), node(QStringLiteral("p4"), {shared})}};
        QCOMPARE(tree.campaignCount(), aggregates.counts().campaignTotal);
        QCOMPARE(ComplianceReport(tree, {}).campaignCount(), aggregates.counts().campaignTotal);
        QCOMPARE(aggregates.counts().useCases.value(QStringLiteral("TWO_FA")), 1);
        QCOMPARE(aggregates.counts().campaigns.value(StatusCategory::NotSynced), 2); // c3's and its sync errors
        int listed = 0;
        for (const auto &item : aggregates.attention())
            listed += item.campaignId == QLatin1String("org-c") ? 1 : 0;
        QCOMPARE(listed, 1); // its sync error needs attention once

        // Approved, as p3's list says first and then p4's: counted once, as approved.
        shared.status = QStringLiteral("ACTIVE");
        shared.tcrSyncError.clear();
        m_model.setCampaigns(QStringLiteral("p3"), QList<Campaign>{shared});
        QTRY_COMPARE(aggregates.counts().campaigns.value(StatusCategory::Approved), 2);
        QCOMPARE(aggregates.counts().campaigns.value(StatusCategory::NotSynced), 1);
        QCOMPARE(aggregates.counts().campaignTotal, 4);
        QSignalSpy changed(&aggregates, &DashboardAggregates::changed);
        m_model.setCampaigns(QStringLiteral("p4"), QList<Campaign>{shared});
        QVERIFY(changed.wait(5000));
        QCOMPARE(aggregates.counts().campaigns.value(StatusCategory::Approved), 2);
        QCOMPARE(aggregates.counts().campaigns.value(StatusCategory::NotSynced), 1);
        QCOMPARE(aggregates.counts().campaignTotal, 4);

        // No profile lists it any more: gone from the counts.
        m_model.setCampaigns(QStringLiteral("p3"), QList<Campaign>{});
        m_model.setCampaigns(QStringLiteral("p4"), QList<Campaign>{});
        QTRY_COMPARE(aggregates.counts().campaignTotal, 3);
        QCOMPARE(aggregates.counts().useCases.value(QStringLiteral("TWO_FA")), 0);
        DashboardAggregates fresh(&m_model);
        QCOMPARE(fresh.counts().campaigns, aggregates.counts().campaigns);
    }

    void theWaitingThresholdAndTimePassing()
    {
        DashboardAggregates aggregates(&m_model);
        const auto waiting = [&aggregates] {
            QStringList ids;
            for (const auto &item : aggregates.attention())
                if (item.reason == DashboardAggregates::AttentionItem::Reason::Waiting)
                    ids << (item.campaignId.isEmpty() ? item.profileId : item.campaignId);
            return ids;
        };
        QCOMPARE(waiting(), (QStringList{u"c2"_qs, u"p2"_qs}));
        aggregates.setWaitingThresholdDays(3650);
        QVERIFY(waiting().isEmpty());
        aggregates.setWaitingThresholdDays(0); // at least a day
        QCOMPARE(aggregates.waitingThresholdDays(), 1);
        QCOMPARE(waiting(), (QStringList{u"c2"_qs, u"p2"_qs}));

        // A review crosses the threshold with time alone: everything is looked at again each hour.
        auto *clock = aggregates.findChild<QTimer *>(QStringLiteral("clock"));
        QVERIFY(clock && clock->isActive());
        QCOMPARE(clock->interval(), 3600 * 1000);
        const int rebuilds = aggregates.rebuilds();
        QSignalSpy changed(&aggregates, &DashboardAggregates::changed);
        clock->setInterval(1);
        QVERIFY(changed.wait(5000));
        QVERIFY(aggregates.rebuilds() > rebuilds);
    }

    void aLargeTreeIsCountedAgainASliceAtATime()
    {
        // 12,000 profiles, a third of them in review for weeks: more than one slice of a whole recount.
        OrganizationModel model;
        QList<Profile> profiles;
        for (int i = 0; i < 12000; ++i)
            profiles.append(profile(QStringLiteral("p%1").arg(i),
                                    i % 3 ? QStringLiteral("approved") : QStringLiteral("pending_review"),
                                    QStringLiteral("VERIFIED"), false, 20));
        model.setProfiles(profiles);
        DashboardAggregates aggregates(&model);
        QTRY_VERIFY(aggregates.isCurrent());
        QCOMPARE(aggregates.counts().profileTotal, 12000);
        QCOMPARE(aggregates.attention().size(), 4000);

        // The threshold moves past every wait: the recount takes several turns, and the numbers it shows between
        // them are never emptied (every profile still counted once).
        QList<int> totals;
        connect(&aggregates, &DashboardAggregates::changed, this,
                [&] { totals.append(aggregates.counts().profileTotal); });
        aggregates.setWaitingThresholdDays(30);
        QVERIFY(!aggregates.isCurrent()); // only the first slice so far
        QTRY_VERIFY(aggregates.isCurrent());
        QVERIFY(totals.size() > 1);
        QVERIFY(std::all_of(totals.cbegin(), totals.cend(), [](int total) { return total == 12000; }));
        QVERIFY(aggregates.attention().isEmpty());
        DashboardAggregates fresh(&model);
        fresh.setWaitingThresholdDays(30);
        QTRY_VERIFY(fresh.isCurrent());
        QCOMPARE(aggregates.counts().profiles, fresh.counts().profiles);
        QCOMPARE(aggregates.counts().brandIdentity, fresh.counts().brandIdentity);
    }
};

QTEST_GUILESS_MAIN(TestDashboardAggregates)
#include "tst_dashboardaggregates.moc"
