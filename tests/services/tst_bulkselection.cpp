#include "api/clienttestsupport.h"

#include "model/organizationmodel.h"
#include "sandbox/sandboxstate.h"
#include "services/bulkselection.h"
#include "services/organizationsession.h"
#include "store/treecache.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace cd;

// What a bulk job's preview reads of its profiles, through the session: one by one for a few, from the list's pages
// for many, and a read that failed for a passing reason asked again rather than leaving the profile out of the job.
class TestBulkSelection : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_credentials;

    static Connection connectionTo(const QUrl &url)
    {
        Connection connection;
        connection.id = QStringLiteral("selection-test");
        connection.name = QStringLiteral("Northwind");
        connection.baseUrl = url;
        connection.keyKind = QStringLiteral("organization");
        return connection;
    }

    static OrganizationSession::Options options()
    {
        OrganizationSession::Options o;
        o.cache = OrganizationSession::CacheMode::None;
        o.load = false; // single requests only: the selection reads what it needs
        RetryPolicy retry;
        retry.maxRetries = 1; // the client's own: once more, quickly
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        o.retry = retry;
        return o;
    }

    static QStringList firstProfiles(sandbox::SandboxServer &server, int count)
    {
        QStringList ids;
        for (const auto &p : server.state().profiles())
            if (ids.size() < count)
                ids << p.id;
        return ids;
    }

    void readWithLostAnswers(int count)
    {
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.rateLimitPerMinute = 6000;
        sandboxOptions.seed.kind = sandbox::SeedSpec::Kind::Large;
        sandboxOptions.seed.profiles = count + 2;
        sandboxOptions.seed.campaignsPerProfile = 1;
        auto server = startSandbox(sandboxOptions);
        m_credentials.holdForSession(QStringLiteral("selection-test"), server->organizationKey().toUtf8());
        OrganizationSession session(connectionTo(server->baseUrl()), m_credentials, options());
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == OrganizationSession::State::Ready, 30000);
        const QStringList ids = firstProfiles(*server, count);
        // Two profiles' campaign lists fail twice: more than the client's own retry.
        server->failCampaignListsTimes({ids.at(0), ids.at(1)}, 2);
        const int before = server->counters().requests;
        BulkSelection selection(&session);
        QSignalSpy finished(&selection, &BulkSelection::finished);
        selection.load(ids + QStringList{QStringLiteral("p_unknown")}, true);
        QVERIFY(finished.wait(30000));
        const QList<ProfileNode> nodes = selection.nodes();
        QCOMPARE(nodes.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(nodes.at(i).profile.id, ids.at(i)); // in the order asked for
            QVERIFY(nodes.at(i).campaignsLoaded);
            QCOMPARE(nodes.at(i).campaigns.size(), 1);
        }
        QCOMPARE(selection.failures().keys(), QStringList{QStringLiteral("p_unknown")}); // not in the organization
        QVERIFY(!selection.failures().value(QStringLiteral("p_unknown")).isTransient()); // not asked again
        // Many profiles come from the list's pages: far fewer requests than one each.
        if (count > BulkSelection::kSingleReads)
            QVERIFY2(server->counters().requests - before < count * 2,
                     qPrintable(QString::number(server->counters().requests - before)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aFewProfilesOneByOne() { readWithLostAnswers(4); }
    void manyProfilesFromTheList() { readWithLostAnswers(14); }
};

QTEST_GUILESS_MAIN(TestBulkSelection)
#include "tst_bulkselection.moc"
