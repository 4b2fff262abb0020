#include "keychaintestsupport.h"

#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

// The keychain when it cannot help: no D-Bus at all, and a bus that never answers (what a keyring waiting for a
// password looks like). This process points D-Bus elsewhere before anything touches it, so it runs alone.
class TestKeychainFailures : public QObject
{
    Q_OBJECT

public:
    static inline QString s_mode; // "nobus" or "hang"

private:
    CredentialStore::Outcome once(const std::function<void(CredentialStore &, CredentialStore::Callback)> &start,
                                  int *calls)
    {
        CredentialStore store;
        store.setTimeout(500);
        CredentialStore::Outcome result;
        start(store, [&](const CredentialStore::Outcome &outcome) {
            ++*calls;
            result = outcome;
        });
        if (!QTest::qWaitFor([&] { return *calls > 0; }, 20000))
            qWarning("no answer");
        return result;
    }

private Q_SLOTS:
    void everyOperationFailsCleanlyAndOnce()
    {
        for (int operation = 0; operation < 3; ++operation) {
            int calls = 0;
            const CredentialStore::Outcome outcome = once(
                [operation](CredentialStore &store, CredentialStore::Callback done) {
                    if (operation == 0)
                        store.read(QStringLiteral("acct"), nullptr, done);
                    else if (operation == 1)
                        store.write(QStringLiteral("acct"), "sk_test_never_stored", nullptr, done);
                    else
                        store.remove(QStringLiteral("acct"), nullptr, done);
                },
                &calls);
            QCOMPARE(calls, 1);
            QVERIFY(!outcome.ok());
            QVERIFY(!outcome.message.isEmpty());
            QVERIFY(outcome.secret.isEmpty());
            if (s_mode == QLatin1String("hang"))
                QCOMPARE(outcome.failure, CredentialStore::Failure::Timeout);
            else
                QVERIFY2(outcome.failure == CredentialStore::Failure::Other
                             || outcome.failure == CredentialStore::Failure::Unavailable,
                         qPrintable(outcome.message));
        }
        // Nothing was written anywhere instead: no plaintext fallback.
        QVERIFY(filesContaining("sk_test_never_stored").isEmpty());
    }

    void theSessionChoiceStillWorks()
    {
        CredentialStore store;
        store.setTimeout(500);
        store.holdForSession(QStringLiteral("acct"), "sk_test_in_memory");
        int calls = 0;
        CredentialStore::Outcome result;
        store.read(QStringLiteral("acct"), nullptr, [&](const CredentialStore::Outcome &o) {
            ++calls;
            result = o;
        });
        QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 5000));
        QVERIFY(result.ok());
        QVERIFY(result.fromSession);
        QCOMPARE(result.secret, QByteArray("sk_test_in_memory"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QLocalServer silentBus; // accepts connections into its backlog and never says a word
    TestKeychainFailures::s_mode = qEnvironmentVariable("CD_KEYCHAIN_FAILURE", QStringLiteral("nobus"));
    if (TestKeychainFailures::s_mode == QLatin1String("hang")) {
        if (!silentBus.listen(dir.filePath(QStringLiteral("bus"))))
            qFatal("cannot listen: %s", qPrintable(silentBus.errorString()));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath(QStringLiteral("bus")).toUtf8());
    } else {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath(QStringLiteral("nothing-here")).toUtf8());
    }
    TestKeychainFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_failures.moc"
