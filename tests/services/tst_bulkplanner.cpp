#include "domain/campaigntemplate.h"
#include "lint/lintfixtures.h"
#include "services/bulkplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cd;

// What a bulk job will do before it is sent: the template filled in per profile, each item checked against its own
// profile, and what cannot be done left out with the reason.
class TestBulkPlanner : public QObject
{
    Q_OBJECT

private:
    static Profile profile(const QString &id, const QString &name, const QString &business = {})
    {
        Profile p;
        p.id = id;
        p.name = name;
        p.status = QStringLiteral("incomplete");
        Brand brand;
        BrandContact contact;
        contact.businessName = business.isEmpty() ? name : business;
        contact.phone = QStringLiteral("+14155550100");
        contact.email = QStringLiteral("office@%1.example").arg(id);
        brand.contact = contact;
        BrandBusiness b;
        b.url = QStringLiteral("https://%1.example").arg(id);
        brand.business = b;
        p.brand = brand;
        return p;
    }

    static ProfileNode node(const Profile &p, QList<Campaign> campaigns = {})
    {
        ProfileNode n;
        n.profile = p;
        n.campaigns = std::move(campaigns);
        n.campaignsLoaded = true;
        return n;
    }

    static QJsonObject compliant() { return QJsonDocument::fromJson(kCompliant).object(); }

    // The compliant campaign with its brand's name replaced by the placeholder.
    static QJsonObject templated() { return templatedCompliant(); }

    static const PlannedItem &itemFor(const BulkPlan &plan, const QString &profileId)
    {
        for (const PlannedItem &p : plan.items)
            if (p.item.profileId == profileId)
                return p;
        qFatal("no item for %s", qPrintable(profileId));
    }

private Q_SLOTS:
    void placeholdersAreFilledPerProfile()
    {
        QJsonObject campaign = templated();
        campaign.insert(QStringLiteral("helpMessage"),
                        QStringLiteral("{{brand_name}}: call {{contact_phone}} or write to {{contact_email}}; "
                                       "{{website}}. Reply STOP to opt out. Order {id}."));
        const Profile zurich = profile(QStringLiteral("p_zh"), QStringLiteral("Zürich Dental"),
                                       QStringLiteral("Zahnarztpraxis Zürich AG"));
        const CampaignTemplate::Filled filled = CampaignTemplate::fill(campaign, zurich);
        QVERIFY(filled.ok());
        QCOMPARE(filled.campaign.value(QLatin1String("helpMessage")).toString(),
                 QStringLiteral("Zahnarztpraxis Zürich AG: call +14155550100 or write to office@p_zh.example; "
                                "https://p_zh.example. Reply STOP to opt out. Order {id}."));
        const QString sample = filled.campaign.value(QLatin1String("useCases"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("sampleMessages"))
                                   .toArray()
                                   .at(0)
                                   .toString();
        QVERIFY(sample.startsWith(QStringLiteral("Zahnarztpraxis Zürich AG: Hi {name}")));
        QCOMPARE(CampaignTemplate::used(campaign),
                 (QStringList{QStringLiteral("brand_name"), QStringLiteral("contact_phone"),
                              QStringLiteral("contact_email"), QStringLiteral("website")}));

        // A profile without the value, and a placeholder that does not exist, are said, not sent half-filled.
        Profile bare = profile(QStringLiteral("p_bare"), QStringLiteral("Bare"));
        bare.brand->business.reset();
        QJsonObject unknown = templated();
        unknown.insert(QStringLiteral("description"), QStringLiteral("{{brandname}} sends reminders at {{website}}"));
        const BulkPlan plan = BulkPlanner::applyCampaign(unknown, {node(bare), node(zurich)});
        QCOMPARE(itemFor(plan, QStringLiteral("p_bare")).verdict, PlannedItem::Verdict::Errors);
        QVERIFY(itemFor(plan, QStringLiteral("p_bare")).reason.contains(QLatin1String("{{brandname}}")));
        const BulkPlan missing = BulkPlanner::applyCampaign(campaign, {node(bare)});
        QCOMPARE(missing.items.at(0).verdict, PlannedItem::Verdict::Errors);
        QVERIFY(missing.items.at(0).reason.contains(QLatin1String("{{website}}")));
        QCOMPARE(missing.job(QStringLiteral("t"), true).items.size(), 0); // left out
    }

    void eachItemIsLintedAgainstItsOwnBrand()
    {
        const Profile acme = profile(QStringLiteral("p_acme"), QStringLiteral("Acme Dental"));
        const Profile zurich = profile(QStringLiteral("p_zh"), QStringLiteral("Zürich Dental"));
        // Written for Acme: the samples name Acme, which is right for Acme and wrong for Zürich.
        const BulkPlan fixed = BulkPlanner::applyCampaign(compliant(), {node(acme), node(zurich)});
        QCOMPARE(itemFor(fixed, QStringLiteral("p_acme")).verdict, PlannedItem::Verdict::Ready);
        const PlannedItem &wrong = itemFor(fixed, QStringLiteral("p_zh"));
        QCOMPARE(wrong.verdict, PlannedItem::Verdict::Warnings);
        QVERIFY(!wrong.findings.byRule(QStringLiteral("C02")).isEmpty());
        QCOMPARE(fixed.counts().warnings, 1);
        QCOMPARE(fixed.job(QStringLiteral("t"), false).items.size(), 1); // warnings not acknowledged: held back
        QCOMPARE(fixed.job(QStringLiteral("t"), true).items.size(), 2);  // acknowledged once for the job

        // With the placeholder, each sample names its own brand.
        const BulkPlan filled = BulkPlanner::applyCampaign(templated(), {node(acme), node(zurich)});
        QCOMPARE(filled.counts().ready, 2);
        for (const PlannedItem &p : filled.items) {
            QVERIFY2(p.findings.byRule(QStringLiteral("C02")).isEmpty(), qPrintable(p.profileName));
            QCOMPARE(p.item.action, BulkItem::Action::CreateCampaign);
            QVERIFY(p.item.input.value(QLatin1String("name")).toString().startsWith(p.profileName));
            QVERIFY(!p.changes.isEmpty());
            QVERIFY(std::all_of(p.changes.cbegin(), p.changes.cend(),
                                [](const FieldChange &c) { return c.kind == FieldChange::Kind::Added; }));
        }
        // An error is left out whatever is acknowledged.
        QJsonObject shortened = templated();
        shortened.insert(QStringLiteral("privacyPolicyLink"), QStringLiteral("https://bit.ly/abc"));
        const BulkPlan broken = BulkPlanner::applyCampaign(shortened, {node(acme)});
        QCOMPARE(broken.items.at(0).verdict, PlannedItem::Verdict::Errors);
        QCOMPARE(broken.job(QStringLiteral("t"), true).items.size(), 0);
    }

    void whatCannotBeDoneIsLeftOutWithItsReason()
    {
        Profile inheriting = profile(QStringLiteral("p_inh"), QStringLiteral("Inheriting"));
        inheriting.inheritTcrCampaign = true;
        Profile brandless = profile(QStringLiteral("p_nob"), QStringLiteral("No brand"));
        brandless.brand.reset();
        const Profile twice = profile(QStringLiteral("p_twice"), QStringLiteral("Twice"));
        Campaign existing;
        existing.id = QStringLiteral("c_1");
        QJsonObject campaign = templated();
        campaign.insert(QStringLiteral("name"), QStringLiteral("Appointment reminders"));
        existing.name = QStringLiteral("appointment REMINDERS"); // the same name, whatever its case
        const BulkPlan plan =
            BulkPlanner::applyCampaign(campaign,
                                       {node(inheriting), node(brandless), node(twice, {existing}),
                                        node(profile(QStringLiteral("p_ok"), QStringLiteral("Fine")))});
        QCOMPARE(itemFor(plan, QStringLiteral("p_inh")).verdict, PlannedItem::Verdict::Excluded);
        QVERIFY(itemFor(plan, QStringLiteral("p_inh")).reason.contains(QLatin1String("inherit")));
        QCOMPARE(itemFor(plan, QStringLiteral("p_nob")).verdict, PlannedItem::Verdict::Excluded);
        QCOMPARE(itemFor(plan, QStringLiteral("p_twice")).verdict, PlannedItem::Verdict::Excluded);
        QVERIFY(itemFor(plan, QStringLiteral("p_twice")).reason.contains(QLatin1String("Appointment reminders")));
        QCOMPARE(plan.counts().excluded, 3);
        const BulkJob job = plan.job(QStringLiteral("Apply"), true);
        QCOMPARE(job.items.size(), 1);
        QCOMPARE(job.items.at(0).profileId, QStringLiteral("p_ok"));
        QCOMPARE(job.items.at(0).position, 0);
    }

    void profileChangesSendOnlyWhatDiffers()
    {
        Profile a = profile(QStringLiteral("p_a"), QStringLiteral("A"));
        a.billingModel = QStringLiteral("profile");
        Profile b = profile(QStringLiteral("p_b"), QStringLiteral("B"));
        b.billingModel = QStringLiteral("organization");
        Profile submitted = profile(QStringLiteral("p_s"), QStringLiteral("Submitted"));
        submitted.brand->submittedToTcr = true;
        ProfileChanges billing;
        billing.billingModel = QStringLiteral("organization");
        const BulkPlan plan = BulkPlanner::changeProfiles(billing, {node(a), node(b)});
        QCOMPARE(itemFor(plan, QStringLiteral("p_a")).verdict, PlannedItem::Verdict::Ready);
        QCOMPARE(itemFor(plan, QStringLiteral("p_a")).item.input,
                 QJsonObject({{QStringLiteral("billing_model"), QStringLiteral("organization")}}));
        const QList<FieldChange> &changes = itemFor(plan, QStringLiteral("p_a")).changes;
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).path, QStringLiteral("billing_model"));
        QCOMPARE(changes.at(0).before.toString(), QStringLiteral("profile"));
        QCOMPARE(itemFor(plan, QStringLiteral("p_b")).verdict, PlannedItem::Verdict::Excluded); // already so

        ProfileChanges brand;
        brand.brand = *a.brand;
        brand.brand->contact->email = QStringLiteral("new@acme.example");
        const BulkPlan brandPlan = BulkPlanner::changeProfiles(brand, {node(submitted)});
        QCOMPARE(brandPlan.items.at(0).verdict, PlannedItem::Verdict::Excluded);
        QVERIFY(brandPlan.items.at(0).reason.contains(QLatin1String("Campaign Registry")));

        ProfileChanges badShortName;
        badShortName.shortName = QStringLiteral("not valid!");
        QCOMPARE(BulkPlanner::changeProfiles(badShortName, {node(a)}).items.at(0).verdict,
                 PlannedItem::Verdict::Errors);
    }

    void brandFactsChangeOnEachProfilesOwnBrand()
    {
        Profile retail = profile(QStringLiteral("p_r"), QStringLiteral("Retail"));
        BrandCompliance facts;
        facts.vertical = QStringLiteral("RETAIL");
        facts.brandRelationship = QStringLiteral("SMALL_ACCOUNT");
        retail.brand->compliance = facts;
        retail.brand->contact->name = QStringLiteral("Ann Lee");
        retail.billingModel = QStringLiteral("profile");
        retail.billingContact =
            BillingContact{QStringLiteral("Ann Lee"), QStringLiteral("billing@retail.example"), {}, {}};
        Profile inheriting = profile(QStringLiteral("p_i"), QStringLiteral("Inheriting"));
        inheriting.inheritTcrBrand = true;
        inheriting.brand->isInherited = true;
        Profile already = retail;
        already.id = QStringLiteral("p_a");
        already.brand->compliance->vertical = QStringLiteral("HEALTHCARE");
        already.billingModel = QStringLiteral("organization");

        ProfileChanges billing;
        billing.billingModel = QStringLiteral("organization");
        BrandCompliance health;
        health.vertical = QStringLiteral("HEALTHCARE");
        const BulkPlan plan =
            BulkPlanner::changeProfileFields(billing, health, {node(retail), node(inheriting), node(already)});
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items.at(1).item.profileId, QStringLiteral("p_i")); // in the selection's order
        QCOMPARE(plan.items.at(1).verdict, PlannedItem::Verdict::Excluded);
        QCOMPARE(plan.items.at(2).verdict, PlannedItem::Verdict::Excluded); // already so
        const PlannedItem &changed = plan.items.at(0);
        QCOMPARE(changed.verdict, PlannedItem::Verdict::Ready);
        const QJsonObject brand = changed.item.input.value(QLatin1String("brand")).toObject();
        QCOMPARE(brand.value(QLatin1String("compliance")).toObject().value(QLatin1String("vertical")).toString(),
                 QStringLiteral("HEALTHCARE"));
        // The brand goes whole: its other facts as the profile has them.
        QCOMPARE(
            brand.value(QLatin1String("compliance")).toObject().value(QLatin1String("brandRelationship")).toString(),
            QStringLiteral("SMALL_ACCOUNT"));
        QCOMPARE(brand.value(QLatin1String("contact")).toObject().value(QLatin1String("phone")).toString(),
                 QStringLiteral("+14155550100"));
        QCOMPARE(changed.item.input.value(QLatin1String("billing_model")).toString(), QStringLiteral("organization"));

        // The countries it messages, checked as the editor checks them: a code that is not two letters is an error.
        BrandCompliance countries;
        countries.destinationCountries = {{QStringLiteral("US"), true}, {QStringLiteral("CAN"), false}};
        const BulkPlan wrong = BulkPlanner::changeProfileFields({}, countries, {node(retail)});
        QCOMPARE(wrong.items.at(0).verdict, PlannedItem::Verdict::Errors);
        QVERIFY(wrong.items.at(0).reason.contains(QLatin1String("CAN")));
        countries.destinationCountries = {{QStringLiteral("US"), true}, {QStringLiteral("CA"), false}};
        const BulkPlan right = BulkPlanner::changeProfileFields({}, countries, {node(retail)});
        QCOMPARE(right.items.at(0).verdict, PlannedItem::Verdict::Ready);
        QCOMPARE(right.items.at(0)
                     .item.input.value(QLatin1String("brand"))
                     .toObject()
                     .value(QLatin1String("compliance"))
                     .toObject()
                     .value(QLatin1String("destinationCountries"))
                     .toArray()
                     .size(),
                 2);
    }

    // A switch of inheritance for many profiles: each previewed as the single profile's dialog previews it; one
    // that sends now and would be left without an approved campaign is a warning to acknowledge, not a silent item.
    void aSwitchOfInheritanceIsPreviewedPerProfile()
    {
        Campaign shared;
        shared.id = QStringLiteral("c_org");
        shared.name = QStringLiteral("Org alerts");
        shared.customerId = QStringLiteral("org");
        shared.status = QStringLiteral("ACTIVE");
        const auto inheriting = [&](const QString &id, const QString &status) {
            Profile p = profile(id, id.toUpper());
            p.status = status;
            p.inheritTcrBrand = true;
            p.inheritTcrCampaign = true;
            p.brand->isInherited = true;
            p.billingModel = QStringLiteral("organization"); // nothing else about it to check
            return node(p, {shared});
        };
        const ProfileNode live = inheriting(QStringLiteral("p_live"), QStringLiteral("approved"));
        const ProfileNode draft = inheriting(QStringLiteral("p_draft"), QStringLiteral("incomplete"));
        Inheritance organization;
        for (const ProfileNode &n : {live, draft}) {
            organization.setProfile(ProfileOverview::of(n.profile));
            organization.setCampaigns(n.profile.id, {CampaignOverview::of(shared, n.profile.id)});
        }
        ProfileChanges own;
        own.inheritTcrCampaign = false;
        const BulkPlan plan = BulkPlanner::changeProfileFields(own, {}, {live, draft}, &organization);
        QCOMPARE(plan.items.size(), 2);
        const PlannedItem &first = itemFor(plan, QStringLiteral("p_live"));
        QVERIFY2(first.inheritance.has_value(), qPrintable(first.reason));
        QVERIFY(first.inheritance->stopsSending);
        QCOMPARE(first.verdict, PlannedItem::Verdict::Warnings);
        QCOMPARE(first.reason, first.inheritance->warning);
        QCOMPARE(first.inheritance->campaignsGone.size(), 1);
        const PlannedItem &second = itemFor(plan, QStringLiteral("p_draft"));
        QVERIFY(second.inheritance.has_value() && !second.inheritance->stopsSending);
        QCOMPARE(second.verdict, PlannedItem::Verdict::Ready);
        QCOMPARE(second.item.input.value(QLatin1String("inherit_tcr_campaign")).toBool(true), false);
        // Without the organization's view, the plan is the plain field change.
        QVERIFY(!BulkPlanner::changeProfileFields(own, {}, {live}).items.at(0).inheritance.has_value());
    }

    void completionShowsTheChecklist()
    {
        Profile ready = profile(QStringLiteral("p_r"), QStringLiteral("Ready"));
        ready.shortName = QStringLiteral("READY");
        ready.description = QStringLiteral("A dental practice");
        Campaign campaign = Campaign::fromJson(compliant());
        campaign.id = QStringLiteral("c_1");
        Profile done = profile(QStringLiteral("p_d"), QStringLiteral("Done"));
        done.status = QStringLiteral("approved");
        Profile lacking = profile(QStringLiteral("p_l"), QStringLiteral("Lacking"));
        const BulkPlan plan = BulkPlanner::completeProfiles(QStringLiteral("https://hooks.example/x"),
                                                            {node(ready, {campaign}), node(done), node(lacking)});
        const PlannedItem &r = itemFor(plan, QStringLiteral("p_r"));
        QVERIFY(r.checklist);
        QCOMPARE(r.verdict, r.checklist->ready() ? PlannedItem::Verdict::Ready : PlannedItem::Verdict::Errors);
        QCOMPARE(r.item.input.value(QLatin1String("webHookUrl")).toString(), QStringLiteral("https://hooks.example/x"));
        QCOMPARE(itemFor(plan, QStringLiteral("p_d")).verdict, PlannedItem::Verdict::Excluded);
        const PlannedItem &l = itemFor(plan, QStringLiteral("p_l"));
        QVERIFY(l.checklist);
        QVERIFY(!l.checklist->ready());
        QCOMPARE(l.verdict, PlannedItem::Verdict::Errors);
        QVERIFY(!l.reason.isEmpty());
    }

    void deletionsSayWhatGoesWithThem()
    {
        Profile p = profile(QStringLiteral("p_del"), QStringLiteral("Closing branch"));
        p.sendingPhoneNumber = QStringLiteral("+14155550199");
        Campaign one;
        one.id = QStringLiteral("c_1");
        one.name = QStringLiteral("Reminders");
        const BulkPlan plan = BulkPlanner::deleteProfiles({node(p, {one})});
        const PlannedItem &item = plan.items.at(0);
        QCOMPARE(item.item.action, BulkItem::Action::DeleteProfile);
        QCOMPARE(item.item.target(), QStringLiteral("DELETE /v3/profiles/p_del"));
        QCOMPARE(item.changes.size(), 2);
        QCOMPARE(item.changes.at(0).before.toString(), QStringLiteral("Reminders"));
        QCOMPARE(item.changes.at(1).before.toString(), QStringLiteral("+14155550199"));

        Profile inheriting = p;
        inheriting.id = QStringLiteral("p_inh");
        inheriting.inheritTcrCampaign = true;
        const BulkPlan campaigns = BulkPlanner::deleteCampaigns({node(p, {one}), node(inheriting, {one})});
        QCOMPARE(campaigns.items.size(), 2);
        QCOMPARE(campaigns.items.at(0).item.target(), QStringLiteral("DELETE /v3/profiles/p_del/campaigns/c_1"));
        QCOMPARE(campaigns.items.at(0).verdict, PlannedItem::Verdict::Ready);
        QCOMPARE(campaigns.items.at(1).verdict, PlannedItem::Verdict::Excluded);
    }
};

QTEST_GUILESS_MAIN(TestBulkPlanner)
#include "tst_bulkplanner.moc"
