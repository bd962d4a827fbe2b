// First sync from a real third-party server, ours against GDAL: the MapServer 8 +
// PostGIS stack of tests/realserver (loaded from the simulator by GDAL), then, in the
// same run and alternating, `ioc-desktop --sync-once` into an empty data directory and
// `ogr2ogr -f GPKG out.gpkg OAPIF:<base>` (every layer), both asking for the same page
// size. Prints each run, the medians and the ratio, with the CPU time of the client, of
// MapServer (the CGI runs lighttpd reaped) and of PostgreSQL (the backends the
// postmaster reaped), since the server's share of the wall time is large here: MapServer
// pages OGR layers by re-reading the table up to the page (tests/tst_realserver.cpp).
// Usage:
//   ioc-realserver-bench --sim build/simulator/ioc-datacenter-sim --desktop build/app/ioc-desktop
//                        [--scale 1] [--runs 3] [--page 10000]

#include "realserver/mapserverstack.h"
#include "simulatorprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace ioc;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// CPU seconds of this process's waited-for children.
double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds another process's waited-for children have used (Linux /proc cutime +
// cstime); -1 if unknown.
double reapedChildrenCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return -1;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.at(13).toLongLong() + fields.at(14).toLongLong()) / ticks;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Sample
{
    double wall = 0, clientCpu = 0, mapserverCpu = 0, postgresCpu = 0;
    qint64 features = 0;
    int exitCode = -1;
};

class Meter
{
public:
    explicit Meter(const test::MapServerStack &stack)
        : m_stack(stack)
        , m_client(childrenCpuSeconds())
        , m_mapserver(reapedChildrenCpuSeconds(stack.lighttpdPid()))
        , m_postgres(reapedChildrenCpuSeconds(stack.postgresPid()))
    {
        m_timer.start();
    }
    void finish(Sample *sample) const
    {
        sample->wall = m_timer.elapsed() / 1000.0;
        sample->clientCpu = childrenCpuSeconds() - m_client;
        sample->mapserverCpu = reapedChildrenCpuSeconds(m_stack.lighttpdPid()) - m_mapserver;
        sample->postgresCpu = reapedChildrenCpuSeconds(m_stack.postgresPid()) - m_postgres;
    }

private:
    const test::MapServerStack &m_stack;
    QElapsedTimer m_timer;
    double m_client, m_mapserver, m_postgres;
};

int runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, QString *output)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return -1;
    }
    process.waitForFinished(-1);
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Rows in a SQLite file: features of our mirror, or every layer table of a GeoPackage.
qint64 countRows(const QString &file, bool geopackage)
{
    qint64 rows = -1;
    const QString name = QStringLiteral("count-") + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (!geopackage) {
                if (query.exec(QStringLiteral("SELECT count(*) FROM features")) && query.next())
                    rows = query.value(0).toLongLong();
            } else if (query.exec(QStringLiteral("SELECT table_name FROM gpkg_contents"))) {
                QStringList tables;
                while (query.next())
                    tables << query.value(0).toString();
                rows = 0;
                for (const QString &table : std::as_const(tables)) {
                    QSqlQuery count(db);
                    if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                        && count.next())
                        rows += count.value(0).toLongLong();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString describe(const QString &who, int run, const Sample &s)
{
    return QStringLiteral("%1 run %2: %3 s wall, CPU %4 s client, %5 s MapServer, %6 s "
                          "PostgreSQL, %7 features, exit %8")
        .arg(who)
        .arg(run)
        .arg(s.wall, 0, 'f', 1)
        .arg(s.clientCpu, 0, 'f', 1)
        .arg(s.mapserverCpu, 0, 'f', 1)
        .arg(s.postgresCpu, 0, 'f', 1)
        .arg(s.features)
        .arg(s.exitCode);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOption(
        QStringLiteral("sim"), QStringLiteral("simulator executable"), QStringLiteral("path"));
    const QCommandLineOption desktopOption(QStringLiteral("desktop"),
        QStringLiteral("ioc-desktop executable"), QStringLiteral("path"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("simulator --scale"), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("timed runs of each client"), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("page size both clients ask for (MapServer serves at most 10000 "
                       "unless told otherwise; the stack is told this)"),
        QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOptions({ simOption, desktopOption, scaleOption, runsOption, pageOption });
    parser.process(app);
    const QString desktop = parser.value(desktopOption);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int page = qMax(1, parser.value(pageOption).toInt());
    if (parser.value(simOption).isEmpty() || desktop.isEmpty()) {
        print(QStringLiteral("--sim and --desktop are required"));
        return 2;
    }
    const QStringList missing = test::MapServerStack::missingPrograms();
    if (!missing.isEmpty()) {
        print(QStringLiteral("not installed: ") + missing.join(QStringLiteral(", ")));
        return 1;
    }
    qputenv("IOC_SIM_EXE", QFile::encodeName(parser.value(simOption)));
    const QString source = QStringLiteral(IOC_SOURCE_DIR);

    test::SimulatorProcess sim;
    QString error;
    if (!sim.start(
            { QStringLiteral("--start-time"), QStringLiteral("2026-11-26T00:00:00Z"),
                QStringLiteral("--clock-speed"), QStringLiteral("0"), QStringLiteral("--rate"),
                QStringLiteral("0"), QStringLiteral("--scale"), parser.value(scaleOption) },
            &error)) {
        print(error);
        return 1;
    }
    // Every collection the simulator has features in (the op_* ones are written by
    // clients and empty: our client finds them missing at this server).
    QStringList collections;
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(sim.url().toString() + QStringLiteral("/collections"))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("collections"))
                                    .toArray();
        reply->deleteLater();
        for (const QJsonValue &value : list) {
            const QJsonObject collection = value.toObject();
            if (collection.value(QLatin1String("ioc:featureCount")).toDouble() > 0)
                collections << collection.value(QLatin1String("id")).toString();
        }
    }
    if (collections.isEmpty()) {
        print(QStringLiteral("the simulator lists no collections"));
        return 1;
    }

    // The test's mapping (renamed tables and properties) with the benchmark's page size.
    QTemporaryDir dir;
    QJsonObject mapping;
    {
        QFile file(source + QStringLiteral("/tests/realserver/mapserver-mapping.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            print(QStringLiteral("cannot read ") + file.fileName());
            return 1;
        }
        mapping = QJsonDocument::fromJson(file.readAll()).object();
    }
    mapping.insert(QStringLiteral("pageLimit"), page);
    // Every collection the stack serves is synced (the test's file turns off the ones its
    // smaller stack lacks); the ones it does not serve (written by clients) are off, so
    // both clients read the same layers.
    {
        QJsonObject entries = mapping.value(QLatin1String("collections")).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            QJsonObject entry = it.value().toObject();
            if (collections.contains(it.key()))
                entry.remove(QLatin1String("enabled"));
            else
                entry.insert(QStringLiteral("enabled"), false);
            *it = entry;
        }
        mapping.insert(QStringLiteral("collections"), entries);
    }
    const QString mappingFile = dir.filePath(QStringLiteral("mapping.json"));
    {
        QFile file(mappingFile);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QJsonDocument(mapping).toJson());
    }

    test::MapServerStack stack;
    stack.setMappingFile(mappingFile);
    if (page > 10000)
        stack.setMaxLimit(page);
    QElapsedTimer timer;
    timer.start();
    if (!stack.start(sim.url(), collections, &error)) {
        print(error);
        return 1;
    }
    sim.stop();
    QString out;
    stack.sql(QStringLiteral("SELECT sum(n_live_tup) FROM pg_stat_user_tables "
                             "WHERE relname <> 'spatial_ref_sys'"),
        &out, &error);
    print(QStringLiteral("%1; %2 collections, %3 rows in PostGIS (loaded by ogr2ogr in %4 s, "
                         "stack up in %5 s); page size %6")
              .arg(stack.mapserverVersion())
              .arg(collections.size())
              .arg(out.trimmed())
              .arg(stack.loadSeconds(), 0, 'f', 1)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              .arg(page));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("IOC_NO_KEYRING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    QList<Sample> ours, gdal;
    for (int run = 1; run <= runs; ++run) {
        const QString dataDir = dir.filePath(QStringLiteral("data-%1").arg(run));
        Sample sample;
        {
            const Meter meter(stack);
            sample.exitCode = runProcess(desktop,
                { QStringLiteral("--sync-once"), QStringLiteral("--data-dir"), dataDir,
                    QStringLiteral("--data-center"), stack.baseUrl().toString(),
                    QStringLiteral("--mapping"), mappingFile },
                environment, &out);
            meter.finish(&sample);
        }
        sample.features = countRows(dataDir + QStringLiteral("/mirror.sqlite"), false);
        print(describe(QStringLiteral("ioc-desktop --sync-once"), run, sample));
        if (run == 1) {
            for (const QString &line : out.split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String(" synced "))
                    || line.contains(QLatin1String("failed")))
                    print(QStringLiteral("  ") + line);
            }
        }
        ours << sample;
        QDir(dataDir).removeRecursively();

        const QString gpkg = dir.filePath(QStringLiteral("out-%1.gpkg").arg(run));
        sample = Sample();
        {
            const Meter meter(stack);
            sample.exitCode = runProcess(ogr2ogr,
                { QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg,
                    QStringLiteral("OAPIF:") + stack.baseUrl().toString(), QStringLiteral("-oo"),
                    QStringLiteral("PAGE_SIZE=%1").arg(page) },
                QProcessEnvironment::systemEnvironment(), &out);
            meter.finish(&sample);
        }
        sample.features = countRows(gpkg, true);
        print(describe(QStringLiteral("ogr2ogr -f GPKG"), run, sample));
        if (sample.exitCode != 0)
            print(QStringLiteral("  ") + out.left(2000));
        gdal << sample;
        QFile::remove(gpkg);
    }

    auto medianOf = [](const QList<Sample> &samples, double Sample::*field) {
        QList<double> values;
        for (const Sample &sample : samples)
            values << sample.*field;
        return median(values);
    };
    for (const auto &[who, samples] : { std::pair { QStringLiteral("ioc-desktop"), ours },
             std::pair { QStringLiteral("ogr2ogr"), gdal } }) {
        print(
            QStringLiteral("median %1: %2 s wall, CPU %3 s client, %4 s MapServer, %5 s PostgreSQL")
                .arg(who)
                .arg(medianOf(samples, &Sample::wall), 0, 'f', 1)
                .arg(medianOf(samples, &Sample::clientCpu), 0, 'f', 1)
                .arg(medianOf(samples, &Sample::mapserverCpu), 0, 'f', 1)
                .arg(medianOf(samples, &Sample::postgresCpu), 0, 'f', 1));
    }
    const double oursWall = medianOf(ours, &Sample::wall);
    const double gdalWall = medianOf(gdal, &Sample::wall);
    const double oursCpu = medianOf(ours, &Sample::clientCpu);
    const double gdalCpu = medianOf(gdal, &Sample::clientCpu);
    print(QStringLiteral("ratio ogr2ogr / ioc-desktop: %1× wall, %2× client CPU")
              .arg(oursWall > 0 ? gdalWall / oursWall : 0, 0, 'f', 2)
              .arg(oursCpu > 0 ? gdalCpu / oursCpu : 0, 0, 'f', 2));
    return 0;
}
