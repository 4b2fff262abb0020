#include "sandboxtestclient.h"

#include "sandbox/sandboxstate.h"

using namespace cd::sandbox;

// Campaigns under a profile's brand: sent-api.md §2.10, §5.1, §5.2, §5.4 and the seed document.
class TestSandboxCampaigns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;

    QString profileWhere(const std::function<bool(const Profile &)> &predicate) const
    {
        return findProfile(*m_server, predicate);
    }
    QString ownCampaignsProfile() const
    {
        return profileWhere([this](const Profile &p) {
            return !p.inheritTcrCampaign && m_server->state().effectiveBrand(p) && !p.campaigns.isEmpty();
        });
    }
    static QString path(const QString &profileId, const QString &campaignId = {})
    {
        return QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId)
            + (campaignId.isEmpty() ? QString() : QLatin1Char('/') + campaignId);
    }

private Q_SLOTS:
    void init()
    {
        m_server = startSandbox();
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
    }

    void listIsABareArrayInCamelCase()
    {
        const TestReply r = m_client->get(path(ownCampaignsProfile()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.data().isArray());
        const QJsonObject c = r.data().toArray().first().toObject();
        for (const char *key :
             {"id", "name", "description", "type", "brandId", "customerId", "status", "submittedToTCR", "submittedAt",
              "tcrCampaignId", "tcrSyncError", "messageFlow", "privacyPolicyLink", "optoutKeywords", "createdAt",
              "updatedAt", "useCases", "cost", "billedDate"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        const QJsonObject useCase = c.value(QLatin1String("useCases")).toArray().first().toObject();
        QCOMPARE(useCase.value(QLatin1String("campaignId")).toString(), c.value(QLatin1String("id")).toString());
        QCOMPARE(useCase.value(QLatin1String("customerId")).toString(),
                 QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(useCase.value(QLatin1String("createdAt")).toString(), QStringLiteral("0001-01-01T00:00:00+00:00"));
        QVERIFY(useCase.value(QLatin1String("updatedAt")).isNull());
    }

    void inheritedCampaignsAreListedAndReadOnly()
    {
        const QString id = profileWhere(
            [](const Profile &p) { return p.inheritTcrBrand && p.inheritTcrCampaign && !p.name.isEmpty(); });
        const QString orgId = m_server->state().organization().id;
        const TestReply r = m_client->get(path(id));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.data().toArray();
        QCOMPARE(list.size(), m_server->state().organization().campaigns.size());
        const QString inheritedId = list.first().toObject().value(QLatin1String("id")).toString();
        QCOMPARE(list.first().toObject().value(QLatin1String("customerId")).toString(), orgId);

        TestReply put = m_client->send("PUT", path(id, inheritedId), campaignBody());
        QCOMPARE(put.status, 400);
        QVERIFY(put.details().contains(QLatin1String("campaignId")));
        QCOMPARE(m_client->send("DELETE", path(id, inheritedId)).status, 400);
        const TestReply create = m_client->send("POST", path(id), campaignBody());
        QCOMPARE(create.status, 400);
        QVERIFY(create.details()
                    .value(QLatin1String("campaign"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("inherit_tcr_campaign")));
    }

    void brandNotFoundForProfile()
    {
        const QString id = profileWhere([this](const Profile &p) { return !m_server->state().effectiveBrand(p); });
        QVERIFY(!id.isEmpty());
        TestReply r = m_client->get(path(id));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("RESOURCE_009"));
        QCOMPARE(r.error().value(QLatin1String("message")).toString(),
                 QStringLiteral("Brand not found for this profile"));
        r = m_client->send("POST", path(id), campaignBody());
        QCOMPARE(r.errorCode(), QStringLiteral("RESOURCE_009"));
    }

    void createUpdateDelete()
    {
        const QString id = ownCampaignsProfile();
        TestReply r = m_client->send("POST", path(id), campaignBody());
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.data().toObject();
        const QString campaignId = created.value(QLatin1String("id")).toString();
        QCOMPARE(created.value(QLatin1String("customerId")).toString(), id);
        QCOMPARE(created.value(QLatin1String("submittedToTCR")).toBool(true), false);
        QVERIFY(created.value(QLatin1String("status")).isNull());
        QCOMPARE(created.value(QLatin1String("brandId")).toString(),
                 m_server->state().effectiveBrand(*m_server->state().profile(id))->id);

        // PUT replaces the whole campaign: optional fields left out become null.
        QJsonObject body = campaignBody(QStringLiteral("Renamed"));
        QJsonObject campaign = body.value(QLatin1String("campaign")).toObject();
        campaign.remove(QStringLiteral("privacyPolicyLink"));
        body.insert(QStringLiteral("campaign"), campaign);
        r = m_client->send("PUT", path(id, campaignId), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));
        QVERIFY(r.data().toObject().value(QLatin1String("privacyPolicyLink")).isNull());
        QVERIFY(!r.data().toObject().value(QLatin1String("updatedAt")).isNull());

        r = m_client->send("DELETE", path(id, campaignId));
        QCOMPARE(r.status, 204);
        const QJsonArray list = m_client->get(path(id)).data().toArray();
        for (const auto &c : list)
            QVERIFY(c.toObject().value(QLatin1String("id")).toString() != campaignId);
        r = m_client->send("DELETE", path(id, campaignId));
        QCOMPARE(r.status, 404);
    }

    void submittedCampaignCannotBeUpdated()
    {
        QString campaignId;
        const QString id = profileWhere([&campaignId](const Profile &p) {
            for (const auto &c : p.campaigns)
                if (c.submittedToTcr) {
                    campaignId = c.id;
                    return true;
                }
            return false;
        });
        const TestReply r = m_client->send("PUT", path(id, campaignId), campaignBody());
        QCOMPARE(r.status, 400);
        QVERIFY(
            r.details().value(QLatin1String("campaign")).toArray().first().toString().contains(QLatin1String("TCR")));
    }

    void contentValidation_data()
    {
        QTest::addColumn<QJsonObject>("useCase");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        auto useCase = [](const QString &value, const QJsonArray &samples) {
            return QJsonObject{{QStringLiteral("messagingUseCaseUs"), value},
                               {QStringLiteral("sampleMessages"), samples}};
        };
        QTest::newRow("no samples") << useCase(QStringLiteral("MARKETING"), {}) << "campaign.useCases[0].sampleMessages"
                                    << "VALIDATION_005";
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(QStringLiteral("Sample %1. Reply STOP to opt out.").arg(i));
        QTest::newRow("six samples") << useCase(QStringLiteral("MARKETING"), six)
                                     << "campaign.useCases[0].sampleMessages"
                                     << "VALIDATION_005";
        QTest::newRow("1025 characters") << useCase(QStringLiteral("MARKETING"), {QString(1025, QLatin1Char('a'))})
                                         << "campaign.useCases[0].sampleMessages[0]"
                                         << "VALIDATION_005";
        QTest::newRow("enum is case-sensitive")
            << useCase(QStringLiteral("marketing"), {QStringLiteral("Hi")}) << "campaign.useCases[0].messagingUseCaseUs"
            << "VALIDATION_006";
        QTest::newRow("unknown use case")
            << useCase(QStringLiteral("RAFFLES"), {QStringLiteral("Hi")}) << "campaign.useCases[0].messagingUseCaseUs"
            << "VALIDATION_006";
    }

    void contentValidation()
    {
        QFETCH(QJsonObject, useCase);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QJsonObject body = campaignBody();
        QJsonObject campaign = body.value(QLatin1String("campaign")).toObject();
        campaign.insert(QStringLiteral("useCases"), QJsonArray{useCase});
        body.insert(QStringLiteral("campaign"), campaign);
        const TestReply r = m_client->send("POST", path(ownCampaignsProfile()), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QVERIFY2(r.details().contains(field), r.body.constData());
    }

    void requiredFields()
    {
        TestReply r =
            m_client->send("POST", path(ownCampaignsProfile()), QJsonObject{{QStringLiteral("sandbox"), false}});
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_004"));
        QVERIFY(r.details().contains(QLatin1String("campaign")));
        r = m_client->send(
            "POST", path(ownCampaignsProfile()),
            QJsonObject{{QStringLiteral("campaign"),
                         QJsonObject{{QStringLiteral("privacyPolicyLink"), QStringLiteral("ftp://x")}}}});
        QCOMPARE(r.status, 400);
        for (const char *field : {"campaign.name", "campaign.description", "campaign.type", "campaign.useCases",
                                  "campaign.privacyPolicyLink"})
            QVERIFY2(r.details().contains(QLatin1String(field)), field);
    }

    void campaignRoles()
    {
        const QString orgId = m_server->state().organization().id;
        TestClient developer(m_server->baseUrl(), m_server->addApiKey(orgId, true, QStringLiteral("developer")));
        QCOMPARE(developer.send("POST", path(ownCampaignsProfile()), campaignBody()).status, 201);
        TestClient billing(m_server->baseUrl(), m_server->addApiKey(orgId, true, QStringLiteral("billing")));
        const TestReply r = billing.send("POST", path(ownCampaignsProfile()), campaignBody());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_004"));
        QCOMPARE(billing.get(path(ownCampaignsProfile())).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCampaigns)
#include "tst_sandbox_campaigns.moc"
