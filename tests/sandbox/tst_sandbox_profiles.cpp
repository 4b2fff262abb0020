#include "sandboxtestclient.h"

#include "sandbox/sandboxstate.h"

#include <QRegularExpression>

using namespace cd::sandbox;

// Profiles and brands: sent-api.md §2.2–2.8, §5.1, §5.5.
class TestSandboxProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestClient> m_client;

    QString profileWhere(const std::function<bool(const Profile &)> &predicate) const
    {
        return findProfile(*m_server, predicate);
    }

    QJsonObject validProfile(const QString &name = QStringLiteral("Northwind Retail")) const
    {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("short_name"), QStringLiteral("Northwind")},
                           {QStringLiteral("description"), QStringLiteral("Retail brand tenant")},
                           {QStringLiteral("billing_contact"), billingContact()}};
    }

private Q_SLOTS:
    void init()
    {
        m_server = startSandbox();
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), m_server->organizationKey());
    }

    void theListComesInPages()
    {
        SandboxOptions options;
        options.pageSize = 7;
        m_server = startSandbox(options);
        TestClient client(m_server->baseUrl(), m_server->organizationKey());
        int live = 0;
        for (const Profile &p : m_server->state().profiles())
            live += p.deleted ? 0 : 1;
        const int pages = (live + 6) / 7;
        QSet<QString> seen;
        for (int page = 1; page <= pages; ++page) {
            const TestReply r = client.getQuery(QStringLiteral("/v3/profiles"),
                                                QUrlQuery{{QStringLiteral("page"), QString::number(page)}});
            QCOMPARE(r.status, 200);
            const QJsonObject pagination = r.data().toObject().value(QLatin1String("pagination")).toObject();
            QCOMPARE(pagination.value(QLatin1String("page")).toInt(), page);
            QCOMPARE(pagination.value(QLatin1String("page_size")).toInt(), 7);
            QCOMPARE(pagination.value(QLatin1String("total_count")).toInt(), live);
            QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), pages);
            QCOMPARE(pagination.value(QLatin1String("has_more")).toBool(), page < pages);
            QVERIFY(pagination.value(QLatin1String("cursors"))
                        .toObject()
                        .value(QLatin1String("after"))
                        .isNull()); // never filled
            const QJsonArray profiles = r.data().toObject().value(QLatin1String("profiles")).toArray();
            QCOMPARE(profiles.size(), page < pages ? 7 : live - 7 * (pages - 1));
            for (const QJsonValue &p : profiles) {
                const QString id = p.toObject().value(QLatin1String("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id)); // on one page only
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), live);

        // A client may ask for fewer (1–100), never for more than the server serves; past the end a page is empty
        // and says so.
        const TestReply big = client.getQuery(QStringLiteral("/v3/profiles"),
                                              QUrlQuery{{QStringLiteral("page_size"), QStringLiteral("100")}});
        QCOMPARE(big.data().toObject().value(QLatin1String("profiles")).toArray().size(), 7);
        QCOMPARE(big.data()
                     .toObject()
                     .value(QLatin1String("pagination"))
                     .toObject()
                     .value(QLatin1String("page_size"))
                     .toInt(),
                 7);
        const TestReply small = client.getQuery(QStringLiteral("/v3/profiles"),
                                                QUrlQuery{{QStringLiteral("page_size"), QStringLiteral("3")}});
        QCOMPARE(small.data().toObject().value(QLatin1String("profiles")).toArray().size(), 3);
        QCOMPARE(small.data()
                     .toObject()
                     .value(QLatin1String("pagination"))
                     .toObject()
                     .value(QLatin1String("total_pages"))
                     .toInt(),
                 (live + 2) / 3);
        const TestReply past = client.getQuery(QStringLiteral("/v3/profiles"),
                                               QUrlQuery{{QStringLiteral("page"), QString::number(pages + 3)}});
        QCOMPARE(past.status, 200);
        QVERIFY(past.data().toObject().value(QLatin1String("profiles")).toArray().isEmpty());
        QCOMPARE(past.data()
                     .toObject()
                     .value(QLatin1String("pagination"))
                     .toObject()
                     .value(QLatin1String("has_more"))
                     .toBool(),
                 false);
        for (const char *wrong : {"0", "101", "many"}) {
            const TestReply refused = client.getQuery(
                QStringLiteral("/v3/profiles"), QUrlQuery{{QStringLiteral("page_size"), QString::fromLatin1(wrong)}});
            QCOMPARE(refused.status, 400);
            QVERIFY(refused.details().contains(QLatin1String("page_size")));
        }

        // --page-size 0: the whole list in one answer without pagination, as the first generation served it.
        options.pageSize = 0;
        m_server = startSandbox(options);
        TestClient whole(m_server->baseUrl(), m_server->organizationKey());
        const TestReply first =
            whole.getQuery(QStringLiteral("/v3/profiles"), QUrlQuery{{QStringLiteral("page"), QStringLiteral("2")}});
        QCOMPARE(first.data().toObject().value(QLatin1String("profiles")).toArray().size(), live);
        QVERIFY(!first.data().toObject().contains(QLatin1String("pagination")));
    }

    void brokenAndRetiringServersOnRequest()
    {
        SandboxOptions options;
        options.pageSize = 7;
        options.ignorePage = true;
        options.sunset = QStringLiteral("2027-03-01");
        m_server = startSandbox(options);
        TestClient client(m_server->baseUrl(), m_server->organizationKey());
        const TestReply one =
            client.getQuery(QStringLiteral("/v3/profiles"), QUrlQuery{{QStringLiteral("page"), QStringLiteral("1")}});
        const TestReply two =
            client.getQuery(QStringLiteral("/v3/profiles"), QUrlQuery{{QStringLiteral("page"), QStringLiteral("2")}});
        QCOMPARE(two.data().toObject().value(QLatin1String("profiles")),
                 one.data().toObject().value(QLatin1String("profiles")));
        // RFC 9745 and RFC 8594 headers on the profile endpoints, none elsewhere.
        QVERIFY(one.header("deprecation").startsWith('@'));
        QCOMPARE(one.header("sunset"), QByteArray("Mon, 01 Mar 2027 00:00:00 GMT"));
        QVERIFY(one.header("link").contains("rel=\"sunset\""));
        QVERIFY(client.get(QStringLiteral("/v3/me")).header("sunset").isEmpty());

        options.retiredProfilesApi = true;
        m_server = startSandbox(options);
        TestClient retired(m_server->baseUrl(), m_server->organizationKey());
        const TestReply gone = retired.get(QStringLiteral("/v3/profiles"));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCode(), QStringLiteral("ROUTE_NOT_FOUND"));
        QCOMPARE(retired.get(QStringLiteral("/v3/me")).status, 200);
    }

    void listHasEveryFieldInSnakeCase()
    {
        const TestReply r = m_client->get(QStringLiteral("/v3/profiles"));
        QCOMPARE(r.status, 200);
        const QJsonArray profiles = r.data().toObject().value(QLatin1String("profiles")).toArray();
        QVERIFY(profiles.size() >= 35);
        static const QRegularExpression dotNetTime(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}\\+00:00$"));
        const QStringList keys = {QStringLiteral("id"),
                                  QStringLiteral("organization_id"),
                                  QStringLiteral("name"),
                                  QStringLiteral("email"),
                                  QStringLiteral("icon"),
                                  QStringLiteral("description"),
                                  QStringLiteral("short_name"),
                                  QStringLiteral("status"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"),
                                  QStringLiteral("allow_contact_sharing"),
                                  QStringLiteral("allow_template_sharing"),
                                  QStringLiteral("inherit_contacts"),
                                  QStringLiteral("inherit_templates"),
                                  QStringLiteral("inherit_tcr_brand"),
                                  QStringLiteral("inherit_tcr_campaign"),
                                  QStringLiteral("billing_model"),
                                  QStringLiteral("sending_phone_number_profile_id"),
                                  QStringLiteral("sending_whatsapp_number_profile_id"),
                                  QStringLiteral("sending_phone_number"),
                                  QStringLiteral("whatsapp_phone_number"),
                                  QStringLiteral("allow_number_change_during_onboarding"),
                                  QStringLiteral("waba_id"),
                                  QStringLiteral("billing_contact"),
                                  QStringLiteral("brand")};
        QSet<QString> statuses;
        int own = 0, inherited = 0, none = 0;
        for (const auto &value : profiles) {
            const QJsonObject p = value.toObject();
            for (const auto &key : keys)
                QVERIFY2(p.contains(key), qPrintable(key));
            QVERIFY(dotNetTime.match(p.value(QLatin1String("created_at")).toString()).hasMatch());
            statuses.insert(p.value(QLatin1String("status")).toString());
            const QJsonValue brand = p.value(QLatin1String("brand"));
            if (brand.isNull()) {
                ++none;
                continue;
            }
            const QJsonObject b = brand.toObject();
            QVERIFY(b.value(QLatin1String("contact")).toObject().contains(QLatin1String("business_name")));
            QVERIFY(b.value(QLatin1String("compliance")).toObject().contains(QLatin1String("brand_relationship")));
            QVERIFY(b.contains(QLatin1String("identity_status")) && b.contains(QLatin1String("submitted_to_tcr"))
                    && b.contains(QLatin1String("tcr_brand_id")));
            if (b.value(QLatin1String("is_inherited")).toBool()) {
                ++inherited;
                QCOMPARE(b.value(QLatin1String("id")).toString(), m_server->state().organization().brand->id);
            } else {
                ++own;
            }
        }
        // The demo organization has every kind of profile.
        QVERIFY(own > 0 && inherited > 0 && none > 0);
        for (const char *status : {"approved", "incomplete", "submitted", "rejected", "pending_review"})
            QVERIFY2(statuses.contains(QString::fromLatin1(status)), status);
    }

    void createProfile()
    {
        const TestReply r = m_client->send("POST", QStringLiteral("/v3/profiles"), validProfile());
        QCOMPARE(r.status, 201);
        const QJsonObject p = r.data().toObject();
        QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(p.value(QLatin1String("inherit_tcr_brand")).toBool(), true);
        QCOMPARE(p.value(QLatin1String("inherit_tcr_campaign")).toBool(), true);
        QCOMPARE(p.value(QLatin1String("billing_model")).toString(), QStringLiteral("profile"));
        QCOMPARE(p.value(QLatin1String("billing_contact")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("ops@acme.example"));
        QCOMPARE(p.value(QLatin1String("organization_id")).toString(), m_server->state().organization().id);
        const QString id = p.value(QLatin1String("id")).toString();
        const TestReply read = m_client->get(QStringLiteral("/v3/profiles/") + id);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.data().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Northwind Retail"));
    }

    void createWithOwnBrand()
    {
        QJsonObject body = validProfile();
        body.insert(QStringLiteral("brand"), brandRequest());
        const TestReply r = m_client->send("POST", QStringLiteral("/v3/profiles"), body);
        QCOMPARE(r.status, 201);
        const QJsonObject p = r.data().toObject();
        QCOMPARE(p.value(QLatin1String("inherit_tcr_brand")).toBool(), false);
        const QJsonObject brand = p.value(QLatin1String("brand")).toObject();
        QCOMPARE(brand.value(QLatin1String("is_inherited")).toBool(), false);
        QCOMPARE(brand.value(QLatin1String("submitted_to_tcr")).toBool(), false);
        QCOMPARE(brand.value(QLatin1String("business")).toObject().value(QLatin1String("legal_name")).toString(),
                 QStringLiteral("Acme Retail LLC"));
        QCOMPARE(brand.value(QLatin1String("compliance")).toObject().value(QLatin1String("vertical")).toString(),
                 QStringLiteral("RETAIL"));
        const QJsonArray countries =
            brand.value(QLatin1String("compliance")).toObject().value(QLatin1String("destination_countries")).toArray();
        QCOMPARE(countries.first().toObject().value(QLatin1String("isMain")).toBool(), true);
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing name") << QJsonObject{{QStringLiteral("name"), QJsonValue()}} << "name"
                                      << "VALIDATION_004";
        QTest::newRow("short name too short")
            << QJsonObject{{QStringLiteral("short_name"), QStringLiteral("ab")}} << "short_name"
            << "VALIDATION_001";
        QTest::newRow("short name too long")
            << QJsonObject{{QStringLiteral("short_name"), QStringLiteral("Northwind 123")}} << "short_name"
            << "VALIDATION_001";
        QTest::newRow("short name without letter")
            << QJsonObject{{QStringLiteral("short_name"), QStringLiteral("12345")}} << "short_name"
            << "VALIDATION_001";
        QTest::newRow("short name punctuation")
            << QJsonObject{{QStringLiteral("short_name"), QStringLiteral("North-wind")}} << "short_name"
            << "VALIDATION_001";
        QTest::newRow("billing model") << QJsonObject{{QStringLiteral("billing_model"), QStringLiteral("PROFILE")}}
                                       << "billing_model"
                                       << "VALIDATION_006";
        QTest::newRow("billing contact missing")
            << QJsonObject{{QStringLiteral("billing_contact"), QJsonValue()}} << "billing_contact"
            << "VALIDATION_004";
        QTest::newRow("billing phone") << QJsonObject{{QStringLiteral("billing_contact"),
                                                       QJsonObject{
                                                           {QStringLiteral("name"), QStringLiteral("A")},
                                                           {QStringLiteral("email"), QStringLiteral("a@b.example")},
                                                           {QStringLiteral("phone"), QStringLiteral("555-0100")}}}}
                                       << "billing_contact.phone"
                                       << "VALIDATION_002";
        QTest::newRow("payment with organization billing")
            << QJsonObject{{QStringLiteral("billing_model"), QStringLiteral("organization")},
                           {QStringLiteral("payment_details"),
                            QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4111111111111111")}}}}
            << "payment_details"
            << "VALIDATION_001";
        QJsonObject badBrand = brandRequest();
        QJsonObject compliance = badBrand.value(QLatin1String("compliance")).toObject();
        compliance.insert(QStringLiteral("vertical"), QStringLiteral("retail"));
        badBrand.insert(QStringLiteral("compliance"), compliance);
        QTest::newRow("brand vertical") << QJsonObject{{QStringLiteral("brand"), badBrand}}
                                        << "brand.compliance.vertical"
                                        << "VALIDATION_006";
        QJsonObject noContact = brandRequest();
        noContact.remove(QStringLiteral("contact"));
        QTest::newRow("brand contact") << QJsonObject{{QStringLiteral("brand"), noContact}} << "brand.contact"
                                       << "VALIDATION_004";
        QTest::newRow("brand while inheriting")
            << QJsonObject{{QStringLiteral("brand"), brandRequest()}, {QStringLiteral("inherit_tcr_brand"), true}}
            << "brand"
            << "VALIDATION_001";
    }

    void createValidation()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QJsonObject body = validProfile();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                body.remove(it.key());
            else
                body.insert(it.key(), it.value());
        }
        const qsizetype before = m_server->state().profiles().size();
        const TestReply r = m_client->send("POST", QStringLiteral("/v3/profiles"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QVERIFY2(r.details().contains(field), r.body.constData());
        QVERIFY(!r.details().value(field).toArray().first().toString().isEmpty());
        QCOMPARE(m_server->state().profiles().size(), before);
    }

    void severalProblemsAtOnce()
    {
        const TestReply r = m_client->send("POST", QStringLiteral("/v3/profiles"),
                                           QJsonObject{{QStringLiteral("short_name"), QStringLiteral("x")},
                                                       {QStringLiteral("billing_model"), QStringLiteral("nope")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_001"));
        QVERIFY(r.details().contains(QLatin1String("name")));
        QVERIFY(r.details().contains(QLatin1String("short_name")));
        QVERIFY(r.details().contains(QLatin1String("billing_model")));
    }

    void rolesAndKeyKinds()
    {
        const QString developer =
            m_server->addApiKey(m_server->state().organization().id, true, QStringLiteral("developer"));
        TestClient asDeveloper(m_server->baseUrl(), developer);
        TestReply r = asDeveloper.send("POST", QStringLiteral("/v3/profiles"), validProfile());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AUTH_004"));
        QCOMPARE(asDeveloper.get(QStringLiteral("/v3/profiles")).status, 200);

        const QString anyId = m_server->state().profiles().first().id;
        TestClient asProfile(m_server->baseUrl(), m_server->profileKeys().value(anyId));
        r = asProfile.send("POST", QStringLiteral("/v3/profiles"), validProfile());
        QCOMPARE(r.status, 403);
        r = asProfile.send("DELETE", QStringLiteral("/v3/profiles/") + anyId);
        QCOMPARE(r.status, 403);
        // A profile's own admin key may edit its profile.
        r = asProfile.send("PATCH", QStringLiteral("/v3/profiles/") + anyId,
                           QJsonObject{{QStringLiteral("description"), QStringLiteral("Edited by the profile")}});
        QCOMPARE(r.status, 200);
    }

    void patchIsPartial()
    {
        const QString id = profileWhere([](const Profile &p) { return p.inheritTcrBrand; });
        const QString before = m_server->state().profile(id)->shortName;
        const TestReply r = m_client->send("PATCH", QStringLiteral("/v3/profiles/") + id,
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(r.data().toObject().value(QLatin1String("short_name")).toString(), before);
        QVERIFY(!r.data().toObject().value(QLatin1String("updated_at")).isNull());

        TestReply bad = m_client->send("PATCH", QStringLiteral("/v3/profiles/") + id,
                                       QJsonObject{{QStringLiteral("sending_phone_number"), QStringLiteral("12345")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("VALIDATION_002"));
    }

    void brandRulesOnPatch()
    {
        // Inheriting: no own brand unless inheritance is turned off in so many words.
        const QString inheriting = profileWhere([](const Profile &p) { return p.inheritTcrBrand; });
        TestReply r = m_client->send("PATCH", QStringLiteral("/v3/profiles/") + inheriting,
                                     QJsonObject{{QStringLiteral("brand"), brandRequest()}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.details().contains(QLatin1String("brand")));
        r = m_client->send(
            "PATCH", QStringLiteral("/v3/profiles/") + inheriting,
            QJsonObject{{QStringLiteral("brand"), brandRequest()}, {QStringLiteral("inherit_tcr_brand"), false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()
                     .toObject()
                     .value(QLatin1String("brand"))
                     .toObject()
                     .value(QLatin1String("is_inherited"))
                     .toBool(true),
                 false);

        // Submitted to TCR: immutable.
        const QString submitted = profileWhere(
            [](const Profile &p) { return p.ownBrand && p.ownBrand->submittedToTcr && !p.inheritTcrBrand; });
        r = m_client->send("PATCH", QStringLiteral("/v3/profiles/") + submitted,
                           QJsonObject{{QStringLiteral("brand"), brandRequest()}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.details().value(QLatin1String("brand")).toArray().first().toString().contains(QLatin1String("TCR")));
    }

    void softDelete()
    {
        const QString id = m_server->state().profiles().first().id;
        const QString key = m_server->profileKeys().value(id);
        const TestReply r = m_client->send("DELETE", QStringLiteral("/v3/profiles/") + id);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/v3/profiles/") + id).status, 404);
        const QJsonArray list =
            m_client->get(QStringLiteral("/v3/profiles")).data().toObject().value(QLatin1String("profiles")).toArray();
        for (const auto &p : list)
            QVERIFY(p.toObject().value(QLatin1String("id")).toString() != id);
        TestClient asDeleted(m_server->baseUrl(), key);
        QCOMPARE(asDeleted.get(QStringLiteral("/v3/me")).errorCode(), QStringLiteral("AUTH_002"));
        QCOMPARE(m_client->send("DELETE", QStringLiteral("/v3/profiles/") + id).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProfiles)
#include "tst_sandbox_profiles.moc"
