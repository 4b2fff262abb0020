#pragma once

#include "sandboxoptions.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>

namespace cd::sandbox {

class HttpAdapter;
class HttpReplyHandle;
class IdempotencyCache;
class RateLimiter;
class RegistrySimulator;
class SandboxApi;
class SandboxClock;
class SandboxState;
struct HttpRequest;
struct HttpResponse;

// compliance-desk-sandbox: a stand-in for api.sent.dm v3 on loopback. Owns the transport rules of the
// contract — auth and x-profile-id, the envelope and headers, rate limits, idempotency, the sandbox flag — and
// the fault injection used by tests; the endpoints themselves are SandboxApi's.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error = nullptr);

    QUrl baseUrl() const;
    QString organizationKey() const;
    QHash<QString, QString> profileKeys() const; // profile id → key
    // The one line of JSON printed on start-up.
    QByteArray startupLine() const;
    // An extra key, e.g. an organization key with the developer role (for tests of role checks).
    QString addApiKey(const QString &customerId, bool organizationKey, const QString &role);

    SandboxState &state();
    RegistrySimulator &registry();
    const SandboxOptions &options() const { return m_options; }
    // Fault injection can change while running (tests compare one state with and without faults).
    void setFaultRates(double faultRate, double dropAfterCommitRate, double malformedRate);
    // These profiles' campaign lists fail every time (INTERNAL_001), whatever the fault rate: a failure that retries do
    // not heal, on one profile among many.
    void setFailingCampaignLists(const QSet<QString> &profileIds) { m_failingLists = profileIds; }
    // These profiles' campaign lists fail the next `times` times each, then answer (a passing failure).
    void failCampaignListsTimes(const QSet<QString> &profileIds, int times)
    {
        for (const QString &id : profileIds)
            m_listFailuresLeft.insert(id, times);
    }
    // Drops after the work is done only for requests of these methods ("POST", …); empty: for any (tests that lose
    // the answers of changes while reads still come back).
    void setDroppedMethods(const QSet<QByteArray> &methods) { m_droppedMethods = methods; }

    struct Counters
    {
        int requests = 0;
        int rateLimited = 0;
        int faults = 0;
        int drops = 0;
        int malformed = 0;
        int replays = 0;
        int connections = 0; // TCP connections that brought a request
    };
    Counters counters() const;

private:
    void onRequest(const HttpRequest &request, HttpReplyHandle reply);
    void finish(HttpReplyHandle reply, HttpResponse response, const QByteArray &method);
    HttpResponse envelope(int status, const QJsonValue &data, const QJsonObject &error, const QString &requestId) const;
    QString newRequestId();
    QString newKey(const QString &prefix);
    bool chance(double probability);

    SandboxOptions m_options;
    QSet<QString> m_failingLists;
    QHash<QString, int> m_listFailuresLeft;
    QSet<QByteArray> m_droppedMethods;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<RateLimiter> m_standardLimiter;
    std::unique_ptr<RateLimiter> m_sensitiveLimiter;
    std::unique_ptr<IdempotencyCache> m_idempotency;
    RegistrySimulator *m_registry = nullptr;
    std::unique_ptr<SandboxApi> m_api;
    HttpAdapter *m_http = nullptr;
    QRandomGenerator m_random;
    quint16 m_port = 0;
    Counters m_counters;
};

} // namespace cd::sandbox
