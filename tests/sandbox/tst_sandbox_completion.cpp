#include "sandboxtestclient.h"

#include "sandbox/registrysimulator.h"
#include "sandbox/sandboxstate.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace cd::sandbox;

// Receives the one completion callback over real HTTP.
class CallbackReceiver : public QObject
{
    Q_OBJECT
public:
    CallbackReceiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &data = m_buffers[socket];
                    const qsizetype split = data.indexOf("\r\n\r\n");
                    if (split < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : data.left(split).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (data.size() < split + 4 + length)
                        return;
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    Q_EMIT received(QJsonDocument::fromJson(data.mid(split + 4, length)).object());
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks/complete").arg(m_server.serverPort()); }

Q_SIGNALS:
    void received(const QJsonObject &payload);

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// POST /v3/profiles/{id}/complete: the seed's prerequisites and status logic, 400/200/202, the callback, and the
// registry simulation moving statuses on the sandbox clock.
class TestSandboxCompletion : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;

    // A profile that meets every prerequisite: inherits the organization's brand and campaigns, has an SMS number.
    Profile &readyProfile()
    {
        Profile p;
        p.id = SandboxState::newId();
        p.name = QStringLiteral("Ready Co");
        p.shortName = QStringLiteral("Ready");
        p.description = QStringLiteral("A profile ready to complete");
        p.status = QStringLiteral("incomplete");
        p.createdAt = QDateTime::currentDateTimeUtc();
        p.billingContact = BillingContact{QStringLiteral("A"), QStringLiteral("a@b.example"), {}, {}};
        p.sendingPhoneNumber = QStringLiteral("+14155550111");
        m_server->state().addProfile(p);
        return *m_server->state().profile(p.id);
    }
    static Brand ownBrand(bool tcr, bool mainDestination)
    {
        Brand b;
        b.id = SandboxState::newId();
        b.contactName = QStringLiteral("Ada");
        b.brandRelationship = QStringLiteral("SMALL_ACCOUNT");
        b.vertical = QStringLiteral("RETAIL");
        b.isTcrApplication = tcr;
        b.hasBusiness = true;
        b.legalName = QStringLiteral("Ready Co LLC");
        b.taxId = QStringLiteral("12-3456789");
        b.url = QStringLiteral("https://ready.example");
        if (mainDestination)
            b.destinationCountries = {{QStringLiteral("US"), true}};
        return b;
    }
    static Campaign ownCampaign(const Profile &p)
    {
        Campaign c;
        c.id = SandboxState::newId();
        c.customerId = p.id;
        c.name = QStringLiteral("Alerts");
        c.description = QStringLiteral("Account alerts");
        c.type = QStringLiteral("App");
        c.useCases = {UseCase{SandboxState::newId(),
                              QStringLiteral("ACCOUNT_NOTIFICATION"),
                              {QStringLiteral("Hi. Reply STOP to opt out.")}}};
        c.messageFlow = QStringLiteral("Website consent box");
        c.privacyPolicyLink = QStringLiteral("https://ready.example/privacy");
        c.createdAt = QDateTime::currentDateTimeUtc();
        return c;
    }
    TestReply complete(const QString &id, const QString &hook = QStringLiteral("https://hooks.example/complete"))
    {
        QJsonObject body;
        if (!hook.isEmpty())
            body.insert(QStringLiteral("webHookUrl"), hook);
        return m_client->send("POST", QStringLiteral("/v3/profiles/%1/complete").arg(id), body);
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.timeScale = 1e6; // a simulated hour passes in under 4 ms
        options.sensitiveRateLimitPerMinute = 0;
        m_server = startSandbox(options);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
    }

    void statusLogic_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("no SMS and no WhatsApp") << 0 << "SUBMITTED";
        QTest::newRow("TCR, own brand and campaigns") << 1 << "SUBMITTED";
        QTest::newRow("TCR, inherits brand and campaigns") << 2 << "COMPLETED";
        QTest::newRow("non-TCR with a main destination") << 3 << "SUBMITTED";
        QTest::newRow("non-TCR without a main destination") << 4 << "COMPLETED";
        QTest::newRow("TCR, inherited brand, own campaigns") << 5 << "SUBMITTED";
        QTest::newRow("WhatsApp only, inherits everything") << 6 << "COMPLETED";
    }

    void statusLogic()
    {
        QFETCH(int, setup);
        QFETCH(QString, outcome);
        Profile &p = readyProfile();
        switch (setup) {
        case 0:
            p.sendingPhoneNumber = QString();
            break;
        case 1:
            p.inheritTcrBrand = p.inheritTcrCampaign = false;
            p.ownBrand = ownBrand(true, true);
            p.campaigns = {ownCampaign(p)};
            break;
        case 2:
            break;
        case 3:
            p.inheritTcrBrand = false;
            p.ownBrand = ownBrand(false, true);
            break;
        case 4:
            p.inheritTcrBrand = false;
            p.ownBrand = ownBrand(false, false);
            break;
        case 5:
            p.inheritTcrCampaign = false;
            p.campaigns = {ownCampaign(p)};
            break;
        case 6:
            p.sendingPhoneNumber = QString();
            p.whatsappPhoneNumber = QStringLiteral("+14155550112");
            break;
        }
        const QString id = p.id;
        CallbackReceiver receiver;
        QSignalSpy callbacks(&receiver, &CallbackReceiver::received);
        const TestReply r = complete(id, receiver.url());
        QCOMPARE(r.status, 202);
        QCOMPARE(r.data().toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
        // The callback may arrive while the request above is still being answered, before any wait begins.
        QTRY_VERIFY_WITH_TIMEOUT(!callbacks.isEmpty(), 10000);
        const QJsonObject payload = callbacks.first().first().toJsonObject();
        QCOMPARE(payload.value(QLatin1String("profileId")).toString(), id);
        QCOMPARE(payload.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(payload.value(QLatin1String("status")).toString(), outcome);
        QVERIFY(!payload.value(QLatin1String("timestamp")).toString().isEmpty());
        // Once, no retry: nothing else arrives while the registry finishes its review.
        QTRY_COMPARE(m_server->state().profile(id)->status, QStringLiteral("approved"));
        QCOMPARE(callbacks.size(), 1);
    }

    void prerequisites_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("profile data") << 0 << QStringList{QStringLiteral("short_name"), QStringLiteral("description")};
        QTest::newRow("own brand missing") << 1 << QStringList{QStringLiteral("brand")};
        QTest::newRow("parent brand missing") << 2 << QStringList{QStringLiteral("brand")};
        QTest::newRow("TCR without campaigns") << 3 << QStringList{QStringLiteral("campaigns")};
        QTest::newRow("parent campaigns missing") << 4 << QStringList{QStringLiteral("campaigns")};
        QTest::newRow("webhook missing") << 5 << QStringList{QStringLiteral("webHookUrl")};
        QTest::newRow("everything at once")
            << 6 << QStringList{QStringLiteral("short_name"), QStringLiteral("brand"), QStringLiteral("webHookUrl")};
    }

    void prerequisites()
    {
        QFETCH(int, setup);
        QFETCH(QStringList, fields);
        Profile &p = readyProfile();
        QString hook = QStringLiteral("https://hooks.example/complete");
        switch (setup) {
        case 0:
            p.shortName = QString();
            p.description = QString();
            break;
        case 1:
            p.inheritTcrBrand = false;
            break;
        case 2:
            m_server->state().organization().brand.reset();
            break;
        case 3:
            p.inheritTcrBrand = p.inheritTcrCampaign = false;
            p.ownBrand = ownBrand(true, true);
            break;
        case 4:
            m_server->state().organization().campaigns.clear();
            break;
        case 5:
            hook.clear();
            break;
        case 6:
            p.shortName = QString();
            p.inheritTcrBrand = false;
            hook.clear();
            break;
        }
        const TestReply r = complete(p.id, hook);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorCode().startsWith(QLatin1String("VALIDATION_00")));
        for (const auto &field : fields)
            QVERIFY2(r.details().contains(field), qPrintable(field + QLatin1Char(' ') + QString::fromUtf8(r.body)));
        QCOMPARE(r.details().size(), fields.size());
        QVERIFY(!m_server->state().profile(p.id)->completionRunning);
    }

    void alreadyCompleteAndInProgress()
    {
        Profile &p = readyProfile();
        const QString id = p.id;
        p.status = QStringLiteral("approved");
        TestReply r = complete(id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));

        // While background processing runs, a second call starts nothing new.
        SandboxOptions slow;
        slow.sensitiveRateLimitPerMinute = 0;
        m_server = startSandbox(slow);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
        const QString fresh = readyProfile().id;
        QCOMPARE(complete(fresh).status, 202);
        r = complete(fresh);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
    }

    void aStartedCompletionCanAnswer204()
    {
        SandboxOptions options;
        options.sensitiveRateLimitPerMinute = 0;
        options.completeStatus = 204; // as the live API has been seen to answer
        m_server = startSandbox(options);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
        const QString id = readyProfile().id;
        const TestReply r = complete(id);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(m_server->state().profile(id)->completionRunning); // started all the same
    }

    void sandboxCompletionStartsNothing()
    {
        const QString id = readyProfile().id;
        const TestReply r =
            m_client->send("POST", QStringLiteral("/v3/profiles/%1/complete").arg(id),
                           QJsonObject{{QStringLiteral("webHookUrl"), QStringLiteral("https://h.example/x")},
                                       {QStringLiteral("sandbox"), true}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("X-Sandbox"), QByteArray("true"));
        QVERIFY(!m_server->state().profile(id)->completionRunning);
    }

    void registryMovesSubmittedItems()
    {
        // The demo has submitted profiles and campaigns in review: all settle on the fast clock.
        QTRY_VERIFY_WITH_TIMEOUT(([this] {
                                     for (const auto &p : m_server->state().profiles()) {
                                         if (p.status == QLatin1String("submitted")
                                             || p.status == QLatin1String("pending_review"))
                                             return false;
                                         for (const auto &c : p.campaigns)
                                             if (c.status == QLatin1String("SENT_CREATED") && c.tcrSyncError.isNull())
                                                 return false;
                                     }
                                     return true;
                                 }()),
                                 10000);
        int active = 0;
        for (const auto &p : m_server->state().profiles())
            for (const auto &c : p.campaigns)
                active += c.status == QLatin1String("ACTIVE") && !c.tcrCampaignId.isEmpty() ? 1 : 0;
        QVERIFY(active > 0);
    }

    void campaignReviewOutcomeFollowsContent()
    {
        Profile &p = readyProfile();
        p.inheritTcrBrand = p.inheritTcrCampaign = false;
        p.ownBrand = ownBrand(true, true);
        Campaign good = ownCampaign(p);
        Campaign weak = ownCampaign(p);
        weak.privacyPolicyLink = QString();
        p.campaigns = {good, weak};
        const QString id = p.id;
        QCOMPARE(complete(id).status, 202);
        QTRY_VERIFY(m_server->state().profile(id)->campaigns.at(0).status == QLatin1String("ACTIVE"));
        QTRY_VERIFY(!m_server->state().profile(id)->campaigns.at(1).tcrSyncError.isNull());
        const TestReply list = m_client->get(QStringLiteral("/v3/profiles/%1/campaigns").arg(id));
        const QJsonArray campaigns = list.data().toArray();
        QCOMPARE(campaigns.at(0).toObject().value(QLatin1String("submittedToTCR")).toBool(), true);
        QVERIFY(!campaigns.at(0).toObject().value(QLatin1String("tcrCampaignId")).toString().isEmpty());
        QVERIFY(!campaigns.at(1).toObject().value(QLatin1String("tcrSyncError")).toString().isEmpty());
        QVERIFY(m_server->state().profile(id)->ownBrand->submittedToTcr);
    }

    void sensitiveTierIsLimited()
    {
        SandboxOptions options;
        options.sensitiveRateLimitPerMinute = 2; // burst of 1
        m_server = startSandbox(options);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
        const QString id = readyProfile().id;
        QCOMPARE(complete(id).status, 202);
        const TestReply r = complete(id);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("2"));
        // The standard tier is untouched.
        QCOMPARE(m_client->get(QStringLiteral("/v3/profiles/") + id).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCompletion)
#include "tst_sandbox_completion.moc"
