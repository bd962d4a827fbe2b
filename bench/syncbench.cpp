// Initial sync of ~1,000,000 features from the simulator on loopback, then an incremental
// sync of live changes into that cache. Prints features/s, peak RSS, the worst stall of
// the main thread's event loop while the engine ingests on its worker thread, and the
// incremental sync time. Usage:
//   ioc-sync-bench --sim build/simulator/ioc-datacenter-sim [--scale 3.5]

#include "core/localcache.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <sys/resource.h>

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
        QStringLiteral("simulator --scale"), QStringLiteral("x"), QStringLiteral("3.5"));
    parser.addOptions({ simOption, scaleOption });
    parser.process(app);

    // Live changes at 1,000 per simulated minute, one simulated minute per real second
    // once the clock runs: the incremental sync then has about 1,000 changes to fetch.
    QProcess sim;
    sim.start(parser.value(simOption),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
            parser.value(scaleOption), QStringLiteral("--rate"), QStringLiteral("1000"),
            QStringLiteral("--clock-speed"), QStringLiteral("60") });
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

    QTemporaryDir dir;
    {
        core::LocalCache cache(dir.path());
        if (cache.open())
            return 1;
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
    settings.pageLimit = 1000;

    QThread worker;
    auto *engine = new sync::SyncEngine(dir.path(), settings, collections);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();

    StallMeter stall;
    stall.start();
    const RunResult initial = runOnce(engine);
    const qint64 initialStall = stall.worstMs();
    print(
        QStringLiteral("initial sync: %1 features in %2 ms = %3 features/s (%4 collections failed)")
            .arg(initial.fetched)
            .arg(initial.ms)
            .arg(initial.fetched * 1000 / std::max<qint64>(1, initial.ms))
            .arg(initial.failed));
    print(
        QStringLiteral("worst main-thread stall during the initial sync: %1 ms").arg(initialStall));

    QThread::msleep(1000); // ≈ 1,000 live changes at the source
    stall.start();
    const RunResult increment = runOnce(engine);
    print(QStringLiteral("incremental sync: %1 fetched, %2 changed, in %3 ms (stall %4 ms)")
              .arg(increment.fetched)
              .arg(increment.changed)
              .arg(increment.ms)
              .arg(stall.worstMs()));
    print(QStringLiteral("peak RSS of the client: %1 MiB").arg(peakRssMiB()));

    worker.quit();
    worker.wait();
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
