// Over 600 lines: one fixture, the whole MapServer + PostgreSQL + lighttpd stack; its
// steps (PostgreSQL, the GDAL load, the map file, lighttpd) run in order on one state.

#include "mapserverstack.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ioc::test {

namespace {

constexpr const char *kDatabase = "postgres";
constexpr const char *kRole = "ioc";
constexpr const char *kMapServer = "/usr/lib/cgi-bin/mapserv";
constexpr const char *kTemplates = "/usr/share/mapserver/ogcapi/templates/html-plain/";

bool isRoot()
{
    return ::geteuid() == 0;
}

// The newest /usr/lib/postgresql/N/bin with initdb, or $IOC_PG_BINDIR.
QString postgresBinDir()
{
    const QString overridden = qEnvironmentVariable("IOC_PG_BINDIR");
    if (!overridden.isEmpty())
        return overridden;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

QString postgresVersion(const QString &bin)
{
    // /usr/lib/postgresql/15/bin → 15 (15 when $IOC_PG_BINDIR is elsewhere)
    bool numeric = false;
    const QString version = QFileInfo(QFileInfo(bin).path()).fileName();
    version.toInt(&numeric);
    return numeric ? version : QStringLiteral("15");
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name,
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin") });
    return path;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// Runs a program to its end; false (with what it said) unless it exits 0 in time.
bool run(const QString &program, const QStringList &arguments, QByteArray *output, QString *error,
    int timeoutMs = 120000, const QProcessEnvironment &environment = {},
    const QString &workingDirectory = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 %2: no end after %3 s")
                     .arg(program, arguments.join(QLatin1Char(' ')))
                     .arg(timeoutMs / 1000);
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 exited with %3: %4%5")
                     .arg(program, arguments.join(QLatin1Char(' ')))
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(err).trimmed(),
                         out.isEmpty() ? QString()
                                       : QStringLiteral(" | ") + QString::fromUtf8(out.left(2000)));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines - 1)).join(QLatin1Char('\n'));
}

// A SQL identifier from the mapping file, double-quoted. Our names are plain ASCII, but a
// mapping could use anything.
QString ident(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A value inside a mapfile string ("…"), which has no escapes for a double quote.
QString mapString(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('"'), QLatin1Char('\''));
    return text;
}

QString layerTypeFor(const QStringList &geometryTypes)
{
    // One MapServer layer TYPE per layer. Mixed collections (admin_units: polygons and
    // points) are published as POLYGON; MapServer converts shapes only where it must.
    bool points = false, lines = false, polygons = false;
    for (const QString &type : geometryTypes) {
        if (type.contains(QLatin1String("POINT")))
            points = true;
        else if (type.contains(QLatin1String("LINE")))
            lines = true;
        else if (type.contains(QLatin1String("POLYGON")))
            polygons = true;
    }
    if (polygons)
        return QStringLiteral("POLYGON");
    if (lines)
        return QStringLiteral("LINE");
    Q_UNUSED(points)
    return QStringLiteral("POINT");
}

} // namespace

MapServerStack::MapServerStack()
    : m_mappingFile(qEnvironmentVariable("IOC_SOURCE_DIR")
        + QStringLiteral("/tests/realserver/mapserver-mapping.json"))
{ }

MapServerStack::~MapServerStack()
{
    stop();
}

bool MapServerStack::runningInCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != QLatin1String("0") && ci != QLatin1String("false");
}

QStringList MapServerStack::missingPrograms()
{
    QStringList missing;
    const QString bin = postgresBinDir();
    if (bin.isEmpty()) {
        missing << QStringLiteral("initdb/pg_ctl/postgres (postgresql-15)");
    } else {
        for (const char *program : { "initdb", "pg_ctl", "postgres", "psql" }) {
            if (!QFileInfo(bin + QLatin1Char('/') + QLatin1String(program)).isExecutable())
                missing << QStringLiteral("%1/%2 (postgresql-%3)")
                               .arg(bin, QLatin1String(program), postgresVersion(bin));
        }
        const QString control = QStringLiteral("/usr/share/postgresql/%1/extension/postgis.control")
                                    .arg(postgresVersion(bin));
        if (!QFileInfo::exists(control))
            missing << QStringLiteral("PostGIS for PostgreSQL %1 (postgresql-%1-postgis-3)")
                           .arg(postgresVersion(bin));
    }
    if (findProgram(QStringLiteral("ogr2ogr")).isEmpty())
        missing << QStringLiteral("ogr2ogr (gdal-bin)");
    if (findProgram(QStringLiteral("ogrinfo")).isEmpty())
        missing << QStringLiteral("ogrinfo (gdal-bin)");
    if (findProgram(QStringLiteral("lighttpd")).isEmpty())
        missing << QStringLiteral("lighttpd (lighttpd)");
    if (!QFileInfo(QLatin1String(kMapServer)).isExecutable())
        missing << QStringLiteral("%1 (cgi-mapserver)").arg(QLatin1String(kMapServer));
    if (isRoot()) {
        // initdb refuses to run as root: it runs as the postgres user the package creates.
        if (findProgram(QStringLiteral("runuser")).isEmpty())
            missing << QStringLiteral("runuser (util-linux)");
        if (!::getpwnam("postgres"))
            missing << QStringLiteral("a 'postgres' user to run PostgreSQL as (postgresql-common)");
    }
    return missing;
}

QStringList MapServerStack::asPostgresUser(
    const QString &program, const QStringList &arguments, QString *runProgram) const
{
    if (!isRoot()) {
        *runProgram = program;
        return arguments;
    }
    *runProgram = findProgram(QStringLiteral("runuser"));
    return QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
        program }
    + arguments;
}

QString MapServerStack::tableFor(const QString &collection) const
{
    return m_tables.value(collection, collection);
}

QHash<QString, QString> MapServerStack::propertyRenames(const QString &collection) const
{
    return m_renames.value(collection);
}

QString MapServerStack::connectionString() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3")
        .arg(m_pgPort)
        .arg(QLatin1String(kRole), QLatin1String(kDatabase));
}

bool MapServerStack::sql(const QString &statement, QString *output, QString *error) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGTZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    QByteArray out;
    QString problem;
    const bool ok = run(m_pgBin + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_pgPort),
            QStringLiteral("-U"), QLatin1String(kRole), QStringLiteral("-d"),
            QLatin1String(kDatabase), QStringLiteral("-c"), statement },
        &out, &problem, 120000, environment);
    if (output)
        *output = QString::fromUtf8(out);
    if (!ok && error)
        *error = problem;
    return ok;
}

bool MapServerStack::readMapping(QString *error)
{
    QFile file(m_mappingFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the mapping file %1: %2")
                     .arg(m_mappingFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(m_mappingFile, parseError.errorString());
        return false;
    }
    // Version 1: "properties": {server: ours}. Version 2 ("schemaVersion": 2):
    // {ours: server} or {ours: {"from": server, …}}.
    const bool v2 = root.value(QLatin1String("schemaVersion")).toInt(1) >= 2;
    const QJsonObject collections = root.value(QLatin1String("collections")).toObject();
    for (auto it = collections.constBegin(); it != collections.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            m_tables.insert(it.key(), id);
        const QJsonObject properties = entry.value(QLatin1String("properties")).toObject();
        for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
            if (!v2) {
                if (p.value().isString())
                    m_renames[it.key()].insert(p.key(), p.value().toString());
            } else if (p.value().isString()) {
                m_renames[it.key()].insert(p.value().toString(), p.key());
            } else if (p.value().isObject()
                && p.value().toObject().value(QLatin1String("from")).isString()) {
                m_renames[it.key()].insert(
                    p.value().toObject().value(QLatin1String("from")).toString(), p.key());
            }
        }
    }
    return true;
}

bool MapServerStack::start(const QUrl &simulatorUrl, const QStringList &collections, QString *error)
{
    const QStringList missing = missingPrograms();
    if (!missing.isEmpty()) {
        *error = QStringLiteral("missing: ") + missing.join(QStringLiteral(", "));
        return false;
    }
    if (!readMapping(error))
        return false;
    // As root, PostgreSQL runs as "postgres", which must reach its directory: a private
    // directory under /root (TMPDIR) would not do.
    m_dir = std::make_unique<QTemporaryDir>((isRoot() ? QStringLiteral("/tmp") : QDir::tempPath())
        + QStringLiteral("/ioc-mapserver-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0755);
    m_pgBin = postgresBinDir();
    QByteArray version;
    QString problem;
    if (run(QLatin1String(kMapServer), { QStringLiteral("-v") }, &version, &problem, 20000))
        m_mapserverVersion = QString::fromUtf8(version)
                                 .section(QLatin1Char('\n'), 0, 0)
                                 .section(QStringLiteral(" OUTPUT="), 0, 0)
                                 .trimmed();
    if (!m_mapserverVersion.isEmpty() && !version.contains("SUPPORTS=OGCAPI_SERVER")) {
        *error = QStringLiteral("%1 has no OGC API support: %2")
                     .arg(QLatin1String(kMapServer), QString::fromUtf8(version));
        return false;
    }
    if (!startPostgres(error) || !loadCollections(simulatorUrl, collections, error))
        return false;
    QString layersOgr, layersPostgis;
    for (const QString &collection : collections) {
        if (!prepareLayer(collection, &layersOgr, &layersPostgis, error))
            return false;
    }
    if (!writeConfiguration(layersOgr, layersPostgis, error) || !startLighttpd(error)
        || !waitForCollections(collections, error)) {
        *error += QStringLiteral("\n") + logTail();
        return false;
    }
    return true;
}

bool MapServerStack::startPostgres(QString *error)
{
    const QString pgRoot = m_dir->filePath(QStringLiteral("pg"));
    QDir().mkpath(pgRoot);
    if (isRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user
            || ::chown(QFile::encodeName(pgRoot).constData(), user->pw_uid, user->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(pgRoot);
            return false;
        }
    }
    ::chmod(QFile::encodeName(pgRoot).constData(), 0700);
    const QString data = pgRoot + QStringLiteral("/data");
    QString program;
    QStringList arguments = asPostgresUser(m_pgBin + QStringLiteral("/initdb"),
        { QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
            QStringLiteral("-U"), QLatin1String(kRole), QStringLiteral("-E"),
            QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync") },
        &program);
    QByteArray out;
    // The working directory must be readable by the postgres user too.
    if (!run(program, arguments, &out, error, 120000, {}, pgRoot))
        return false;
    m_pgPort = freePort();
    if (m_pgPort == 0) {
        *error = QStringLiteral("no free port for PostgreSQL");
        return false;
    }
    // A throw-away database: durability off. TimeZone UTC matters: MapServer writes a
    // timestamptz as the session's local time followed by "Z".
    const QString options = QStringLiteral(
        "-p %1 -k '%2' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c TimeZone=UTC -c max_connections=50")
                                .arg(m_pgPort)
                                .arg(pgRoot);
    arguments = asPostgresUser(m_pgBin + QStringLiteral("/pg_ctl"),
        { QStringLiteral("-D"), data, QStringLiteral("-l"),
            pgRoot + QStringLiteral("/postgres.log"), QStringLiteral("-w"), QStringLiteral("-t"),
            QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start") },
        &program);
    if (!run(program, arguments, &out, error, 90000, {}, pgRoot)) {
        *error += QStringLiteral("\n") + tail(pgRoot + QStringLiteral("/postgres.log"), 20);
        return false;
    }
    m_postgresRunning = true;
    return sql(QStringLiteral("CREATE EXTENSION postgis"), nullptr, error);
}

bool MapServerStack::loadCollections(
    const QUrl &simulatorUrl, const QStringList &collections, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const QString ogr2ogr = findProgram(QStringLiteral("ogr2ogr"));
    const QString destination = QStringLiteral("PG:") + connectionString();
    const QString source = QStringLiteral("OAPIF:") + simulatorUrl.toString();
    // Two loads at a time (two cores): GDAL waits on the simulator half the time.
    QList<QProcess *> running;
    QStringList failures;
    auto reap = [&](QProcess *process) {
        process->waitForFinished(600000);
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            failures << QStringLiteral("ogr2ogr %1: %2")
                            .arg(process->property("collection").toString(),
                                QString::fromUtf8(process->readAllStandardError()).trimmed());
        delete process;
    };
    for (const QString &collection : collections) {
        while (running.size() >= 2)
            reap(running.takeFirst());
        auto *process = new QProcess;
        process->setProperty("collection", collection);
        process->setProgram(ogr2ogr);
        process->setArguments({ QStringLiteral("-f"), QStringLiteral("PostgreSQL"), destination,
            source, collection, QStringLiteral("-nln"), tableFor(collection),
            QStringLiteral("-lco"), QStringLiteral("GEOMETRY_NAME=geom"), QStringLiteral("-lco"),
            QStringLiteral("FID=gid"), QStringLiteral("-oo"), QStringLiteral("PAGE_SIZE=5000") });
        process->start();
        running << process;
    }
    while (!running.isEmpty())
        reap(running.takeFirst());
    m_loadSeconds = timer.elapsed() / 1000.0;
    if (!failures.isEmpty()) {
        *error = failures.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

bool MapServerStack::prepareLayer(
    const QString &collection, QString *layerBlockOgr, QString *layerBlockPostgis, QString *error)
{
    const QString table = tableFor(collection);
    // Server-side property names: the mapping's renames, applied to GDAL's columns.
    const QHash<QString, QString> renames = propertyRenames(collection);
    for (auto it = renames.constBegin(); it != renames.constEnd(); ++it) {
        if (!sql(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                     .arg(ident(table), ident(it.value()), ident(it.key())),
                nullptr, error))
            return false;
    }
    QString out;
    if (!sql(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                            "WHERE table_schema = 'public' AND table_name = '%1' "
                            "ORDER BY ordinal_position")
                 .arg(table),
            &out, error))
        return false;
    QHash<QString, QString> types;
    QStringList columns;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char('|'), 0, 0);
        types.insert(name, line.section(QLatin1Char('|'), 1));
        columns << name;
    }
    if (columns.isEmpty()) {
        *error = QStringLiteral("ogr2ogr made no table %1 for %2").arg(table, collection);
        return false;
    }
    m_columnTypes.insert(collection, types);
    const bool hasGeometry = types.contains(QStringLiteral("geom"));
    QStringList geometryTypes;
    qint64 nullGeometries = 0;
    if (hasGeometry) {
        if (!sql(QStringLiteral("SELECT count(*) FILTER (WHERE geom IS NULL), "
                                "string_agg(DISTINCT GeometryType(geom), ',') FROM %1")
                     .arg(ident(table)),
                &out, error))
            return false;
        nullGeometries = out.section(QLatin1Char('|'), 0, 0).toLongLong();
        geometryTypes = out.section(QLatin1Char('|'), 1)
                            .trimmed()
                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    // What MapServer reads: the table, or a view with a stand-in where geometry is NULL.
    QString served = table;
    if (!hasGeometry || nullGeometries > 0) {
        served = table + QStringLiteral("_ms");
        const QString standIn = QStringLiteral("ST_SetSRID(ST_MakePoint(%1, %2), 4326)")
                                    .arg(standInLongitude, 0, 'g', 17)
                                    .arg(standInLatitude, 0, 'g', 17);
        QStringList select;
        for (const QString &column : std::as_const(columns)) {
            if (column != QLatin1String("geom"))
                select << ident(column);
        }
        const QString geometryType
            = geometryTypes.isEmpty() || geometryTypes == QStringList { QStringLiteral("POINT") }
            ? QStringLiteral("Point")
            : QStringLiteral("Geometry");
        select << QStringLiteral("%1::geometry(%2, 4326) AS geom")
                      .arg(
                          hasGeometry ? QStringLiteral("COALESCE(geom, %1)").arg(standIn) : standIn,
                          geometryType);
        if (!sql(QStringLiteral("CREATE VIEW %1 AS SELECT %2 FROM %3")
                     .arg(ident(served), select.join(QStringLiteral(", ")), ident(table)),
                nullptr, error))
            return false;
        m_standIn.insert(collection, served);
        if (geometryTypes.isEmpty())
            geometryTypes << QStringLiteral("POINT");
    }
    QString extent = QStringLiteral("95 0 125 30"); // the region, when the table is empty
    // Padded: MapServer rejects an empty extent (a single point, e.g. all stand-ins).
    if (sql(QStringLiteral("SELECT ST_XMin(e) - 0.001, ST_YMin(e) - 0.001, ST_XMax(e) + 0.001, "
                           "ST_YMax(e) + 0.001 FROM (SELECT ST_Extent(geom) AS e FROM %1) AS x")
                .arg(ident(served)),
            &out, nullptr)) {
        const QStringList parts = out.trimmed().split(QLatin1Char('|'));
        if (parts.size() == 4 && !parts.first().isEmpty())
            extent = parts.join(QLatin1Char(' '));
    }
    const QString type = layerTypeFor(geometryTypes);
    QString metadata = QStringLiteral("    METADATA\n"
                                      "      \"oga_enable_request\" \"*\"\n"
                                      "      \"oga_title\" \"%1\"\n"
                                      "      \"gml_include_items\" \"all\"\n"
                                      "      \"gml_featureid\" \"id\"\n"
                                      "      \"gml_types\" \"auto\"\n")
                           .arg(mapString(table));
    if (m_maxLimit > 0)
        metadata += QStringLiteral("      \"oga_max_limit\" \"%1\"\n").arg(m_maxLimit);
    metadata += QStringLiteral("    END\n");
    const QString common = QStringLiteral("    NAME \"%1\"\n"
                                          "    TYPE %2\n"
                                          "    STATUS ON\n"
                                          "    TEMPLATE \"void\"\n"
                                          "    EXTENT %3\n"
                                          "    PROJECTION \"init=epsg:4326\" END\n")
                               .arg(mapString(table), type, extent);
    // The OGR connection (GDAL's PostgreSQL driver) pages correctly in MapServer 8.0.0;
    // tables= names the one table or view it may see, so opening is one query.
    *layerBlockOgr += QStringLiteral("  LAYER\n") + common
        + QStringLiteral("    CONNECTIONTYPE OGR\n"
                         "    CONNECTION \"PG:%1 tables=%2\"\n"
                         "    DATA \"%2\"\n")
              .arg(connectionString(), mapString(served))
        + metadata + QStringLiteral("  END\n");
    *layerBlockPostgis += QStringLiteral("  LAYER\n") + common
        + QStringLiteral("    CONNECTIONTYPE POSTGIS\n"
                         "    CONNECTION \"%1\"\n"
                         "    DATA \"geom FROM %2 USING UNIQUE gid USING SRID=4326\"\n")
              .arg(connectionString(), mapString(served))
        + metadata + QStringLiteral("  END\n");
    return true;
}

bool MapServerStack::writeConfiguration(
    const QString &layersOgr, const QString &layersPostgis, QString *error)
{
    m_httpPort = freePort();
    if (m_httpPort == 0) {
        *error = QStringLiteral("no free port for lighttpd");
        return false;
    }
    const QString root = QStringLiteral("http://127.0.0.1:%1/cgi-bin/mapserv/").arg(m_httpPort);
    m_baseUrl = QUrl(root + QStringLiteral("ioc/ogcapi"));
    m_postgisBaseUrl = QUrl(root + QStringLiteral("ioc_postgis/ogcapi"));
    const QString dir = m_dir->path();
    auto map = [&](const QString &name, const QUrl &base, const QString &layers) {
        return QStringLiteral("MAP\n"
                              "  NAME \"%1\"\n"
                              "  EXTENT -180 -90 180 90\n"
                              "  PROJECTION \"init=epsg:4326\" END\n"
                              "  WEB\n"
                              "    METADATA\n"
                              "      \"oga_enable_request\" \"*\"\n"
                              "      \"oga_title\" \"IOC test data center (%1)\"\n"
                              "      \"oga_onlineresource\" \"%2\"\n"
                              "    END\n"
                              "  END\n")
                   .arg(name, base.toString())
            + layers + QStringLiteral("END\n");
    };
    const QString config = QStringLiteral("CONFIG\n"
                                          "  ENV\n"
                                          "    OGCAPI_HTML_TEMPLATE_DIRECTORY \"%1\"\n"
                                          "    MS_ERRORFILE \"%2/mapserver.log\"\n"
                                          "  END\n"
                                          "  MAPS\n"
                                          "    ioc \"%2/ioc.map\"\n"
                                          "    ioc_postgis \"%2/ioc_postgis.map\"\n"
                                          "  END\n"
                                          "END\n")
                               .arg(QLatin1String(kTemplates), dir);
    QDir().mkpath(dir + QStringLiteral("/www"));
    const QString lighttpd = QStringLiteral(
        "server.document-root = \"%1/www\"\n"
        "server.bind = \"127.0.0.1\"\n"
        "server.port = %2\n"
        "server.modules = (\"mod_alias\", \"mod_setenv\", \"mod_cgi\")\n"
        "server.errorlog = \"%1/lighttpd.log\"\n"
        "server.max-keep-alive-requests = 1000\n"
        // The whole /cgi-bin/mapserv/… path is the CGI program plus PATH_INFO.
        "alias.url = (\"/cgi-bin/mapserv\" => \"%3\")\n"
        "cgi.assign = (\"\" => \"\")\n"
        "setenv.add-environment = (\"MAPSERVER_CONFIG_FILE\" => \"%1/mapserver.conf\")\n")
                                 .arg(dir)
                                 .arg(m_httpPort)
                                 .arg(QLatin1String(kMapServer));
    return writeFile(dir + QStringLiteral("/ioc.map"),
               map(QStringLiteral("ioc"), m_baseUrl, layersOgr), error)
        && writeFile(dir + QStringLiteral("/ioc_postgis.map"),
            map(QStringLiteral("ioc_postgis"), m_postgisBaseUrl, layersPostgis), error)
        && writeFile(dir + QStringLiteral("/mapserver.conf"), config, error)
        && writeFile(dir + QStringLiteral("/lighttpd.conf"), lighttpd, error);
}

bool MapServerStack::startLighttpd(QString *error)
{
    m_lighttpd.setProgram(findProgram(QStringLiteral("lighttpd")));
    m_lighttpd.setArguments({ QStringLiteral("-D"), QStringLiteral("-f"),
        m_dir->filePath(QStringLiteral("lighttpd.conf")) });
    m_lighttpd.setProcessChannelMode(QProcess::MergedChannels);
    m_lighttpd.start();
    if (!m_lighttpd.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start lighttpd: ") + m_lighttpd.errorString();
        return false;
    }
    return true;
}

bool MapServerStack::waitForCollections(const QStringList &collections, QString *error)
{
    QSet<QString> expected;
    for (const QString &collection : collections)
        expected.insert(tableFor(collection));
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (timer.elapsed() < 30000) {
        if (m_lighttpd.state() != QProcess::Running) {
            *error = QStringLiteral("lighttpd exited: ")
                + QString::fromUtf8(m_lighttpd.readAll()).trimmed();
            return false;
        }
        QNetworkRequest request(QUrl(m_baseUrl.toString() + QStringLiteral("/collections?f=json")));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200) {
            QSet<QString> listed;
            const QJsonArray list = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QLatin1String("collections"))
                                        .toArray();
            for (const QJsonValue &entry : list)
                listed.insert(entry.toObject().value(QLatin1String("id")).toString());
            if (listed == expected)
                return true;
            last = QStringLiteral("listed %1, expected %2")
                       .arg(QStringList(listed.values()).join(QLatin1Char(',')),
                           QStringList(expected.values()).join(QLatin1Char(',')));
        } else {
            last = QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(500)));
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("MapServer did not list the collections within 30 s: ") + last;
    return false;
}

qint64 MapServerStack::postgresPid() const
{
    if (!m_dir || !m_postgresRunning)
        return 0;
    QFile file(m_dir->filePath(QStringLiteral("pg/data/postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

QString MapServerStack::logTail(int lines) const
{
    if (!m_dir)
        return {};
    QString text;
    const QStringList logs = { QStringLiteral("pg/postgres.log"), QStringLiteral("lighttpd.log"),
        QStringLiteral("mapserver.log") };
    for (const QString &log : logs) {
        const QString content = tail(m_dir->filePath(log), lines).trimmed();
        if (!content.isEmpty())
            text += QStringLiteral("--- %1:\n%2\n").arg(log, content);
    }
    return text;
}

void MapServerStack::stop()
{
    if (m_lighttpd.state() != QProcess::NotRunning) {
        m_lighttpd.terminate();
        if (!m_lighttpd.waitForFinished(5000)) {
            m_lighttpd.kill();
            m_lighttpd.waitForFinished(5000);
        }
    }
    if (m_postgresRunning) {
        QString program;
        const QStringList arguments = asPostgresUser(m_pgBin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("pg/data")),
                QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop") },
            &program);
        QString error;
        run(program, arguments, nullptr, &error, 60000, {}, m_dir->filePath(QStringLiteral("pg")));
        m_postgresRunning = false;
    }
    m_dir.reset();
}

} // namespace ioc::test
