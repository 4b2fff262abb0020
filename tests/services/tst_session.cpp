#include "api/clienttestsupport.h"
#include "lint/lintfixtures.h"
#include "secrets/keychaintestsupport.h"

#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "services/campaigneditor.h"
#include "services/organizationloader.h"
#include "services/organizationsession.h"
#include "services/profileeditor.h"
#include "services/statuspoller.h"
#include "services/writethrough.h"
#include "store/changejournal.h"
#include "store/draftstore.h"
#include "store/historylog.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace cd;

using State = OrganizationSession::State;

// The session on its own, without a window: its states (from the key to a loaded tree, and every way there can
// fail), and the one write-through path everything that reaches the app takes.
class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CredentialStore m_credentials;
    std::unique_ptr<HistoryLog> m_history;
    std::unique_ptr<DraftStore> m_drafts;
    int m_files = 0;

    static sandbox::SandboxOptions fastSandbox()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        return options;
    }

    static RetryPolicy fastRetries()
    {
        RetryPolicy retry;
        retry.maxRetries = 1;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        retry.transferTimeoutMs = 5000;
        retry.deadlineMs = 10000;
        return retry;
    }

    static Connection connectionTo(const QUrl &url, const QString &id = QStringLiteral("session-test"))
    {
        Connection connection;
        connection.id = id;
        connection.name = QStringLiteral("Northwind");
        connection.baseUrl = url;
        connection.keyKind = QStringLiteral("organization");
        return connection;
    }

    OrganizationSession::Options options(OrganizationModel *model)
    {
        OrganizationSession::Options o;
        o.model = model;
        o.history = m_history.get();
        o.drafts = m_drafts.get();
        o.retry = fastRetries();
        return o;
    }

    static QList<State> states(const QSignalSpy &spy)
    {
        QList<State> list;
        for (const QList<QVariant> &arguments : spy)
            list.append(arguments.first().value<State>());
        return list;
    }

    static bool waitFor(OrganizationSession &session, State state, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, timeoutMs);
    }

    OrganizationSession::Item readItem(OrganizationSession &session, const QString &profileId,
                                       const QString &campaignId = {})
    {
        std::optional<OrganizationSession::Item> item;
        session.readItem(profileId, campaignId, this, [&](const OrganizationSession::Item &read) { item = read; });
        if (!QTest::qWaitFor([&] { return item.has_value(); }, 10000))
            qWarning("the item was not read");
        return item.value_or(OrganizationSession::Item());
    }

    QList<HistoryEntry> historyOf(OrganizationSession &session, const QString &itemId)
    {
        std::optional<QList<HistoryEntry>> entries;
        session.readHistory(itemId, this, [&](const QList<HistoryEntry> &read) { entries = read; });
        if (!QTest::qWaitFor([&] { return entries.has_value(); }, 10000))
            qWarning("the history was not read");
        return entries.value_or(QList<HistoryEntry>());
    }

    static bool hasOutcome(const QList<HistoryEntry> &entries, const QString &outcome)
    {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const HistoryEntry &e) {
            return e.payload.value(QLatin1String("outcome")).toString() == outcome;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_history = std::make_unique<HistoryLog>(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_files)));
        m_drafts = std::make_unique<DraftStore>(m_dir.filePath(QStringLiteral("drafts-%1.sqlite").arg(m_files)));
        TreeCache::removeForConnection(QStringLiteral("session-test"));
    }

    void readyOnceTheKeyIsReadAndEverythingLoaded()
    {
        auto server = startSandbox(fastSandbox());
        m_credentials.holdForSession(QStringLiteral("session-test"), server->organizationKey().toUtf8());
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        QSignalSpy changes(&session, &OrganizationSession::stateChanged);
        QSignalSpy loaded(&session, &OrganizationSession::loaded);
        QCOMPARE(session.state(), State::ReadingKey);
        session.open();
        QVERIFY(waitFor(session, State::Ready));
        QCOMPARE(states(changes), (QList<State>{State::Loading, State::Ready}));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(session.problem().message.isEmpty());
        QVERIFY(session.managesProfiles());
        QCOMPARE(model.account().id, server->state().organization().id);
        QVERIFY(model.account().profiles.isEmpty()); // /v3/me's summaries of every profile are not kept twice
        int live = 0;
        for (const auto &p : server->state().profiles())
            live += p.deleted ? 0 : 1;
        QCOMPARE(model.profileCount(), live);
        const QString id = ownCampaignsProfile(*server);
        QCOMPARE(model.rowCount(model.profileIndex(id)),
                 int(server->state().visibleCampaigns(*server->state().profile(id)).size()));
        // Every whole record is on this computer, for the details.
        const OrganizationSession::Item item = readItem(session, id);
        QVERIFY(item.profile);
        QCOMPARE(item.profile->description, server->state().profile(id)->description);
    }

    void everyPageIsInTheTreeAndTheCacheOnce_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("demo, pages of 7") << QStringLiteral("demo") << 7;
        QTest::newRow("large:1000:1, pages of 100") << QStringLiteral("large:1000:1") << 100;
    }

    void everyPageIsInTheTreeAndTheCacheOnce()
    {
        QFETCH(QString, seed);
        QFETCH(int, pageSize);
        sandbox::SandboxOptions sandboxOptions = fastSandbox();
        sandboxOptions.seed = *sandbox::SeedSpec::parse(seed);
        sandboxOptions.pageSize = pageSize;
        sandboxOptions.rateLimitPerMinute = 0;
        auto server = startSandbox(sandboxOptions);
        OrganizationModel model;
        // The tester walks the whole model on every change: at a thousand rows, only the small organization.
        std::optional<QAbstractItemModelTester> tester;
        if (pageSize < 100)
            tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        // The tree grows page by page (the first at once, the next ones batched), and the loader says how far it is.
        QList<int> shownAsPagesArrived;
        session.open(server->organizationKey().toUtf8());
        QVERIFY(QTest::qWaitFor([&] { return session.loader() != nullptr; }, 10000));
        connect(session.loader(), &OrganizationLoader::profileProgress, this, [&](int received, int total) {
            if (shownAsPagesArrived.isEmpty())
                QCOMPARE(model.profileCount(), received); // the first page is in the tree by the time it is said
            QVERIFY(model.profileCount() <= received);
            QVERIFY(total >= received);
            shownAsPagesArrived.append(received);
        });
        QVERIFY(waitFor(session, State::Ready));
        QSet<QString> live;
        for (const auto &p : server->state().profiles())
            if (!p.deleted)
                live.insert(p.id);
        QCOMPARE(shownAsPagesArrived.size(), int((live.size() + pageSize - 1) / pageSize));
        QCOMPARE(model.profileCount(), int(live.size()));
        for (const QString &id : live)
            QVERIFY2(model.profileIndex(id).isValid(), qPrintable(id));
        std::optional<OrganizationTree> saved;
        session.readOrganization(this, [&](const OrganizationTree &tree) { saved = tree; });
        QTRY_VERIFY(saved.has_value());
        QSet<QString> cached;
        for (const ProfileNode &node : saved->profiles)
            cached.insert(node.profile.id);
        QCOMPARE(int(saved->profiles.size()), int(cached.size())); // none twice
        QCOMPARE(cached, live);
    }

    // Pages after the first reach the tree together, a batch at a time; anything newer that arrives meanwhile (an
    // edit's answer, a poll) goes first and is not overwritten by the older copy still waiting in the batch.
    void laterPagesAreBatchedAndNeverOverwriteNewerAnswers()
    {
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WriteThrough writer(nullptr, &model, nullptr, nullptr);
        const auto page = [](int first, int count, const QString &status) {
            QList<Profile> profiles;
            for (int i = first; i < first + count; ++i) {
                Profile p;
                p.id = QStringLiteral("p%1").arg(i);
                p.name = QStringLiteral("Location %1").arg(i);
                p.status = status;
                profiles.append(p);
            }
            return profiles;
        };
        writer.applyProfilePage(page(0, 3, QStringLiteral("incomplete")));
        QCOMPARE(model.profileCount(), 3); // the first page at once
        writer.applyProfilePage(page(3, 3, QStringLiteral("incomplete")));
        writer.applyProfilePage(page(6, 3, QStringLiteral("incomplete")));
        QCOMPARE(model.profileCount(), 3); // the next ones wait for the batch
        Profile edited = page(4, 1, QStringLiteral("approved")).first();
        writer.applyProfile(edited, WriteThrough::Origin::Edit);
        QCOMPARE(model.profileCount(), 9); // the batch went first, then the newer answer
        const auto status = [&model](const QString &id) {
            return model.profileIndex(id).data(OrganizationModel::RawStatusRole).toString();
        };
        QCOMPARE(status(QStringLiteral("p4")), QStringLiteral("approved"));
        QCOMPARE(status(QStringLiteral("p5")), QStringLiteral("incomplete"));

        writer.applyProfilePage(page(9, 3, QStringLiteral("incomplete")));
        QCOMPARE(model.profileCount(), 9);
        QTRY_COMPARE(model.profileCount(), 12); // the batch's timer, without anyone asking
        // The whole list's ids have the last word, over pages still waiting too.
        writer.applyProfilePage(page(12, 2, QStringLiteral("incomplete")));
        writer.retainProfiles({QStringLiteral("p0"), QStringLiteral("p13")});
        QCOMPARE(model.profileCount(), 2);
        QVERIFY(model.profileIndex(QStringLiteral("p13")).isValid());
    }

    void aFailedPageIsRetriedFromThatPage()
    {
        sandbox::SandboxOptions sandboxOptions = fastSandbox();
        sandboxOptions.pageSize = 7;
        auto server = startSandbox(sandboxOptions);
        OrganizationModel model;
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open(server->organizationKey().toUtf8());
        QVERIFY(QTest::qWaitFor([&] { return session.loader() != nullptr; }, 10000));
        int pages = 0;
        connect(session.loader(), &OrganizationLoader::profileProgress, this, [&] {
            if (++pages == 2)
                server->setFaultRates(1.0, 0, 0); // page 3 fails, and every retry of it
        });
        QVERIFY(waitFor(session, State::Failed));
        QCOMPARE(model.profileCount(), 14); // pages 1 and 2 stay in the tree
        QVERIFY2(session.problem().message.contains(QLatin1String("14 of 40 profiles were read")),
                 qPrintable(session.problem().message));
        QVERIFY(session.problem().message.contains(QLatin1String("Request ID")));

        server->setFaultRates(0, 0, 0);
        const int requests = session.client()->stats().requests;
        QSignalSpy progress(session.loader(), &OrganizationLoader::profileProgress);
        session.retry();
        QVERIFY(waitFor(session, State::Ready));
        QCOMPARE(progress.first().at(0).toInt(), 21); // the next page was the third, not the first
        QCOMPARE(model.profileCount(), 40);
        QVERIFY(session.client()->stats().requests > requests);
    }

    // The window's session, once its first load is done, asks sent.dm how a change whose answer was lost ended, says
    // it (changesSettled) and records it in the history: pending when the answer was lost, then made.
    void aLostChangeIsSettledAfterTheFirstLoad()
    {
        auto server = startSandbox(fastSandbox());
        m_credentials.holdForSession(QStringLiteral("session-test"), server->organizationKey().toUtf8());
        ChangeJournal journal(m_dir.filePath(QStringLiteral("changes-%1.sqlite").arg(m_files)));
        const Connection connection = connectionTo(server->baseUrl());
        const QString id = ownCampaignsProfile(*server);
        {
            OrganizationModel model;
            OrganizationSession::Options o = options(&model);
            o.changes = &journal;
            OrganizationSession before(connection, m_credentials, o);
            before.open();
            QVERIFY(waitFor(before, State::Ready));
            const OrganizationSession::Item item = readItem(before, id);
            QVERIFY(item.profile);
            ProfileEditor *editor = before.profileEditor(item.profile, this);
            QSignalSpy failed(editor, &ProfileEditor::failed);
            ProfileChanges changes;
            changes.description = QStringLiteral("Changed before the window closed");
            server->setFaultRates(0, 1.0, 0);
            editor->save(changes);
            QVERIFY(failed.wait(30000));
            server->setFaultRates(0, 0, 0);
            QTRY_VERIFY(hasOutcome(historyOf(before, id), QStringLiteral("unknown")));
            delete editor;
        }
        OrganizationModel model;
        OrganizationSession::Options o = options(&model);
        o.changes = &journal;
        OrganizationSession after(connection, m_credentials, o);
        QSignalSpy settled(&after, &OrganizationSession::changesSettled);
        after.open();
        QVERIFY(waitFor(after, State::Ready));
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);
        const auto found = settled.first().first().value<QList<ChangeSettlement>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().found, ChangeSettlement::Found::Made);
        QVERIFY2(found.first().sentence().contains(QLatin1String("was made")), qPrintable(found.first().sentence()));
        QTRY_VERIFY(hasOutcome(historyOf(after, id), QStringLiteral("made")));
    }

    // A campaign submitted to TCR while its wizard is open: the poller's news reaches the editor at once — locked, the
    // registry's rule among its findings, nothing to submit — not first on the review after more typing.
    void aCampaignSubmittedWhileBeingEditedLocksItsEditorAtOnce()
    {
        auto server = startSandbox(fastSandbox());
        m_credentials.holdForSession(QStringLiteral("session-test"), server->organizationKey().toUtf8());
        OrganizationModel model;
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open();
        QVERIFY(waitFor(session, State::Ready));
        const QString id = ownCampaignsProfile(*server);
        const OrganizationSession::Item profile = readItem(session, id);
        QVERIFY(profile.profile);
        std::optional<Campaign> open;
        for (const auto &c : server->state().visibleCampaigns(*server->state().profile(id)))
            if (const OrganizationSession::Item item = readItem(session, id, c->id);
                item.campaign && !item.campaign->submittedToTcr && !item.campaign->isInheritedBy(id)) {
                open = item.campaign;
                break;
            }
        QVERIFY(open);
        CampaignEditor *editor =
            session.campaignEditor(Draft::create(QStringLiteral("session-test"), id, open->toRequestJson(), open->id),
                                   *profile.profile, open, this);
        QVERIFY(!editor->isLocked());
        QVERIFY(editor->findings().byRule(QStringLiteral("P03")).isEmpty());
        QSignalSpy changed(editor, &CampaignEditor::existingChanged);

        Campaign submitted = *open;
        submitted.submittedToTcr = true;
        submitted.status = QStringLiteral("PENDING");
        Q_EMIT session.campaignStatusChanged(id, submitted, open->status); // as the poller reports it
        QCOMPARE(changed.count(), 1);
        QVERIFY(editor->isLocked());
        QCOMPARE(editor->findings().byRule(QStringLiteral("P03")).size(), 1);
        QVERIFY(!editor->canSubmit());
        delete editor;
    }

    void aMissingKeyNeedsOne()
    {
        REQUIRE_SECRET_SERVICE();
        OrganizationSession session(
            connectionTo(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("never-stored")), m_credentials,
            options(nullptr));
        session.open();
        QVERIFY(waitFor(session, State::NeedsKey, 20000));
        QCOMPARE(session.problem().keychain, CredentialStore::Failure::NotFound);
        QVERIFY(session.problem().message.contains(QLatin1String("keychain")));
        QVERIFY(!session.client()); // nothing was asked of sent.dm without a key
    }

    void aKeychainThatDoesNotAnswerNeedsTheKey()
    {
        REQUIRE_SECRET_SERVICE();
        // What a locked keyring waiting for its password looks like from here: no answer in time.
        m_credentials.setTimeout(0);
        OrganizationSession session(connectionTo(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("locked")),
                                    m_credentials, options(nullptr));
        session.open();
        const bool needsKey = waitFor(session, State::NeedsKey, 20000);
        m_credentials.setTimeout(10000);
        QVERIFY(needsKey);
        QCOMPARE(session.problem().keychain, CredentialStore::Failure::Timeout);
        QVERIFY(session.problem().message.contains(QLatin1String("unlock")));
    }

    void aLockedKeychainNeedsTheKey()
    {
        // Locking a keyring locks it for every test sharing it: this runs in one of its own
        // (ctest: tst_session_locked_keychain, through in-locked-keyring.sh).
        if (!qEnvironmentVariableIsSet("CD_PRIVATE_KEYRING"))
            QSKIP("runs in a keyring of its own: ctest -R tst_session_locked_keychain");
        const QString id = QStringLiteral("locked-keyring");
        std::optional<CredentialStore::Outcome> written;
        m_credentials.write(id, "sk_test_behind_the_lock", this,
                            [&](const CredentialStore::Outcome &o) { written = o; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(written->message));
        // The keyring's collection locked, as a screen lock or a logout-less sleep leaves it. (secret-tool may crash
        // on its way out, after locking: its exit code says nothing.)
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("lock"), QStringLiteral("--collection=login")});
        OrganizationSession session(connectionTo(QUrl(QStringLiteral("http://127.0.0.1:9")), id), m_credentials,
                                    options(nullptr));
        session.open();
        QVERIFY(waitFor(session, State::NeedsKey, 30000));
        QVERIFY(session.problem().keychain != CredentialStore::Failure::None);
        QVERIFY2(session.problem().message.contains(QLatin1String("locked"))
                     || session.problem().message.contains(QLatin1String("unlock")),
                 qPrintable(session.problem().message));
        QVERIFY(!session.client()); // the key stayed where it was
    }

    void aRefusedKeyNeedsANewOne()
    {
        auto server = startSandbox(fastSandbox());
        OrganizationModel model;
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open("sk_test_revoked_long_ago");
        QVERIFY(waitFor(session, State::NeedsKey));
        QVERIFY(session.problem().error);
        QCOMPARE(session.problem().error->httpStatus, 401);
        QCOMPARE(session.problem().keychain, CredentialStore::Failure::None);
        QVERIFY(session.problem().message.contains(QLatin1String("Northwind")));
        QVERIFY(session.problem().message.contains(QLatin1String("Request ID")));
        QCOMPARE(model.profileCount(), 0);
    }

    void offlineUntilSentDmAnswersAgain()
    {
        // A port nobody listens on (yet).
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        OrganizationModel model;
        OrganizationSession session(connectionTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), m_credentials,
                                    options(&model));
        session.open("sk_test_anything");
        QVERIFY(waitFor(session, State::Offline));
        QVERIFY(session.problem().error);
        QCOMPARE(session.problem().error->kind, ApiError::Kind::Network);
        QVERIFY(session.problem().message.contains(QLatin1String("tried again")));

        sandbox::SandboxOptions options = fastSandbox();
        options.port = port;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        session.refresh(); // Try again
        QCOMPARE(session.state(), State::Loading);
        QVERIFY(waitFor(session, State::NeedsKey)); // it is there now, and says what it thinks of that key
        QCOMPARE(session.problem().error->httpStatus, 401);
    }

    void theSavedTreeWhileOffline()
    {
        auto server = startSandbox(fastSandbox());
        const QByteArray key = server->organizationKey().toUtf8();
        int profiles = 0;
        {
            OrganizationModel model;
            OrganizationSession first(connectionTo(server->baseUrl()), m_credentials, options(&model));
            first.open(key);
            QVERIFY(waitFor(first, State::Ready));
            profiles = model.profileCount();
        } // closed: the cache is written to the end
        const QUrl gone = server->baseUrl();
        server.reset();

        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrganizationSession session(connectionTo(gone), m_credentials, options(&model));
        QSignalSpy changes(&session, &OrganizationSession::stateChanged);
        session.open(key);
        QVERIFY(waitFor(session, State::Offline));
        QCOMPARE(states(changes), (QList<State>{State::Loading, State::ShowingCache, State::Offline}));
        QVERIFY(session.isShowingCache());
        QVERIFY(session.cacheSavedAt().isValid());
        QCOMPARE(model.profileCount(), profiles); // what was loaded before, shown at once
    }

    void aPolledStatusChangeIsInTheCacheBeforeTheModelSaysSo()
    {
        sandbox::SandboxOptions sandboxOptions = fastSandbox();
        auto server = startSandbox(sandboxOptions);
        const QString id = findProfile(*server, [](const sandbox::Profile &p) {
            return p.status == QLatin1String("submitted") || p.status == QLatin1String("in_review");
        });
        QVERIFY2(!id.isEmpty(), "the demo organization has a profile in review");
        OrganizationModel model;
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open(server->organizationKey().toUtf8());
        QVERIFY(waitFor(session, State::Ready));
        QVERIFY(session.poller()->isWatching(id, false));

        // What a details view does when the row changes: read the record (and its history) at once.
        std::optional<OrganizationSession::Item> readWhenChanged;
        QString shownStatus;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    const QModelIndex row = model.profileIndex(id);
                    if (readWhenChanged || topLeft.parent() != row.parent() || row.row() < topLeft.row()
                        || row.row() > bottomRight.row() || model.profile(row)->status.raw != QLatin1String("approved"))
                        return;
                    shownStatus = model.profile(row)->status.raw;
                    session.readItem(id, {}, this,
                                     [&](const OrganizationSession::Item &item) { readWhenChanged = item; });
                });
        QSignalSpy changed(&session, &OrganizationSession::profileStatusChanged);
        server->state().profile(id)->status = QStringLiteral("approved"); // the registry approved it meanwhile
        session.poller()->refreshNow();
        QVERIFY(changed.wait(20000));
        QCOMPARE(shownStatus, QStringLiteral("approved"));
        QTRY_VERIFY(readWhenChanged.has_value());
        QVERIFY(readWhenChanged->profile);
        QCOMPARE(readWhenChanged->profile->status, QStringLiteral("approved")); // not the status before
        QVERIFY(!readWhenChanged->history.isEmpty());
        QCOMPARE(readWhenChanged->history.first().kind, HistoryEntry::Kind::Status); // and its record with it
        QCOMPARE(readWhenChanged->history.first().action, QStringLiteral("approved"));
    }

    void thePollerWaitsWhileALoadRuns()
    {
        sandbox::SandboxOptions sandboxOptions = fastSandbox();
        sandboxOptions.latencyMs = 20; // the load outlasts the poller's first interval many times over
        auto server = startSandbox(sandboxOptions);
        OrganizationModel model;
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open(server->organizationKey().toUtf8()); // the poller exists from here; the answers come later
        QVERIFY(session.poller());
        StatusPoller::Settings quick;
        quick.firstIntervalMs = 10;
        session.poller()->setSettings(quick);
        int polledWhileLoading = 0;
        const auto polled = [&] { polledWhileLoading += session.state() == State::Ready ? 0 : 1; };
        connect(session.poller(), &StatusPoller::profileFetched, this, polled);
        connect(session.poller(), &StatusPoller::campaignsFetched, this, polled);
        QSignalSpy fetched(session.poller(), &StatusPoller::profileFetched);
        QVERIFY(waitFor(session, State::Ready));
        QCOMPARE(polledWhileLoading, 0);
        // Then it follows what is in flight again.
        QVERIFY(fetched.count() > 0 || fetched.wait(10000));
    }

    void aCreatedCampaignAppearsFromItsAnswer()
    {
        auto server = startSandbox(fastSandbox());
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(&model));
        session.open(server->organizationKey().toUtf8());
        QVERIFY(waitFor(session, State::Ready));
        session.poller()->setPaused(true); // its checks would count too
        const QString id = ownCampaignsProfile(*server);
        const int before = model.rowCount(model.profileIndex(id));
        const int requests = session.client()->stats().requests;

        bool inTheTree = false;
        const auto created = await<Campaign>([&](auto done) {
            return session.client()->createCampaign(id, testCampaign(QStringLiteral("Straight from the answer")), {},
                                                    nullptr, [&, done](const Result<Campaign> &result) {
                                                        inTheTree = result.ok()
                                                            && model.campaignIndex(id, result.value().id).isValid();
                                                        done(result);
                                                    });
        });
        QVERIFY(created.ok());
        QVERIFY(inTheTree); // by the time the caller hears of it
        QCOMPARE(model.rowCount(model.profileIndex(id)), before + 1);
        QCOMPARE(session.client()->stats().requests, requests + 1); // the POST, and no list request after it
        const OrganizationSession::Item item = readItem(session, id, created.value().id);
        QVERIFY(item.campaign);
        QCOMPARE(item.campaign->name, QStringLiteral("Straight from the answer"));
        QCOMPARE(item.history.size(), 1);
        QVERIFY(item.history.first().summary.contains(QLatin1String("Created the campaign")));

        // Deleted: gone from the tree, the cache and the history records it, again without a list request.
        const auto deleted = await<Done>(
            [&](auto done) { return session.client()->deleteCampaign(id, created.value().id, {}, nullptr, done); });
        QVERIFY(deleted.ok());
        QVERIFY(!model.campaignIndex(id, created.value().id).isValid());
        QCOMPARE(model.rowCount(model.profileIndex(id)), before);
        QCOMPARE(session.client()->stats().requests, requests + 2);
        QVERIFY(!readItem(session, id, created.value().id).campaign);
    }

    void acknowledgedWarningsAreRecordedOnce()
    {
        auto server = startSandbox(fastSandbox());
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options(nullptr));
        session.open(server->organizationKey().toUtf8());
        QVERIFY(waitFor(session, State::Ready));
        const QString id = ownCampaignsProfile(*server);
        const auto profile = await<Profile>([&](auto done) { return session.fetchProfile(id, nullptr, done); });
        QVERIFY(profile.ok());
        QJsonObject campaign = QJsonDocument::fromJson(kCompliant).object();
        campaign.insert(QStringLiteral("name"), QStringLiteral("Acknowledged"));
        std::unique_ptr<CampaignEditor> editor(session.campaignEditor(
            Draft::create(session.connection().id, id, campaign), profile.value(), std::nullopt, nullptr));
        // The fixture names another brand than this profile's: warnings to acknowledge.
        const QList<lint::Finding> warnings = editor->openWarnings();
        QVERIFY(!warnings.isEmpty());
        for (const lint::Finding &f : warnings)
            editor->setAcknowledged(f, true);
        QSignalSpy submitted(editor.get(), &CampaignEditor::submitted);
        editor->submit();
        QVERIFY(submitted.wait(30000));
        const QString campaignId = submitted.first().first().value<Campaign>().id;

        const QList<HistoryEntry> history = historyOf(session, campaignId);
        QCOMPARE(history.size(), warnings.size() + 1);
        int acknowledgements = 0;
        QSet<QString> rules;
        for (const HistoryEntry &e : history) {
            if (e.kind != HistoryEntry::Kind::Acknowledgement)
                continue;
            ++acknowledgements;
            rules.insert(e.action);
        }
        QCOMPARE(acknowledgements, warnings.size()); // each once
        QCOMPARE(rules.size(), warnings.size());
        QCOMPARE(history.last().kind, HistoryEntry::Kind::Mutation); // the submission first (oldest), then them

        // Edited again later: what was acknowledged for text that has not changed is not asked again; changed text
        // is.
        const OrganizationSession::Item item = readItem(session, id, campaignId);
        QVERIFY(item.campaign);
        std::unique_ptr<CampaignEditor> again(session.campaignEditor(
            Draft::create(session.connection().id, id, item.campaign->toRequestJson(), campaignId), profile.value(),
            item.campaign, nullptr));
        QVERIFY(!again->openWarnings().isEmpty()); // until the history is read
        QTRY_VERIFY(again->openWarnings().isEmpty());
        QJsonObject changed = again->campaign();
        QJsonArray useCases = changed.value(QLatin1String("useCases")).toArray();
        QJsonObject first = useCases.at(0).toObject();
        QJsonArray samples = first.value(QLatin1String("sampleMessages")).toArray();
        samples.replace(0, QString(samples.at(0).toString() + QStringLiteral(" See you soon.")));
        first.insert(QStringLiteral("sampleMessages"), samples);
        useCases.replace(0, first);
        again->setValue(QStringLiteral("useCases"), useCases);
        again->lintNow();
        const QList<lint::Finding> reopened = again->openWarnings();
        QVERIFY(!reopened.isEmpty());
        for (const lint::Finding &f : reopened) // only those about the changed sample
            QVERIFY2(f.field.startsWith(QLatin1String("useCases[0].sampleMessages")), qPrintable(f.field));
        QVERIFY(reopened.size() < warnings.size());
    }

    void aProfileKeyIsThatProfile()
    {
        auto server = startSandbox(fastSandbox());
        const QString id = ownCampaignsProfile(*server);
        OrganizationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Connection connection = connectionTo(server->baseUrl());
        connection.keyKind = QStringLiteral("profile");
        OrganizationSession session(connection, m_credentials, options(&model));
        session.open(server->profileKeys().value(id).toUtf8());
        QVERIFY(waitFor(session, State::Ready));
        QVERIFY(session.problem().message.isEmpty()); // no call for an administrator's key
        QVERIFY(!session.managesProfiles());
        QCOMPARE(model.profileCount(), 1);
        const QModelIndex profile = model.profileIndex(id);
        QVERIFY(profile.isValid());
        QVERIFY(model.campaignsLoaded(id));
        QCOMPARE(model.rowCount(profile), int(server->state().visibleCampaigns(*server->state().profile(id)).size()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
