#pragma once

// A real third-party OGC API – Features server for tests and benchmarks, started on
// loopback free ports in a temporary directory and stopped afterwards:
//
//   simulator ──GDAL ogr2ogr──▶ PostgreSQL 15 + PostGIS 3 ──▶ MapServer 8 (CGI) ──▶ lighttpd
//
// Each collection is copied from a running ioc-datacenter-sim into a PostGIS table named
// as the mapping file says (collections.<ours>.id), with the server-side property names
// that file maps to ours (so the client's mapping is exercised), and published as one
// MapServer layer of that name. What MapServer 8.0.0 (Debian 12) does and does not do
// is listed at the top of tests/tst_realserver.cpp; two things shape this class:
//  - Native POSTGIS layers ignore `offset` (every page is the first one, MapServer
//    issue 6613, fixed in 8.0.1), so the main map, baseUrl(), reads the same tables
//    through MapServer's OGR connection (GDAL's PostgreSQL driver), which pages
//    correctly. postgisBaseUrl() serves the same tables as native POSTGIS layers (the
//    straightforward configuration) for tests that document the difference.
//  - MapServer answers every items request with a bounding-box query, which never
//    matches a NULL geometry: features without geometry would silently not exist. A
//    table with NULL geometries (or none at all) is therefore published through a view
//    that puts a stand-in point (standInLongitude/Latitude) where the geometry is NULL,
//    the usual workaround for MapServer. The table itself keeps its NULLs.

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace ioc::test {

class MapServerStack
{
public:
    // Where the stand-in geometry of geometry-less features is (Hà Tĩnh city).
    static constexpr double standInLongitude = 105.9;
    static constexpr double standInLatitude = 18.34;

    MapServerStack();
    ~MapServerStack();
    MapServerStack(const MapServerStack &) = delete;
    MapServerStack &operator=(const MapServerStack &) = delete;

    // The programs start() needs that this machine lacks, each as "what (Debian package)";
    // empty when everything is there.
    static QStringList missingPrograms();
    // CI=true (any value but empty, "0" or "false"): a missing program is a failure there.
    static bool runningInCi();

    // The mapping file that names the server's tables and properties. Default:
    // $IOC_SOURCE_DIR/tests/realserver/mapserver-mapping.json.
    void setMappingFile(const QString &path) { m_mappingFile = path; }
    QString mappingFile() const { return m_mappingFile; }
    // Collections listed by limit= on MapServer's side ("oga_max_limit"; MapServer's
    // default is 10000). 0 = leave the default.
    void setMaxLimit(int limit) { m_maxLimit = limit; }

    // Loads `collections` (our ids) from the simulator at simulatorUrl and starts
    // everything. Returns false with the reason (and the relevant log lines) in *error.
    bool start(const QUrl &simulatorUrl, const QStringList &collections, QString *error);
    void stop();

    // The OGC API landing page, e.g. http://127.0.0.1:PORT/cgi-bin/mapserv/ioc/ogcapi.
    QUrl baseUrl() const { return m_baseUrl; }
    // The same tables as native POSTGIS layers (offset ignored by MapServer 8.0.0).
    QUrl postgisBaseUrl() const { return m_postgisBaseUrl; }

    // The server's collection (table and layer) name of one of our collections.
    QString tableFor(const QString &collection) const;
    // Server property name → ours, for one of our collections (only renamed ones).
    QHash<QString, QString> propertyRenames(const QString &collection) const;
    // Whether the collection's layer is served through the stand-in-geometry view.
    bool servedWithStandIn(const QString &collection) const
    {
        return m_standIn.contains(collection);
    }
    // Column name → PostgreSQL data_type (information_schema) of a collection's table.
    QHash<QString, QString> columnTypes(const QString &collection) const
    {
        return m_columnTypes.value(collection);
    }

    // libpq connection string of the database ("host=127.0.0.1 port=… user=ioc dbname=…").
    QString connectionString() const;
    // Runs psql -At (unaligned, tuples only, ON_ERROR_STOP, TimeZone UTC) with `statement`.
    bool sql(const QString &statement, QString *output, QString *error) const;

    // The version line of `mapserv -v` (e.g. "MapServer version 8.0.0 …").
    QString mapserverVersion() const { return m_mapserverVersion; }
    // The last lines of the PostgreSQL, lighttpd and MapServer logs, for failure messages.
    QString logTail(int lines = 20) const;
    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    // Seconds start() spent loading the collections with ogr2ogr.
    double loadSeconds() const { return m_loadSeconds; }
    // Process ids, for a benchmark to read the CPU time of the server side: lighttpd's
    // reaped children are the MapServer CGI runs, the postmaster's are the backends.
    qint64 lighttpdPid() const { return m_lighttpd.processId(); }
    qint64 postgresPid() const;

private:
    struct Tools;
    bool readMapping(QString *error);
    bool startPostgres(QString *error);
    bool loadCollections(const QUrl &simulatorUrl, const QStringList &collections, QString *error);
    bool prepareLayer(const QString &collection, QString *layerBlockOgr, QString *layerBlockPostgis,
        QString *error);
    bool writeConfiguration(const QString &layersOgr, const QString &layersPostgis, QString *error);
    bool startLighttpd(QString *error);
    bool waitForCollections(const QStringList &collections, QString *error);
    QStringList asPostgresUser(
        const QString &program, const QStringList &arguments, QString *runProgram) const;

    QString m_mappingFile;
    int m_maxLimit = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgBin;
    int m_pgPort = 0;
    bool m_postgresRunning = false;
    int m_httpPort = 0;
    QProcess m_lighttpd;
    QUrl m_baseUrl;
    QUrl m_postgisBaseUrl;
    QString m_mapserverVersion;
    double m_loadSeconds = 0;
    QHash<QString, QString> m_tables; // ours → server table
    QHash<QString, QHash<QString, QString>> m_renames; // ours → (server property → ours)
    QHash<QString, QHash<QString, QString>> m_columnTypes;
    QHash<QString, QString> m_standIn; // ours → view name
};

} // namespace ioc::test
