// Evaluation time of the default alert rules over a synced cache. Prints medians of:
// the first full evaluation (raises everything), a steady full evaluation (nothing new),
// the time rules on the timer, and incremental evaluation after a sync batch (the most
// recently updated features, reported per collection as sync does). Usage:
//   ioc-alert-bench --sim build/simulator/ioc-datacenter-sim [--scale 5.3] [--keep DIR]
//   ioc-alert-bench --data-dir DIR   (a cache synced before, e.g. with --keep)

#include "alerts/alertengine.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace ioc;

namespace {

const QDateTime kSimNow
    = QDateTime::fromString(QStringLiteral("2026-11-26T00:00:00Z"), Qt::ISODate);

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// CPU time of this thread: on a shared machine wall time also counts other processes.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QStringList allCollections()
{
    QStringList list = alerts::protocolCollections().values();
    list.sort();
    return list;
}

bool syncFromSimulator(const QString &simExe, const QString &scale, const QString &dataDir)
{
    QProcess sim;
    sim.setProgram(simExe);
    sim.setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
        scale, QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--start-time"),
        kSimNow.toString(Qt::ISODate), QStringLiteral("--clock-speed"), QStringLiteral("0") });
    sim.start();
    if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(30000))
        return false;
    const auto match = QRegularExpression(QStringLiteral("listening on (http://\\S+)"))
                           .match(QString::fromUtf8(sim.readAllStandardOutput()));
    if (!match.hasMatch())
        return false;
    sync::SyncSettings settings;
    settings.baseUrl = QUrl(match.captured(1));
    settings.requestTimeout = std::chrono::seconds(60);
    sync::SyncEngine engine(dataDir, settings, allCollections());
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::runOnceFinished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    engine.runOnce();
    loop.exec();
    print(QStringLiteral("synced in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    sim.terminate();
    sim.waitForFinished(5000);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOption(
        QStringLiteral("sim"), QStringLiteral("simulator executable"), QStringLiteral("path"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("simulator --scale"), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
        QStringLiteral("use this synced cache instead of syncing"), QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("sync into this directory and keep it"), QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repetitions"),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
        QStringLiteral("changed features per simulated sync batch"), QStringLiteral("n"),
        QStringLiteral("1000"));
    parser.addOptions({ simOption, scaleOption, dataOption, keepOption, runsOption, batchOption });
    parser.addOption({ QStringLiteral("per-rule"), QStringLiteral("print each rule's time") });
    parser.process(app);

    QTemporaryDir temp;
    QString dataDir = parser.value(dataOption);
    if (dataDir.isEmpty()) {
        dataDir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
        core::LocalCache cache(dataDir);
        if (cache.open()) {
            print(QStringLiteral("cannot open the cache"));
            return 1;
        }
        if (!syncFromSimulator(parser.value(simOption), parser.value(scaleOption), dataDir)) {
            print(QStringLiteral("cannot sync from the simulator (--sim?)"));
            return 1;
        }
    }
    core::LocalCache cache(dataDir);
    if (cache.open()) {
        print(QStringLiteral("cannot open the cache"));
        return 1;
    }
    // A fresh alert state each time: the first evaluation raises everything.
    {
        QSqlQuery clear(cache.operatorStore().connection());
        clear.exec(QStringLiteral("DELETE FROM alerts"));
        clear.exec(QStringLiteral("DELETE FROM alert_history"));
    }
    const qint64 features = cache.features().count(allCollections());
    print(QStringLiteral("cache: %1 features").arg(features));

    alerts::AlertEngine engine(dataDir);
    engine.setRuleDirectories({ QStringLiteral(":/alerts/rules") });
    engine.setClock([] { return kSimNow; });
    engine.setTimeRuleInterval(24 * 3600 * 1000);
    QElapsedTimer timer;
    timer.start();
    engine.start(); // loads rules, evaluates everything once
    const double first = timer.elapsed();
    int open = 0;
    QMap<QString, int> perRule;
    for (const alerts::Alert &a : engine.alerts()) {
        open += a.state != alerts::AlertState::Resolved ? 1 : 0;
        ++perRule[a.ruleId];
    }
    print(QStringLiteral("rules: %1, alerts raised: %2, first full evaluation: %3 ms")
              .arg(engine.rules().size())
              .arg(open)
              .arg(first));
    for (auto it = perRule.begin(); it != perRule.end(); ++it)
        print(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()));

    const int runs = parser.value(runsOption).toInt();
    QList<double> full;
    QList<double> fullCpu;
    QList<double> timed;
    QList<double> timedCpu;
    for (int i = 0; i < runs; ++i) {
        double cpu = cpuMs();
        timer.restart();
        engine.evaluateAll();
        full.append(timer.elapsed());
        fullCpu.append(cpuMs() - cpu);
        cpu = cpuMs();
        timer.restart();
        engine.evaluateTimeRules(kSimNow);
        timed.append(timer.elapsed());
        timedCpu.append(cpuMs() - cpu);
    }
    print(QStringLiteral("full evaluation, steady (median of %1): %2 ms wall, %3 ms CPU")
              .arg(runs)
              .arg(median(full))
              .arg(median(fullCpu), 0, 'f', 0));
    print(QStringLiteral("time rules (median of %1): %2 ms wall, %3 ms CPU")
              .arg(runs)
              .arg(median(timed))
              .arg(median(timedCpu), 0, 'f', 0));
    if (parser.isSet(QStringLiteral("per-rule"))) {
        engine.evaluateAll();
        const auto &micros = engine.lastStats().microsPerRule;
        for (auto it = micros.begin(); it != micros.end(); ++it)
            print(QStringLiteral("  %1: %2 ms").arg(it.key()).arg(it.value() / 1000.0, 0, 'f', 1));
    }

    // A sync batch: the most recently updated features, grouped by collection.
    QMap<QString, QStringList> batch;
    {
        QSqlQuery query(cache.mirror().connection());
        query.prepare(
            QStringLiteral("SELECT collection, id FROM features ORDER BY updated_at DESC LIMIT ?"));
        query.addBindValue(parser.value(batchOption).toInt());
        query.exec();
        while (query.next())
            batch[query.value(0).toString()].append(query.value(1).toString());
    }
    QList<double> incremental;
    QList<double> incrementalCpu;
    for (int i = 0; i < runs; ++i) {
        const double cpu = cpuMs();
        timer.restart();
        for (auto it = batch.begin(); it != batch.end(); ++it)
            engine.onFeaturesChanged(it.key(), it.value(), {});
        incremental.append(timer.elapsed());
        incrementalCpu.append(cpuMs() - cpu);
    }
    QStringList sizes;
    for (auto it = batch.begin(); it != batch.end(); ++it)
        sizes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().size()));
    print(QStringLiteral("sync batch: %1").arg(sizes.join(QStringLiteral(", "))));
    print(QStringLiteral(
        "incremental evaluation after the batch (median of %1): %2 ms wall, %3 ms CPU")
              .arg(runs)
              .arg(median(incremental))
              .arg(median(incrementalCpu), 0, 'f', 0));
    return 0;
}
