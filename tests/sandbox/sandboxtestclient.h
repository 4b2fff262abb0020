#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

// Plain QNetworkAccessManager requests against an in-process sandbox: the conformance tests talk real HTTP on
// loopback and use no client code, so they check the sandbox against the contract alone.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonValue data() const { return json.value(QLatin1String("data")); }
    QJsonObject error() const { return json.value(QLatin1String("error")).toObject(); }
    QString errorCode() const { return error().value(QLatin1String("code")).toString(); }
    QJsonObject details() const { return error().value(QLatin1String("details")).toObject(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class TestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit TestClient(const QUrl &base, const QString &key = {})
        : m_base(base)
        , m_key(key)
    {
    }

    void setKey(const QString &key) { m_key = key; }

    QNetworkReply *start(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                         const Headers &headers = {})
    {
        QUrl url = m_base;
        url.setPath(path.section(QLatin1Char('?'), 0, 0)); // a query after "?" is the query, not part of the path
        if (path.contains(QLatin1Char('?')))
            url.setQuery(path.section(QLatin1Char('?'), 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        if (!m_key.isEmpty())
            request.setRawHeader("x-api-key", m_key.toUtf8());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return m_nam.sendCustomRequest(request, method, payload);
    }

    QNetworkReply *startRaw(const QByteArray &method, const QString &path, const QByteArray &payload,
                            const Headers &headers = {})
    {
        QUrl url = m_base;
        url.setPath(path.section(QLatin1Char('?'), 0, 0)); // a query after "?" is the query, not part of the path
        if (path.contains(QLatin1Char('?')))
            url.setQuery(path.section(QLatin1Char('?'), 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_key.isEmpty())
            request.setRawHeader("x-api-key", m_key.toUtf8());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.sendCustomRequest(request, method, payload);
    }

    static TestReply collect(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(20000))
                qWarning("request timed out");
        }
        TestReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const Headers &headers = {})
    {
        return collect(start(method, path, body, headers));
    }

    TestReply get(const QString &path, const Headers &headers = {}) { return send("GET", path, {}, headers); }
    // With query items: GET /v3/profiles?page=2&page_size=7.
    TestReply getQuery(const QString &path, const QUrlQuery &query)
    {
        QUrl url = m_base;
        url.setPath(path.section(QLatin1Char('?'), 0, 0)); // a query after "?" is the query, not part of the path
        if (path.contains(QLatin1Char('?')))
            url.setQuery(path.section(QLatin1Char('?'), 1));
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!m_key.isEmpty())
            request.setRawHeader("x-api-key", m_key.toUtf8());
        return collect(m_nam.get(request));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_key;
};

// The first live profile of the sandbox's state that `predicate` accepts.
inline QString findProfile(cd::sandbox::SandboxServer &server,
                           const std::function<bool(const cd::sandbox::Profile &)> &predicate)
{
    for (const auto &p : server.state().profiles())
        if (!p.deleted && predicate(p))
            return p.id;
    return {};
}

// A profile with a brand and campaigns of its own, the first of them still editable (not submitted to TCR).
inline QString ownCampaignsProfile(cd::sandbox::SandboxServer &server)
{
    return findProfile(server, [&server](const cd::sandbox::Profile &p) {
        return !p.inheritTcrCampaign && server.state().effectiveBrand(p) && !p.campaigns.isEmpty()
            && !p.campaigns.first().submittedToTcr;
    });
}

// How many campaigns of that name the sandbox holds (under one profile, or under any).
inline int campaignsNamed(cd::sandbox::SandboxServer &server, const QString &name, const QString &profileId = {})
{
    int count = 0;
    for (const auto &p : server.state().profiles())
        if (profileId.isEmpty() || p.id == profileId)
            for (const auto &c : p.campaigns)
                count += c.name == name ? 1 : 0;
    return count;
}

inline std::unique_ptr<cd::sandbox::SandboxServer> startSandbox(cd::sandbox::SandboxOptions options = {})
{
    if (options.randomSeed == 0)
        options.randomSeed = 42;
    auto server = std::make_unique<cd::sandbox::SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

// A minimal valid campaign request body (the API's `campaign` object inside the envelope).
inline QJsonObject campaignBody(const QString &name = QStringLiteral("Order updates"))
{
    return QJsonObject{
        {QStringLiteral("campaign"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("description"), QStringLiteral("Shipping and delivery notifications for online orders")},
             {QStringLiteral("type"), QStringLiteral("App")},
             {QStringLiteral("useCases"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("messagingUseCaseUs"), QStringLiteral("DELIVERY_NOTIFICATION")},
                  {QStringLiteral("sampleMessages"),
                   QJsonArray{QStringLiteral("Acme: your order #{id} has shipped. Reply STOP to opt out.")}},
              }}},
             {QStringLiteral("messageFlow"), QStringLiteral("Customers tick an SMS consent box at checkout.")},
             {QStringLiteral("privacyPolicyLink"), QStringLiteral("https://acme.example/privacy")},
         }},
    };
}

inline QJsonObject brandRequest()
{
    return QJsonObject{
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Ops")},
                     {QStringLiteral("email"), QStringLiteral("ada@acme.example")},
                     {QStringLiteral("phone"), QStringLiteral("+14155550100")}}},
        {QStringLiteral("compliance"),
         QJsonObject{{QStringLiteral("brandRelationship"), QStringLiteral("SMALL_ACCOUNT")},
                     {QStringLiteral("vertical"), QStringLiteral("RETAIL")},
                     {QStringLiteral("isTcrApplication"), true},
                     {QStringLiteral("destinationCountries"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("US")},
                                             {QStringLiteral("isMain"), true}}}}}},
        {QStringLiteral("business"),
         QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Acme Retail LLC")},
                     {QStringLiteral("entityType"), QStringLiteral("PRIVATE_PROFIT")},
                     {QStringLiteral("taxId"), QStringLiteral("12-3456789")},
                     {QStringLiteral("url"), QStringLiteral("https://acme.example")}}},
    };
}

inline QJsonObject billingContact()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Ops")},
                       {QStringLiteral("email"), QStringLiteral("ops@acme.example")}};
}
