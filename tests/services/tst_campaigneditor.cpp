#include "api/clienttestsupport.h"
#include "lint/lintfixtures.h"

#include "sandbox/sandboxstate.h"
#include "services/campaigneditor.h"
#include "store/draftstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cd;

// The wizard's engine against the sandbox: drafts saved as one types, findings, acknowledgements, and
// submissions that never create a campaign twice.
class TestCampaignEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SentClient> m_client;
    std::unique_ptr<DraftStore> m_drafts;
    int m_storeNumber = 0;

    Profile fetchProfile(const QString &id)
    {
        const auto got = await<Profile>([&](auto done) { return m_client->getProfile(id, {}, nullptr, done); });
        if (!got.ok())
            qFatal("profile not read");
        return got.value();
    }
    QList<Draft> storedDrafts(const QString &profileId)
    {
        QList<Draft> result;
        bool done = false;
        m_drafts->list(QStringLiteral("conn"), profileId, this, [&](const QList<Draft> &drafts, const auto &) {
            result = drafts;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the draft store did not answer");
        return result;
    }
    static QJsonObject named(const QString &name)
    {
        QJsonObject campaign = QJsonDocument::fromJson(kCompliant).object();
        campaign.insert(QStringLiteral("name"), name);
        return campaign;
    }
    static void acknowledgeAll(CampaignEditor &editor)
    {
        for (const lint::Finding &f : editor.openWarnings())
            editor.setAcknowledged(f, true);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_server = startSandbox();
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        m_client = std::make_unique<SentClient>(config);
        m_drafts =
            std::make_unique<DraftStore>(m_dir.filePath(QStringLiteral("drafts-%1.sqlite").arg(++m_storeNumber)));
    }
    void cleanup()
    {
        m_drafts.reset();
        m_client.reset();
        m_server.reset();
    }

    void typingIsSavedAndLinted()
    {
        const QString id = ownCampaignsProfile(*m_server);
        CampaignEditor editor(m_client.get(), m_drafts.get(), Draft::create(QStringLiteral("conn"), id),
                              fetchProfile(id));
        QVERIFY(editor.findings().hasErrors()); // an empty campaign
        QSignalSpy linted(&editor, &CampaignEditor::findingsChanged);
        editor.setCampaign(named(QStringLiteral("Typed")));
        editor.setValue(QStringLiteral("optoutKeywords"), QStringLiteral("END"));
        QVERIFY(linted.wait(2000)); // debounced: after the pause, once
        QCOMPARE(linted.count(), 1);
        QCOMPARE(editor.findings().byRule(QStringLiteral("S13")).size(), 1);
        QCOMPARE(editor.findings().forField(QStringLiteral("optoutKeywords")).size(), 1);
        // Saved within a second of the last keystroke, as typed.
        QTRY_VERIFY_WITH_TIMEOUT(storedDrafts(id).size() == 1 && storedDrafts(id).first().campaign == editor.campaign(),
                                 1500);
    }

    void warningsMustBeAcknowledgedAndErrorsBlock()
    {
        const QString id = ownCampaignsProfile(*m_server);
        CampaignEditor editor(m_client.get(), m_drafts.get(),
                              Draft::create(QStringLiteral("conn"), id, named(QStringLiteral("Acks"))),
                              fetchProfile(id));
        QVERIFY(!editor.findings().hasErrors());
        // The fixture names another brand than this profile's: a warning to acknowledge, one by one.
        QVERIFY(!editor.openWarnings().isEmpty());
        QVERIFY(!editor.canSubmit());
        const lint::Finding first = editor.openWarnings().first();
        editor.setAcknowledged(first, true);
        QVERIFY(editor.isAcknowledged(first));
        acknowledgeAll(editor);
        QVERIFY(editor.canSubmit());
        editor.setValue(QStringLiteral("name"), QString());
        editor.lintNow();
        QVERIFY(!editor.canSubmit());
        editor.saveNow();
        QTRY_VERIFY(!storedDrafts(id).isEmpty()
                    && storedDrafts(id).first().acknowledged.contains(editor.acknowledgementKey(first)));
    }

    void submitsOnceThoughClickedTwice()
    {
        const QString id = ownCampaignsProfile(*m_server);
        CampaignEditor editor(m_client.get(), m_drafts.get(),
                              Draft::create(QStringLiteral("conn"), id, named(QStringLiteral("Twice"))),
                              fetchProfile(id));
        acknowledgeAll(editor);
        QSignalSpy submitted(&editor, &CampaignEditor::submitted);
        editor.submit();
        editor.submit(); // a double click
        QVERIFY(editor.isBusy());
        QVERIFY(!editor.canSubmit());
        QVERIFY(submitted.wait(30000));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Twice"), id), 1);
        QCOMPARE(submitted.first().first().value<Campaign>().name, QStringLiteral("Twice"));
        QTRY_VERIFY(storedDrafts(id).isEmpty()); // the draft has served
        // The warnings acknowledged on the way are the editor's to tell (the session records them in the history).
        QVERIFY(!editor.acknowledgedWarnings().isEmpty());
        QCOMPARE(editor.acknowledgedWarnings().size(), editor.draft().acknowledged.size());
        // The sandbox stored the same body the review page shows.
        const QJsonObject body = editor.requestBody();
        QCOMPARE(body.value(QLatin1String("campaign")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Twice"));
        QVERIFY(!body.contains(QLatin1String("sandbox")));
        QVERIFY(editor.requestBody(true).value(QLatin1String("sandbox")).toBool());
    }

    void aLostAnswerThenARetryCreatesExactlyOne()
    {
        const QString id = ownCampaignsProfile(*m_server);
        ClientConfig config = testConfig(m_server->baseUrl(), m_server->organizationKey());
        config.retry.maxRetries = 0; // the user, not the client, retries here
        SentClient client(config);
        CampaignEditor editor(&client, m_drafts.get(),
                              Draft::create(QStringLiteral("conn"), id, named(QStringLiteral("Lost"))),
                              fetchProfile(id));
        acknowledgeAll(editor);
        QSignalSpy failed(&editor, &CampaignEditor::submitFailed);
        QSignalSpy submitted(&editor, &CampaignEditor::submitted);
        m_server->setFaultRates(0, 1.0, 0); // the campaign is created, the answer never arrives
        editor.submit();
        QVERIFY(failed.wait(30000));
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Lost"), id), 1);
        QVERIFY(!storedDrafts(id).isEmpty()); // not known to be done: the draft stays

        m_server->setFaultRates(0, 0, 0);
        editor.submit(); // "Try again"
        QVERIFY(submitted.wait(30000));
        QVERIFY(submitted.first().at(1).toBool()); // sent.dm replayed its first answer
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Lost"), id), 1);
    }

    void editsReplaceAndSubmittedCampaignsAreRefused()
    {
        const QString id = ownCampaignsProfile(*m_server);
        const auto listed =
            await<QList<Campaign>>([&](auto done) { return m_client->listCampaigns(id, {}, nullptr, done); });
        QVERIFY(listed.ok());
        const Campaign existing = listed.value().first();
        QVERIFY(!existing.submittedToTcr);
        QJsonObject changed = named(QStringLiteral("Edited name"));
        CampaignEditor editor(m_client.get(), m_drafts.get(),
                              Draft::create(QStringLiteral("conn"), id, changed, existing.id), fetchProfile(id),
                              existing);
        QVERIFY(editor.isEdit());
        acknowledgeAll(editor);
        QSignalSpy submitted(&editor, &CampaignEditor::submitted);
        editor.submit();
        QVERIFY(submitted.wait(30000));
        QCOMPARE(submitted.first().first().value<Campaign>().id, existing.id);
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Edited name"), id), 1);
        QCOMPARE(campaignsNamed(*m_server, existing.name, id), 0);

        Campaign sent = existing;
        sent.submittedToTcr = true;
        CampaignEditor refused(m_client.get(), m_drafts.get(),
                               Draft::create(QStringLiteral("conn"), id, changed, existing.id), fetchProfile(id), sent);
        acknowledgeAll(refused);
        QCOMPARE(refused.findings().byRule(QStringLiteral("P03")).size(), 1);
        QVERIFY(!refused.canSubmit());
    }

    void dryRunReportsTheApisOwnFieldErrors()
    {
        const QString id = ownCampaignsProfile(*m_server);
        QJsonObject bad = named(QStringLiteral("Dry"));
        bad.insert(QStringLiteral("useCases"), QJsonArray());
        CampaignEditor editor(m_client.get(), m_drafts.get(), Draft::create(QStringLiteral("conn"), id, bad),
                              fetchProfile(id));
        QSignalSpy dry(&editor, &CampaignEditor::dryRunFinished);
        editor.dryRun();
        QVERIFY(dry.wait(30000));
        const ApiError error = dry.first().first().value<ApiError>();
        QVERIFY(error.isError());
        QVERIFY(!error.details.isEmpty());
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Dry")), 0);

        bad.insert(QStringLiteral("useCases"), named(QString()).value(QLatin1String("useCases")));
        editor.setCampaign(bad);
        dry.clear();
        editor.dryRun();
        QVERIFY(dry.wait(30000));
        QVERIFY2(!dry.first().first().value<ApiError>().isError(),
                 qPrintable(dry.first().first().value<ApiError>().userMessage()));
        QCOMPARE(campaignsNamed(*m_server, QStringLiteral("Dry")), 0); // validated, nothing stored
        // The dry run's answer says what submitting will cost; the billing note shows it.
        QVERIFY2(editor.findings().byRule(QStringLiteral("P04")).value(0).message.contains(QLatin1String("15.00")),
                 qPrintable(editor.findings().byRule(QStringLiteral("P04")).value(0).message));
    }

    void apiFieldPathsBecomeWizardFields()
    {
        QCOMPARE(CampaignEditor::fieldForApiPath(QStringLiteral("campaign.useCases[0].sampleMessages[1]")),
                 QStringLiteral("useCases[0].sampleMessages[1]"));
        QCOMPARE(CampaignEditor::fieldForApiPath(QStringLiteral("Campaign.UseCases[2].MessagingUseCaseUs")),
                 QStringLiteral("useCases[2].messagingUseCaseUs"));
        QCOMPARE(CampaignEditor::fieldForApiPath(QStringLiteral("name")), QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignEditor)
#include "tst_campaigneditor.moc"
