#include "sandboxtestclient.h"

#include <QProcess>
#include <QTemporaryDir>

// The compliance-desk-sandbox executable: its one line of JSON on stdout, --db persistence, option errors.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        std::unique_ptr<QProcess> process;
        QJsonObject line;
    };

    static Started start(const QStringList &arguments)
    {
        Started started;
        started.process = std::make_unique<QProcess>();
        started.process->setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
        started.process->setArguments(arguments);
        started.process->setProcessChannelMode(QProcess::SeparateChannels);
        started.process->start();
        if (!started.process->waitForStarted(10000))
            return started;
        QSignalSpy ready(started.process.get(), &QProcess::readyReadStandardOutput);
        while (!started.process->canReadLine() && ready.wait(20000)) {
        }
        const QByteArray line = started.process->readLine();
        started.line = QJsonDocument::fromJson(line).object();
        return started;
    }

    static void stop(Started &started)
    {
        started.process->kill();
        started.process->waitForFinished(5000);
    }

private Q_SLOTS:
    void startupLineAndServing()
    {
        Started s =
            start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("demo")});
        QCOMPARE(s.line.keys(),
                 (QStringList{QStringLiteral("base_url"), QStringLiteral("organization_key"),
                              QStringLiteral("profile_keys")}));
        const QUrl base(s.line.value(QLatin1String("base_url")).toString());
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);
        const QJsonObject profileKeys = s.line.value(QLatin1String("profile_keys")).toObject();
        QVERIFY(profileKeys.size() >= 35);

        TestClient org(base, s.line.value(QLatin1String("organization_key")).toString());
        const TestReply me = org.get(QStringLiteral("/v3/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().toObject().value(QLatin1String("profiles")).toArray().size(), profileKeys.size());
        TestClient profile(base, profileKeys.begin().value().toString());
        QCOMPARE(profile.get(QStringLiteral("/v3/me")).data().toObject().value(QLatin1String("id")).toString(),
                 profileKeys.begin().key());
        // Exactly one line on stdout; logs go to stderr.
        QVERIFY(!s.process->canReadLine());
        QCOMPARE(s.process->bytesAvailable(), qint64(0));
        stop(s);
    }

    void largeSeedIsDeterministic()
    {
        Started a = start({QStringLiteral("--seed"), QStringLiteral("large:50:3")});
        Started b = start({QStringLiteral("--seed"), QStringLiteral("large:50:3")});
        const QJsonObject keysA = a.line.value(QLatin1String("profile_keys")).toObject();
        QCOMPARE(keysA.size(), 50);
        QCOMPARE(keysA.keys(), b.line.value(QLatin1String("profile_keys")).toObject().keys());
        TestClient client(QUrl(a.line.value(QLatin1String("base_url")).toString()),
                          a.line.value(QLatin1String("organization_key")).toString());
        const TestReply campaigns = client.get(QStringLiteral("/v3/profiles/%1/campaigns").arg(keysA.keys().first()));
        QCOMPARE(campaigns.data().toArray().size(), 3);
        stop(a);
        stop(b);
    }

    void stateSurvivesRestartWithDb()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sandbox.sqlite"));
        Started first = start({QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--db"), db});
        const QString orgKey = first.line.value(QLatin1String("organization_key")).toString();
        QVERIFY(!orgKey.isEmpty());
        QCOMPARE(first.line.value(QLatin1String("profile_keys")).toObject().size(), 0);
        TestClient client(QUrl(first.line.value(QLatin1String("base_url")).toString()), orgKey);
        const TestReply created =
            client.send("POST", QStringLiteral("/v3/profiles"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Kept")},
                                    {QStringLiteral("billing_model"), QStringLiteral("organization")}});
        QCOMPARE(created.status, 201);
        const QString id = created.data().toObject().value(QLatin1String("id")).toString();
        stop(first);

        Started second = start({QStringLiteral("--db"), db});
        QCOMPARE(second.line.value(QLatin1String("organization_key")).toString(), orgKey);
        TestClient again(QUrl(second.line.value(QLatin1String("base_url")).toString()), orgKey);
        const TestReply read = again.get(QStringLiteral("/v3/profiles/") + id);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.data().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Kept"));
        // Timestamps come back from the file to the millisecond.
        QCOMPARE(read.data().toObject().value(QLatin1String("created_at")).toString().left(23),
                 created.data().toObject().value(QLatin1String("created_at")).toString().left(23));
        stop(second);
    }

    void badOptionsExitWithUsageError()
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--seed"), QStringLiteral("huge")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--seed"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
