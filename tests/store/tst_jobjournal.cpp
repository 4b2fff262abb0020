#include "storetestsupport.h"

#include "store/jobjournal.h"

#include <QSignalSpy>

using namespace cd;

// The bulk jobs' journal on a real SQLite file: what is written reads back, item by item, across a reopening; the
// secrets an item carries never reach the file.
class TestJobJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static T wait(const std::function<void(QObject *, std::function<void(const T &)>)> &ask)
    {
        T value{};
        bool done = false;
        QObject context;
        ask(&context, [&](const T &v) {
            value = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the job journal did not answer");
        return value;
    }

    static std::optional<BulkJob> read(JobJournal &journal, const QString &id)
    {
        return wait<std::optional<BulkJob>>([&](QObject *c, auto done) { journal.read(id, c, done); });
    }

    static bool write(JobJournal &journal, const BulkJob &job)
    {
        return wait<bool>([&](QObject *c, auto done) { journal.write(job, c, done); });
    }

    static BulkJob sampleJob(const QString &scope)
    {
        BulkJob job;
        job.id = BulkJob::newId();
        job.scope = scope;
        job.connectionId = QStringLiteral("conn-1");
        job.title = QStringLiteral("Onboard “Zürich Dental” locations");
        job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        job.state = BulkJob::State::Running;
        BulkItem create;
        create.action = BulkItem::Action::CreateProfile;
        create.label = QStringLiteral("Zahnarztpraxis Müller");
        create.input = QJsonObject{{QStringLiteral("name"), create.label},
                                   {QStringLiteral("payment_details"),
                                    QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")}}}};
        create.key = BulkJob::newKey();
        BulkItem complete;
        complete.position = 1;
        complete.action = BulkItem::Action::CompleteProfile;
        complete.profileId = QStringLiteral("p_2");
        complete.input = QJsonObject{{QStringLiteral("webHookUrl"), QStringLiteral("https://hooks.example/done")}};
        complete.key = BulkJob::newKey();
        complete.state = BulkItem::State::Refused;
        complete.requestId = QStringLiteral("req_9");
        complete.message = QStringLiteral("The brand is missing. Request ID: req_9");
        complete.fieldErrors.insert(QStringLiteral("brand"), {QStringLiteral("required")});
        complete.attempts = 1;
        complete.firstSentAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        job.items = {create, complete};
        return job;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aJobReadsBackAsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        const BulkJob job = sampleJob(QStringLiteral("https://api.sent.dm#org_1"));
        {
            JobJournal journal(path);
            QVERIFY(write(journal, job));
        }
        JobJournal journal(path); // another process, later
        const auto back = read(journal, job.id);
        QVERIFY(back);
        QCOMPARE(back->scope, job.scope);
        QCOMPARE(back->connectionId, job.connectionId);
        QCOMPARE(back->title, job.title);
        QCOMPARE(back->createdAt.toSecsSinceEpoch(), job.createdAt.toSecsSinceEpoch());
        QCOMPARE(back->state, BulkJob::State::Running);
        QVERIFY(back->isUnfinished());
        QCOMPARE(back->items.size(), 2);
        const BulkItem &complete = back->items.at(1);
        QCOMPARE(complete.action, BulkItem::Action::CompleteProfile);
        QCOMPARE(complete.profileId, QStringLiteral("p_2"));
        QCOMPARE(complete.key, job.items.at(1).key);
        QCOMPARE(complete.state, BulkItem::State::Refused);
        QCOMPARE(complete.requestId, QStringLiteral("req_9"));
        QCOMPARE(complete.message, job.items.at(1).message);
        QCOMPARE(complete.fieldErrors, job.items.at(1).fieldErrors);
        QCOMPARE(complete.attempts, 1);
        QCOMPARE(complete.firstSentAt.toSecsSinceEpoch(), job.items.at(1).firstSentAt.toSecsSinceEpoch());
        QCOMPARE(complete.input, job.items.at(1).input);
        QCOMPARE(complete.target(), QStringLiteral("POST /v3/profiles/p_2/complete"));

        // The card number never reached the file; the item says it cannot be sent from here.
        const BulkItem &create = back->items.at(0);
        QVERIFY(JobJournal::lacksSecrets(create.input));
        QVERIFY(!JobJournal::lacksSecrets(job.items.at(0).input));
        for (const QString &written : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile file(written);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("4242424242424242"), qPrintable(written));
        }
        QCOMPARE(create.label, QStringLiteral("Zahnarztpraxis Müller"));
    }

    void itemsAndStatesAreWrittenOneByOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("updates.sqlite"));
        JobJournal journal(path);
        BulkJob job = sampleJob(QStringLiteral("scope-a"));
        QVERIFY(write(journal, job));
        BulkItem sent = job.items.at(0);
        sent.state = BulkItem::State::Sent;
        sent.attempts = 1;
        sent.firstSentAt = QDateTime::currentDateTimeUtc();
        bool written = false;
        journal.writeItem(job.id, sent, this, [&] { written = true; });
        QTRY_VERIFY(written);
        journal.writeState(job.id, BulkJob::State::Paused);
        const auto back = read(journal, job.id);
        QCOMPARE(back->state, BulkJob::State::Paused);
        QCOMPARE(back->items.at(0).state, BulkItem::State::Sent);
        QCOMPARE(back->counts().pending, 1);
        QCOMPARE(back->counts().refused, 1);
    }

    void jobsAreListedByAccountNewestFirst()
    {
        JobJournal journal(m_dir.filePath(QStringLiteral("list.sqlite")));
        BulkJob older = sampleJob(QStringLiteral("scope-a"));
        older.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
        BulkJob newer = sampleJob(QStringLiteral("scope-a"));
        BulkJob elsewhere = sampleJob(QStringLiteral("scope-b"));
        for (const BulkJob &job : {older, newer, elsewhere})
            QVERIFY(write(journal, job));
        const auto mine =
            wait<QList<BulkJob>>([&](QObject *c, auto done) { journal.list(QStringLiteral("scope-a"), c, done); });
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).id, newer.id);
        QCOMPARE(mine.at(1).id, older.id);
        QCOMPARE(mine.at(0).items.size(), 2);
        const auto all = wait<QList<BulkJob>>([&](QObject *c, auto done) { journal.list({}, c, done); });
        QCOMPARE(all.size(), 3);
        journal.remove(older.id);
        QVERIFY(!read(journal, older.id));
        QVERIFY(read(journal, newer.id));
    }

    void keysAndLabelsAreStable()
    {
        QCOMPARE(BulkItem::actionKey(BulkItem::Action::CreateCampaign), QStringLiteral("create_campaign"));
        QCOMPARE(BulkItem::actionFromKey(QStringLiteral("delete_profile")), BulkItem::Action::DeleteProfile);
        QVERIFY(!BulkItem::actionFromKey(QStringLiteral("explode")));
        QCOMPARE(BulkItem::stateFromKey(QStringLiteral("sent")), BulkItem::State::Sent);
        QCOMPARE(BulkJob::stateFromKey(QStringLiteral("paused")), BulkJob::State::Paused);
        BulkItem update;
        update.action = BulkItem::Action::UpdateCampaign;
        update.profileId = QStringLiteral("p_1");
        update.campaignId = QStringLiteral("c_2");
        QCOMPARE(update.target(), QStringLiteral("PUT /v3/profiles/p_1/campaigns/c_2"));
        QVERIFY(!BulkItem::actionText(update.action).isEmpty());
        QVERIFY(BulkJob::newKey() != BulkJob::newKey());
        QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9_-]{1,255}$"))
                    .match(QString::fromLatin1(BulkJob::newKey()))
                    .hasMatch()); // the API's key format
    }
};

QTEST_GUILESS_MAIN(TestJobJournal)
#include "tst_jobjournal.moc"
