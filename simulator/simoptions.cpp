#include "simoptions.h"

#include "generatedcollection.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace ioc::sim {

bool parseOptions(const QStringList &arguments, SimOptions *o, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Simulated Ha Tinh provincial data center: OGC API - Features (GeoJSON) with live changes "
        "and fault injection, for IOC Desktop demos, training and tests."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port (0: pick a free one). Default 8787."), QStringLiteral("n"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        QStringLiteral("Address to listen on. Default 127.0.0.1."), QStringLiteral("addr"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Data seed. Default 1."), QStringLiteral("n"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Volume multiplier (1 = realistic province)."), QStringLiteral("x"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Live changes per simulated minute (0: static). Default 30."),
        QStringLiteral("n"));
    const QCommandLineOption token(
        QStringLiteral("token"), QStringLiteral("Require this bearer token."), QStringLiteral("t"));
    const QCommandLineOption roToken(QStringLiteral("readonly-token"),
        QStringLiteral("A second token that may read but not write (403 on PUT)."),
        QStringLiteral("t"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QStringLiteral("Delay every response."), QStringLiteral("ms"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
        QStringLiteral("Share of requests answered 500/502/503."), QStringLiteral("p"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
        QStringLiteral("Share of responses cut mid-body."), QStringLiteral("p"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
        QStringLiteral("Share of feature responses made malformed."), QStringLiteral("p"));
    const QCommandLineOption throttle(QStringLiteral("throttle"),
        QStringLiteral("Requests per simulated second before 429 + Retry-After."),
        QStringLiteral("n"));
    const QCommandLineOption minimal(
        QStringLiteral("minimal"), QStringLiteral("Behave like a bare Part 1 Core server."));
    const QCommandLineOption idMap(QStringLiteral("id-map"),
        QStringLiteral("JSON object {\"our_id\": \"served_id\"} (with --minimal)."),
        QStringLiteral("file"));
    const QCommandLineOption pageCap(QStringLiteral("page-cap"),
        QStringLiteral("Page-size cap in --minimal mode. Default 250."), QStringLiteral("n"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        QStringLiteral("Directory of the SQLite state (written collections). Default: in memory."),
        QStringLiteral("dir"));
    const QCommandLineOption geoDir(QStringLiteral("geo-dir"),
        QStringLiteral("Directory with hatinh_*.geojson. Default: built in."),
        QStringLiteral("dir"));
    const QCommandLineOption start(QStringLiteral("start-time"),
        QStringLiteral("Simulated start (RFC 3339, UTC); history ends here. Default: now."),
        QStringLiteral("time"));
    const QCommandLineOption speed(QStringLiteral("clock-speed"),
        QStringLiteral("Simulated seconds per real second (0 freezes). Default 1."),
        QStringLiteral("x"));
    const QCommandLineOption testControl(QStringLiteral("test-control"),
        QStringLiteral("For tests: serve GET /_test/deliveries (every PUT received, per item id) "
                       "and POST /_test/clock?advance=SECONDS (step the simulated clock)."));
    p.addOptions({ port, bind, seed, scale, rate, token, roToken, latency, errorRate, dropRate,
        malformedRate, throttle, minimal, idMap, pageCap, stateDir, geoDir, start, speed,
        testControl });
    p.process(arguments);

    bool ok = true;
    const auto num = [&](const QCommandLineOption &opt, auto current, double lo, double hi) {
        using T = decltype(current);
        if (!p.isSet(opt))
            return current;
        bool good = false;
        const double v = p.value(opt).toDouble(&good);
        if (!good || v < lo || v > hi) {
            ok = false;
            *error = QStringLiteral("invalid --%1: %2").arg(opt.names().constFirst(), p.value(opt));
            return current;
        }
        return T(v);
    };
    o->port = num(port, o->port, 0, 65535);
    o->seed = num(seed, o->seed, 0, 9.0e15);
    o->scale = num(scale, o->scale, 0.001, 1000);
    o->rate = num(rate, o->rate, 0, 1.0e6);
    o->faults.latencyMs = num(latency, o->faults.latencyMs, 0, 600000);
    o->faults.errorRate = num(errorRate, o->faults.errorRate, 0, 1);
    o->faults.dropRate = num(dropRate, o->faults.dropRate, 0, 1);
    o->faults.malformedRate = num(malformedRate, o->faults.malformedRate, 0, 1);
    o->faults.throttlePerSecond = num(throttle, o->faults.throttlePerSecond, 0, 1.0e6);
    o->pageCap = num(pageCap, o->pageCap, 1, 1.0e6);
    o->clockSpeed = num(speed, o->clockSpeed, 0, 1.0e6);
    if (!ok)
        return false;
    if (p.isSet(bind) && !o->bind.setAddress(p.value(bind))) {
        *error = QStringLiteral("invalid --bind: %1").arg(p.value(bind));
        return false;
    }
    if (p.isSet(start)) {
        o->startMs = msFromIso(p.value(start));
        if (o->startMs < 0) {
            *error = QStringLiteral("invalid --start-time: %1").arg(p.value(start));
            return false;
        }
    }
    o->token = p.value(token);
    o->readOnlyToken = p.value(roToken);
    o->minimal = p.isSet(minimal);
    o->testControl = p.isSet(testControl);
    o->idMapFile = p.value(idMap);
    o->stateDir = p.value(stateDir);
    o->geoDir = p.value(geoDir);
    return true;
}

} // namespace ioc::sim
