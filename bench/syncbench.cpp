// Initial sync of ~1,000,000 features from the simulator on loopback into a cache with
// the app's schema (every module's projections, the default alert rules' indexes), then incremental
// syncs of about 1,000 live changes each into that cache. Prints features/s, the CPU time
// each process spent per feature (the machine is shared, so wall time alone says little),
// peak RSS, the worst stall of the main thread's event loop while the engine ingests on
// its worker thread, and the median time of the increments. Usage:
//   ioc-sync-bench --sim build/simulator/ioc-datacenter-sim [--scale 5.3] [--increments 5]

#include "alerts/alertengine.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "modulecatalog.h"
#include "sync/syncengine.h"
#include "syncsetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace ioc;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

qint64 peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU seconds (user + system) this process has used.
double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds another process has used (Linux /proc); -1 if unknown.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which is in parentheses and may contain spaces).
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values.at(values.size() / 2);
}

// Measures the longest gap between 5 ms timer ticks: what an operator would feel as a
// frozen window.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap - 5);
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

struct RunResult
{
    qint64 ms = 0;
    qint64 fetched = 0;
    qint64 changed = 0;
    qint64 parseMicros = 0;
    qint64 storeMicros = 0;
    qint64 buildMicros = 0;
    int failed = 0;
};

RunResult runOnce(sync::SyncEngine *engine)
{
    RunResult result;
    QEventLoop loop;
    QElapsedTimer timer;
    auto connection = QObject::connect(engine, &sync::SyncEngine::runOnceFinished, &loop,
        [&](const QList<sync::SyncReport> &reports) {
            result.ms = timer.elapsed();
            for (const auto &report : reports) {
                result.fetched += report.fetched;
                result.changed += report.inserted + report.updated;
                result.failed += report.succeeded() ? 0 : 1;
                result.parseMicros += report.parseMicros;
                result.storeMicros += report.storeMicros;
                result.buildMicros += report.buildMicros;
            }
            loop.quit();
        });
    timer.start();
    QMetaObject::invokeMethod(engine, &sync::SyncEngine::runOnce, Qt::QueuedConnection);
    loop.exec();
    QObject::disconnect(connection);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOption(
        QStringLiteral("sim"), QStringLiteral("simulator executable"), QStringLiteral("path"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("simulator --scale"), QStringLiteral("x"), QStringLiteral("5.3"));
    const QCommandLineOption incrementsOption(QStringLiteral("increments"),
        QStringLiteral("timed incremental syncs"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("page size asked for"), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption concurrentOption(QStringLiteral("concurrent"),
        QStringLiteral("collections synced at once (engine default if absent)"),
        QStringLiteral("n"));
    const QCommandLineOption noContractsOption(QStringLiteral("no-contracts"),
        QStringLiteral("store values as served (no coercion to the modules' types), to measure "
                       "what coercion costs"));
    parser.addOptions({ simOption, scaleOption, incrementsOption, limitOption, concurrentOption,
        noContractsOption });
    parser.process(app);

    // Live changes at 100 per simulated minute with ten simulated minutes per real second:
    // about 1,000 changes a second at the source. The fast clock keeps the sync cursor's
    // overlap (120 simulated seconds, re-read on every increment) at 0.2 s of changes.
    QProcess sim;
    sim.start(parser.value(simOption),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
            parser.value(scaleOption), QStringLiteral("--rate"), QStringLiteral("100"),
            QStringLiteral("--clock-speed"), QStringLiteral("600") });
    if (!sim.waitForStarted()) {
        print(QStringLiteral("cannot start the simulator: ") + sim.errorString());
        return 1;
    }
    QUrl url;
    QByteArray output;
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    while (url.isEmpty() && sim.waitForReadyRead(120000)) {
        output += sim.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            url = QUrl(match.captured(1));
    }
    if (url.isEmpty()) {
        print(QStringLiteral("simulator did not start"));
        return 1;
    }

    // The cache as the app makes it: what sync writes pays for every projection trigger and
    // alert-rule index the app would have.
    QTemporaryDir dir;
    core::ModuleRegistry modules;
    {
        core::LocalCache cache(dir.path());
        if (cache.open())
            return 1;
        QString why;
        if (!app::registerAllModules(modules, &why)) {
            print(why);
            return 1;
        }
        for (const auto &module : modules.modules()) {
            if (const core::CacheError error
                = cache.applyModuleMigrations(module->id(), module->cacheMigrations())) {
                print(error.message);
                return 1;
            }
        }
    }
    {
        alerts::AlertEngine alertIndexes(dir.path());
        alertIndexes.setRuleDirectories({ QStringLiteral(":/alerts/rules") });
        alertIndexes.start(); // creates the rules' indexes (and evaluates an empty cache)
    }
    const QStringList collections = { QStringLiteral("admin_units"),
        QStringLiteral("admin_lineage"), QStringLiteral("se_indicators"),
        QStringLiteral("se_observations"), QStringLiteral("se_targets"),
        QStringLiteral("ps_offices"), QStringLiteral("ps_dossiers"), QStringLiteral("doc_agencies"),
        QStringLiteral("doc_documents"), QStringLiteral("doc_tasks"),
        QStringLiteral("health_facilities"), QStringLiteral("health_occupancy"),
        QStringLiteral("health_cases"), QStringLiteral("health_vaccination"),
        QStringLiteral("edu_schools"), QStringLiteral("edu_school_days"),
        QStringLiteral("tour_establishments"), QStringLiteral("tour_occupancy"),
        QStringLiteral("tour_attractions"), QStringLiteral("tour_arrivals"),
        QStringLiteral("cam_cameras"), QStringLiteral("cam_events") };
    sync::SyncSettings settings;
    settings.baseUrl = url;
    settings.pageLimit = parser.value(limitOption).toInt();
    // As the app syncs: values made the modules' declared types (docs/mapping.md).
    if (!parser.isSet(noContractsOption))
        settings.contracts = app::dataContracts(modules);

    QThread worker;
    auto *engine = new sync::SyncEngine(dir.path(), settings, collections);
    if (parser.isSet(concurrentOption))
        engine->setMaxConcurrentRuns(parser.value(concurrentOption).toInt());
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();

    StallMeter stall;
    stall.start();
    const double clientCpu0 = ownCpuSeconds();
    const double simCpu0 = processCpuSeconds(sim.processId());
    const RunResult initial = runOnce(engine);
    const double clientCpu = ownCpuSeconds() - clientCpu0;
    const double simCpu = processCpuSeconds(sim.processId()) - simCpu0;
    const qint64 initialStall = stall.worstMs();
    print(
        QStringLiteral("initial sync: %1 features in %2 ms = %3 features/s (%4 collections failed)")
            .arg(initial.fetched)
            .arg(initial.ms)
            .arg(initial.fetched * 1000 / std::max<qint64>(1, initial.ms))
            .arg(initial.failed));
    const double perFeature = 1e6 / std::max<qint64>(1, initial.fetched);
    print(QStringLiteral("CPU during it: client %1 s (%2 µs/feature), simulator %3 s (%4 "
                         "µs/feature); wall %5 s on %6 cores shared with other work")
              .arg(clientCpu, 0, 'f', 1)
              .arg(clientCpu * perFeature, 0, 'f', 1)
              .arg(simCpu, 0, 'f', 1)
              .arg(simCpu * perFeature, 0, 'f', 1)
              .arg(initial.ms / 1000.0, 0, 'f', 1)
              .arg(QThread::idealThreadCount()));
    const double fetched = double(std::max<qint64>(1, initial.fetched));
    print(QStringLiteral("sync thread CPU: parsing + validating %1 µs/feature, storing in SQLite "
                         "%2 µs/feature, building deferred search and projection rows %3 "
                         "µs/feature; the rest of the client's CPU is networking, Qt and the "
                         "kernel")
              .arg(initial.parseMicros / fetched, 0, 'f', 1)
              .arg(initial.storeMicros / fetched, 0, 'f', 1)
              .arg(initial.buildMicros / fetched, 0, 'f', 1));
    print(
        QStringLiteral("worst main-thread stall during the initial sync: %1 ms").arg(initialStall));

    // Catch up with what changed at the source during the initial sync, then time
    // increments of about one second of changes (~1,000) each.
    const RunResult catchUp = runOnce(engine);
    print(QStringLiteral("catch-up sync: %1 fetched, %2 changed, in %3 ms")
              .arg(catchUp.fetched)
              .arg(catchUp.changed)
              .arg(catchUp.ms));
    QList<qint64> times;
    QList<qint64> changes;
    QList<qint64> fetches;
    qint64 incrementStall = 0;
    const int increments = std::max(1, parser.value(incrementsOption).toInt());
    for (int i = 0; i < increments; ++i) {
        QThread::msleep(1000);
        stall.start();
        const RunResult increment = runOnce(engine);
        incrementStall = std::max(incrementStall, stall.worstMs());
        times.append(increment.ms);
        changes.append(increment.changed);
        fetches.append(increment.fetched);
        print(QStringLiteral("  increment %1: %2 fetched, %3 changed, %4 ms (sync thread CPU: "
                             "parse %5 ms, store %6 ms)")
                  .arg(i + 1)
                  .arg(increment.fetched)
                  .arg(increment.changed)
                  .arg(increment.ms)
                  .arg(increment.parseMicros / 1000)
                  .arg((increment.storeMicros + increment.buildMicros) / 1000));
    }
    print(QStringLiteral("incremental sync (median of %1): %2 changed (%3 fetched) in %4 ms, "
                         "worst stall %5 ms")
              .arg(increments)
              .arg(median(changes))
              .arg(median(fetches))
              .arg(median(times))
              .arg(incrementStall));
    print(QStringLiteral("peak RSS of the client: %1 MiB").arg(peakRssMiB()));

    worker.quit();
    worker.wait();
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
