#include "sandboxoptions.h"

#include <QDate>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cd::sandbox {

std::optional<SeedSpec> SeedSpec::parse(const QString &text)
{
    SeedSpec spec;
    if (text == QLatin1String("demo")) {
        spec.kind = Kind::Demo;
        return spec;
    }
    if (text == QLatin1String("empty")) {
        spec.kind = Kind::Empty;
        return spec;
    }
    const auto parts = text.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts[0] == QLatin1String("large")) {
        bool okProfiles = false;
        bool okCampaigns = false;
        spec.kind = Kind::Large;
        spec.profiles = parts[1].toInt(&okProfiles);
        spec.campaignsPerProfile = parts[2].toInt(&okCampaigns);
        if (okProfiles && okCampaigns && spec.profiles >= 0 && spec.profiles <= 1000000 && spec.campaignsPerProfile >= 0
            && spec.campaignsPerProfile <= 100)
            return spec;
    }
    return std::nullopt;
}

void SandboxOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"),
         QCoreApplication::translate("SandboxOptions", "TCP port on 127.0.0.1 (0 picks a free one)."),
         QStringLiteral("PORT"), QStringLiteral("0")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("SandboxOptions", "Initial data: demo, empty or large:PROFILES:CAMPAIGNS."),
         QStringLiteral("SEED"), QStringLiteral("demo")},
        {QStringLiteral("db"),
         QCoreApplication::translate("SandboxOptions", "Keep the state in this SQLite file so it survives restarts."),
         QStringLiteral("FILE")},
        {QStringLiteral("time-scale"),
         QCoreApplication::translate("SandboxOptions", "Run the registry's clock X times faster than real time."),
         QStringLiteral("X"), QStringLiteral("1")},
        {QStringLiteral("latency"),
         QCoreApplication::translate("SandboxOptions", "Delay every answer by MS milliseconds."), QStringLiteral("MS"),
         QStringLiteral("0")},
        {QStringLiteral("fault-rate"),
         QCoreApplication::translate("SandboxOptions", "Answer this share of requests with a server error (0–1)."),
         QStringLiteral("P"), QStringLiteral("0")},
        {QStringLiteral("drop-after-commit"),
         QCoreApplication::translate(
             "SandboxOptions",
             "Do the work, then close the connection without answering, for this share of requests (0–1)."),
         QStringLiteral("P"), QStringLiteral("0")},
        {QStringLiteral("malformed-rate"),
         QCoreApplication::translate("SandboxOptions", "Send an invalid JSON body for this share of answers (0–1)."),
         QStringLiteral("P"), QStringLiteral("0")},
        {QStringLiteral("rate-limit"),
         QCoreApplication::translate("SandboxOptions", "Requests per minute per key pool (0 turns rate limiting off)."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("sensitive-rate-limit"),
         QCoreApplication::translate("SandboxOptions",
                                     "Requests per minute for the sensitive tier (profile completion)."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("random-seed"),
         QCoreApplication::translate("SandboxOptions", "Seed for the fault injector and the registry simulation."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("organization-key"),
         QCoreApplication::translate("SandboxOptions", "Use this organization API key instead of a generated one."),
         QStringLiteral("KEY")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate("SandboxOptions",
                                     "Serve the profile list in pages of at most N (0: the whole list "
                                     "in one answer, without pagination)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("ignore-page"),
         QCoreApplication::translate("SandboxOptions",
                                     "Answer every page of the profile list with the first (a broken "
                                     "server, for tests).")},
        {QStringLiteral("complete-status"),
         QCoreApplication::translate("SandboxOptions",
                                     "Answer a started completion with 202 (with a body) or 204 (without)."),
         QStringLiteral("STATUS"), QStringLiteral("202")},
        {QStringLiteral("sunset"),
         QCoreApplication::translate("SandboxOptions",
                                     "Mark the profile endpoints deprecated, to be retired on DATE "
                                     "(YYYY-MM-DD): Deprecation, Sunset and Link headers."),
         QStringLiteral("DATE")},
        {QStringLiteral("retired-profiles-api"),
         QCoreApplication::translate("SandboxOptions",
                                     "Answer the profile endpoints 404 ROUTE_NOT_FOUND, as once the "
                                     "API version is retired.")},
    });
}

std::optional<SandboxOptions> SandboxOptions::from(const QCommandLineParser &parser, QString *error)
{
    SandboxOptions options;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("SandboxOptions", "--port must be between 0 and 65535."));
    options.port = quint16(port);

    const auto seed = SeedSpec::parse(parser.value(QStringLiteral("seed")));
    if (!seed)
        return fail(
            QCoreApplication::translate("SandboxOptions", "--seed must be demo, empty or large:PROFILES:CAMPAIGNS."));
    options.seed = *seed;
    options.databasePath = parser.value(QStringLiteral("db"));

    options.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || options.timeScale <= 0)
        return fail(QCoreApplication::translate("SandboxOptions", "--time-scale must be a positive number."));
    options.latencyMs = parser.value(QStringLiteral("latency")).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(QCoreApplication::translate("SandboxOptions", "--latency must be zero or more milliseconds."));

    const struct
    {
        const char *name;
        double *target;
    } rates[] = {{"fault-rate", &options.faultRate},
                 {"drop-after-commit", &options.dropAfterCommitRate},
                 {"malformed-rate", &options.malformedRate}};
    for (const auto &rate : rates) {
        *rate.target = parser.value(QString::fromLatin1(rate.name)).toDouble(&ok);
        if (!ok || *rate.target < 0 || *rate.target > 1)
            return fail(QCoreApplication::translate("SandboxOptions", "--%1 must be between 0 and 1.")
                            .arg(QString::fromLatin1(rate.name)));
    }
    options.rateLimitPerMinute = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
    if (!ok || options.rateLimitPerMinute < 0)
        return fail(QCoreApplication::translate("SandboxOptions", "--rate-limit must be zero or more."));
    options.sensitiveRateLimitPerMinute = parser.value(QStringLiteral("sensitive-rate-limit")).toInt(&ok);
    if (!ok || options.sensitiveRateLimitPerMinute < 0)
        return fail(QCoreApplication::translate("SandboxOptions", "--sensitive-rate-limit must be zero or more."));
    options.randomSeed = parser.value(QStringLiteral("random-seed")).toUInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("SandboxOptions", "--random-seed must be a whole number."));
    options.organizationKey = parser.value(QStringLiteral("organization-key"));
    options.pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || options.pageSize < 0 || options.pageSize > 100)
        return fail(QCoreApplication::translate("SandboxOptions", "--page-size must be between 0 and 100."));
    options.ignorePage = parser.isSet(QStringLiteral("ignore-page"));
    options.completeStatus = parser.value(QStringLiteral("complete-status")).toInt(&ok);
    if (!ok || (options.completeStatus != 202 && options.completeStatus != 204))
        return fail(QCoreApplication::translate("SandboxOptions", "--complete-status must be 202 or 204."));
    options.sunset = parser.value(QStringLiteral("sunset"));
    if (!options.sunset.isEmpty() && !QDate::fromString(options.sunset, Qt::ISODate).isValid())
        return fail(QCoreApplication::translate("SandboxOptions", "--sunset must be a date, YYYY-MM-DD."));
    options.retiredProfilesApi = parser.isSet(QStringLiteral("retired-profiles-api"));
    return options;
}

} // namespace cd::sandbox
