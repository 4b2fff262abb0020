#include "keychaintestsupport.h"

#include "sandbox/sandboxtestclient.h"

#include "secrets/connectionstore.h"
#include "secrets/credentialstore.h"
#include "services/connectionservice.h"

#include <QSettings>
#include <QUuid>

using namespace cd;

namespace {

struct Answer
{
    int calls = 0;
    CredentialStore::Outcome outcome;
};

// Runs one keychain operation and waits for its single answer.
template<typename Start>
Answer keychain(Start start)
{
    auto answer = std::make_shared<Answer>();
    start([answer](const CredentialStore::Outcome &outcome) {
        ++answer->calls;
        answer->outcome = outcome;
    });
    if (!QTest::qWaitFor([&] { return answer->calls > 0; }, 20000))
        qWarning("the keychain did not answer");
    return *answer;
}

} // namespace

// The credential store and connections against a real Secret Service (gnome-keyring in a private D-Bus session).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_store;

    static QString account() { return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store.setTimeout(15000);
    }

    void writeReadRemove()
    {
        REQUIRE_SECRET_SERVICE();
        const QString id = account();
        const QByteArray secret = "sk_test_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const Answer written = keychain([&](auto done) { m_store.write(id, secret, nullptr, done); });
        QCOMPARE(written.calls, 1);
        QVERIFY2(written.outcome.ok(), qPrintable(written.outcome.message));

        const Answer read = keychain([&](auto done) { m_store.read(id, nullptr, done); });
        QCOMPARE(read.calls, 1);
        QVERIFY(read.outcome.ok());
        QCOMPARE(read.outcome.secret, secret);
        QVERIFY(!read.outcome.fromSession);

        const Answer removed = keychain([&](auto done) { m_store.remove(id, nullptr, done); });
        QVERIFY(removed.outcome.ok());
        const Answer gone = keychain([&](auto done) { m_store.read(id, nullptr, done); });
        QCOMPARE(gone.outcome.failure, CredentialStore::Failure::NotFound);
        QVERIFY(!gone.outcome.message.isEmpty());
        QVERIFY(gone.outcome.secret.isEmpty());

        // Removing what is not there is not a failure: the wanted state holds.
        const Answer again = keychain([&](auto done) { m_store.remove(id, nullptr, done); });
        QVERIFY(again.outcome.ok());
        QVERIFY(filesContaining(secret).isEmpty());
    }

    void sessionOnlyKeysStayInMemory()
    {
        const QString id = account();
        m_store.holdForSession(id, "sk_test_session_only");
        QVERIFY(m_store.isHeldForSession(id));
        const Answer read = keychain([&](auto done) { m_store.read(id, nullptr, done); });
        QCOMPARE(read.calls, 1);
        QVERIFY(read.outcome.ok());
        QVERIFY(read.outcome.fromSession);
        QCOMPARE(read.outcome.secret, QByteArray("sk_test_session_only"));
        QVERIFY(filesContaining("sk_test_session_only").isEmpty());
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            keychain([&](auto done) { m_store.remove(id, nullptr, done); });
            QVERIFY(!m_store.isHeldForSession(id));
        }
    }

    void deadContextIsNotCalled()
    {
        REQUIRE_SECRET_SERVICE();
        int calls = 0;
        auto *context = new QObject;
        m_store.read(account(), context, [&calls](const CredentialStore::Outcome &) { ++calls; });
        delete context;
        // A second job queued behind the first answers after it: by then the first has had its chance.
        const Answer later = keychain([&](auto done) { m_store.read(account(), nullptr, done); });
        QCOMPARE(later.calls, 1);
        QCOMPARE(calls, 0);
    }

    void connectionMetadata()
    {
        QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                               + QStringLiteral("/connections-test.ini"),
                           QSettings::IniFormat);
        settings.clear();
        ConnectionStore store(&settings);
        QVERIFY(store.connections().isEmpty());
        QVERIFY(!store.current());
        Connection c;
        c.id = ConnectionStore::newId();
        c.name = QStringLiteral("Agency West");
        c.baseUrl = QUrl(QStringLiteral("https://api.sent.dm"));
        c.keyKind = QStringLiteral("organization");
        c.accountName = QStringLiteral("Northwind");
        store.save(c);
        store.setCurrentId(c.id);
        QCOMPARE(store.connections().size(), 1);
        QCOMPARE(store.find(QStringLiteral("agency west"))->id, c.id); // names match case-insensitively
        QCOMPARE(store.current()->name, c.name);
        QVERIFY(!store.nameProblem(QStringLiteral("AGENCY WEST")).isEmpty());
        QVERIFY(store.nameProblem(QStringLiteral("Agency West"), c.id).isEmpty()); // renaming itself
        QVERIFY(!store.nameProblem(QStringLiteral("  ")).isEmpty());
        QVERIFY(!c.demo);
        store.remove(c.id);
        QVERIFY(store.connections().isEmpty());
        QVERIFY(store.currentId().isEmpty());
    }

    void addChecksTheKeyStoresItAndRemoves()
    {
        REQUIRE_SECRET_SERVICE();
        auto server = startSandbox();
        QSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                               + QStringLiteral("/service-test.ini"),
                           QSettings::IniFormat);
        settings.clear();
        ConnectionStore connections(&settings);
        ConnectionService service(connections, m_store);

        auto add = [&](const QString &name, const QUrl &url, const QByteArray &key) {
            auto result = std::make_shared<std::optional<ConnectionService::AddResult>>();
            int calls = 0;
            service.add(name, url, key, nullptr, [result, &calls](const ConnectionService::AddResult &r) {
                ++calls;
                *result = r;
            });
            if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
                qWarning("add did not answer");
            return std::make_pair(calls, *result);
        };

        // Refused before asking anyone.
        const auto [c1, insecure] = add(QStringLiteral("Remote"), QUrl(QStringLiteral("http://api.sent.dm")), "k");
        QCOMPARE(c1, 1);
        QVERIFY(!insecure->problem.isEmpty());
        // Refused by the API: nothing saved, nothing in the keychain.
        const auto [c2, wrong] = add(QStringLiteral("Wrong"), server->baseUrl(), "sk_test_wrong_key");
        QCOMPARE(c2, 1);
        QVERIFY(wrong->apiError);
        QCOMPARE(wrong->apiError->httpStatus, 401);
        QVERIFY(connections.connections().isEmpty());
        const Answer orphan = keychain([&](auto done) { m_store.read(wrong->connection.id, nullptr, done); });
        QCOMPARE(orphan.outcome.failure, CredentialStore::Failure::NotFound);

        // Accepted: saved, current, the key in the keychain and in no file.
        const QByteArray key = server->organizationKey().toUtf8();
        const auto [c3, added] = add(QStringLiteral("Demo org"), server->baseUrl(), key);
        QCOMPARE(c3, 1);
        QVERIFY2(added->ok(), qPrintable(added->keychain.message));
        QCOMPARE(added->connection.keyKind, QStringLiteral("organization"));
        QCOMPARE(added->connection.accountName, server->state().organization().name);
        QCOMPARE(connections.current()->id, added->connection.id);
        QVERIFY(!connections.current()->demo); // what is saved is never the demo sandbox
        const Answer stored = keychain([&](auto done) { service.readKey(added->connection, nullptr, done); });
        QCOMPARE(stored.outcome.secret, key);
        settings.sync();
        QVERIFY2(filesContaining(key).isEmpty(), qPrintable(filesContaining(key).join(QLatin1Char(','))));
        QVERIFY(!settings.allKeys().isEmpty());

        // A second one may not take the same name.
        const auto [c4, duplicate] = add(QStringLiteral("demo ORG"), server->baseUrl(), key);
        QCOMPARE(c4, 1);
        QVERIFY(!duplicate->problem.isEmpty());

        const Answer removed = keychain([&](auto done) { service.remove(added->connection, nullptr, done); });
        QVERIFY(removed.outcome.ok());
        QVERIFY(connections.connections().isEmpty());
        const Answer gone = keychain([&](auto done) { m_store.read(added->connection.id, nullptr, done); });
        QCOMPARE(gone.outcome.failure, CredentialStore::Failure::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
