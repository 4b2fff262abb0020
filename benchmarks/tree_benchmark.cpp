// The organization tree at scale, measured (not a test: it prints figures).
//
//   tree_benchmark [--profiles N] [--campaigns C] [--concurrency K]
//
// Starts compliance-desk-sandbox with --seed large:N:C and no rate limit in a process of its own, then measures:
//   1. the floor: the same requests made by a bare QNetworkAccessManager loop with the same concurrency;
//   2. a full load through the client core, the loader, the model, the filter proxy and a visible tree view,
//      as a ratio against the floor, with the longest event-loop stall during it;
//   3. the time from start to the tree painted from the cache the load wrote;
//   4. the peak resident memory of this process.
//
// It is a script of phases run from main() before any QApplication::exec(): the processEvents() loops below are
// the only event loop running (not nested in another), and they are the loop whose stalls it measures.
#include "api/sentclient.h"
#include "model/organizationfiltermodel.h"
#include "model/organizationmodel.h"
#include "services/treeloader.h"
#include "store/treecache.h"

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

#include <cstdio>
#include <deque>
#include <sys/resource.h>

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

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
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

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The floor: me, profiles, then every profile's campaigns, K at a time, bodies read and nothing else.
double bareLoop(const QUrl &base, const QByteArray &key, int concurrency, int *requests)
{
    QNetworkAccessManager nam;
    auto get = [&](const QString &path) {
        QUrl url = base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", key);
        request.setRawHeader("Accept", "application/json");
        return nam.get(request);
    };
    QElapsedTimer timer;
    timer.start();
    *requests = 0;
    auto wait = [](QNetworkReply *reply) {
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    };
    wait(get(QStringLiteral("/v3/me")));
    const QByteArray profiles = wait(get(QStringLiteral("/v3/profiles")));
    *requests += 2;
    std::deque<QString> ids;
    const QJsonArray list = QJsonDocument::fromJson(profiles).object().value(QLatin1String("data")).toObject()
                                .value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &p : list)
        ids.push_back(p.toObject().value(QLatin1String("id")).toString());
    int running = 0;
    bool done = false;
    std::function<void()> pump = [&] {
        while (running < concurrency && !ids.empty()) {
            QNetworkReply *reply = get(QStringLiteral("/v3/profiles/%1/campaigns").arg(ids.front()));
            ids.pop_front();
            ++running;
            ++*requests;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                --running;
                pump();
            });
        }
        if (running == 0 && ids.empty())
            done = true;
    };
    pump();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return seconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("profiles"), QStringLiteral("Profiles in the organization."), QStringLiteral("N"), QStringLiteral("10000")},
                       {QStringLiteral("campaigns"), QStringLiteral("Campaigns per profile."), QStringLiteral("C"), QStringLiteral("5")},
                       {QStringLiteral("concurrency"), QStringLiteral("Campaign lists in flight."), QStringLiteral("K"), QStringLiteral("4")},
                       {QStringLiteral("without"), QStringLiteral("Leave out a part to see its cost: cache, view."), QStringLiteral("PART")}});
    parser.process(app);
    const int profiles = parser.value(QStringLiteral("profiles")).toInt();
    const int campaigns = parser.value(QStringLiteral("campaigns")).toInt();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    // The sandbox in a process of its own, so that its work is not counted as ours.
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
    sandbox.setArguments({QStringLiteral("--seed"), QStringLiteral("large:%1:%2").arg(profiles).arg(campaigns),
                          QStringLiteral("--rate-limit"), QStringLiteral("0")});
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    sandbox.start();
    // One line of JSON (long: it lists every profile's key), possibly in several reads.
    while (!sandbox.canReadLine()) {
        if (!sandbox.waitForReadyRead(120000)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
    }
    const QJsonObject startup = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QUrl base(startup.value(QLatin1String("base_url")).toString());
    const QByteArray key = startup.value(QLatin1String("organization_key")).toString().toUtf8();
    std::printf("organization: %d profiles x %d campaigns, campaign lists %d at a time\n", profiles, campaigns, concurrency);

    int floorRequests = 0;
    const double floor = bareLoop(base, key, concurrency, &floorRequests);
    std::printf("floor (bare QNAM loop):        %7.2f s for %d requests (RSS now %.0f MB)\n", floor, floorRequests, currentRssMb());

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("tree.sqlite"));
    double load = 0;
    double stall = 0;
    int loadedProfiles = 0;
    int loadedCampaigns = 0;
    {
        cd::ClientConfig config;
        config.baseUrl = base;
        config.apiKey = key;
        cd::SentClient client(config);
        cd::OrganizationModel model;
        cd::OrganizationFilterModel filter;
        filter.setSourceModel(&model);
        filter.setDynamicSortFilter(true);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.resize(1000, 700);
        const QStringList without = parser.values(QStringLiteral("without"));
        if (!without.contains(QLatin1String("view")))
            view.show();
        cd::TreeCache cache(cachePath);
        cd::TreeLoader loader(&client, &model, without.contains(QLatin1String("cache")) ? nullptr : &cache);
        loader.setConcurrency(concurrency);
        QObject::connect(&filter, &QAbstractItemModel::rowsInserted, &view, [&](const QModelIndex &parent) {
            if (!parent.isValid())
                view.expand(filter.index(0, 0));
        });
        StallMeter meter;
        bool finished = false;
        QObject::connect(&loader, &cd::TreeLoader::finished, [&] { finished = true; });
        QObject::connect(&loader, &cd::TreeLoader::failed, [&](const cd::ApiError &error) {
            std::fprintf(stderr, "the load failed: %s\n", qPrintable(error.userMessage()));
            std::exit(1);
        });
        QElapsedTimer timer;
        timer.start();
        meter.start();
        loader.refresh();
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        load = seconds(timer);
        meter.stop();
        stall = meter.worstMs();
        std::printf("RSS with the whole tree loaded: %.0f MB\n", currentRssMb());
        loadedProfiles = model.profileCount();
        for (const QString &id : model.profileIds())
            loadedCampaigns += model.rowCount(model.profileIndex(id));
    } // the cache's destructor waits for its writes
    std::printf("full load (client, loader, model, view): %7.2f s  (%d profiles, %d campaigns)\n", load, loadedProfiles, loadedCampaigns);
    std::printf("ratio against the floor:       %7.2f   (goal < 1.3)\n", load / floor);
    std::printf("longest event-loop stall:      %7.1f ms (goal < 50)\n", stall);

    if (!parser.values(QStringLiteral("without")).contains(QLatin1String("cache"))) {
        cd::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing answers: only the cache counts
        config.apiKey = "unused";
        config.retry.maxRetries = 0;
        QElapsedTimer timer;
        timer.start();
        cd::SentClient client(config);
        cd::OrganizationModel model;
        cd::OrganizationFilterModel filter;
        filter.setSourceModel(&model);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&filter);
        view.resize(1000, 700);
        QObject::connect(&filter, &QAbstractItemModel::rowsInserted, &view, [&](const QModelIndex &parent) {
            if (!parent.isValid())
                view.expand(filter.index(0, 0));
        });
        view.show();
        PaintWatcher watcher(&view);
        cd::TreeCache cache(cachePath);
        cd::TreeLoader loader(&client, &model, &cache);
        loader.start();
        while (!watcher.paintedRows)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        std::printf("start to tree painted from cache: %5.3f s (goal < 0.5; %d profiles)\n", seconds(timer), model.profileCount());
        bool cacheDone = false;
        QObject::connect(&cache, &cd::TreeCache::loadFinished, [&] { cacheDone = true; });
        while (!cacheDone)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        std::printf("RSS with the tree read back from the cache: %.0f MB\n", currentRssMb());
    }
    std::printf("peak RSS of this process:      %7.1f MB (goal < 250)\n", peakRssKb() / 1024.0);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return 0;
}
