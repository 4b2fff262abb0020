#include "sandboxtestclient.h"

#include "sandbox/sandboxstate.h"

using namespace cd::sandbox;

// Transport rules of sent-api.md §1: envelope, headers, auth and scoping, idempotency, rate limits, sandbox
// flag, and the fault injection the client tests rely on.
class TestSandboxProtocol : public QObject
{
    Q_OBJECT

private:
    static QString firstProfileWithBrand(SandboxServer &server, bool inheritCampaigns = false)
    {
        for (const auto &p : server.state().profiles()) {
            if (server.state().effectiveBrand(p) && p.inheritTcrCampaign == inheritCampaigns)
                return p.id;
        }
        return {};
    }

private Q_SLOTS:
    void envelopeAndCommonHeaders()
    {
        auto server = startSandbox();
        TestClient client(server->baseUrl(), server->organizationKey());
        const TestReply r = client.get(QStringLiteral("/v3/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("success")).toBool(), true);
        QVERIFY(r.json.value(QLatin1String("error")).isNull());
        const QJsonObject meta = r.json.value(QLatin1String("meta")).toObject();
        QVERIFY(meta.value(QLatin1String("request_id")).toString().startsWith(QLatin1String("req_")));
        QCOMPARE(meta.value(QLatin1String("request_id")).toString().toLatin1(), r.header("X-Request-Id"));
        QCOMPARE(meta.value(QLatin1String("version")).toString(), QStringLiteral("v3"));
        QVERIFY(meta.value(QLatin1String("timestamp")).toString().contains(QLatin1String("+00:00")));
        QCOMPARE(r.header("X-API-Version"), QByteArray("v3"));
        QVERIFY(r.header("X-Response-Time").endsWith("ms"));
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("200"));
        QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
        QVERIFY(r.header("X-RateLimit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
        QVERIFY(r.header("Content-Type").startsWith("application/json"));

        const QJsonObject me = r.data().toObject();
        QCOMPARE(me.value(QLatin1String("type")).toString(), QStringLiteral("organization"));
        QCOMPARE(me.value(QLatin1String("profiles")).toArray().size(), server->state().profiles().size());
        const QJsonObject channels = me.value(QLatin1String("channels")).toObject();
        QVERIFY(channels.contains(QLatin1String("sms")) && channels.contains(QLatin1String("whatsapp"))
                && channels.contains(QLatin1String("rcs")));
        QCOMPARE(
            me.value(QLatin1String("profiles")).toArray().first().toObject().value(QLatin1String("role")).toString(),
            QStringLiteral("admin"));
    }

    void countsConnectionsAndRequests()
    {
        auto server = startSandbox();
        // Ten requests one after another on a client that keeps its connection: one connection.
        TestClient client(server->baseUrl(), server->organizationKey());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client.get(QStringLiteral("/v3/me")).status, 200);
        QCOMPARE(server->counters().connections, 1);
        // A second client comes on a connection of its own; the counters answer without a key.
        TestClient other(server->baseUrl());
        const TestReply stats = other.get(QStringLiteral("/_sandbox/stats"));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json.value(QLatin1String("connections")).toInt(), 2);
        QCOMPARE(stats.json.value(QLatin1String("requests")).toInt(), 11);
        // A client that asks for the connection to be closed after each answer: the first on the connection it has,
        // then a new one each.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/v3/me"), {{"Connection", "close"}}).status, 200);
        QCOMPARE(server->counters().connections, 4);

        // How many campaigns carry a name, and on how many profiles more than once (a bulk job's check).
        const QString profileId = ownCampaignsProfile(*server);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client
                         .send("POST", QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId),
                               campaignBody(QStringLiteral("Twice")))
                         .status,
                     201);
        const TestReply named = other.get(QStringLiteral("/_sandbox/stats?campaign_name=Twice"));
        QCOMPARE(named.json.value(QLatin1String("campaigns_named")).toInt(), 2);
        QCOMPARE(named.json.value(QLatin1String("profiles_with_it_twice")).toInt(), 1);
        QVERIFY(!stats.json.contains(QLatin1String("campaigns_named")));
    }

    void authenticationErrors()
    {
        auto server = startSandbox();
        TestClient anonymous(server->baseUrl());
        TestReply r = anonymous.get(QStringLiteral("/v3/me"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_001"));
        QCOMPARE(r.json.value(QLatin1String("success")).toBool(true), false);
        QVERIFY(r.data().isNull());
        QCOMPARE(r.error().value(QLatin1String("doc_url")).toString(),
                 QStringLiteral("https://docs.sent.dm/errors/AUTH_001"));
        QVERIFY(!r.header("X-Request-Id").isEmpty());

        TestClient wrong(server->baseUrl(), QStringLiteral("sk_test_not_a_key"));
        r = wrong.get(QStringLiteral("/v3/profiles"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_002"));
    }

    void profileKeysAndScoping()
    {
        auto server = startSandbox();
        const QString profileId = firstProfileWithBrand(*server);
        const QString profileKey = server->profileKeys().value(profileId);
        QVERIFY(!profileKey.isEmpty());

        TestClient asProfile(server->baseUrl(), profileKey);
        TestReply r = asProfile.get(QStringLiteral("/v3/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("type")).toString(), QStringLiteral("profile"));
        QCOMPARE(r.data().toObject().value(QLatin1String("id")).toString(), profileId);
        QCOMPARE(r.data().toObject().value(QLatin1String("organization_id")).toString(),
                 server->state().organization().id);

        // A profile key sees its own profile and nothing else of the organization.
        QCOMPARE(asProfile.get(QStringLiteral("/v3/profiles/") + profileId).status, 200);
        QString otherId;
        for (const auto &p : server->state().profiles())
            if (p.id != profileId) {
                otherId = p.id;
                break;
            }
        QCOMPARE(asProfile.get(QStringLiteral("/v3/profiles/") + otherId).status, 404);
        r = asProfile.get(QStringLiteral("/v3/profiles"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_004"));

        // x-profile-id: only with the organization key.
        r = asProfile.get(QStringLiteral("/v3/me"), {{"x-profile-id", profileId.toLatin1()}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_004"));

        TestClient asOrg(server->baseUrl(), server->organizationKey());
        r = asOrg.get(QStringLiteral("/v3/me"), {{"x-profile-id", profileId.toLatin1()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("type")).toString(), QStringLiteral("profile"));
        QCOMPARE(r.header("X-Profile-Id"), profileId.toLatin1());

        r = asOrg.get(QStringLiteral("/v3/me"), {{"x-profile-id", "5b0c9a43-0000-4000-8000-000000000000"}});
        QCOMPARE(r.status, 404);
        r = asOrg.get(QStringLiteral("/v3/me"), {{"x-profile-id", "not-a-guid"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_003"));
    }

    void idempotentReplay()
    {
        auto server = startSandbox();
        const QString profileId = firstProfileWithBrand(*server);
        TestClient client(server->baseUrl(), server->organizationKey());
        const QString path = QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId);
        const qsizetype before = server->state().profile(profileId)->campaigns.size();

        const TestReply first = client.send("POST", path, campaignBody(), {{"Idempotency-Key", "create-1"}});
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const TestReply second =
            client.send("POST", path, campaignBody(QStringLiteral("Other name")), {{"Idempotency-Key", "create-1"}});
        QCOMPARE(second.status, 201);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(second.header("X-Original-Request-Id"), first.header("X-Request-Id"));
        QVERIFY(second.header("X-Request-Id") != first.header("X-Request-Id"));
        QCOMPARE(second.data().toObject().value(QLatin1String("id")),
                 first.data().toObject().value(QLatin1String("id")));
        QCOMPARE(second.data().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Order updates"));
        QCOMPARE(server->state().profile(profileId)->campaigns.size(), before + 1);

        const TestReply bad = client.send("POST", path, campaignBody(), {{"Idempotency-Key", "has spaces!"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("VALIDATION_007"));
        const TestReply tooLong =
            client.send("POST", path, campaignBody(), {{"Idempotency-Key", QByteArray(256, 'a')}});
        QCOMPARE(tooLong.errorCode(), QStringLiteral("VALIDATION_007"));
        QCOMPARE(server->state().profile(profileId)->campaigns.size(), before + 1);
    }

    void concurrentDuplicateGets409()
    {
        SandboxOptions options;
        options.latencyMs = 300;
        auto server = startSandbox(options);
        const QString profileId = firstProfileWithBrand(*server);
        TestClient client(server->baseUrl(), server->organizationKey());
        const QString path = QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId);
        QNetworkReply *a = client.start("POST", path, campaignBody(), {{"Idempotency-Key", "same-key"}});
        QNetworkReply *b = client.start("POST", path, campaignBody(), {{"Idempotency-Key", "same-key"}});
        const TestReply ra = TestClient::collect(a);
        const TestReply rb = TestClient::collect(b);
        QList<int> statuses{ra.status, rb.status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 409}));
        const TestReply &conflict = ra.status == 409 ? ra : rb;
        QCOMPARE(conflict.errorCode(), QStringLiteral("CONFLICT_001"));
        // The retry after the first finished is a replay.
        const TestReply retry = client.send("POST", path, campaignBody(), {{"Idempotency-Key", "same-key"}});
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    }

    void rateLimitPerKeyPool()
    {
        SandboxOptions options;
        options.rateLimitPerMinute = 8; // burst of 2
        auto server = startSandbox(options);
        const QString profileId = firstProfileWithBrand(*server);
        TestClient org(server->baseUrl(), server->organizationKey());
        QCOMPARE(org.get(QStringLiteral("/v3/me")).status, 200);
        // Scoping with x-profile-id stays on the organization's pool.
        QCOMPARE(org.get(QStringLiteral("/v3/me"), {{"x-profile-id", profileId.toLatin1()}}).status, 200);
        const TestReply limited = org.get(QStringLiteral("/v3/me"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("BUSINESS_002"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(limited.header("X-RateLimit-Limit"), QByteArray("8"));
        QVERIFY(!limited.header("X-RateLimit-Reset").isEmpty());
        // A profile key has a pool of its own.
        TestClient profile(server->baseUrl(), server->profileKeys().value(profileId));
        QCOMPARE(profile.get(QStringLiteral("/v3/me")).status, 200);
        QCOMPARE(server->counters().rateLimited, 1);
    }

    void rateLimitOff()
    {
        SandboxOptions options;
        options.rateLimitPerMinute = 0;
        auto server = startSandbox(options);
        TestClient org(server->baseUrl(), server->organizationKey());
        for (int i = 0; i < 60; ++i)
            QCOMPARE(org.get(QStringLiteral("/v3/me")).status, 200);
        QVERIFY(org.get(QStringLiteral("/v3/me")).header("X-RateLimit-Limit").isEmpty());
    }

    void sandboxFlagStoresNothing()
    {
        auto server = startSandbox();
        const QString profileId = firstProfileWithBrand(*server);
        TestClient client(server->baseUrl(), server->organizationKey());
        const qsizetype before = server->state().profile(profileId)->campaigns.size();
        QJsonObject body = campaignBody();
        body.insert(QStringLiteral("sandbox"), true);
        const TestReply r = client.send("POST", QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("X-Sandbox"), QByteArray("true"));
        QVERIFY(!r.data().toObject().value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(r.data().toObject().value(QLatin1String("cost")).toDouble() > 0);
        QCOMPARE(server->state().profile(profileId)->campaigns.size(), before);

        // Validation still runs in sandbox mode.
        QJsonObject invalid{{QStringLiteral("campaign"), QJsonObject{}}, {QStringLiteral("sandbox"), true}};
        QCOMPARE(client.send("POST", QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId), invalid).status, 400);

        const TestReply del = client.send("DELETE", QStringLiteral("/v3/profiles/") + profileId,
                                          QJsonObject{{QStringLiteral("sandbox"), true}});
        QCOMPARE(del.status, 204);
        QCOMPARE(del.header("X-Sandbox"), QByteArray("true"));
        QVERIFY(server->state().profile(profileId));
    }

    void malformedRequests()
    {
        auto server = startSandbox();
        TestClient client(server->baseUrl(), server->organizationKey());
        TestReply r = TestClient::collect(client.startRaw("POST", QStringLiteral("/v3/profiles"), "{not json"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_001"));
        QVERIFY(r.details().contains(QLatin1String("body")));
        r = client.get(QStringLiteral("/v3/nothing-here"));
        QCOMPARE(r.status, 404);
        r = client.send("PUT", QStringLiteral("/v3/profiles"));
        QCOMPARE(r.status, 405);
        r = client.get(QStringLiteral("/v3/profiles/not-a-guid"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_003"));
    }

    void injectedServerFaults()
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        auto server = startSandbox(options);
        TestClient client(server->baseUrl(), server->organizationKey());
        const TestReply r = client.get(QStringLiteral("/v3/me"));
        QVERIFY(r.status >= 500);
        QVERIFY(r.errorCode().startsWith(QLatin1String("INTERNAL_")));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QCOMPARE(server->counters().faults, 1);

        // A failed campaign list uses the seed document's message, which carries the request id.
        const QString profileId = firstProfileWithBrand(*server);
        bool sawInternal = false;
        for (int i = 0; i < 20 && !sawInternal; ++i) {
            const TestReply list = client.get(QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId));
            if (list.errorCode() != QLatin1String("INTERNAL_001"))
                continue;
            sawInternal = true;
            QCOMPARE(list.status, 500);
            QCOMPARE(list.error().value(QLatin1String("message")).toString(),
                     QStringLiteral("Failed to retrieve campaigns. Please contact support with request ID: ")
                         + QString::fromLatin1(list.header("X-Request-Id")));
        }
        QVERIFY(sawInternal);
    }

    void malformedAnswers()
    {
        SandboxOptions options;
        options.malformedRate = 1.0;
        auto server = startSandbox(options);
        TestClient client(server->baseUrl(), server->organizationKey());
        const TestReply r = client.get(QStringLiteral("/v3/me"));
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void dropAfterCommitDoesTheWork()
    {
        SandboxOptions options;
        options.dropAfterCommitRate = 1.0;
        auto server = startSandbox(options);
        const QString profileId = firstProfileWithBrand(*server);
        const qsizetype before = server->state().profile(profileId)->campaigns.size();
        TestClient client(server->baseUrl(), server->organizationKey());
        const TestReply r = client.send("POST", QStringLiteral("/v3/profiles/%1/campaigns").arg(profileId),
                                        campaignBody(), {{"Idempotency-Key", "dropped-1"}});
        QVERIFY(r.networkError != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QCOMPARE(server->state().profile(profileId)->campaigns.size(), before + 1);
        QVERIFY(server->counters().drops >= 1); // QNAM itself resends once on a closed keep-alive connection
    }
};

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
