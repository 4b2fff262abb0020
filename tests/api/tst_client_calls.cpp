#include "clienttestsupport.h"
#include "domain/overview.h"
#include "fakehttpserver.h"

#include "api/accessmanager.h"
#include "api/retrypolicy.h"
#include "sandbox/sandboxstate.h"

#include <QTcpServer>

using namespace cd;

// Every typed call of SentClient against the sandbox on loopback, with its decoding and the errors sent.dm gives; each
// call must complete exactly once and its job must then be gone.
class TestClientCalls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SentClient> m_client;

    QString profileWhere(const std::function<bool(const sandbox::Profile &)> &predicate) const
    {
        return findProfile(*m_server, predicate);
    }
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

    void meWithAnOrganizationKey()
    {
        const auto o = await<Account>([&](auto done) { return m_client->me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(o.ok());
        QCOMPARE(o.value().kind(), Account::Kind::Organization);
        QCOMPARE(o.value().id, m_server->state().organization().id);
        QCOMPARE(o.value().name, m_server->state().organization().name);
        QVERIFY(!o.value().profiles.isEmpty());
        QVERIFY(!o.response().requestId.isEmpty());
    }

    void meWithAProfileKey()
    {
        const QString id = m_server->profileKeys().keys().first();
        SentClient client(testConfig(m_server->baseUrl(), m_server->profileKeys().value(id)));
        const auto o = await<Account>([&](auto done) { return client.me({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.value().kind(), Account::Kind::Profile);
        QCOMPARE(o.value().id, id);
        QCOMPARE(o.value().organizationId, m_server->state().organization().id);
    }

    void listProfilesDecodesWhatTheSandboxHolds()
    {
        const auto o = await<QList<Profile>>([&](auto done) { return m_client->listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(o.ok());
        int live = 0;
        for (const auto &p : m_server->state().profiles())
            live += p.deleted ? 0 : 1;
        QCOMPARE(o.value().size(), live);
        for (const Profile &p : o.value()) {
            const sandbox::Profile *held = m_server->state().profile(p.id);
            QVERIFY(held);
            QCOMPARE(p.name, held->name);
            QCOMPARE(p.shortName, held->shortName);
            QCOMPARE(p.status, held->status);
            QCOMPARE(p.inheritTcrBrand, held->inheritTcrBrand);
            QCOMPARE(p.inheritTcrCampaign, held->inheritTcrCampaign);
            QCOMPARE(p.createdAt.toMSecsSinceEpoch(), held->createdAt.toMSecsSinceEpoch());
            QCOMPARE(p.brand.has_value(), m_server->state().effectiveBrand(*held) != nullptr);
            if (p.brand)
                QCOMPARE(p.brand->isInherited, held->inheritTcrBrand);
        }
    }

    void getProfileAndScopedGet()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const auto o = await<Profile>([&](auto done) { return m_client->getProfile(id, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.value().id, id);
        QVERIFY(o.value().brand);
        QVERIFY(o.value().brand->contact);

        CallOptions scoped;
        scoped.profileScope = id;
        const auto s = await<Account>([&](auto done) { return m_client->me(scoped, nullptr, done); });
        QVERIFY(s.ok());
        QCOMPARE(s.response().headers.value("x-profile-id"), id.toLatin1());
    }

    void unknownProfileIsNotFoundWithARequestId()
    {
        const auto o = await<Profile>([&](auto done) {
            return m_client->getProfile(QStringLiteral("11111111-2222-4333-8444-555555555555"), {}, nullptr, done);
        });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().kind, ApiError::Kind::Http);
        QCOMPARE(o.error().httpStatus, 404);
        QVERIFY(!o.error().requestId.isEmpty());
        QVERIFY(o.error().userMessage().contains(o.error().requestId));
        QCOMPARE(o.error().attempts, 1); // a 404 is not retried
        QVERIFY(!o.error().isTransient());
    }

    void malformedIdIsAValidationError()
    {
        const auto o = await<Profile>(
            [&](auto done) { return m_client->getProfile(QStringLiteral("not-a-uuid"), {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().httpStatus, 400);
        QCOMPARE(o.error().code, QStringLiteral("VALIDATION_003"));
    }

    void campaignsOwnInheritedAndNoBrand()
    {
        const QString own = ownCampaignsProfile(*m_server);
        const auto o =
            await<QList<Campaign>>([&](auto done) { return m_client->listCampaigns(own, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(o.ok());
        QVERIFY(!o.value().isEmpty());
        for (const Campaign &c : o.value()) {
            QVERIFY(!c.isInheritedBy(own));
            QVERIFY(!c.useCases.isEmpty());
            QVERIFY(!c.useCases.first().sampleMessages.isEmpty());
            QVERIFY(c.createdAt.isValid());
        }

        const QString inheriting =
            profileWhere([](const sandbox::Profile &p) { return p.inheritTcrBrand && p.inheritTcrCampaign; });
        const auto i =
            await<QList<Campaign>>([&](auto done) { return m_client->listCampaigns(inheriting, {}, nullptr, done); });
        QVERIFY(i.ok());
        QCOMPARE(i.value().size(), m_server->state().organization().campaigns.size());
        for (const Campaign &c : i.value())
            QVERIFY(c.isInheritedBy(inheriting));

        const QString noBrand =
            profileWhere([this](const sandbox::Profile &p) { return !m_server->state().effectiveBrand(p); });
        const auto n =
            await<QList<Campaign>>([&](auto done) { return m_client->listCampaigns(noBrand, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(n);
        QCOMPARE(n.error().code, QStringLiteral("RESOURCE_009"));
        QVERIFY(n.error().userMessage().contains(QLatin1String("brand")));
    }

    void createUpdateDeleteCampaign()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const auto created = await<Campaign>([&](auto done) {
            return m_client->createCampaign(id, testCampaign(QStringLiteral("Client created")), {}, nullptr, done);
        });
        VERIFY_COMPLETED_ONCE(created);
        QVERIFY(created.ok());
        QCOMPARE(created.response().httpStatus, 201);
        QCOMPARE(created.value().name, QStringLiteral("Client created"));
        QCOMPARE(created.value().customerId, id);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Client created")), 1);

        Campaign changed = created.value();
        changed.name = QStringLiteral("Client renamed");
        changed.helpMessage = QStringLiteral("Reply HELP for help, STOP to opt out.");
        const auto updated = await<Campaign>(
            [&](auto done) { return m_client->updateCampaign(id, created.value().id, changed, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(updated);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().name, QStringLiteral("Client renamed"));
        QCOMPARE(updated.value().helpMessage, changed.helpMessage);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Client renamed")), 1);

        const auto deleted =
            await<Done>([&](auto done) { return m_client->deleteCampaign(id, created.value().id, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(deleted);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.response().httpStatus, 204);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Client renamed")), 0);

        const auto again =
            await<Done>([&](auto done) { return m_client->deleteCampaign(id, created.value().id, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(again);
        QCOMPARE(again.error().httpStatus, 404);
    }

    void sandboxCreateStoresNothing()
    {
        const QString id = ownCampaignsProfile(*m_server);
        CallOptions options;
        options.sandbox = true;
        const auto o = await<Campaign>([&](auto done) {
            return m_client->createCampaign(id, testCampaign(QStringLiteral("Dry run")), options, nullptr, done);
        });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(o.ok());
        QVERIFY(o.response().sandbox);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Dry run")), 0);
    }

    void validationErrorsCarryFieldDetails()
    {
        Campaign bad = testCampaign(QStringLiteral("Bad"));
        bad.useCases.first().sampleMessages.clear();
        bad.description.clear();
        const auto o = await<Campaign>([&](auto done) {
            return m_client->createCampaign(ownCampaignsProfile(*m_server), bad, {}, nullptr, done);
        });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().httpStatus, 400);
        QVERIFY(o.error().code.startsWith(QLatin1String("VALIDATION_")));
        QVERIFY2(o.error().details.size() >= 2, qPrintable(o.error().details.keys().join(QLatin1Char(','))));
        bool mentionsSamples = false;
        for (auto it = o.error().details.constBegin(); it != o.error().details.constEnd(); ++it)
            mentionsSamples = mentionsSamples || it.key().contains(QLatin1String("sampleMessages"));
        QVERIFY(mentionsSamples);
        QCOMPARE(o.error().attempts, 1);
    }

    void updateOfASubmittedCampaignIsRefused()
    {
        QString profileId, campaignId;
        for (const auto &p : m_server->state().profiles())
            for (const auto &c : p.campaigns)
                if (!p.deleted && c.submittedToTcr && campaignId.isEmpty()) {
                    profileId = p.id;
                    campaignId = c.id;
                }
        QVERIFY(!campaignId.isEmpty());
        const auto o = await<Campaign>([&](auto done) {
            return m_client->updateCampaign(profileId, campaignId, testCampaign(QStringLiteral("Nope")), {}, nullptr,
                                            done);
        });
        VERIFY_COMPLETED_ONCE(o);
        QVERIFY(!o.ok());
        QVERIFY(o.error().httpStatus == 400 || o.error().httpStatus == 422);
        QVERIFY(!o.error().isTransient());
    }

    void profileCreateUpdateDelete()
    {
        ProfileChanges create;
        create.name = QStringLiteral("Client Co");
        create.shortName = QStringLiteral("ClientCo");
        create.description = QStringLiteral("Made by the client test");
        create.billingModel = QStringLiteral("organization");
        create.inheritTcrBrand = true;
        create.inheritTcrCampaign = true;
        const auto created =
            await<Profile>([&](auto done) { return m_client->createProfile(create, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(created);
        QVERIFY2(created.ok(), qPrintable(created.error().userMessage()));
        QCOMPARE(created.value().name, QStringLiteral("Client Co"));
        QCOMPARE(created.value().statusInfo().category, StatusCategory::Draft);
        const QString id = created.value().id;
        QVERIFY(m_server->state().profile(id));

        ProfileChanges patch;
        patch.name = QStringLiteral("Client Co Renamed");
        const auto updated =
            await<Profile>([&](auto done) { return m_client->updateProfile(id, patch, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(updated);
        QCOMPARE(updated.value().name, QStringLiteral("Client Co Renamed"));
        QCOMPARE(updated.value().shortName, QStringLiteral("ClientCo")); // untouched by a partial update

        ProfileChanges bad;
        bad.shortName = QStringLiteral("x");
        const auto refused =
            await<Profile>([&](auto done) { return m_client->updateProfile(id, bad, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY(!refused.error().details.isEmpty());

        const auto deleted = await<Done>([&](auto done) { return m_client->deleteProfile(id, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(deleted);
        QVERIFY(deleted.ok());
        QVERIFY(!m_server->state().profile(id));
    }

    void completeProfilePaths()
    {
        const QString webhook = QStringLiteral("http://127.0.0.1:9/callback");
        // Unmet prerequisites: 400 naming them.
        const QString unmet =
            profileWhere([this](const sandbox::Profile &p) { return !m_server->state().effectiveBrand(p); });
        const auto refused = await<CompletionResult>(
            [&](auto done) { return m_client->completeProfile(unmet, webhook, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY(!refused.error().details.isEmpty());

        // Ready: 202, and then (already running) 200 with a status.
        const QString ready = profileWhere([this](const sandbox::Profile &p) {
            return p.status == QLatin1String("incomplete") && m_server->state().effectiveBrand(p)
                && !p.shortName.isEmpty() && !p.description.isEmpty()
                && !m_server->state().visibleCampaigns(p).isEmpty();
        });
        QVERIFY(!ready.isEmpty());
        const auto started = await<CompletionResult>(
            [&](auto done) { return m_client->completeProfile(ready, webhook, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(started);
        QVERIFY2(started.ok(), qPrintable(started.error().userMessage()));
        QCOMPARE(started.value().httpStatus, 202);
        QVERIFY(started.value().started());
        const auto again = await<CompletionResult>(
            [&](auto done) { return m_client->completeProfile(ready, webhook, {}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(again);
        QVERIFY(again.ok());
        QCOMPARE(again.value().httpStatus, 200);
        QVERIFY(!again.value().status.isEmpty());
    }

    void wrongKeyIsAnAuthFailureAndNotRetried()
    {
        SentClient client(testConfig(m_server->baseUrl(), QStringLiteral("sk_test_wrong")));
        const auto o = await<QList<Profile>>([&](auto done) { return client.listProfiles({}, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().httpStatus, 401);
        QCOMPARE(o.error().code, QStringLiteral("AUTH_002"));
        QVERIFY(o.error().isAuthFailure());
        QCOMPARE(o.error().attempts, 1);
        QVERIFY(!o.error().userMessage().contains(QLatin1String("sk_test_wrong")));
    }

    void profileKeyMayNotScope()
    {
        const QString id = m_server->profileKeys().keys().first();
        SentClient client(testConfig(m_server->baseUrl(), m_server->profileKeys().value(id)));
        CallOptions scoped;
        scoped.profileScope = id;
        const auto o = await<Account>([&](auto done) { return client.me(scoped, nullptr, done); });
        VERIFY_COMPLETED_ONCE(o);
        QCOMPARE(o.error().httpStatus, 403);
        QVERIFY(o.error().isAuthFailure());
    }

    void retryPolicyBackoff()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        ApiError cause;
        QCOMPARE(policy.delayMs(0, cause, 0.0), 50);
        QCOMPARE(policy.delayMs(0, cause, 1.0), 100);
        QCOMPARE(policy.delayMs(2, cause, 1.0), 400);
        QCOMPARE(policy.delayMs(10, cause, 1.0), 1000); // capped
        for (int i = 0; i < 5; ++i) {
            const qint64 d = policy.delayMs(i, cause, 0.37);
            QVERIFY(d >= std::min(1000, 100 << i) / 2 && d <= std::min(1000, 100 << i));
        }
        cause.retryAfterMs = 5000;
        QCOMPARE(policy.delayMs(0, cause, 0.5), 5000); // Retry-After wins over the backoff
    }

    void destroyedContextIsNotCalled()
    {
        int calls = 0;
        auto *context = new QObject;
        QPointer<ApiJob> job = m_client->me({}, context, [&calls](const Result<Account> &) { ++calls; });
        delete context;
        QVERIFY(QTest::qWaitFor([&] { return job.isNull(); }, 10000));
        QCOMPARE(calls, 0);
    }

    void clientDestructionCancelsItsJobs()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 2000;
        auto slow = startSandbox(options);
        auto client = std::make_unique<SentClient>(testConfig(slow->baseUrl(), slow->organizationKey()));
        QObject context;
        int calls = 0;
        ApiError::Kind kind = ApiError::Kind::None;
        client->me({}, &context, [&](const Result<Account> &r) {
            ++calls;
            kind = r.error().kind;
        });
        client.reset();
        QCOMPARE(calls, 1);
        QCOMPARE(kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestClientCalls)
#include "tst_client_calls.moc"
