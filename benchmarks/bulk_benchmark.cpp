// A campaign applied to many profiles by compliance-desk-cli against the sandbox at the production rate limit:
// how long it takes against the least time that limit allows for the requests it made, the 429s it met and its peak
// memory; then the same job against a sandbox that loses 30% of its answers, with the CLI killed (SIGKILL) at random
// moments and resumed until it is done — and whether every profile has the campaign exactly once. Not a test: it
// prints figures.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

namespace {

// A campaign a registry reviewer would pass, its brand's name filled per profile.
const char kTemplate[] = R"({
  "name": "Appointment reminders",
  "description": "{{brand_name}} sends its patients appointment reminders and confirmations by text message.",
  "type": "App",
  "useCases": [{"messagingUseCaseUs": "ACCOUNT_NOTIFICATION", "sampleMessages": [
    "{{brand_name}}: Hi {name}, your visit is confirmed for {date} at {time}. Reply STOP to opt out.",
    "{{brand_name}}: reminder, your appointment is tomorrow at {time}. Reply HELP for help."]}],
  "messageFlow": "Patients opt in on the {{brand_name}} appointment form by checking an unchecked box to receive text reminders. The form states: Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Terms: https://clinic.example/terms Privacy: https://clinic.example/privacy",
  "privacyPolicyLink": "https://clinic.example/privacy",
  "termsAndConditionsLink": "https://clinic.example/terms",
  "optinMessage": "{{brand_name}}: you are subscribed to appointment reminders. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
  "optoutMessage": "{{brand_name}}: you are unsubscribed and will receive no further messages.",
  "helpMessage": "{{brand_name}}: for help call 1-800-555-0100 or e-mail help@clinic.example. Reply STOP to opt out.",
  "optinKeywords": "START, YES",
  "optoutKeywords": "STOP, END, CANCEL",
  "helpKeywords": "HELP, INFO"
})";

struct Sandbox
{
    QProcess process;
    QString baseUrl;
    QString key;
    QStringList profileIds;

    bool start(int profiles, int rateLimit, double dropRate)
    {
        process.setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
        process.setArguments({QStringLiteral("--seed"), QStringLiteral("large:%1:0").arg(profiles),
                              QStringLiteral("--rate-limit"), QString::number(rateLimit),
                              QStringLiteral("--drop-after-commit"), QString::number(dropRate)});
        process.start();
        while (!process.canReadLine())
            if (!process.waitForReadyRead(60000))
                return false;
        const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
        baseUrl = line.value(QLatin1String("base_url")).toString();
        key = line.value(QLatin1String("organization_key")).toString();
        profileIds = line.value(QLatin1String("profile_keys")).toObject().keys();
        return !baseUrl.isEmpty();
    }

    QJsonObject stats(const QString &campaignName = {}) const
    {
        QNetworkAccessManager nam;
        QUrl url(baseUrl + QStringLiteral("/_sandbox/stats"));
        if (!campaignName.isEmpty())
            url.setQuery(QUrlQuery{{QStringLiteral("campaign_name"), campaignName}});
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    ~Sandbox()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

struct Run
{
    int exitCode = -1;
    bool killed = false;
    double seconds = 0;
    double peakMb = 0;
    QString jobId;
};

// Runs the CLI; kills it after `killAfterMs` when set. Its peak memory is read from /proc while it runs.
Run runCli(const QStringList &arguments, const QProcessEnvironment &environment, std::optional<int> killAfterMs)
{
    Run run;
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    cli.waitForStarted();
    QEventLoop loop;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        QFile status(QStringLiteral("/proc/%1/status").arg(cli.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                run.peakMb = std::max(run.peakMb, line.mid(6).trimmed().split(' ').first().toDouble() / 1024);
    });
    sampler.start(100);
    // The kill comes while the job runs: counted from the job's first line (the profiles are read before it).
    auto armKill = [&] {
        if (killAfterMs)
            QTimer::singleShot(*killAfterMs, &cli, [&] {
                run.killed = true;
                cli.kill(); // SIGKILL: no chance to write anything more
            });
    };
    QObject::connect(&cli, &QProcess::readyReadStandardOutput, [&] {
        while (cli.canReadLine()) {
            const QByteArray line = cli.readLine();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("job")) {
                run.jobId = o.value(QLatin1String("job_id")).toString();
                armKill();
            }
        }
    });
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    run.seconds = double(timer.elapsed()) / 1000;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -9;
    return run;
}

QProcessEnvironment environmentFor(const Sandbox &sandbox, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SENT_DM_API_KEY"), sandbox.key);
    env.insert(QStringLiteral("SENT_BASE_URL"), sandbox.baseUrl);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("profiles"), QStringLiteral("Profiles the campaign is applied to."),
                        QStringLiteral("N"), QStringLiteral("500")},
                       {QStringLiteral("rate-limit"), QStringLiteral("The sandbox's limit a minute (burst 50)."),
                        QStringLiteral("N"), QStringLiteral("200")},
                       {QStringLiteral("kills"), QStringLiteral("How often the faulty run is killed before it ends."),
                        QStringLiteral("K"), QStringLiteral("3")},
                       {QStringLiteral("skip-clean"), QStringLiteral("Only the run with faults and kills.")}});
    parser.process(app);
    const int profiles = parser.value(QStringLiteral("profiles")).toInt();
    const int rateLimit = parser.value(QStringLiteral("rate-limit")).toInt();
    const int kills = parser.value(QStringLiteral("kills")).toInt();
    const QString name = QStringLiteral("Appointment reminders");

    QTemporaryDir files;
    const QString templatePath = files.filePath(QStringLiteral("template.json"));
    const QString idsPath = files.filePath(QStringLiteral("ids.txt"));
    {
        QFile t(templatePath);
        t.open(QIODevice::WriteOnly);
        t.write(kTemplate);
    }
    const QStringList command{QStringLiteral("bulk"),
                              QStringLiteral("create-campaign"),
                              templatePath,
                              QStringLiteral("--profiles"),
                              idsPath,
                              QStringLiteral("--json"),
                              QStringLiteral("-q")};
    auto writeIds = [&](const QStringList &ids) {
        QFile f(idsPath);
        f.open(QIODevice::WriteOnly);
        f.write(ids.join(QLatin1Char('\n')).toUtf8());
    };

    if (!parser.isSet(QStringLiteral("skip-clean"))) {
        Sandbox sandbox;
        if (!sandbox.start(profiles, rateLimit, 0)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        writeIds(sandbox.profileIds);
        QTemporaryDir home;
        const QJsonObject before = sandbox.stats();
        const Run run = runCli(command, environmentFor(sandbox, home), std::nullopt);
        const QJsonObject after = sandbox.stats(name);
        // The requests the command made (the counters' own requests left out), and the least time the limit allows
        // for them: a burst of 50 at once, the rest at the refill.
        const int requests =
            after.value(QLatin1String("requests")).toInt() - before.value(QLatin1String("requests")).toInt() - 1;
        const double least = std::max(0, requests - 50) * 60.0 / rateLimit;
        std::printf(
            "clean run: %d profiles, exit %d, %.1f s for %d requests; the %d/min limit allows %.1f s at "
            "best: ratio %.3f (goal <= 1.10); 429s met %d (goal 0); peak RSS %.0f MB; %d campaigns made\n",
            profiles, run.exitCode, run.seconds, requests, rateLimit, least, least > 0 ? run.seconds / least : 0.0,
            after.value(QLatin1String("rate_limited")).toInt() - before.value(QLatin1String("rate_limited")).toInt(),
            run.peakMb, after.value(QLatin1String("campaigns_named")).toInt());
        std::fflush(stdout);
    }

    // Answers lost (30%) and the process killed at random moments, then resumed until the job is done.
    Sandbox sandbox;
    if (!sandbox.start(profiles, rateLimit, 0.3)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    writeIds(sandbox.profileIds);
    QTemporaryDir home;
    const QProcessEnvironment env = environmentFor(sandbox, home);
    QString jobId;
    int attempts = 0, killed = 0;
    QElapsedTimer total;
    total.start();
    for (;;) {
        ++attempts;
        std::optional<int> killAt;
        if (killed < kills)
            killAt = 5000 + int(QRandomGenerator::global()->bounded(55000)); // 5 to 60 s into the job
        const QStringList arguments = jobId.isEmpty()
            ? command
            : QStringList{QStringLiteral("bulk"), QStringLiteral("resume"), jobId, QStringLiteral("--json"),
                          QStringLiteral("-q")};
        const Run run = runCli(arguments, env, killAt);
        if (jobId.isEmpty())
            jobId = run.jobId; // killed before the job was written: the next attempt plans it again
        std::printf("  attempt %d: %s after %.1f s (exit %d)%s\n", attempts, run.killed ? "killed" : "ended",
                    run.seconds, run.exitCode,
                    jobId.isEmpty() ? " before the job was written" : qPrintable(QStringLiteral(", job ") + jobId));
        std::fflush(stdout);
        killed += run.killed ? 1 : 0;
        if (!run.killed && run.exitCode == 0)
            break;
        if (attempts > kills + 10) {
            std::printf("gave up after %d attempts\n", attempts);
            break;
        }
    }
    const QJsonObject after = sandbox.stats(name);
    std::printf("faulty run: 30%% of answers lost, killed %d time(s), %d attempt(s), %.1f s in all; %d campaigns of "
                "%d profiles (goal: exactly %d), %d profile(s) with it twice (goal 0); %d requests replayed by "
                "their key, %d answers dropped\n",
                killed, attempts, double(total.elapsed()) / 1000, after.value(QLatin1String("campaigns_named")).toInt(),
                profiles, profiles, after.value(QLatin1String("profiles_with_it_twice")).toInt(),
                after.value(QLatin1String("replays")).toInt(), after.value(QLatin1String("drops")).toInt());
    return 0;
}
