#include "domain/inheritance.h"

#include <QTest>

using namespace cd;

namespace {

const QString kOrg = QStringLiteral("org");

BrandOverview approvedBrand(bool inherited)
{
    BrandOverview b;
    b.status = Status{QStringLiteral("ACTIVE"), StatusCategory::Approved};
    b.tcrStatus = QStringLiteral("ACTIVE");
    b.identityStatus = QStringLiteral("VETTED_VERIFIED");
    b.tcrBrandId = QStringLiteral("BORG1");
    b.isInherited = inherited;
    return b;
}

ProfileOverview overview(const QString &id, bool inheritBrand, bool inheritCampaigns, bool ownBrand = false)
{
    ProfileOverview p;
    p.id = id;
    p.name = id.toUpper();
    p.inheritTcrBrand = inheritBrand;
    p.inheritTcrCampaign = inheritCampaigns;
    if (inheritBrand)
        p.brand = approvedBrand(true);
    else if (ownBrand)
        p.brand = approvedBrand(false);
    return p;
}

CampaignOverview campaign(const QString &id, bool inherited, StatusCategory status = StatusCategory::Approved)
{
    CampaignOverview c;
    c.id = id;
    c.name = QStringLiteral("Campaign ") + id;
    c.status = Status{status == StatusCategory::Approved ? QStringLiteral("ACTIVE") : QStringLiteral("X"), status};
    c.inherited = inherited;
    return c;
}

// The profile a switch starts from: live (approved) or not, with what it inherits.
Profile profile(const QString &id, bool inheritBrand, bool inheritCampaigns, bool live)
{
    Profile p;
    p.id = id;
    p.name = id.toUpper();
    p.shortName = QStringLiteral("Short");
    p.description = QStringLiteral("A profile");
    p.status = live ? QStringLiteral("approved") : QStringLiteral("incomplete");
    p.inheritTcrBrand = inheritBrand;
    p.inheritTcrCampaign = inheritCampaigns;
    Brand brand;
    brand.isInherited = inheritBrand;
    brand.status = QStringLiteral("ACTIVE");
    brand.identityStatus = QStringLiteral("VERIFIED");
    p.brand = brand;
    return p;
}

} // namespace

// The organization's brand and campaigns as its profiles report them, counted once, kept current a profile at a
// time; the groups by setup; the profiles affected by the organization's state; and the preview of each switch of
// inheritance, with the warning for a live profile that would stop sending.
class TestInheritance : public QObject
{
    Q_OBJECT

private:
    // Five profiles, one of each setup (p5 has neither brand nor campaigns), plus p6: a second inheritor of both.
    static Inheritance organization()
    {
        Inheritance in;
        in.setProfile(overview(QStringLiteral("p1"), true, true));
        in.setProfile(overview(QStringLiteral("p2"), true, false));
        in.setProfile(overview(QStringLiteral("p3"), false, true, true));
        in.setProfile(overview(QStringLiteral("p4"), false, false, true));
        in.setProfile(overview(QStringLiteral("p5"), false, false));
        in.setProfile(overview(QStringLiteral("p6"), true, true));
        const QList<CampaignOverview> shared{campaign(QStringLiteral("o1"), true),
                                             campaign(QStringLiteral("o2"), true)};
        in.setCampaigns(QStringLiteral("p1"), shared);
        in.setCampaigns(QStringLiteral("p6"), shared);
        in.setCampaigns(QStringLiteral("p3"), {shared.first()});
        in.setCampaigns(QStringLiteral("p2"), {campaign(QStringLiteral("c2"), false)});
        in.setCampaigns(QStringLiteral("p4"), {campaign(QStringLiteral("c4"), false)});
        in.setCampaigns(QStringLiteral("p5"), {});
        return in;
    }

private Q_SLOTS:
    void theOrganizationsItemsCountOnce()
    {
        const Inheritance in = organization();
        QVERIFY(in.brand().has_value());
        QCOMPARE(in.brand()->tcrBrandId, QStringLiteral("BORG1"));
        QCOMPARE(in.brandInheritorCount(), 3);
        QCOMPARE(in.brandInheritors(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p6")}));
        const QList<Inheritance::SharedCampaign> campaigns = in.campaigns();
        QCOMPARE(campaigns.size(), 2); // listed under three profiles, counted once each
        QCOMPARE(campaigns.at(0).campaign.id, QStringLiteral("o1"));
        QCOMPARE(campaigns.at(0).inheritors,
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("p6")}));
        QCOMPARE(campaigns.at(1).inheritors, (QStringList{QStringLiteral("p1"), QStringLiteral("p6")}));
        QCOMPARE(in.inheritorCount(QStringLiteral("o2")), 2);
    }

    void profilesAreGroupedBySetup()
    {
        const QMap<Setup, QStringList> groups = organization().groups();
        QCOMPARE(groups.value(Setup::OrganizationBoth), (QStringList{QStringLiteral("p1"), QStringLiteral("p6")}));
        QCOMPARE(groups.value(Setup::OrganizationBrandOwnCampaigns), QStringList{QStringLiteral("p2")});
        QCOMPARE(groups.value(Setup::OwnBrandOrganizationCampaigns), QStringList{QStringLiteral("p3")});
        QCOMPARE(groups.value(Setup::OwnBoth), QStringList{QStringLiteral("p4")});
        QCOMPARE(groups.value(Setup::Missing), QStringList{QStringLiteral("p5")});
        QCOMPARE(organization().sourcesOf(QStringLiteral("p2")), (ProfileSources{Source::Organization, Source::Own}));
    }

    void changesKeepItCurrent()
    {
        Inheritance in = organization();
        // p6 stops inheriting campaigns: its list is no longer the organization's until read again.
        in.setProfile(overview(QStringLiteral("p6"), true, false));
        QCOMPARE(in.inheritorCount(QStringLiteral("o2")), 1);
        in.removeProfile(QStringLiteral("p1"));
        QCOMPARE(in.inheritorCount(QStringLiteral("o2")), 0);
        QVERIFY(!in.campaign(QStringLiteral("o2")).has_value()); // nobody lists it any more
        QCOMPARE(in.campaigns().size(), 1);
        QCOMPARE(in.brandInheritorCount(), 2);
    }

    void aRejectedOrganizationCampaignAffectsItsInheritors()
    {
        Inheritance in = organization();
        QVERIFY(in.affectedProfiles().isEmpty());
        CampaignOverview rejected = campaign(QStringLiteral("o2"), true, StatusCategory::Rejected);
        in.setCampaigns(QStringLiteral("p1"), {campaign(QStringLiteral("o1"), true), rejected});
        QCOMPARE(in.affectedProfiles(), (QSet<QString>{QStringLiteral("p1"), QStringLiteral("p6")}));
        ProfileOverview suspended = overview(QStringLiteral("p2"), true, false);
        Brand orgBrand; // as sent.dm reports a suspended brand, through the same status mapping as everywhere
        orgBrand.status = QStringLiteral("SUSPENDED");
        orgBrand.identityStatus = QStringLiteral("VETTED_VERIFIED");
        suspended.brand->tcrStatus = orgBrand.status;
        suspended.brand->status = brandStatus(orgBrand);
        in.setProfile(suspended);
        QVERIFY(in.brandNeedsAttention());
        QCOMPARE(in.affectedProfiles().size(), 3);
    }

    // The four transitions, each previewed before it is made.
    void brandFromTheOrganizationToItsOwn()
    {
        const Inheritance in = organization();
        const Profile p = profile(QStringLiteral("p2"), true, false, false);
        const InheritanceSwitch s =
            InheritanceSwitch::of(p, {campaign(QStringLiteral("c2"), false)}, in, {false, false});
        QVERIFY(s.changes);
        QVERIFY(s.brandAfter.contains(QLatin1String("no brand of its own")));
        QCOMPARE(s.toDo.size(), 1);
        const auto brand = std::find_if(s.checklist.items.cbegin(), s.checklist.items.cend(),
                                        [](const CompletionChecklist::Item &i) { return i.id == u"brand"; });
        QVERIFY(brand != s.checklist.items.cend() && !brand->met);
        QVERIFY(!s.stopsSending); // not live
    }

    void brandFromItsOwnToTheOrganization()
    {
        const Inheritance in = organization();
        const Profile p = profile(QStringLiteral("p4"), false, false, true);
        const InheritanceSwitch s =
            InheritanceSwitch::of(p, {campaign(QStringLiteral("c4"), false)}, in, {true, false});
        QVERIFY(s.changes);
        QVERIFY(s.brandAfter.contains(QLatin1String("organization's brand")));
        QCOMPARE(s.campaignsAfter.size(), 1);
        QVERIFY(s.campaignsGone.isEmpty());
        QVERIFY(s.checklist.ready());
        QVERIFY(!s.stopsSending); // the organization's brand is approved, its own campaign too
    }

    void campaignsFromTheOrganizationToItsOwnStopsALiveProfile()
    {
        const Inheritance in = organization();
        const Profile p = profile(QStringLiteral("p1"), true, true, true);
        const QList<CampaignOverview> listed{campaign(QStringLiteral("o1"), true),
                                             campaign(QStringLiteral("o2"), true)};
        const InheritanceSwitch s = InheritanceSwitch::of(p, listed, in, {true, false});
        QVERIFY(s.changes);
        QVERIFY(s.campaignsAfter.isEmpty());
        QCOMPARE(s.campaignsGone.size(), 2);
        QVERIFY(s.stopsSending);
        QVERIFY(s.warning.contains(QLatin1String("no approved campaign")));
        QVERIFY(s.describe().first().contains(s.warning));
        // Not live: the same switch stops nothing.
        QVERIFY(!InheritanceSwitch::of(profile(QStringLiteral("p1"), true, true, false), listed, in, {true, false})
                     .stopsSending);
    }

    void campaignsFromItsOwnToTheOrganization()
    {
        const Inheritance in = organization();
        const Profile p = profile(QStringLiteral("p2"), true, false, true);
        const InheritanceSwitch s = InheritanceSwitch::of(p, {campaign(QStringLiteral("c2"), false)}, in, {true, true});
        QVERIFY(s.changes);
        QCOMPARE(s.campaignsAfter.size(), 2); // the organization's two
        QCOMPARE(s.campaignsGone.size(), 1);  // its own
        QVERIFY(!s.stopsSending);
        QVERIFY(s.checklist.ready());
    }

    void noSwitchNoChange()
    {
        const Profile p = profile(QStringLiteral("p1"), true, true, true);
        const InheritanceSwitch s = InheritanceSwitch::of(p, {}, organization(), {true, true});
        QVERIFY(!s.changes);
        QVERIFY(!s.stopsSending);
        QCOMPARE(s.describe().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInheritance)
#include "tst_inheritance.moc"
