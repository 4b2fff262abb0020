#include "clienttestsupport.h"

#include "api/profilelisting.h"
#include "sandbox/sandboxstate.h"

#include <QSignalSpy>

using namespace cd;

// The profile list as sent.dm serves it today, in pages, against the sandbox: every profile exactly once, however the
// pages fall, whatever changes while they are read, and whatever a broken server does.
class TestProfileListing : public QObject
{
    Q_OBJECT

private:
    static sandbox::SandboxOptions paged(int pageSize)
    {
        sandbox::SandboxOptions options;
        options.pageSize = pageSize;
        options.rateLimitPerMinute = 0;
        return options;
    }

    static QStringList liveIds(sandbox::SandboxServer &server)
    {
        QStringList ids;
        for (const auto &p : server.state().profiles())
            if (!p.deleted)
                ids.append(p.id);
        return ids;
    }

    // Every id once: the listing's profiles as a sorted list with no repeats.
    static QStringList idsOf(const QList<Profile> &profiles)
    {
        QStringList ids;
        for (const Profile &p : profiles)
            ids.append(p.id);
        return ids;
    }

    static bool run(ProfileListing &listing, bool resume = false)
    {
        QSignalSpy finished(&listing, &ProfileListing::finished);
        resume ? listing.resume() : listing.start();
        return finished.wait(60000) && finished.count() == 1;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void everyPageOfTheDemoOrganization()
    {
        auto server = startSandbox(paged(7));
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        ProfileListing listing(&client, {});
        QSignalSpy pages(&listing, &ProfileListing::pageArrived);
        QVERIFY(run(listing));
        QVERIFY(listing.isComplete());
        QVERIFY(listing.isPaginated());
        const QStringList expected = liveIds(*server);
        const QStringList ids = idsOf(listing.profiles());
        QCOMPARE(sorted(ids), sorted(expected));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // none twice
        // The largest page size the API accepts is asked for, and the server's own (7) is what it gets.
        QCOMPARE(pages.count(), int((expected.size() + 6) / 7));
        QCOMPARE(listing.pagesRead(), pages.count());
        QCOMPARE(pages.last().at(1).toInt(), int(expected.size()));
        QCOMPARE(pages.last().at(2).toInt(), int(expected.size()));
    }

    void aThousandProfilesInPagesOfAHundred()
    {
        sandbox::SandboxOptions options = paged(100);
        options.seed = *sandbox::SeedSpec::parse(QStringLiteral("large:1000:1"));
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        ProfileListing listing(&client, {});
        QVERIFY(run(listing));
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.pagesRead(), 10);
        const QStringList ids = idsOf(listing.profiles());
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(sorted(ids), sorted(liveIds(*server)));
        QCOMPARE(client.stats().requests, 10);

        // A caller that takes each page as it comes (the loader) has the listing keep ids only: the same ids, in the
        // same order, and no second copy of every record.
        ProfileListing idsOnly(&client, {});
        idsOnly.setKeepRecords(false);
        QVERIFY(run(idsOnly));
        QCOMPARE(idsOnly.profileIds(), ids);
        QVERIFY(idsOnly.profiles().isEmpty());
    }

    void aListServedWholeIsOnePage()
    {
        auto server = startSandbox(paged(0)); // the first generation's answer: no pagination at all
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        ProfileListing listing(&client, {});
        QVERIFY(run(listing));
        QVERIFY(listing.isComplete());
        QVERIFY(!listing.isPaginated());
        QCOMPARE(listing.pagesRead(), 1);
        QCOMPARE(sorted(idsOf(listing.profiles())), sorted(liveIds(*server)));
    }

    void aProfileCreatedAndOneDeletedWhileThePagesAreRead()
    {
        auto server = startSandbox(paged(7));
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        TestClient raw(server->baseUrl(), server->organizationKey());
        ProfileListing listing(&client, {});
        QSignalSpy restarted(&listing, &ProfileListing::restarted);
        QString created, deleted;
        int page = 0;
        // Between the first two pages a profile is created; between the next two of the read that follows, one from
        // its first page is deleted: each shifts the pages under the reader.
        connect(&listing, &ProfileListing::pageArrived, this, [&](const QList<Profile> &profiles) {
            ++page;
            if (page == 1) {
                const TestReply r =
                    raw.send("POST", QStringLiteral("/v3/profiles"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Created meanwhile")},
                                         {QStringLiteral("short_name"), QStringLiteral("Meanwhile")},
                                         {QStringLiteral("description"), QStringLiteral("Arrived mid-read")},
                                         {QStringLiteral("billing_contact"), billingContact()}});
                created = r.data().toObject().value(QLatin1String("id")).toString();
            } else if (restarted.count() == 1 && deleted.isEmpty()) {
                deleted = profiles.first().id;
                server->state().profile(deleted)->deleted = true;
            }
        });
        QVERIFY(run(listing));
        QVERIFY(!created.isEmpty() && !deleted.isEmpty());
        QCOMPARE(restarted.count(), 2);
        QVERIFY2(listing.isComplete(), qPrintable(listing.note()));
        const QStringList ids = idsOf(listing.profiles());
        QVERIFY(ids.contains(created));                                       // not lost
        QVERIFY(!ids.contains(deleted));                                      // not kept
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // nothing doubled
        QCOMPARE(sorted(ids), sorted(liveIds(*server)));
    }

    void aServerThatIgnoresPageNumbersEndsAfterOneRepeat()
    {
        sandbox::SandboxOptions options = paged(7);
        options.ignorePage = true;
        auto server = startSandbox(options);
        SentClient client(testConfig(server->baseUrl(), server->organizationKey()));
        ProfileListing listing(&client, {});
        QVERIFY(run(listing));
        QVERIFY(!listing.isComplete());
        QVERIFY(!listing.error());
        QCOMPARE(listing.pagesRead(), 2); // the first page, and the repeat that ends it
        QCOMPARE(listing.profiles().size(), 7);
        QVERIFY2(listing.note().contains(QLatin1String("page numbers")), qPrintable(listing.note()));
        QVERIFY(listing.note().contains(QString::number(liveIds(*server).size())));
    }

    void aFailedPageKeepsThePagesBeforeItAndResumesThere()
    {
        auto server = startSandbox(paged(7));
        ClientConfig config = testConfig(server->baseUrl(), server->organizationKey());
        config.retry.maxRetries = 1;
        SentClient client(config);
        ProfileListing listing(&client, {});
        int pages = 0;
        connect(&listing, &ProfileListing::pageArrived, this, [&] {
            if (++pages == 3)
                server->setFaultRates(1.0, 0, 0); // page 4 fails, its retry too
        });
        QVERIFY(run(listing));
        QVERIFY(listing.error());
        QVERIFY(listing.error()->httpStatus >= 500);
        QCOMPARE(listing.failedPage(), 4);
        QVERIFY(listing.canResume());
        QCOMPARE(listing.profiles().size(), 21); // pages 1–3 kept

        server->setFaultRates(0, 0, 0);
        const int before = client.stats().requests;
        QVERIFY(run(listing, true));
        QVERIFY(listing.isComplete());
        const int remaining = int((liveIds(*server).size() + 6) / 7) - 3;
        QCOMPARE(client.stats().requests - before, remaining); // from page 4, not page 1
        QCOMPARE(sorted(idsOf(listing.profiles())), sorted(liveIds(*server)));
    }
};

QTEST_GUILESS_MAIN(TestProfileListing)
#include "tst_profilelisting.moc"
