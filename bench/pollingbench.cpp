// What a workstation costs the data center in a steady hour of live changes, with and
// without datetime support: two simulators side by side in one run, one full (datetime,
// ETag) and one --minimal (a bare Part 1 server: datetime ignored, no validators, as
// MapServer 8 is), each kept in sync by its own SyncEngine on its normal schedule. The
// hour is compressed: the simulators run `--speed` times faster and the engine's
// intervals are divided by the same factor, so the changes per run are those of the real
// schedule. After the first sync (not counted), it counts the requests and response
// bytes of every run for `--minutes` real minutes and prints them per simulated hour.
// Usage:
//   ioc-polling-bench --sim build/simulator/ioc-datacenter-sim [--minutes 6] [--speed 10]
//                     [--scale 0.2] [--rate 30]

#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/sharedcollections.h"
#include "modulecatalog.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"
#include "syncsetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace ioc;
using namespace std::chrono;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

struct Tally
{
    qint64 requests = 0;
    qint64 bytes = 0;
    int runs = 0;
    int incremental = 0;
    int reconcile = 0;
    int notModified = 0;
    qint64 changed = 0;
};

struct Source
{
    QString name;
    test::SimulatorProcess sim;
    QTemporaryDir dir;
    std::unique_ptr<sync::SyncEngine> engine;
    Tally tally;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOption(
        QStringLiteral("sim"), QStringLiteral("simulator executable"), QStringLiteral("path"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
        QStringLiteral("real minutes measured"), QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        QStringLiteral("simulated seconds per real second"), QStringLiteral("x"),
        QStringLiteral("10"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("simulator --scale"), QStringLiteral("x"), QStringLiteral("0.2"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
        QStringLiteral("live changes per simulated minute"), QStringLiteral("n"),
        QStringLiteral("30"));
    parser.addOptions({ simOption, minutesOption, speedOption, scaleOption, rateOption });
    parser.process(app);
    qputenv("IOC_SIM_EXE", parser.value(simOption).toLocal8Bit());
    const double speed = parser.value(speedOption).toDouble();
    const int minutes = parser.value(minutesOption).toInt();

    core::ModuleRegistry modules;
    QString why;
    if (!app::registerAllModules(modules, &why)) {
        print(why);
        return 1;
    }
    const QStringList collections = modules.allCollections() + core::sharedCollections();
    Source full;
    full.name = QStringLiteral("with datetime + ETag (simulator)");
    Source minimal;
    minimal.name = QStringLiteral("without (--minimal, like MapServer 8)");
    const QStringList common = { QStringLiteral("--scale"), parser.value(scaleOption),
        QStringLiteral("--rate"), parser.value(rateOption), QStringLiteral("--clock-speed"),
        parser.value(speedOption) };
    QString error;
    if (!full.sim.start(common, &error)
        || !minimal.sim.start(common + QStringList { QStringLiteral("--minimal") }, &error)) {
        print(error);
        return 1;
    }
    for (Source *source : { &full, &minimal }) {
        core::LocalCache cache(source->dir.path());
        if (cache.open())
            return 1;
        sync::SyncSettings settings;
        settings.baseUrl = source->sim.url();
        settings.contracts = app::dataContracts(modules);
        // First sync, not counted.
        {
            sync::SyncEngine first(source->dir.path(), settings, collections);
            QEventLoop loop;
            QObject::connect(&first, &sync::SyncEngine::runOnceFinished, &loop, &QEventLoop::quit);
            first.runOnce();
            loop.exec();
        }
        // The real schedule, compressed by the simulators' speed.
        auto scaled = [speed](seconds interval) {
            return seconds(std::max<qint64>(1, static_cast<qint64>(interval.count() / speed)));
        };
        settings.liveInterval = scaled(settings.liveInterval);
        settings.statisticsInterval = scaled(settings.statisticsInterval);
        settings.reconcileEvery = scaled(settings.reconcileEvery);
        source->engine
            = std::make_unique<sync::SyncEngine>(source->dir.path(), settings, collections);
        QObject::connect(source->engine.get(), &sync::SyncEngine::reportReady,
            [source](const sync::SyncReport &report) {
                Tally &t = source->tally;
                t.requests += report.requests;
                t.bytes += report.bytes;
                ++t.runs;
                t.changed += report.inserted + report.updated + report.deleted;
                if (report.outcome == sync::SyncReport::Outcome::NotModified)
                    ++t.notModified;
                else if (report.mode == QLatin1String("incremental"))
                    ++t.incremental;
                else if (report.mode == QLatin1String("reconcile"))
                    ++t.reconcile;
            });
    }
    // Both engines run side by side; the first minute's probes are part of the cost.
    full.engine->start();
    minimal.engine->start();
    QEventLoop loop;
    QTimer::singleShot(minutes * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    full.engine->stop();
    minimal.engine->stop();

    const double hours = minutes * 60.0 * speed / 3600.0;
    print(QStringLiteral("%1 real minutes = %2 simulated hours, %3 collections, scale %4, %5 "
                         "changes per simulated minute")
              .arg(minutes)
              .arg(hours, 0, 'f', 2)
              .arg(collections.size())
              .arg(parser.value(scaleOption), parser.value(rateOption)));
    for (const Source *source : { &full, &minimal }) {
        const Tally &t = source->tally;
        print(QStringLiteral("%1: %2 requests/h, %3 MB/h; runs %4 (incremental %5, not "
                             "modified %6, reconcile %7), %8 features changed")
                  .arg(source->name)
                  .arg(qRound(t.requests / hours))
                  .arg(t.bytes / hours / 1e6, 0, 'f', 2)
                  .arg(t.runs)
                  .arg(t.incremental)
                  .arg(t.notModified)
                  .arg(t.reconcile)
                  .arg(t.changed));
    }
    if (full.tally.bytes > 0)
        print(QStringLiteral("bytes without datetime / with: %1×")
                  .arg(double(minimal.tally.bytes) / full.tally.bytes, 0, 'f', 1));
    return 0;
}
