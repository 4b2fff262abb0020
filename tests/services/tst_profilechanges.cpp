#include "api/clienttestsupport.h"

#include "sandbox/sandboxstate.h"
#include "services/changesettler.h"
#include "services/profileeditor.h"
#include "store/changejournal.h"

#include <QTemporaryDir>

#include <QSignalSpy>

#include <optional>

using namespace cd;

// The profile editor's engine against the sandbox: one profile however often Save is pressed, a lost answer then a
// retry replayed rather than repeated, a changed request sent with a new key, and only what changed sent.
class TestProfileChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;

    static ProfileChanges newProfile(const QString &name)
    {
        ProfileChanges c;
        c.name = name;
        c.shortName = QStringLiteral("Twice");
        c.billingModel = QStringLiteral("organization");
        return c;
    }
    int profilesNamed(const QString &name) const
    {
        int count = 0;
        for (const auto &p : m_server->state().profiles())
            count += !p.deleted && p.name == name ? 1 : 0;
        return count;
    }

    // What one settler run finds.
    QList<ChangeSettlement> settle(SentClient *client, ChangeJournal *journal, const QString &scope)
    {
        ChangeSettler settler(client, journal, scope);
        std::optional<QList<ChangeSettlement>> found;
        settler.run(this, [&](const QList<ChangeSettlement> &settled) { found = settled; });
        if (!QTest::qWaitFor([&] { return found.has_value(); }, 30000))
            qWarning("the settler did not finish");
        return found.value_or(QList<ChangeSettlement>());
    }

private Q_SLOTS:
    void init() { m_server = startSandbox(); }
    void cleanup() { m_server.reset(); }

    void createsOnceThoughSavedTwice()
    {
        SentClient client(testConfig(m_server->baseUrl(), m_server->organizationKey()));
        ProfileEditor editor(&client, std::nullopt);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        editor.save(newProfile(QStringLiteral("Saved twice")));
        editor.save(newProfile(QStringLiteral("Saved twice"))); // a double click
        QVERIFY(editor.isBusy());
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.count(), 1);
        QVERIFY(saved.first().at(1).toBool()); // created
        QCOMPARE(profilesNamed(QStringLiteral("Saved twice")), 1);
        QVERIFY(!editor.isCreate()); // from now on it edits what it created
    }

    void aLostAnswerThenARetryIsReplayed()
    {
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.maxRetries = 0; // the user, not the client, retries here
        SentClient client(config);
        ProfileEditor editor(&client, std::nullopt);
        QSignalSpy failed(&editor, &ProfileEditor::failed);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        m_server->setFaultRates(0, 1.0, 0); // the profile is created, the answer never arrives
        editor.save(newProfile(QStringLiteral("Lost answer")));
        QVERIFY(failed.wait(30000));
        QCOMPARE(profilesNamed(QStringLiteral("Lost answer")), 1);

        m_server->setFaultRates(0, 0, 0);
        editor.save(newProfile(QStringLiteral("Lost answer"))); // Save again, nothing changed
        QVERIFY(saved.wait(30000));
        QCOMPARE(profilesNamed(QStringLiteral("Lost answer")), 1);
    }

    // The window closed (or killed) after a save whose answer never came: the next editor's save of the same
    // profile goes out with the journaled key and is replayed, not made again. Once its outcome is known, a new
    // save of the same form is a new request.
    void aSaveWhoseOutcomeIsUnknownIsReplayedAfterARestart()
    {
        QTemporaryDir dir;
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.maxRetries = 0;
        SentClient client(config);
        const QString scope = m_server->baseUrl().toString();
        {
            ChangeJournal journal(dir.filePath(QStringLiteral("changes.sqlite")));
            ProfileEditor editor(&client, std::nullopt);
            editor.setJournal(&journal, scope);
            QSignalSpy failed(&editor, &ProfileEditor::failed);
            m_server->setFaultRates(0, 1.0, 0);
            editor.save(newProfile(QStringLiteral("Before the crash")));
            QVERIFY(failed.wait(30000));
            QVERIFY(failed.first().at(0).value<ApiError>().mayHaveBeenMade());
        }
        QCOMPARE(profilesNamed(QStringLiteral("Before the crash")), 1);
        m_server->setFaultRates(0, 0, 0);
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.sqlite"))); // the next start
        {
            ProfileEditor editor(&client, std::nullopt);
            editor.setJournal(&journal, scope);
            QSignalSpy saved(&editor, &ProfileEditor::saved);
            editor.save(newProfile(QStringLiteral("Before the crash")));
            QVERIFY(saved.wait(30000));
            QCOMPARE(profilesNamed(QStringLiteral("Before the crash")), 1);
        }
        ProfileEditor another(&client, std::nullopt);
        another.setJournal(&journal, scope);
        QSignalSpy saved(&another, &ProfileEditor::saved);
        another.save(newProfile(QStringLiteral("Before the crash")));
        QVERIFY(saved.wait(30000));
        QCOMPARE(profilesNamed(QStringLiteral("Before the crash")), 2); // asked for again, made again
    }

    // Changes whose answers were lost, settled by asking sent.dm (read-only) how they ended: an update it shows was
    // made, one it does not show was not, a creation it lists was made (with the new profile's id). Each is told to
    // the journal once, so nothing is left to settle, and a rerun of the one not made gets a new key.
    void theSettlerAsksSentDmHowLostChangesEnded()
    {
        QTemporaryDir dir;
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.maxRetries = 0;
        SentClient client(config);
        const QString scope = m_server->baseUrl().toString();
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.sqlite")));
        QSignalSpy unknown(&journal, &ChangeJournal::outcomeUnknown);

        Profile existing;
        {
            ProfileEditor create(&client, std::nullopt);
            QSignalSpy saved(&create, &ProfileEditor::saved);
            create.save(newProfile(QStringLiteral("Settled")));
            QVERIFY(saved.wait(30000));
            existing = saved.first().first().value<Profile>();
        }
        auto lose = [&](const std::optional<Profile> &profile, const ProfileChanges &changes, double fault,
                        double drop) {
            ProfileEditor editor(&client, profile);
            editor.setJournal(&journal, scope);
            QSignalSpy failed(&editor, &ProfileEditor::failed);
            m_server->setFaultRates(fault, drop, 0);
            editor.save(changes);
            QVERIFY(failed.wait(30000));
            m_server->setFaultRates(0, 0, 0);
        };
        ProfileChanges made;
        made.description = QStringLiteral("Made, its answer lost");
        lose(existing, made, 0, 1.0);
        ProfileChanges notMade;
        notMade.description = QStringLiteral("Never made: a server error first");
        lose(existing, notMade, 1.0, 0);
        lose(std::nullopt, newProfile(QStringLiteral("Created, answer lost")), 0, 1.0);
        QTRY_COMPARE(unknown.count(), 3);

        // Under another profile's key (the same address, so the same journal) nothing can be told: all stay unsettled.
        SentClient profileClient(testConfig(m_server->baseUrl(), m_server->profileKeys().constBegin().value()));
        const QList<ChangeSettlement> seen = settle(&profileClient, &journal, scope);
        QCOMPARE(seen.size(), 3);
        for (const ChangeSettlement &s : seen)
            QCOMPARE(s.found, ChangeSettlement::Found::Unknown);

        const QList<ChangeSettlement> found = settle(&client, &journal, scope);
        QCOMPARE(found.size(), 3);
        QHash<QString, ChangeSettlement::Found> byWhat;
        for (const ChangeSettlement &s : found)
            byWhat.insert(s.change.body.value(QLatin1String("description")).toString()
                              + s.change.body.value(QLatin1String("name")).toString(),
                          s.found);
        QCOMPARE(byWhat.value(QStringLiteral("Made, its answer lost")), ChangeSettlement::Found::Made);
        QCOMPARE(byWhat.value(QStringLiteral("Never made: a server error first")), ChangeSettlement::Found::NotMade);
        QCOMPARE(byWhat.value(QStringLiteral("Created, answer lost")), ChangeSettlement::Found::Made);
        for (const ChangeSettlement &s : found)
            if (s.change.target == QLatin1String("POST /v3/profiles")) {
                QVERIFY(!s.profileId.isEmpty());
                QCOMPARE(m_server->state().profile(s.profileId)->name, QStringLiteral("Created, answer lost"));
                QVERIFY2(s.sentence().contains(QLatin1String("was created")), qPrintable(s.sentence()));
            }

        // Nothing left to settle; the one not made goes out again with a new key and is made.
        bool listed = false;
        journal.unsettled(scope, this, [&](const QList<ChangeJournal::Unsettled> &left) {
            QVERIFY(left.isEmpty());
            listed = true;
        });
        QTRY_VERIFY(listed);
        ProfileEditor again(&client, existing);
        again.setJournal(&journal, scope);
        QSignalSpy saved(&again, &ProfileEditor::saved);
        again.save(notMade);
        QVERIFY(saved.wait(30000));
        QCOMPARE(m_server->state().profile(existing.id)->description,
                 QStringLiteral("Never made: a server error first"));
    }

    void aChangedRequestIsANewOne()
    {
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.maxRetries = 0;
        SentClient client(config);
        ProfileEditor editor(&client, std::nullopt);
        QSignalSpy failed(&editor, &ProfileEditor::failed);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        m_server->setFaultRates(0, 1.0, 0);
        editor.save(newProfile(QStringLiteral("First name")));
        QVERIFY(failed.wait(30000));
        m_server->setFaultRates(0, 0, 0);
        // The user changed the name before saving again: a new request (the old key would be refused as reused
        // with another body), so sent.dm makes what is asked now.
        editor.save(newProfile(QStringLiteral("Second name")));
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().value<Profile>().name, QStringLiteral("Second name"));
        QCOMPARE(profilesNamed(QStringLiteral("Second name")), 1);
    }

    void anEditSendsOnlyWhatChanged()
    {
        Profile existing;
        existing.id = QStringLiteral("p1");
        existing.name = QStringLiteral("Acme");
        existing.shortName = QStringLiteral("Acme");
        existing.description = QStringLiteral("Reminders");
        existing.billingModel = QStringLiteral("organization");
        existing.inheritTcrBrand = true;
        existing.inheritTcrCampaign = true;
        SentClient client(testConfig(m_server->baseUrl(), m_server->organizationKey()));
        ProfileEditor editor(&client, existing);
        ProfileChanges form;
        form.name = existing.name;
        form.shortName = existing.shortName;
        form.description = QString(); // cleared
        form.icon = QString();
        form.billingModel = existing.billingModel;
        form.billingContact = BillingContact{QStringLiteral("Ada"), QStringLiteral("ada@acme.example"), {}, {}};
        form.inheritTcrBrand = true;
        form.inheritTcrCampaign = false;
        form.brand = Brand{}; // inheriting: never sent
        const QJsonObject body = editor.changesFrom(form).toJson();
        const QStringList keys = body.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{QStringLiteral("description"), QStringLiteral("inherit_tcr_campaign")}));
        QCOMPARE(body.value(QLatin1String("description")),
                 QJsonValue(QStringLiteral(""))); // "" clears; null would keep
        QVERIFY(editor.hasChanges(form));
        form.description = existing.description;
        form.inheritTcrCampaign = false;
        existing.inheritTcrCampaign = false;
        QVERIFY(!ProfileEditor(&client, existing).hasChanges(form));
    }

    void whatADeletionReleases()
    {
        Profile p;
        p.sendingPhoneNumber = QStringLiteral("+14155550100");
        p.wabaId = QStringLiteral("1049827364");
        Brand b;
        b.submittedToTcr = true;
        b.tcrBrandId = QStringLiteral("BX1");
        p.brand = b;
        const QString text = ProfileEditor::releasedOnDelete(p, 3).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QLatin1String("+14155550100")));
        QVERIFY(text.contains(QLatin1String("1049827364")));
        QVERIFY(text.contains(QLatin1String("BX1")));
        QVERIFY(text.contains(QLatin1String("3 campaign")));
        Profile bare;
        QCOMPARE(ProfileEditor::releasedOnDelete(bare, 0).size(), 1); // its routing rules, always
    }
};

QTEST_GUILESS_MAIN(TestProfileChanges)
#include "tst_profilechanges.moc"
