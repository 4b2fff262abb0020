#include "clitestsupport.h"

#include "sandbox/sandboxstate.h"

using namespace cd::sandbox;
using namespace cd::clitest;

// compliance-desk-cli tree, a separate process against the sandbox: the same organization with and without faults,
// a profile key's one profile, a list that fails for good, and pacing under a low rate limit. The tree is written as
// it loads, so each of these also checks that the document is whole.
class TestCliTree : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        m_server = startSandbox();
    }

    void treeIsTheSameWithFaults()
    {
        SandboxOptions options;
        options.rateLimitPerMinute = 6000; // pacing is the next test's subject
        m_server = startSandbox(options);
        const CliRun clean = run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(clean.exitCode, 0);
        QJsonObject cleanTree = clean.json().toObject();
        QCOMPARE(cleanTree.value(QLatin1String("profiles")).toArray().size(), m_server->state().profiles().size());
        m_server->setFaultRates(0.2, 0, 0);
        const CliRun faulty = run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(faulty.exitCode, 0);
        QJsonObject faultyTree = faulty.json().toObject();
        QVERIFY(faultyTree.value(QLatin1String("client")).toObject().value(QLatin1String("retries")).toInt() > 0);
        cleanTree.remove(QStringLiteral("client"));
        faultyTree.remove(QStringLiteral("client"));
        QCOMPARE(faultyTree, cleanTree);
        const CliRun text = run({QStringLiteral("tree")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("└─ "));
        QVERIFY(text.err.contains("rate-limited (429)"));
    }

    void aFailedCampaignListStillEndsTheDocument()
    {
        SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        m_server = startSandbox(options);
        const CliRun clean = run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(clean.exitCode, 0);
        const QString failing = ownCampaignsProfile(*m_server);
        m_server->setFailingCampaignLists({failing});
        const CliRun broken = run({QStringLiteral("tree"), QStringLiteral("--json")});
        m_server->setFailingCampaignLists({});
        QVERIFY(broken.exitCode != 0); // the failure's exit code…
        QVERIFY(broken.err.contains("could not be loaded"));
        // …and still one whole JSON document, written as the profiles completed: every profile in the list's order,
        // the failing one in its place with what went wrong, every other one as in the clean run.
        QJsonParseError error{};
        const QJsonObject tree = QJsonDocument::fromJson(broken.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray cleanProfiles = clean.json().toObject().value(QLatin1String("profiles")).toArray();
        const QJsonArray profiles = tree.value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), cleanProfiles.size());
        bool seen = false;
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            QJsonObject profile = profiles.at(i).toObject();
            if (profile.value(QLatin1String("id")).toString() == failing) {
                seen = true;
                const QJsonObject why = profile.value(QLatin1String("campaigns_error")).toObject();
                QCOMPARE(why.value(QLatin1String("code")).toString(), QStringLiteral("INTERNAL_001"));
                QVERIFY(!why.value(QLatin1String("request_id")).toString().isEmpty());
                QVERIFY(profile.value(QLatin1String("campaigns")).toArray().isEmpty());
                continue;
            }
            QCOMPARE(profile, cleanProfiles.at(i).toObject());
        }
        QVERIFY(seen);
        QVERIFY(tree.contains(QLatin1String("client")));
    }

    // The demo organization, counted by hand from its seed (40 profiles, four of each scenario): the organization's
    // brand is used by the 12 profiles of the scenarios that inherit it (both, brand only, and the incomplete ones);
    // its two campaigns by the 8 that inherit campaigns; groups 8 / 4 / 0 / 24 / 4.
    void inheritanceGroupsTheDemoAsCounted()
    {
        const CliRun run1 = run({QStringLiteral("inheritance"), QStringLiteral("--json")});
        QCOMPARE(run1.exitCode, 0);
        const QJsonObject doc = run1.json().toObject();
        QCOMPARE(
            doc.value(QLatin1String("organization_brand")).toObject().value(QLatin1String("used_by")).toArray().size(),
            12);
        const QJsonArray campaigns = doc.value(QLatin1String("organization_campaigns")).toArray();
        QCOMPARE(campaigns.size(), 2);
        QSet<QString> orgCampaignIds;
        for (const Campaign &c : m_server->state().organization().campaigns)
            orgCampaignIds.insert(c.id);
        for (const QJsonValue &c : campaigns) {
            QVERIFY(orgCampaignIds.contains(c.toObject().value(QLatin1String("id")).toString()));
            QCOMPARE(c.toObject().value(QLatin1String("used_by")).toArray().size(), 8);
        }
        QHash<QString, int> groups;
        for (const QJsonValue &g : doc.value(QLatin1String("groups")).toArray())
            groups.insert(g.toObject().value(QLatin1String("setup")).toString(),
                          int(g.toObject().value(QLatin1String("profiles")).toArray().size()));
        QCOMPARE(groups.value(QStringLiteral("org_brand_org_campaigns")), 8);
        QCOMPARE(groups.value(QStringLiteral("org_brand_own_campaigns")), 4);
        QCOMPARE(groups.value(QStringLiteral("own_brand_org_campaigns")), 0);
        QCOMPARE(groups.value(QStringLiteral("own_brand_own_campaigns")), 24);
        QCOMPARE(groups.value(QStringLiteral("missing")), 4);
        QCOMPARE(doc.value(QLatin1String("affected_profiles")).toInt(), 0);

        // An organization campaign that did not reach the registry: every profile that uses it is affected.
        m_server->state().organization().campaigns[0].tcrSyncError = QStringLiteral("SAMPLE_MESSAGE: no brand name");
        const CliRun broken = run({QStringLiteral("inheritance")});
        QCOMPARE(broken.exitCode, 0);
        QVERIFY2(broken.out.contains("inherit a brand or campaign that was rejected")
                     && broken.out.contains("\n8 profile"),
                 broken.out.constData());
        QVERIFY(broken.out.contains("sync error: SAMPLE_MESSAGE"));
    }

    void treeWithAProfileKeyIsThatProfile()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const CliRun tree = run({QStringLiteral("tree"), QStringLiteral("--json")}, m_server->profileKeys().value(id));
        QCOMPARE(tree.exitCode, 0);
        const QJsonArray profiles = tree.json().toObject().value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(QLatin1String("id")).toString(), id);
        QCOMPARE(profiles.first().toObject().value(QLatin1String("campaigns")).toArray().size(),
                 m_server->state().profile(id)->campaigns.size());
    }

    void treeIsPacedBelowALowRateLimit()
    {
        SandboxOptions options;
        options.seed = *SeedSpec::parse(QStringLiteral("large:40:2"));
        options.rateLimitPerMinute = 120; // burst 30, then 2 per second: 42 requests need pacing
        m_server = startSandbox(options);
        const CliRun tree = run({QStringLiteral("tree"), QStringLiteral("--json")});
        QCOMPARE(tree.exitCode, 0);
        const QJsonObject o = tree.json().toObject();
        QCOMPARE(o.value(QLatin1String("profiles")).toArray().size(), 40);
        QCOMPARE(o.value(QLatin1String("client")).toObject().value(QLatin1String("rate_limited")).toInt(), 0);
        QCOMPARE(m_server->counters().rateLimited, 0);
        QVERIFY(tree.err.contains("0 rate-limited (429) answers"));
    }
};

QTEST_GUILESS_MAIN(TestCliTree)
#include "tst_cli_tree.moc"
