#include "clienttestsupport.h"
#include "domain/overview.h"
#include "fakehttpserver.h"

#include "api/accessmanager.h"
#include "api/retrypolicy.h"
#include "sandbox/sandboxstate.h"

#include <QTcpServer>

using namespace cd;

// What can go wrong between the client and a server, and how each ends: refused before sending, a connection
// refused, TLS, time-outs and deadlines, cancellation, redirects, and answers that are too large, of the wrong shape,
// without ids or in the error catalog's words — against the sandbox and, for what it cannot do on purpose, a fake
// server on loopback. Each call completes exactly once.
class TestClientTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SentClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = startSandbox();
        m_client = std::make_unique<SentClient>(testConfig(m_server->baseUrl(), m_server->organizationKey()));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void plainHttpToARemoteHostIsRefusedBeforeSending()
    {
        SentClient client(testConfig(QUrl(QStringLiteral("http://api.sent.dm")), QStringLiteral("sk_live_secret")));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(o.error().attempts, 0);
        QVERIFY(o.error().userMessage().contains(QLatin1String("HTTPS")));
        QVERIFY(AccessManager::urlProblem(QUrl(QStringLiteral("http://localhost:8080"))).isEmpty());
        QVERIFY(AccessManager::urlProblem(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(AccessManager::urlProblem(QUrl(QStringLiteral("https://api.sent.dm"))).isEmpty());
        QVERIFY(!AccessManager::urlProblem(QUrl(QStringLiteral("ftp://api.sent.dm"))).isEmpty());
    }

    void connectionRefusedIsRetriedThenANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ClientConfig config = testConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("k"));
        config.retry.maxRetries = 2;
        SentClient client(config);
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Network);
        QCOMPARE(o.error().attempts, 3);
        QVERIFY(!o.error().clientRequestId.isEmpty());
        QVERIFY(o.error().userMessage().contains(o.error().clientRequestId));
        QCOMPARE(client.stats().retries, 2);
    }

    void tlsFailureIsNotIgnored()
    {
        // The sandbox speaks plain HTTP: an HTTPS handshake with it must fail, and never fall back.
        QUrl url = m_server->baseUrl();
        url.setScheme(QStringLiteral("https"));
        SentClient client(testConfig(url, m_server->organizationKey()));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(!o.ok());
        QVERIFY2(o.error().kind == ApiError::Kind::Tls || o.error().kind == ApiError::Kind::Network,
                 qPrintable(o.error().kindName()));
        QVERIFY(o.error().httpStatus == 0);
    }

    void transferTimeout()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 3000;
        auto slow = startSandbox(options);
        ClientConfig config = testConfig(slow->baseUrl(), slow->organizationKey());
        config.retry.transferTimeoutMs = 200;
        config.retry.maxRetries = 0;
        SentClient client(config);
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Timeout);
        QVERIFY(o.error().isTransient());
    }

    void overallDeadline()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 3000;
        auto slow = startSandbox(options);
        ClientConfig config = testConfig(slow->baseUrl(), slow->organizationKey());
        config.retry.deadlineMs = 300;
        SentClient client(config);
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Timeout);
    }

    void cancelCompletesOnceOnEveryPath()
    {
        // Before the event loop ran, in flight, and while waiting to retry.
        sandbox::SandboxOptions options;
        options.latencyMs = 2000;
        auto slow = startSandbox(options);
        SentClient slowClient(testConfig(slow->baseUrl(), slow->organizationKey()));
        for (int when = 0; when < 2; ++when) {
            const auto o = await<Account>([&](auto done) {
                ApiJob *job = slowClient.me({}, nullptr, done);
                if (when == 0)
                    job->cancel();
                else
                    QTimer::singleShot(100, job, &ApiJob::cancel);
                return job;
            });
            VERIFY_COMPLETED_ONCE(o);
            QCOMPARE(o.error().kind, ApiError::Kind::Cancelled);
        }

        m_server->setFaultRates(1.0, 0, 0);
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.baseDelayMs = 5000;
        SentClient retrying(config);
        const auto o = await<Account>([&](auto done) {
            ApiJob *job = retrying.me({}, nullptr, done);
            connect(job, &ApiJob::attemptFinished, job, [job](int, bool willRetry) {
                if (willRetry)
                    QMetaObject::invokeMethod(job, &ApiJob::cancel, Qt::QueuedConnection);
            });
            return job;
        });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(o.error().attempts, 1);
    }

    void redirectsStayOnTheSameOrigin()
    {
        FakeHttpServer api;
        FakeHttpServer elsewhere;
        const QByteArray me = R"({"success":true,"data":{"type":"organization","id":"o1","name":"Moved"}})";
        api.answer(QStringLiteral("/v3/me"), FakeHttpServer::redirectTo(api.url(QStringLiteral("/v3/me-moved"))));
        api.answer(QStringLiteral("/v3/me-moved"), FakeHttpServer::json(me));
        SentClient client(testConfig(api.url(), QStringLiteral("sk_test_secret")));
        const auto followed = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(followed);
        QVERIFY2(followed.ok(), qPrintable(followed.error().userMessage()));
        QCOMPARE(followed.value().name, QStringLiteral("Moved"));

        // Another origin: refused, and the key never reaches it.
        api.answer(QStringLiteral("/v3/me"), FakeHttpServer::redirectTo(elsewhere.url(QStringLiteral("/v3/me"))));
        elsewhere.answer(QStringLiteral("/v3/me"), FakeHttpServer::json(me));
        const auto refused = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(refused.error().userMessage().contains(QLatin1String("redirected")));
        QVERIFY(elsewhere.requests().isEmpty());

        // A chain of redirects on the same origin stops at the limit.
        api.answer(QStringLiteral("/v3/me"), FakeHttpServer::redirectTo(api.url(QStringLiteral("/v3/hop1"))));
        for (int hop = 1; hop <= 5; ++hop)
            api.answer(QStringLiteral("/v3/hop%1").arg(hop),
                       FakeHttpServer::redirectTo(api.url(QStringLiteral("/v3/hop%1").arg(hop + 1))));
        const auto looped = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(looped);
        QVERIFY2(looped.error().kind == ApiError::Kind::InvalidRequest,
                 qPrintable(looped.error().userMessage() + QString::number(looped.error().httpStatus)));
        // Said as what it is: a chain of redirects, not a broken answer.
        QVERIFY2(looped.error().userMessage().contains(QLatin1String("more than 3 times")),
                 qPrintable(looped.error().userMessage()));
        for (const QByteArray &head : api.requests())
            QVERIFY(head.contains("x-api-key: sk_test_secret"));
    }

    // A hostile or broken server that sends more than any answer could hold: told in advance (Content-Length) or
    // found while it streams, the answer is refused once it passes the limit — unread, not retried, with the request
    // id — instead of being held in memory many times over.
    void anAnswerLargerThanTheLimitIsRefusedUnread()
    {
        FakeHttpServer api;
        ClientConfig config = testConfig(api.url(), QStringLiteral("sk_test_secret"));
        config.retry.maxRecordAnswerBytes = 64 * 1024;
        config.retry.maxListAnswerBytes = 256 * 1024;
        SentClient client(config);
        const QByteArray huge(3 * 1024 * 1024, 'x');
        // Announced: a Content-Length above the limit.
        api.answer(QStringLiteral("/v3/me"),
                   "HTTP/1.1 200 OK\r\nConnection: close\r\nX-Request-Id: req_huge\r\nContent-Type: "
                   "application/json\r\nContent-Length: "
                       + QByteArray::number(huge.size()) + "\r\n\r\n{\"data\":\"" + huge);
        const auto announced = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(announced);
        QCOMPARE(announced.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(announced.error().userMessage().contains(QLatin1String("larger than")),
                 qPrintable(announced.error().userMessage()));
        QCOMPARE(announced.error().requestId, QStringLiteral("req_huge"));
        QCOMPARE(api.requests().size(), 1); // not asked again: the same request brings the same answer
        // Not announced: a body that just goes on, until the connection closes.
        api.answer(QStringLiteral("/v3/profiles"),
                   "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n\r\n{\"data\":[\""
                       + huge);
        const auto streamed =
            await<ProfilePage>([&](auto done) { return client.listProfilesPage(1, 100, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(streamed);
        QCOMPARE(streamed.error().kind, ApiError::Kind::Malformed);
        QVERIFY(streamed.error().userMessage().contains(QLatin1String("larger than")));
        QCOMPARE(api.requests().size(), 2);
        // The account (GET /v3/me) lists every profile: it may be as large as a list, past the record limit.
        QByteArray profiles;
        for (int i = 0; i < 1000; ++i)
            profiles += QByteArray(i ? "," : "") + "{\"id\":\"p" + QByteArray::number(i)
                + "\",\"name\":\"A profile with a name of some length\",\"status\":\"approved\"}";
        api.answer(QStringLiteral("/v3/me"),
                   FakeHttpServer::json("{\"success\":true,\"data\":{\"type\":\"organization\",\"id\":\"org-1\","
                                        "\"name\":\"Big\",\"profiles\":["
                                        + profiles + "]}}"));
        QVERIFY(profiles.size() > config.retry.maxRecordAnswerBytes);
        const auto big = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        QVERIFY2(big.ok(), qPrintable(big.error().userMessage()));
        // Within the limit, the same list is read as always.
        api.answer(QStringLiteral("/v3/profiles"), FakeHttpServer::json(R"({"success":true,"data":{"profiles":[]}})"));
        const auto small =
            await<ProfilePage>([&](auto done) { return client.listProfilesPage(1, 100, {}, nullptr, done); });
        QVERIFY2(small.ok(), qPrintable(small.error().userMessage()));
    }

    void everyCodeOfTheCatalogHasASentence()
    {
        // sent-api.md §4, and the codes seen since (RESOURCE_014): each one a sentence of its own or of its status.
        const struct
        {
            const char *code;
            int status;
        } catalog[] = {
            {"AUTH_001", 401},       {"AUTH_002", 401},       {"AUTH_004", 403},       {"AUTH_005", 403},
            {"AUTH_006", 403},       {"AUTH_007", 403},       {"VALIDATION_001", 400}, {"VALIDATION_002", 400},
            {"VALIDATION_003", 400}, {"VALIDATION_004", 400}, {"VALIDATION_005", 400}, {"VALIDATION_006", 400},
            {"VALIDATION_007", 400}, {"RESOURCE_001", 404},   {"RESOURCE_002", 404},   {"RESOURCE_003", 404},
            {"RESOURCE_004", 404},   {"RESOURCE_005", 404},   {"RESOURCE_006", 404},   {"RESOURCE_007", 409},
            {"RESOURCE_008", 404},   {"RESOURCE_009", 404},   {"RESOURCE_014", 404},   {"BUSINESS_001", 422},
            {"BUSINESS_002", 429},   {"BUSINESS_003", 422},   {"BUSINESS_004", 422},   {"BUSINESS_005", 422},
            {"BUSINESS_006", 422},   {"BUSINESS_007", 422},   {"BUSINESS_008", 422},   {"CONFLICT_001", 409},
            {"SERVICE_001", 503},    {"INTERNAL_001", 500},   {"INTERNAL_002", 500},   {"INTERNAL_003", 502},
            {"INTERNAL_004", 504},   {"INTERNAL_005", 503}};
        for (const auto &entry : catalog) {
            ApiError e;
            e.kind = ApiError::Kind::Http;
            e.httpStatus = entry.status;
            e.code = QString::fromLatin1(entry.code);
            e.requestId = QStringLiteral("req_1");
            const QString text = e.userMessage();
            QVERIFY2(text.size() > 30 && text.endsWith(QLatin1String("req_1")), entry.code);
            QVERIFY2(!text.contains(QLatin1String("answered with HTTP")), entry.code); // more than a status number
        }
        ApiError profileGone;
        profileGone.kind = ApiError::Kind::Http;
        profileGone.httpStatus = 404;
        profileGone.code = QStringLiteral("RESOURCE_014");
        QVERIFY(profileGone.userMessage().contains(QLatin1String("no such profile")));
        QVERIFY(profileGone.isNotFound());
        // An unknown code still says what sent.dm said, and the code.
        ApiError unknown;
        unknown.kind = ApiError::Kind::Http;
        unknown.httpStatus = 422;
        unknown.code = QStringLiteral("BUSINESS_042");
        unknown.message = QStringLiteral("Something new went wrong");
        QVERIFY(unknown.userMessage().contains(QLatin1String("Something new went wrong")));
        QVERIFY(unknown.userMessage().contains(QLatin1String("BUSINESS_042")));
        // A retired route is never "not found".
        ApiError retired;
        retired.kind = ApiError::Kind::Http;
        retired.httpStatus = 404;
        retired.code = QStringLiteral("ROUTE_NOT_FOUND");
        retired.operation = QStringLiteral("GET /v3/profiles");
        QVERIFY(retired.isRetiredApi());
        QVERIFY(!retired.isNotFound());
        QVERIFY(retired.userMessage().contains(QLatin1String("needs an update")));
        ApiError gone = retired;
        gone.httpStatus = 410;
        gone.code.clear();
        QVERIFY(gone.isRetiredApi());
    }

    void successfulAnswerThatIsNotTheContractsShape()
    {
        FakeHttpServer api;
        api.answer(QStringLiteral("/v3/profiles"), FakeHttpServer::json(R"({"success":true,"data":"surprise"})"));
        SentClient client(testConfig(api.url(), QStringLiteral("k")));
        const auto o = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Malformed);
    }

    // A list item without an id, or with text too long to be one, can be neither shown nor changed: it is left out.
    // A name of a megabyte is kept whole in the record (the details show it) and cut in what the tree keeps.
    void listItemsWithoutAUsableIdAreLeftOutAndLongNamesAreCutInTheTree()
    {
        const QString longName = QStringLiteral("Acme ").repeated(200'000);
        const QJsonArray profiles{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                        {QStringLiteral("name"), QStringLiteral("Elm Street")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("x").repeated(256)},
                        {QStringLiteral("name"), QStringLiteral("Too long an id")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("No id")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("p4")}, {QStringLiteral("name"), longName}}};
        const QJsonObject body{{QStringLiteral("success"), true},
                               {QStringLiteral("data"), QJsonObject{{QStringLiteral("profiles"), profiles}}}};
        FakeHttpServer api;
        api.answer(QStringLiteral("/v3/profiles"), FakeHttpServer::json(QJsonDocument(body).toJson()));
        SentClient client(testConfig(api.url(), QStringLiteral("k")));
        const auto o = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(o.ok());
        QCOMPARE(o.value().size(), 2);
        QCOMPARE(o.value().at(0).id, QStringLiteral("p1"));
        QCOMPARE(o.value().at(1).name, longName);
        const ProfileOverview overview = ProfileOverview::of(o.value().at(1));
        QCOMPARE(overview.name.size(), OverviewLimits::kName);
        QVERIFY(overview.name.endsWith(QChar(0x2026)));
        QVERIFY(longName.startsWith(overview.name.chopped(1)));
        QCOMPARE(ProfileOverview::of(o.value().at(0)).name, QStringLiteral("Elm Street"));
    }

    // A create answered with an empty `data` is an unreadable answer, not a campaign with no name and no id.
    void aCreatedRecordWithoutItsIdIsUnreadable()
    {
        FakeHttpServer api;
        api.answer(QStringLiteral("/v3/profiles/p1/campaigns"), FakeHttpServer::json(R"({"success":true,"data":{}})"));
        SentClient client(testConfig(api.url(), QStringLiteral("k")));
        Campaign campaign;
        campaign.name = QStringLiteral("Recall notices");
        const auto o = await<Campaign>(
            [&](auto done) { return client.createCampaign(QStringLiteral("p1"), campaign, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().kind, ApiError::Kind::Malformed);
    }

    // JSON that is not an object is said as such, not as "not valid JSON: no error occurred".
    void anAnswerThatIsAJsonListSaysSo()
    {
        FakeHttpServer api;
        api.answer(QStringLiteral("/v3/me"), FakeHttpServer::json("[1, 2, 3]"));
        SentClient client(testConfig(api.url(), QStringLiteral("k")));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(o.error().userMessage().contains(QLatin1String("not the object")),
                 qPrintable(o.error().userMessage()));
        QVERIFY(!o.error().userMessage().contains(QLatin1String("no error occurred")));
    }
};

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
