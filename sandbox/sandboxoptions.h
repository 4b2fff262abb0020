#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace cd::sandbox {

struct SeedSpec
{
    enum class Kind { Demo, Empty, Large };
    Kind kind = Kind::Demo;
    int profiles = 0;
    int campaignsPerProfile = 0;

    static std::optional<SeedSpec> parse(const QString &text);
};

struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    SeedSpec seed;
    QString databasePath;   // empty: state in memory only
    double timeScale = 1.0; // simulated time runs this many times faster
    int latencyMs = 0;
    double faultRate = 0;           // share of requests answered with a 5xx before any work
    double dropAfterCommitRate = 0; // share of requests whose connection closes after the work is done
    double malformedRate = 0;       // share of answers whose body is not valid JSON
    int rateLimitPerMinute = 200;   // standard tier; 0 turns rate limiting off
    int sensitiveRateLimitPerMinute = 10;
    quint32 randomSeed = 0;  // 0: a fresh seed each start
    QString organizationKey; // empty: generated (or read back from --db)
    // GET /v3/profiles in pages of at most this many (a client may ask for fewer, 1–100); 0: the whole list in one
    // answer without `pagination`, as the first generation served it.
    int pageSize = 100;
    bool ignorePage = false;         // answer page 1 whatever page is asked (a broken server, for tests)
    int completeStatus = 202;        // a completion started: 202 with a body, or 204 without (as the live API does)
    QString sunset;                  // YYYY-MM-DD: /v3/profiles* answers say they are deprecated and retire then
    bool retiredProfilesApi = false; // /v3/profiles* answer 404 ROUTE_NOT_FOUND, as after the version's retirement

    static void addTo(QCommandLineParser &parser);
    // Returns nullopt and sets `error` when an option is out of range.
    static std::optional<SandboxOptions> from(const QCommandLineParser &parser, QString *error);
};

} // namespace cd::sandbox
