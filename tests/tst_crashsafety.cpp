// Crash safety, proven by doing it: `ioc-desktop --sync-once` and `ioc-datacenter-sim` run
// as child processes, and the desktop is killed with SIGKILL at random moments (seeded:
// IOC_CRASH_SEED=<n> repeats the moments, not the machine's timing), its cache checked
// after every kill. Then the outbox through kills (each operator action reaches the center
// once), and a disk that fills up during a sync (a small tmpfs; needs root).
//
// The simulator runs with a frozen clock (--clock-speed 0) that only the test steps
// (--test-control: POST /_test/clock), so the source holds still while the cache is
// compared with it, and GET /_test/deliveries counts every PUT it received per item.
//
// Over 600 lines: one QtTest executable around one expensive fixture (the simulator and
// desktop child processes and the kill loop that drives them), shared by its tests.

#include "core/localcache.h"
#include "core/outboxstore.h"
#include "core/sqlitestatement.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <sqlite3.h>
#include <sys/types.h>
#include <unistd.h>

using namespace ioc;

namespace {

// The simulated "now": fixed, so the dataset (and so the timings) are the same each run.
const QString kStartTime = QStringLiteral("2026-11-26T00:00:00Z");
// The smallest volume the simulator offers: the record collections shrink, the entity and
// statistics ones stay realistic (about 125,000 features in all).
const QString kScale = QStringLiteral("0.001");
constexpr int kKills = 50;
// Every wait has a bound; a full first sync takes a few seconds here.
constexpr int kRunLimitMs = 120000;

quint32 crashSeed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("IOC_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnvironment : QRandomGenerator::global()->generate() % 1000000;
}

// ---- the desktop as a child process --------------------------------------------------

// What a failed run said, without the routine per-collection log lines: QtTest cuts a
// failure message at about 1,000 characters, and the reason is at the end.
QString failureLines(const QString &output)
{
    QStringList kept;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("ioc.sync: "))
            && (line.contains(QLatin1String(" synced "))
                || line.contains(QLatin1String(" not modified "))))
            continue;
        if (line.startsWith(QLatin1String("QStandardPaths: ")))
            continue;
        kept.append(line);
    }
    return kept.mid(std::max<qsizetype>(0, kept.size() - 25)).join(QLatin1Char('\n'));
}

struct RunResult
{
    bool killed = false; // SIGKILLed by us; otherwise it exited by itself
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString output; // stdout + stderr
    bool mirrorWriteOpen = false; // at the kill, a write transaction held the mirror
    bool operatorWriteOpen = false; // …or the operator store
};

struct DesktopSetup
{
    QString dataDir;
    QString configDir;
    QUrl dataCenter;
    QString tokenFile;
    QString mappingFile;
};

QProcessEnvironment desktopEnvironment(const DesktopSetup &setup)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("IOC_NO_KEYRING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), setup.configDir);
    return environment;
}

QStringList syncOnceArguments(const DesktopSetup &setup)
{
    QStringList arguments { QStringLiteral("--sync-once"), QStringLiteral("--data-dir"),
        setup.dataDir, QStringLiteral("--data-center"), setup.dataCenter.toString(),
        QStringLiteral("--language"), QStringLiteral("en") };
    if (!setup.tokenFile.isEmpty())
        arguments << QStringLiteral("--token-file") << setup.tokenFile;
    if (!setup.mappingFile.isEmpty())
        arguments << QStringLiteral("--mapping") << setup.mappingFile;
    return arguments;
}

// Opens a connection of the test's that never checkpoints on close: even as the last
// connection it leaves the WAL as the app left it, for the app's next run to recover.
bool openWithoutCheckpoint(QSqlDatabase &db, const QString &path, bool readOnly)
{
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return false;
    sqlite3 *handle = core::sqliteHandle(db);
    return handle
        && sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK;
}

// Tries to take the write lock of a database without waiting: busy means another process
// (the stopped child) has a write transaction open.
bool writeTransactionOpen(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    static int counter = 0;
    const QString name = QStringLiteral("crash-lockprobe-%1").arg(++counter);
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (openWithoutCheckpoint(db, path, false)) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            busy = !query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!busy)
                query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return busy;
}

// Runs `--sync-once`; if it has not exited after killAfterMs (< 0: never), stops it,
// looks at which write transactions it holds, and SIGKILLs it.
RunResult runSyncOnce(const DesktopSetup &setup, qint64 killAfterMs)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("IOC_DESKTOP_EXE"));
    process.setArguments(syncOnceArguments(setup));
    process.setProcessEnvironment(desktopEnvironment(setup));
    process.setProcessChannelMode(QProcess::MergedChannels);
    RunResult result;
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        result.output = QStringLiteral("cannot start: ") + process.errorString();
        return result;
    }
    const int wait = killAfterMs < 0 ? kRunLimitMs : static_cast<int>(killAfterMs);
    const bool exited = process.waitForFinished(wait);
    result.elapsedMs = timer.elapsed();
    if (!exited) {
        // Frozen where the moment caught it, so the probe sees the child's locks as they
        // were; then the kill, which a stopped process cannot delay.
        ::kill(static_cast<pid_t>(process.processId()), SIGSTOP);
        const QDir dir(setup.dataDir);
        result.mirrorWriteOpen
            = writeTransactionOpen(dir.filePath(QStringLiteral("mirror.sqlite")));
        result.operatorWriteOpen
            = writeTransactionOpen(dir.filePath(QStringLiteral("operator.sqlite")));
        process.kill(); // SIGKILL
        process.waitForFinished(10000);
        result.killed = killAfterMs >= 0;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// ---- checking SQLite files ------------------------------------------------------------

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Every SQLite database in a directory, found by its header (not by its name), so a file
// the app adds later is checked too.
QStringList sqliteFilesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("-wal")) && !path.endsWith(QLatin1String("-shm"))
            && isSqliteFile(path))
            files.append(path);
    }
    files.sort();
    return files;
}

// PRAGMA integrity_check on a read-only connection: it never checkpoints or deletes the
// WAL on close, so the next run recovers the files exactly as the killed one left them.
QString integrityOf(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-integrity-%1").arg(++counter);
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!openWithoutCheckpoint(db, path, true)) {
            verdict = QStringLiteral("cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                verdict = QStringLiteral("cannot check: ") + query.lastError().text();
            QStringList rows;
            while (query.next())
                rows.append(query.value(0).toString());
            if (verdict.isEmpty())
                verdict = rows.join(QLatin1String("; "));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

// "" when every SQLite file in dir passes and nothing was moved aside as corrupt; else
// what failed.
QString cacheDamage(const QString &dir, int expectedFiles)
{
    QStringList problems;
    const QStringList files = sqliteFilesIn(dir);
    if (files.size() < expectedFiles)
        problems.append(QStringLiteral("%1 SQLite files, expected %2: %3")
                            .arg(files.size())
                            .arg(expectedFiles)
                            .arg(files.join(QLatin1String(", "))));
    for (const QString &file : files) {
        const QString verdict = integrityOf(file);
        if (verdict != QLatin1String("ok"))
            problems.append(QFileInfo(file).fileName() + QStringLiteral(": ") + verdict);
    }
    const QStringList aside = QDir(dir).entryList({ QStringLiteral("*.corrupt-*") }, QDir::Files);
    if (!aside.isEmpty())
        problems.append(
            QStringLiteral("moved aside as corrupt: ") + aside.join(QLatin1String(", ")));
    return problems.join(QLatin1String(" | "));
}

// A copy of a database with one page in the middle overwritten, as a torn write would
// leave it: what integrityOf() must not call "ok".
QString tornCopyOf(const QString &path, const QString &dir)
{
    QDir().mkpath(dir);
    const QString copy = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    if (!QFile::copy(path, copy) || !QFile::copy(path + QLatin1String("-wal"), copy + "-wal"))
        QFile::copy(path, copy);
    QFile file(copy);
    if (file.open(QIODevice::ReadWrite)) {
        file.seek((file.size() / 4096 / 2) * 4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    return dir;
}

// ---- comparing the cache with the source ----------------------------------------------

// One feature's content, as both sides are compared: geometry and properties through the
// same JSON writer (QJsonObject sorts keys), hashed.
QByteArray contentDigest(const QJsonValue &geometry, const QJsonObject &properties)
{
    const QJsonObject content { { QStringLiteral("geometry"), geometry },
        { QStringLiteral("properties"), properties } };
    return QCryptographicHash::hash(
        QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
}

QJsonObject getJson(QNetworkAccessManager &network, const QUrl &url, const QString &token,
    const QByteArray &method = "GET", int *status = nullptr)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = network.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return root;
}

QString featureId(const QJsonValue &id)
{
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}

using Digests = QHash<QString, QByteArray>; // feature id -> content digest

// What the simulator serves for a collection, read page by page like any client.
Digests sourceDigests(const QUrl &base, const QString &collection, const QString &token)
{
    Digests digests;
    QNetworkAccessManager network;
    QUrl next
        = base.resolved(QUrl(QStringLiteral("/collections/%1/items?limit=10000").arg(collection)));
    for (int page = 0; page < 1000 && next.isValid() && !next.isEmpty(); ++page) {
        const QJsonObject root = getJson(network, next, token);
        for (const QJsonValue &value : root.value(QLatin1String("features")).toArray()) {
            const QJsonObject feature = value.toObject();
            digests.insert(featureId(feature.value(QLatin1String("id"))),
                contentDigest(feature.value(QLatin1String("geometry")),
                    feature.value(QLatin1String("properties")).toObject()));
        }
        next = QUrl();
        for (const QJsonValue &link : root.value(QLatin1String("links")).toArray()) {
            if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                next = QUrl(link.toObject().value(QLatin1String("href")).toString());
        }
    }
    return digests;
}

QStringList servedCollections(const QUrl &base, const QString &token)
{
    QNetworkAccessManager network;
    QStringList ids;
    const QJsonObject root
        = getJson(network, base.resolved(QUrl(QStringLiteral("/collections"))), token);
    for (const QJsonValue &c : root.value(QLatin1String("collections")).toArray())
        ids.append(c.toObject().value(QLatin1String("id")).toString());
    ids.sort();
    return ids;
}

// Runs fn with a read-only connection to an SQLite file.
template<typename Fn> void withReadOnly(const QString &path, Fn fn)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-read-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (openWithoutCheckpoint(db, path, true))
            fn(db);
        else
            qWarning() << "cannot open" << path << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QHash<QString, Digests> cacheDigests(const QString &mirrorPath)
{
    QHash<QString, Digests> byCollection;
    withReadOnly(mirrorPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT collection, id, geometry, properties FROM features"));
        while (query.next()) {
            const QJsonValue geometry = query.value(2).isNull()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonDocument::fromJson(query.value(2).toByteArray()).object());
            byCollection[query.value(0).toString()].insert(query.value(1).toString(),
                contentDigest(
                    geometry, QJsonDocument::fromJson(query.value(3).toByteArray()).object()));
        }
    });
    return byCollection;
}

// What an interrupted first sync or run may leave behind and a complete run must clear:
// deferred search and projection work, quarantined features (the source is clean), and
// runs still marked open.
QString leftoverWork(const QString &mirrorPath)
{
    QStringList left;
    withReadOnly(mirrorPath, [&](QSqlDatabase &db) {
        for (const QString &table : { QStringLiteral("bulk_load"), QStringLiteral("search_backlog"),
                 QStringLiteral("quarantine") }) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
                left.append(table + QStringLiteral(": ") + query.lastError().text());
            else if (query.value(0).toInt() > 0)
                left.append(QStringLiteral("%1 rows in %2").arg(query.value(0).toInt()).arg(table));
        }
        QSqlQuery fts(db);
        if (!fts.exec(QStringLiteral(
                "SELECT count(*) FROM features f LEFT JOIN features_fts s ON s.rowid = f.fid "
                "WHERE s.rowid IS NULL"))
            || !fts.next())
            left.append(QStringLiteral("search rows: ") + fts.lastError().text());
        else if (fts.value(0).toInt() > 0)
            left.append(
                QStringLiteral("%1 features without a search row").arg(fts.value(0).toInt()));
    });
    return left.join(QLatin1String("; "));
}

struct Comparison
{
    qint64 features = 0; // at the source
    QStringList differences; // per collection: what differs
};

// Every collection in `collections`: the same ids and, per id, the same content.
Comparison compareCacheWithSource(const QString &mirrorPath, const QUrl &base,
    const QStringList &collections, const QString &token = {})
{
    Comparison comparison;
    const QHash<QString, Digests> cached = cacheDigests(mirrorPath);
    for (const QString &collection : collections) {
        const Digests source = sourceDigests(base, collection, token);
        const Digests mine = cached.value(collection);
        comparison.features += source.size();
        int missing = 0;
        int differing = 0;
        QString example;
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            const auto there = mine.constFind(it.key());
            if (there == mine.cend())
                ++missing;
            else if (*there != it.value())
                ++differing;
            else
                continue;
            if (example.isEmpty())
                example = it.key();
        }
        int extra = 0;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            extra += source.contains(it.key()) ? 0 : 1;
        if (missing + differing + extra > 0)
            comparison.differences.append(
                QStringLiteral("%1: %2 missing, %3 differing, %4 not at the source (e.g. %5)")
                    .arg(collection)
                    .arg(missing)
                    .arg(differing)
                    .arg(extra)
                    .arg(example));
    }
    return comparison;
}

// Makes the next run reconcile some collections (a full pass that deletes what the source
// no longer lists), as it does every 6 h: their last reconciliation is set 7 h back.
bool makeReconciliationsDue(const QString &mirrorPath, const QStringList &collections)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-age-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (openWithoutCheckpoint(db, mirrorPath, false)) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            query.prepare(
                QStringLiteral("UPDATE sync_state SET last_reconciled = ? WHERE collection = ?"));
            const QString aged
                = QDateTime::currentDateTimeUtc().addSecs(-7 * 3600).toString(Qt::ISODateWithMs);
            ok = true;
            for (const QString &collection : collections) {
                query.addBindValue(aged);
                query.addBindValue(collection);
                ok = query.exec() && ok;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// ---- the simulator's test control -------------------------------------------------------

bool advanceSourceClock(const QUrl &base, qint64 seconds, const QString &token = {})
{
    QNetworkAccessManager network;
    int status = 0;
    getJson(network, base.resolved(QUrl(QStringLiteral("/_test/clock?advance=%1").arg(seconds))),
        token, "POST", &status);
    return status == 200;
}

QJsonObject deliveries(const QUrl &base, const QString &token = {})
{
    QNetworkAccessManager network;
    return getJson(network, base.resolved(QUrl(QStringLiteral("/_test/deliveries"))), token);
}

// A mapping file that turns off every served collection except `keep`.
bool writeMappingKeeping(const QString &path, const QStringList &served, const QStringList &keep)
{
    QJsonObject collections;
    for (const QString &id : served) {
        if (!keep.contains(id))
            collections.insert(id, QJsonObject { { QStringLiteral("enabled"), false } });
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("schemaVersion"), 2 },
                                 { QStringLiteral("collections"), collections } })
                   .toJson());
    return true;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// ---- operator actions ---------------------------------------------------------------

// One action queued as the desktop queues it (record + outbox, one transaction), in a
// random turn of acknowledgement, note and directive.
core::CacheError queueRandomAction(core::OutboxStore &outbox, QRandomGenerator &random, int n)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime when = QDateTime::fromString(kStartTime, Qt::ISODate).addSecs(n);
    switch (random.bounded(3)) {
    case 0:
        return outbox.acknowledge(uuid, QStringLiteral("cameras/offline/cam-%1").arg(n),
            QStringLiteral("cameras"), QStringLiteral("Nguyễn Thị Lan"),
            QStringLiteral("đã gọi đội kỹ thuật %1").arg(n), when);
    case 1:
        return outbox.addNote(uuid, QStringLiteral("cam_events"), QStringLiteral("ev-%1").arg(n),
            QStringLiteral("Trần Văn Minh"), QStringLiteral("ghi chú %1").arg(n), when);
    default: {
        core::Directive directive;
        directive.uuid = uuid;
        directive.moduleId = QStringLiteral("publicservices");
        directive.source = QStringLiteral("kpi:publicservices/overdue");
        directive.assigneeAgency = QStringLiteral("ag-%1").arg(n % 40);
        directive.assigneeName = QStringLiteral("Sở Nội vụ");
        directive.deadline = when.date().addDays(7);
        directive.text = QStringLiteral("Xử lý hồ sơ quá hạn, đợt %1").arg(n);
        directive.operatorName = QStringLiteral("Lê Thị Hoa");
        directive.createdAt = when;
        return outbox.issueDirective(directive);
    }
    }
}

struct OutboxRow
{
    QString collection;
    QByteArray payload;
    QString state;
};

QHash<QString, OutboxRow> outboxRows(const QString &operatorPath)
{
    QHash<QString, OutboxRow> rows;
    withReadOnly(operatorPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT uuid, collection, payload, state FROM outbox"));
        while (query.next())
            rows.insert(query.value(0).toString(),
                { query.value(1).toString(), query.value(2).toByteArray(),
                    query.value(3).toString() });
    });
    return rows;
}

// Rows of some collections in the mirror: id -> content hash, for "unchanged row by row".
QHash<QString, QString> mirrorRows(const QString &mirrorPath, const QStringList &collections)
{
    QHash<QString, QString> rows;
    withReadOnly(mirrorPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral(
            "SELECT collection, id, content_hash, properties, geometry FROM features"));
        while (query.next()) {
            if (!collections.contains(query.value(0).toString()))
                continue;
            rows.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString(),
                query.value(2).toString() + query.value(3).toString() + query.value(4).toString());
        }
    });
    return rows;
}

// ---- a small filesystem for the disk-full test ------------------------------------------

bool runCommand(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *output = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        *output = program + QStringLiteral(" did not finish within 30 s");
        return false;
    }
    *output = QString::fromUtf8(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A tmpfs of a given size, unmounted when it goes (lazily if something still holds it).
class SmallDisk
{
public:
    ~SmallDisk() { unmount(); }

    bool mount(const QString &dir, const QString &size, QString *why)
    {
        if (::geteuid() != 0) {
            *why = QStringLiteral("mounting a tmpfs needs root (running as uid %1)")
                       .arg(::geteuid());
            return false;
        }
        QString output;
        if (!runCommand(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir },
                &output)) {
            *why = QStringLiteral("mount -t tmpfs failed: ") + output;
            return false;
        }
        m_dir = dir;
        return true;
    }

    bool resize(const QString &size, QString *why)
    {
        return runCommand(QStringLiteral("mount"),
            { QStringLiteral("-o"), QStringLiteral("remount,size=") + size, m_dir }, why);
    }

    void unmount()
    {
        if (m_dir.isEmpty())
            return;
        QString output;
        if (!runCommand(QStringLiteral("umount"), { m_dir }, &output))
            runCommand(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir }, &output);
        m_dir.clear();
    }

private:
    QString m_dir;
};

// Copies the SQLite files of dir (with their WALs, without -shm) to another disk, so they
// can be checked although the full disk has no room even for a -shm file.
bool copyCacheFiles(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (name.endsWith(QLatin1String("-shm")))
            continue;
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QString show(const QStringList &lines)
{
    return lines.mid(0, 10).join(QLatin1Char('\n'));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    quint32 m_seed = 0;
    QElapsedTimer m_total;

    static QStringList simulatorArguments(quint32 seed)
    {
        return { QStringLiteral("--seed"), QString::number(seed % 1000 + 1),
            QStringLiteral("--scale"), kScale, QStringLiteral("--start-time"), kStartTime,
            QStringLiteral("--clock-speed"), QStringLiteral("0"), QStringLiteral("--rate"),
            QStringLiteral("60"), QStringLiteral("--test-control") };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("IOC_DESKTOP_EXE")), "IOC_DESKTOP_EXE");
        QVERIFY2(QFile::exists(qEnvironmentVariable("IOC_SIM_EXE")), "IOC_SIM_EXE");
        m_seed = crashSeed();
        qInfo("crash seed %u (IOC_CRASH_SEED=%u repeats these moments)", m_seed, m_seed);
        m_total.start();
    }

    void cleanupTestCase() { qInfo("total time %.1f s", m_total.elapsed() / 1000.0); }

    // kKills SIGKILLs in a row on one data directory, each at a moment uniform over how
    // long the run takes when nothing stops it; after each, every SQLite file passes
    // integrity_check. At the end one run completes and the cache equals the source.
    void killsDuringSyncLeaveACacheEqualToTheSource()
    {
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::SimulatorProcess simulator;
        QString error;
        QVERIFY2(simulator.start(simulatorArguments(m_seed), &error), qPrintable(error));
        QRandomGenerator random(m_seed);

        // Calibration: one complete first sync elsewhere gives the first window.
        DesktopSetup calibration { dir.filePath(QStringLiteral("calibration")),
            dir.filePath(QStringLiteral("config")), simulator.url(), {}, {} };
        const RunResult full = runSyncOnce(calibration, -1);
        QVERIFY2(full.exitCode == 0, qPrintable(full.output));
        qInfo("a complete first sync takes %lld ms", full.elapsedMs);

        DesktopSetup setup = calibration;
        setup.dataDir = dir.filePath(QStringLiteral("cache"));
        const QString mirrorPath = QDir(setup.dataDir).filePath(QStringLiteral("mirror.sqlite"));
        const QStringList collections = servedCollections(simulator.url(), {});
        QVERIFY(collections.size() >= 20);
        // The window of a run is how long the last uninterrupted run of its kind took: a
        // first sync, a round of increments, or one with reconciliations due.
        QHash<QString, qint64> windows { { QStringLiteral("first sync"), full.elapsedMs } };
        QHash<QString, int> killsByKind;
        QString kind = QStringLiteral("first sync");
        int kills = 0;
        int runs = 0;
        int completed = 0;
        int killsInARow = 0;
        int mirrorWrites = 0;
        int operatorWrites = 0;
        qint64 earliest = std::numeric_limits<qint64>::max();
        qint64 latest = 0;
        qint64 sourceHours = 0;
        while (kills < kKills) {
            QVERIFY2(runs < kKills * 4, "too many runs ended before their moment");
            // An interrupted run does some of its work again: widen the window per kill in
            // a row, so a chain of kills cannot keep a long step from ever finishing.
            const qint64 window = windows.value(kind, full.elapsedMs);
            const qint64 span = window + window * killsInARow / 2;
            const qint64 moment = random.bounded(static_cast<int>(span) + 1);
            const RunResult run = runSyncOnce(setup, moment);
            ++runs;
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, qPrintable(failureLines(run.output)));
                ++completed;
                if (killsInARow == 0 || !windows.contains(kind))
                    windows.insert(kind, std::max<qint64>(run.elapsedMs, 200));
                killsInARow = 0;
                // The source moves on: 1–3 simulated hours of live changes (60 a minute).
                const qint64 hours = 1 + random.bounded(3);
                QVERIFY(advanceSourceClock(simulator.url(), hours * 3600));
                sourceHours += hours;
                // Every other time, reconciliations are due for a random half.
                kind = QStringLiteral("increments");
                if (completed % 2 == 0) {
                    QStringList half;
                    for (const QString &collection : collections) {
                        if (random.bounded(2) == 0)
                            half.append(collection);
                    }
                    QVERIFY(makeReconciliationsDue(mirrorPath, half));
                    kind = QStringLiteral("reconciliations");
                }
                continue;
            }
            ++kills;
            ++killsByKind[kind];
            ++killsInARow;
            earliest = std::min(earliest, moment);
            latest = std::max(latest, moment);
            mirrorWrites += run.mirrorWriteOpen ? 1 : 0;
            operatorWrites += run.operatorWriteOpen ? 1 : 0;
            // Before the first kill even created the files, nothing can be damaged.
            const int expected = QFile::exists(QDir(setup.dataDir).filePath("operator.sqlite"))
                ? 2
                : static_cast<int>(sqliteFilesIn(setup.dataDir).size());
            const QString damage = cacheDamage(setup.dataDir, expected);
            QVERIFY2(damage.isEmpty(),
                qPrintable(QStringLiteral("after kill %1 at %2 ms: %3")
                               .arg(kills)
                               .arg(moment)
                               .arg(damage)));
        }

        const RunResult last = runSyncOnce(setup, -1);
        QVERIFY2(last.exitCode == 0, qPrintable(last.output));
        QCOMPARE(cacheDamage(setup.dataDir, 2), QString());
        QCOMPARE(leftoverWork(mirrorPath), QString());
        const Comparison comparison
            = compareCacheWithSource(mirrorPath, simulator.url(), collections);
        QVERIFY2(comparison.differences.isEmpty(), qPrintable(show(comparison.differences)));
        QVERIFY(comparison.features > 10000);

        // The checks can fail: the calibration cache, taken before the source moved, is not
        // equal to it, and a torn page is seen.
        const Comparison stale = compareCacheWithSource(
            QDir(calibration.dataDir).filePath(QStringLiteral("mirror.sqlite")), simulator.url(),
            collections);
        QVERIFY(!stale.differences.isEmpty());
        QVERIFY(!cacheDamage(tornCopyOf(mirrorPath, dir.filePath(QStringLiteral("torn"))), 1)
                     .isEmpty());
        qInfo("kills %d of %d runs (%d ended before their moment); kill moments %lld–%lld ms "
              "after start; %d with the mirror's write transaction open, %d with the "
              "operator store's; source moved %lld simulated hours; final cache %lld "
              "features in %d collections equal to the source; %.1f s",
            kills, runs, completed, earliest, latest, mirrorWrites, operatorWrites, sourceHours,
            comparison.features, static_cast<int>(collections.size()), clock.elapsed() / 1000.0);
        for (auto it = killsByKind.cbegin(); it != killsByKind.cend(); ++it)
            qInfo("  %d kills into %s (window %lld ms when uninterrupted)", it.value(),
                qPrintable(it.key()), windows.value(it.key()));
    }

    // Operator actions queued through the production API, then `--sync-once` (operator
    // collections only) killed again and again while it sends. Each action must be stored
    // at the center exactly once; deliveries beyond one are counted and reported.
    void outboxReachesTheCenterExactlyOnce()
    {
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::SimulatorProcess simulator;
        QString error;
        // 40 ms per answer: a kill often lands after the center stored an item and before
        // the desktop marked it sent — the case client-generated ids exist for.
        QVERIFY2(simulator.start(simulatorArguments(m_seed)
                         + QStringList { QStringLiteral("--latency-ms"), QStringLiteral("40") },
                     &error),
            qPrintable(error));
        QRandomGenerator random(m_seed ^ 0x5eedu);
        const QStringList operatorCollections { QStringLiteral("op_acknowledgements"),
            QStringLiteral("op_notes"), QStringLiteral("op_directives") };
        DesktopSetup setup { dir.filePath(QStringLiteral("cache")),
            dir.filePath(QStringLiteral("config")), simulator.url(), {},
            dir.filePath(QStringLiteral("mapping.json")) };
        QVERIFY(writeMappingKeeping(
            setup.mappingFile, servedCollections(simulator.url(), {}), operatorCollections));

        // The operator store is opened only to queue, as a workstation between runs would:
        // a connection of ours held open across the kills would share this process's
        // SQLite locks with the integrity checks and make them fail spuriously.
        QHash<QString, QByteArray> queued; // uuid -> payload as queued
        int actions = 0;
        const auto queueSome = [&](int count) {
            core::LocalCache cache(setup.dataDir);
            if (const core::CacheError opened = cache.open())
                return opened.message;
            core::OutboxStore outbox(cache.operatorStore());
            for (int i = 0; i < count; ++i) {
                const core::CacheError queuedError = queueRandomAction(outbox, random, actions++);
                if (queuedError)
                    return queuedError.message;
            }
            for (const core::OutboxItem &item : outbox.pending())
                queued.insert(item.uuid, item.payload);
            return QString();
        };
        const auto pendingCount = [&] {
            int pending = 0;
            for (const OutboxRow &row :
                outboxRows(QDir(setup.dataDir).filePath(QStringLiteral("operator.sqlite"))))
                pending += row.state == QLatin1String("pending") ? 1 : 0;
            return pending;
        };
        QCOMPARE(queueSome(24), QString());

        constexpr int kOutboxKills = 30;
        qint64 window = 2000;
        int operatorWrites = 0;
        int kills = 0;
        int runs = 0;
        qint64 earliest = std::numeric_limits<qint64>::max();
        qint64 latest = 0;
        while (kills < kOutboxKills) {
            QVERIFY2(runs < kOutboxKills * 4, "too many runs ended before their moment");
            if (runs % 5 == 4 || pendingCount() == 0)
                QCOMPARE(queueSome(3), QString());
            const qint64 moment = random.bounded(static_cast<int>(window) + 1);
            const RunResult run = runSyncOnce(setup, moment);
            ++runs;
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, qPrintable(failureLines(run.output)));
                window = std::max<qint64>(run.elapsedMs + run.elapsedMs / 2, 500);
                continue;
            }
            ++kills;
            earliest = std::min(earliest, moment);
            latest = std::max(latest, moment);
            operatorWrites += run.operatorWriteOpen ? 1 : 0;
            QCOMPARE(cacheDamage(setup.dataDir, 2), QString());
        }
        for (int clean = 0; clean < 2; ++clean) {
            const RunResult run = runSyncOnce(setup, -1);
            QVERIFY2(run.exitCode == 0, qPrintable(failureLines(run.output)));
        }
        QCOMPARE(pendingCount(), 0);

        // What the center received, per item.
        const QJsonObject received = deliveries(simulator.url());
        int puts = 0;
        int resent = 0;
        int maxPerItem = 0;
        QStringList problems;
        QSet<QString> delivered;
        for (const QJsonValue &value : received.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = value.toObject();
            const QString uuid = item.value(QLatin1String("id")).toString();
            delivered.insert(uuid);
            const int times = item.value(QLatin1String("received")).toInt();
            puts += times;
            resent += times > 1 ? 1 : 0;
            maxPerItem = std::max(maxPerItem, times);
            if (!queued.contains(uuid))
                problems.append(QStringLiteral("%1 was never queued").arg(uuid));
            if (item.value(QLatin1String("created")).toInt() != 1
                || item.value(QLatin1String("replaced")).toInt() != 0
                || item.value(QLatin1String("refused")).toInt() != 0)
                problems.append(QStringLiteral("%1: %2").arg(
                    uuid, QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact))));
        }
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            if (!delivered.contains(it.key()))
                problems.append(QStringLiteral("%1 never reached the center").arg(it.key()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(show(problems)));

        // The outbox: every action sent, with the payload it was queued with.
        const QHash<QString, OutboxRow> rows
            = outboxRows(QDir(setup.dataDir).filePath(QStringLiteral("operator.sqlite")));
        QCOMPARE(rows.size(), queued.size());
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            QCOMPARE(rows.value(it.key()).state, QStringLiteral("sent"));
            QCOMPARE(rows.value(it.key()).payload, it.value());
        }
        // The center stores each once, with the queued properties, and sync brought each
        // one back into the mirror unchanged.
        QHash<QString, QByteArray> expected; // uuid -> digest of the queued content
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            const QJsonObject feature = QJsonDocument::fromJson(it.value()).object();
            QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
            properties.remove(QStringLiteral("updated_at"));
            expected.insert(it.key(), contentDigest(QJsonValue::Null, properties));
        }
        const QHash<QString, Digests> mirror
            = cacheDigests(QDir(setup.dataDir).filePath(QStringLiteral("mirror.sqlite")));
        int stored = 0;
        for (const QString &collection : operatorCollections) {
            QNetworkAccessManager network;
            const QJsonObject page = getJson(network,
                simulator.url().resolved(
                    QUrl(QStringLiteral("/collections/%1/items?limit=10000").arg(collection))),
                {});
            QSet<QString> ids;
            for (const QJsonValue &value : page.value(QLatin1String("features")).toArray()) {
                const QJsonObject feature = value.toObject();
                const QString id = featureId(feature.value(QLatin1String("id")));
                QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" stored twice")));
                ids.insert(id);
                QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
                properties.remove(QStringLiteral("updated_at"));
                QCOMPARE(contentDigest(QJsonValue::Null, properties), expected.value(id));
                QVERIFY2(mirror.value(collection).contains(id),
                    qPrintable(id + QStringLiteral(" not synced back")));
            }
            stored += ids.size();
        }
        QCOMPARE(stored, queued.size());
        qInfo("outbox: %d actions, %d kills of %d runs (moments %lld–%lld ms; %d with the "
              "operator store's write transaction open), %d PUTs received, %d actions "
              "delivered more than once (at most %d times), each stored once; %.1f s",
            static_cast<int>(queued.size()), kills, runs, earliest, latest, operatorWrites, puts,
            resent, maxPerItem, clock.elapsed() / 1000.0);
    }

    // A small tmpfs as the data disk: a sync of more than fits stops with a clear message,
    // damages nothing (files, cached collections, queued actions), and after the disk grows
    // the desktop's engine resumes by itself and a sync completes equal to the source.
    void fullDiskPausesSyncAndItResumes()
    {
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString disk = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        SmallDisk smallDisk;
        QString why;
        if (!smallDisk.mount(disk, QStringLiteral("4m"), &why))
            QSKIP(qPrintable(why));

        test::SimulatorProcess simulator;
        QString error;
        QVERIFY2(simulator.start(simulatorArguments(m_seed)
                         + QStringList { QStringLiteral("--token"), QStringLiteral("full"),
                             QStringLiteral("--readonly-token"), QStringLiteral("read") },
                     &error),
            qPrintable(error));
        const QStringList served = servedCollections(simulator.url(), QStringLiteral("full"));
        DesktopSetup setup { QDir(disk).filePath(QStringLiteral("cache")),
            dir.filePath(QStringLiteral("config")), simulator.url(),
            dir.filePath(QStringLiteral("read.token")),
            dir.filePath(QStringLiteral("mapping.json")) };
        QVERIFY(writeText(setup.tokenFile, "read"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("full.token")), "full"));

        // Small collections first: they fit.
        const QStringList small { QStringLiteral("se_indicators"), QStringLiteral("se_targets"),
            QStringLiteral("ps_offices"), QStringLiteral("doc_agencies"),
            QStringLiteral("health_facilities"), QStringLiteral("tour_attractions"),
            QStringLiteral("tour_establishments") };
        QVERIFY(writeMappingKeeping(setup.mappingFile, served, small));
        const RunResult first = runSyncOnce(setup, -1);
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        const QString mirrorPath = QDir(setup.dataDir).filePath(QStringLiteral("mirror.sqlite"));
        const QString operatorPath
            = QDir(setup.dataDir).filePath(QStringLiteral("operator.sqlite"));
        const QHash<QString, QString> cachedBefore = mirrorRows(mirrorPath, small);
        QVERIFY(cachedBefore.size() > 300);

        // Actions queued before; the read-only token keeps them queued (403).
        {
            core::LocalCache cache(setup.dataDir);
            QCOMPARE(cache.open().message, QString());
            core::OutboxStore outbox(cache.operatorStore());
            QRandomGenerator random(m_seed ^ 0xd15cu);
            for (int n = 0; n < 9; ++n)
                QCOMPARE(queueRandomAction(outbox, random, n).message, QString());
        }
        const QHash<QString, OutboxRow> queuedBefore = outboxRows(operatorPath);
        QCOMPARE(queuedBefore.size(), 9);

        // Everything: far more than 4 MB.
        QVERIFY(QFile::remove(setup.mappingFile));
        setup.mappingFile.clear();
        const RunResult fill = runSyncOnce(setup, -1);
        qInfo("on the full disk: exit %d after %lld ms; %lld bytes free", fill.exitCode,
            fill.elapsedMs, QStorageInfo(disk).bytesAvailable());
        QCOMPARE(fill.exitCode, 1);
        QVERIFY2(
            fill.output.contains(QStringLiteral("is full: sync paused")), qPrintable(fill.output));
        qInfo("its last lines:\n%s",
            qPrintable(fill.output.trimmed().section(QLatin1Char('\n'), -3)));

        // Nothing damaged: checked on copies on another disk (on a full disk even a reader
        // of a WAL database may find no room for its -shm file).
        const QString copy = dir.filePath(QStringLiteral("copy"));
        QVERIFY(copyCacheFiles(setup.dataDir, copy));
        QCOMPARE(cacheDamage(copy, 2), QString());
        QCOMPARE(
            mirrorRows(QDir(copy).filePath(QStringLiteral("mirror.sqlite")), small), cachedBefore);
        const QHash<QString, OutboxRow> queuedAfter
            = outboxRows(QDir(copy).filePath(QStringLiteral("operator.sqlite")));
        QCOMPARE(queuedAfter.size(), queuedBefore.size());
        for (auto it = queuedBefore.cbegin(); it != queuedBefore.cend(); ++it) {
            QCOMPARE(queuedAfter.value(it.key()).state, QStringLiteral("pending"));
            QCOMPARE(queuedAfter.value(it.key()).payload, it.value().payload);
        }

        // The desktop's engine on the full disk: it pauses and says so, then resumes by
        // itself once the disk has room.
        {
            sync::SyncSettings settings;
            settings.baseUrl = simulator.url();
            settings.token = QStringLiteral("read");
            sync::SyncEngine engine(setup.dataDir, settings, served);
            engine.setDiskFullRetryInterval(std::chrono::milliseconds(500));
            QSignalSpy changed(&engine, &sync::SyncEngine::diskFullChanged);
            engine.start();
            QVERIFY2(changed.wait(60000), "no diskFullChanged(true) within 60 s");
            QCOMPARE(changed.first().at(0).toBool(), true);
            QVERIFY(engine.isDiskFull());
            QVERIFY(smallDisk.resize(QStringLiteral("512m"), &why));
            QElapsedTimer resumed;
            resumed.start();
            QVERIFY2(changed.wait(30000), "no diskFullChanged(false) within 30 s");
            QCOMPARE(changed.last().at(0).toBool(), false);
            qInfo("the engine resumed %lld ms after the disk grew", resumed.elapsed());
            engine.stop();
        }

        // With the full token the queued actions leave too.
        setup.tokenFile = dir.filePath(QStringLiteral("full.token"));
        const RunResult after = runSyncOnce(setup, -1);
        QVERIFY2(after.exitCode == 0, qPrintable(after.output));
        QCOMPARE(cacheDamage(setup.dataDir, 2), QString());
        const Comparison comparison
            = compareCacheWithSource(mirrorPath, simulator.url(), served, QStringLiteral("full"));
        QVERIFY2(comparison.differences.isEmpty(), qPrintable(show(comparison.differences)));
        const QJsonObject received = deliveries(simulator.url(), QStringLiteral("full"));
        int created = 0;
        for (const QJsonValue &value : received.value(QLatin1String("items")).toArray())
            created += value.toObject().value(QLatin1String("created")).toInt();
        QCOMPARE(created, 9);
        for (const OutboxRow &row : outboxRows(operatorPath))
            QCOMPARE(row.state, QStringLiteral("sent"));
        qInfo("disk full: %d cached features and 9 queued actions intact; after the disk "
              "grew the cache equals the source (%lld features); %.1f s",
            static_cast<int>(cachedBefore.size()), comparison.features, clock.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
