// The organization tree at scale, measured (not a test: it prints figures).
//
//   tree_benchmark [--profiles N] [--campaigns C] [--page-size P] [--concurrency K] [--rounds R]
//
// Starts compliance-desk-sandbox with --seed large:N:C, pages of P (100) and no rate limit in a process of its own,
// then runs each phase in a fresh process of this program (--phase), as the application would start, so that no phase
// inherits another's heap:
//   floor  the same requests made by a bare QNetworkAccessManager loop with the same concurrency;
//   load   a full load through the client core, the loader, the cache, the model, the filter proxy and a visible
//          tree view: its time as a ratio against the floor, the longest event-loop stall during it;
//   cache  a start with nothing answering: the time to the tree painted from the cache the load wrote.
// Each phase reports its peak resident memory; the application's is the larger of load and cache. The sandbox counts
// the TCP connections the floor's and the load's requests came on (each a TLS handshake against the real API).
// Every round runs all three; each figure is reported as least / middle / most of the rounds, against the issue's
// goals for 10,000 or 50,000 profiles, with the rounds that met each.
//
// A phase is a script run from main() before any QApplication::exec(): the processEvents() loops below are the
// only event loop running (not nested in another), and they are the loop whose stalls it measures.
#include "api/sentclient.h"
#include "core/memory.h"
#include "model/dashboardaggregates.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "secrets/credentialstore.h"
#include "services/organizationsession.h"
#include "tree/organizationtreeview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <vector>

namespace {

// Measures the longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start(5);
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return std::max<qint64>(0, m_worst - 5'000'000) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Sets a flag when the tree's viewport paints rows.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QTreeView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }
    bool paintedRows = false;
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0
            && m_view->model()->rowCount(m_view->model()->index(0, 0)) > 0)
            paintedRows = true;
        return false;
    }

private:
    QTreeView *m_view;
};

double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// Resident now (Linux), to tell which phase holds the memory.
double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// User and system time of this process so far: unlike the wall clock, hardly moved by what else the machine runs.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The floor: me, then every page of the profile list (the next asked as soon as one arrives, as the client does),
// and each profile's campaigns as its page brings it, K at a time; bodies read and nothing else.
double bareLoop(const QUrl &base, const QByteArray &key, int concurrency, int *requests)
{
    QNetworkAccessManager nam;
    auto get = [&](const QString &path, const QString &query = {}) {
        QUrl url = base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", key);
        request.setRawHeader("Accept", "application/json");
        ++*requests;
        return nam.get(request);
    };
    QElapsedTimer timer;
    timer.start();
    *requests = 0;
    QNetworkReply *me = get(QStringLiteral("/v3/me"));
    while (!me->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    me->readAll();
    me->deleteLater();

    std::deque<QString> ids;
    int running = 0;
    bool listing = true;
    std::function<void()> pump = [&] {
        while (running < concurrency && !ids.empty()) {
            QNetworkReply *reply = get(QStringLiteral("/v3/profiles/%1/campaigns").arg(ids.front()));
            ids.pop_front();
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                --running;
                pump();
            });
        }
    };
    std::function<void(int)> askPage = [&](int page) {
        QNetworkReply *reply = get(QStringLiteral("/v3/profiles"), QStringLiteral("page=%1&page_size=100").arg(page));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, page] {
            const QJsonObject data =
                QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("data")).toObject();
            reply->deleteLater();
            for (const QJsonValue &p : data.value(QLatin1String("profiles")).toArray())
                ids.push_back(p.toObject().value(QLatin1String("id")).toString());
            if (data.value(QLatin1String("pagination")).toObject().value(QLatin1String("has_more")).toBool())
                askPage(page + 1);
            else
                listing = false;
            pump();
        });
    };
    askPage(1);
    while (listing || running > 0 || !ids.empty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return seconds(timer);
}

struct Target
{
    QUrl base;
    QByteArray key;
    QString cachePath;
    int concurrency = 4;
    QStringList without;
    bool plainView = false;
};

// The window's own tree view (sorted by name, its delegates, the organization opened as rows arrive), or with
// `--view plain` a bare QTreeView sorted the same way.
QTreeView *makeView(cd::OrganizationModel *model, cd::OrganizationFilterModel *filter, bool plain)
{
    QTreeView *view = nullptr;
    if (plain) {
        view = new QTreeView;
        view->setUniformRowHeights(true);
        view->setModel(filter);
        view->setSortingEnabled(true);
        view->sortByColumn(cd::OrganizationModel::NameColumn, Qt::AscendingOrder);
        QObject::connect(filter, &QAbstractItemModel::rowsInserted, view, [view, filter](const QModelIndex &parent) {
            if (!parent.isValid())
                view->expand(filter->index(0, 0));
        });
    } else {
        view = new cd::ui::OrganizationTreeView(model, filter);
    }
    view->resize(1000, 700);
    return view;
}

QJsonObject floorPhase(const Target &target)
{
    int requests = 0;
    const double floor = bareLoop(target.base, target.key, target.concurrency, &requests);
    return {{QStringLiteral("seconds"), floor}, {QStringLiteral("requests"), requests}};
}

// The connection every phase opens: the session the window runs, with its cache where the benchmark keeps it.
cd::OrganizationSession::Options sessionOptions(const Target &target, cd::OrganizationModel *model)
{
    cd::OrganizationSession::Options options;
    options.model = model;
    options.cache = target.without.contains(QLatin1String("cache")) ? cd::OrganizationSession::CacheMode::Memory
                                                                    : cd::OrganizationSession::CacheMode::File;
    options.cacheFile = target.cachePath;
    options.concurrency = target.concurrency;
    return options;
}

cd::Connection benchmarkConnection(const QUrl &base)
{
    cd::Connection connection;
    connection.id = QStringLiteral("benchmark");
    connection.name = QStringLiteral("Benchmark");
    connection.baseUrl = base;
    return connection;
}

QJsonObject loadPhase(const Target &target)
{
    // A first load: the cache an earlier round wrote would be shown first (that start is the cache phase's).
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target.cachePath + suffix);
    cd::CredentialStore credentials;
    cd::OrganizationModel model;
    cd::OrganizationFilterModel filter;
    filter.setSourceModel(&model);
    filter.setDynamicSortFilter(true);
    std::unique_ptr<QTreeView> view(makeView(&model, &filter, target.plainView));
    if (!target.without.contains(QLatin1String("view"))) {
        // On screen before the connection opens, as the window is: its first paint is not the load's.
        view->show();
        PaintWatcher shown(view.get());
        while (!shown.paints)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    auto session = std::make_unique<cd::OrganizationSession>(benchmarkConnection(target.base), credentials,
                                                             sessionOptions(target, &model));
    if (auto *appView = dynamic_cast<cd::ui::OrganizationTreeView *>(view.get()))
        appView->setSession(session.get()); // the profiles on screen first, as the window asks
    PaintWatcher painted(view.get());
    StallMeter meter;
    bool finished = false;
    QObject::connect(session.get(), &cd::OrganizationSession::loaded, [&] { finished = true; });
    QObject::connect(session.get(), &cd::OrganizationSession::stateChanged, [&](cd::OrganizationSession::State state) {
        if (state == cd::OrganizationSession::State::Failed || state == cd::OrganizationSession::State::Offline
            || state == cd::OrganizationSession::State::NeedsKey) {
            std::fprintf(stderr, "the load failed: %s\n", qPrintable(session->problem().message));
            std::exit(1);
        }
    });
    QElapsedTimer timer;
    timer.start();
    meter.start();
    session->open(target.key);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double load = seconds(timer);
    meter.stop();
    const double loadedRss = currentRssMb();
    int campaigns = 0;
    for (const QString &id : model.profileIds())
        campaigns += model.rowCount(model.profileIndex(id));
    const int profiles = model.profileCount();
    const int requests = session->client()->stats().requests;
    view.reset();
    session.reset(); // waits for the cache's last writes
    return {{QStringLiteral("seconds"), load},
            {QStringLiteral("stall_ms"), meter.worstMs()},
            {QStringLiteral("profiles"), profiles},
            {QStringLiteral("campaigns"), campaigns},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("paints"), painted.paints},
            {QStringLiteral("loaded_rss_mb"), loadedRss},
            {QStringLiteral("written_seconds"), seconds(timer)}};
}

QJsonObject cachePhase(const Target &target)
{
    QElapsedTimer timer;
    timer.start();
    cd::CredentialStore credentials;
    cd::OrganizationModel model;
    cd::OrganizationFilterModel filter;
    filter.setSourceModel(&model);
    std::unique_ptr<QTreeView> view(makeView(&model, &filter, target.plainView));
    view->show();
    PaintWatcher watcher(view.get());
    cd::OrganizationSession::Options options = sessionOptions(target, &model);
    options.cache = cd::OrganizationSession::CacheMode::File;
    options.retry = cd::RetryPolicy();
    options.retry->maxRetries = 0;
    // Nothing answers: only the cache counts.
    cd::OrganizationSession session(benchmarkConnection(QUrl(QStringLiteral("http://127.0.0.1:9"))), credentials,
                                    options);
    bool cacheDone = false;
    QObject::connect(&session, &cd::OrganizationSession::stateChanged, [&](cd::OrganizationSession::State state) {
        cacheDone = cacheDone || state == cd::OrganizationSession::State::Offline
            || state == cd::OrganizationSession::State::Failed;
    });
    session.open("unused");
    while (!watcher.paintedRows)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double painted = seconds(timer);
    const int profiles = model.profileCount();
    while (!cacheDone)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double read = seconds(timer);

    // The dashboard's numbers: counted once from the whole tree, then kept current one change at a time.
    // The first count is made a slice at a time (a few thousand profiles a turn of the event loop): the whole of
    // it, and the longest turn.
    QElapsedTimer dashboardTimer;
    dashboardTimer.start();
    cd::DashboardAggregates aggregates(&model);
    double longestSlice = dashboardTimer.nsecsElapsed() / 1e6;
    while (!aggregates.isCurrent()) {
        QElapsedTimer slice;
        slice.start();
        QCoreApplication::processEvents();
        longestSlice = std::max(longestSlice, slice.nsecsElapsed() / 1e6);
    }
    const double counted = dashboardTimer.nsecsElapsed() / 1e6;
    const QModelIndex org = model.organizationIndex();
    const int changes = std::min(1000, model.rowCount(org));
    bool updated = false;
    QObject::connect(&aggregates, &cd::DashboardAggregates::changed, [&] { updated = true; });
    dashboardTimer.restart();
    for (int row = 0; row < changes; ++row) {
        const cd::ProfileOverview *overview = model.profile(model.index(row, 0, org));
        cd::Profile changed;
        changed.id = overview->id;
        changed.name = overview->name;
        changed.status = QStringLiteral("approved");
        model.updateProfile(changed);
    }
    while (!updated)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double applied = dashboardTimer.nsecsElapsed() / 1e6;
    return {{QStringLiteral("painted_seconds"), painted},
            {QStringLiteral("dashboard_count_ms"), counted},
            {QStringLiteral("dashboard_slice_ms"), longestSlice},
            {QStringLiteral("dashboard_changes"), changes},
            {QStringLiteral("dashboard_changes_ms"), applied},
            {QStringLiteral("dashboard_rebuilds"), aggregates.rebuilds()},
            {QStringLiteral("profiles"), profiles},
            {QStringLiteral("read_seconds"), read},
            {QStringLiteral("read_rss_mb"), currentRssMb()}};
}

// The machine's one-minute load average (Linux): what else was running.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : 0.0;
}

// The sandbox's counters (its /_sandbox/stats): requests served and TCP connections that brought them.
QJsonObject sandboxStats(const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QStringLiteral("/_sandbox/stats"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return stats;
}

// Runs one phase in a fresh process of this program and returns what it printed.
QJsonObject runPhase(const QString &phase, const Target &target)
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    QStringList arguments{QStringLiteral("--phase"),       phase,
                          QStringLiteral("--base-url"),    target.base.toString(),
                          QStringLiteral("--key"),         QString::fromUtf8(target.key),
                          QStringLiteral("--cache"),       target.cachePath,
                          QStringLiteral("--concurrency"), QString::number(target.concurrency)};
    for (const QString &part : target.without)
        arguments << QStringLiteral("--without") << part;
    if (target.plainView)
        arguments << QStringLiteral("--view") << QStringLiteral("plain");
    child.setArguments(arguments);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "the %s phase failed\n", qPrintable(phase));
        std::exit(1);
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

// A phase, with the TCP connections its requests came on (each request for the counters comes on a connection of
// its own, and is taken away).
QJsonObject runCountedPhase(const QString &phase, const Target &target)
{
    const QJsonObject before = sandboxStats(target.base);
    QJsonObject figures = runPhase(phase, target);
    const QJsonObject after = sandboxStats(target.base);
    const int connections =
        after.value(QLatin1String("connections")).toInt() - before.value(QLatin1String("connections")).toInt() - 1;
    const int served =
        after.value(QLatin1String("requests")).toInt() - before.value(QLatin1String("requests")).toInt() - 1;
    figures.insert(QStringLiteral("connections"), connections);
    figures.insert(QStringLiteral("answers_per_connection"), connections > 0 ? double(served) / connections : 0.0);
    return figures;
}

struct Goals
{
    double ratio;
    double stallMs;
    double rssMb;
    double paintSeconds;
};

struct Round
{
    QJsonObject floor, load, cache;
    double loadAverage = 0;

    double value(QJsonObject Round::*phase, const char *key) const
    {
        return (this->*phase).value(QLatin1String(key)).toDouble();
    }
    double ratio() const { return value(&Round::load, "seconds") / value(&Round::floor, "seconds"); }
    // The application's: the larger of a load and a start from the cache.
    double peakRss() const { return std::max(value(&Round::load, "peak_rss_mb"), value(&Round::cache, "peak_rss_mb")); }
};

// One figure over every round: least / middle / most, and in how many rounds it met its goal (none: 0).
void report(const std::vector<Round> &rounds, const char *label, const std::function<double(const Round &)> &figure,
            const char *unit, double goal, bool strictlyBelow)
{
    std::vector<double> values;
    for (const Round &r : rounds)
        values.push_back(figure(r));
    std::sort(values.begin(), values.end());
    const double middle =
        values.size() % 2 ? values[values.size() / 2] : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
    std::printf("  %s %8.3g / %8.3g / %8.3g%s", label, values.front(), middle, values.back(), unit);
    if (goal > 0) {
        const auto met = std::count_if(values.cbegin(), values.cend(),
                                       [&](double v) { return strictlyBelow ? v < goal : v <= goal; });
        std::printf("   goal %s %g%s: met in %d of %d", strictlyBelow ? "<" : "<=", goal, unit, int(met),
                    int(values.size()));
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    cd::limitMemoryPools(); // before any thread starts
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("profiles"), QStringLiteral("Profiles in the organization."), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("campaigns"), QStringLiteral("Campaigns per profile."), QStringLiteral("C"),
          QStringLiteral("5")},
         {QStringLiteral("concurrency"), QStringLiteral("Campaign lists in flight."), QStringLiteral("K"),
          QStringLiteral("4")},
         {QStringLiteral("page-size"),
          QStringLiteral("The sandbox's page size for the profile list (0: the whole list in one answer)."),
          QStringLiteral("N"), QStringLiteral("100")},
         {QStringLiteral("latency"),
          QStringLiteral("The sandbox answers each request after MS milliseconds, as a server across a network would."),
          QStringLiteral("MS"), QStringLiteral("0")},
         {QStringLiteral("rounds"), QStringLiteral("Rounds of floor, load and cache start, in turns."),
          QStringLiteral("R"), QStringLiteral("5")},
         {QStringLiteral("without"), QStringLiteral("Leave out a part to see its cost: cache, view."),
          QStringLiteral("PART")},
         {QStringLiteral("view"),
          QStringLiteral("The tree view: app (the window's own, the default) or plain (a bare QTreeView)."),
          QStringLiteral("KIND"), QStringLiteral("app")},
         {QStringLiteral("phase"), QStringLiteral("Internal: run one phase (floor, load, cache) and print it as JSON."),
          QStringLiteral("PHASE")},
         {QStringLiteral("base-url"), QStringLiteral("Internal: the sandbox."), QStringLiteral("URL")},
         {QStringLiteral("key"), QStringLiteral("Internal: the organization's key."), QStringLiteral("KEY")},
         {QStringLiteral("cache"), QStringLiteral("Internal: the cache file."), QStringLiteral("FILE")}});
    parser.process(app);
    Target target;
    target.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    target.without = parser.values(QStringLiteral("without"));
    target.plainView = parser.value(QStringLiteral("view")) == QLatin1String("plain");

    if (parser.isSet(QStringLiteral("phase"))) {
        target.base = QUrl(parser.value(QStringLiteral("base-url")));
        target.key = parser.value(QStringLiteral("key")).toUtf8();
        target.cachePath = parser.value(QStringLiteral("cache"));
        const QString phase = parser.value(QStringLiteral("phase"));
        QJsonObject figures = phase == QLatin1String("floor") ? floorPhase(target)
            : phase == QLatin1String("load")                  ? loadPhase(target)
                                                              : cachePhase(target);
        figures.insert(QStringLiteral("peak_rss_mb"), peakRssKb() / 1024.0);
        figures.insert(QStringLiteral("cpu_seconds"), cpuSeconds());
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int profiles = parser.value(QStringLiteral("profiles")).toInt();
    const int campaigns = parser.value(QStringLiteral("campaigns")).toInt();
    // The sandbox in a process of its own, so that its work is not counted as ours.
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
    const QString pageSize = parser.value(QStringLiteral("page-size"));
    sandbox.setArguments({QStringLiteral("--seed"), QStringLiteral("large:%1:%2").arg(profiles).arg(campaigns),
                          QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--page-size"), pageSize,
                          QStringLiteral("--latency"), parser.value(QStringLiteral("latency"))});
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer startingUp;
    startingUp.start();
    sandbox.start();
    // One line of JSON (long: it lists every profile's key), possibly in several reads. The sandbox takes as long as
    // it needs to seed a large organization: waited for as long as it runs, and said.
    while (!sandbox.canReadLine()) {
        if (!sandbox.waitForReadyRead(30000)) {
            if (sandbox.state() != QProcess::Running) {
                std::fprintf(stderr, "the sandbox did not start: %s\n", sandbox.readAllStandardError().constData());
                return 1;
            }
            std::fprintf(stderr, "still waiting for the sandbox to seed %d profiles (%.0f s)\n", profiles,
                         double(startingUp.elapsed()) / 1000);
        }
    }
    std::printf("sandbox started in %.1f s\n", double(startingUp.elapsed()) / 1000);
    const QJsonObject startup = QJsonDocument::fromJson(sandbox.readLine()).object();
    target.base = QUrl(startup.value(QLatin1String("base_url")).toString());
    target.key = startup.value(QLatin1String("organization_key")).toString().toUtf8();
    QTemporaryDir dir;
    target.cachePath = dir.filePath(QStringLiteral("tree.sqlite"));
    std::printf("organization: %d profiles x %d campaigns, profile list in pages of %s, campaign lists %d at a "
                "time, answers after %d ms; each phase a fresh process\n",
                profiles, campaigns, pageSize == QLatin1String("0") ? "(unpaginated)" : qPrintable(pageSize),
                target.concurrency, parser.value(QStringLiteral("latency")).toInt());
    std::fflush(stdout);

    // The floor, the load and the start from the cache in turns, a few rounds: on a shared machine any of them can be
    // slowed by a neighbour for seconds, so every goal is checked on every round, and each figure is given as the
    // least, the middle and the most of all rounds.
    const bool large = profiles >= 50000;
    const Goals goals = large ? Goals{1.3, 50, 500, 0.5} : Goals{1.25, 33, 200, 0.3};
    std::vector<Round> rounds_;
    for (int round = 0; round < rounds; ++round) {
        Round r;
        r.floor = runCountedPhase(QStringLiteral("floor"), target);
        r.load = runCountedPhase(QStringLiteral("load"), target);
        if (!target.without.contains(QLatin1String("cache")))
            r.cache = runPhase(QStringLiteral("cache"), target);
        r.loadAverage = loadAverage();
        std::printf("round %d: floor %.2f s, load %.2f s (ratio %.2f), stall %.1f ms, peak RSS %.0f MB, cached tree "
                    "painted in %.3f s; CPU floor %.2f s, load %.2f s; connections floor %d, load %d (%.0f answers "
                    "each); load average %.2f\n",
                    round + 1, r.value(&Round::floor, "seconds"), r.value(&Round::load, "seconds"), r.ratio(),
                    r.value(&Round::load, "stall_ms"), r.peakRss(), r.value(&Round::cache, "painted_seconds"),
                    r.value(&Round::floor, "cpu_seconds"), r.value(&Round::load, "cpu_seconds"),
                    int(r.value(&Round::floor, "connections")), int(r.value(&Round::load, "connections")),
                    r.value(&Round::load, "answers_per_connection"), r.loadAverage);
        std::fflush(stdout);
        rounds_.push_back(r);
    }
    const Round &last = rounds_.back();
    std::printf("requests: floor %d, load %d (%d profiles, %d campaigns; the cache written %.2f s after the load "
                "began; the tree repainted %d times)\n",
                int(last.value(&Round::floor, "requests")), int(last.value(&Round::load, "requests")),
                int(last.value(&Round::load, "profiles")), int(last.value(&Round::load, "campaigns")),
                last.value(&Round::load, "written_seconds"), int(last.value(&Round::load, "paints")));
    std::printf("over %d round(s), least / middle / most, and the rounds that met the goal (%s):\n", rounds,
                large ? "the goals at 50,000 profiles" : "the goals at 10,000 profiles");
    report(
        rounds_, "load / floor            ", [](const Round &r) { return r.ratio(); }, "", goals.ratio, false);
    report(
        rounds_, "longest stall           ", [](const Round &r) { return r.value(&Round::load, "stall_ms"); }, " ms",
        goals.stallMs, true);
    report(
        rounds_, "peak RSS                ", [](const Round &r) { return r.peakRss(); }, " MB", goals.rssMb, true);
    if (!target.without.contains(QLatin1String("cache")))
        report(
            rounds_, "tree painted from cache ",
            [](const Round &r) { return r.value(&Round::cache, "painted_seconds"); }, " s", goals.paintSeconds, true);
    report(
        rounds_, "load's TCP connections  ", [](const Round &r) { return r.value(&Round::load, "connections"); }, "", 0,
        false);
    report(
        rounds_, "answers per connection  ",
        [](const Round &r) { return r.value(&Round::load, "answers_per_connection"); }, "", 0, false);
    report(
        rounds_, "floor's TCP connections ", [](const Round &r) { return r.value(&Round::floor, "connections"); }, "",
        0, false);
    if (!target.without.contains(QLatin1String("cache"))) {
        const QJsonObject &cache = last.cache;
        std::printf("cache start (last round): all of it read at %.2f s, RSS then %.0f MB\n",
                    cache.value(QLatin1String("read_seconds")).toDouble(),
                    cache.value(QLatin1String("read_rss_mb")).toDouble());
        const int changes = cache.value(QLatin1String("dashboard_changes")).toInt();
        std::printf(
            "dashboard: whole tree counted in %.1f ms (the longest turn of the event loop %.1f ms); %d status changes "
            "kept current in %.1f ms (%.1f us each, %d whole recount(s))\n",
            cache.value(QLatin1String("dashboard_count_ms")).toDouble(),
            cache.value(QLatin1String("dashboard_slice_ms")).toDouble(), changes,
            cache.value(QLatin1String("dashboard_changes_ms")).toDouble(),
            changes > 0 ? 1000.0 * cache.value(QLatin1String("dashboard_changes_ms")).toDouble() / changes : 0.0,
            cache.value(QLatin1String("dashboard_rebuilds")).toInt());
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return 0;
}
