#include "core/snapshotschema.h"

#include "core/mirrorschema.h"
#include "core/mirrorsnapshot.h"
#include "core/sqlitedefence.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
};

QList<SchemaObject> schemaObjects(const QSqlDatabase &db)
{
    QList<SchemaObject> objects;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema")))
        return objects;
    while (query.next())
        objects.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    return objects;
}

// The mirror's own objects at `version`, by name: what our migrations create in an empty
// database. Empty with *error if they could not be built.
QHash<QString, SchemaObject> expectedSchema(int version, QString *error)
{
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("ioc-expected-schema-%1").arg(serial.fetchAndAddRelaxed(1));
    QHash<QString, SchemaObject> expected;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open() || !openDefensively(db, error, SchemaTrust::Own)) {
            if (error->isEmpty())
                *error = db.lastError().text();
        } else {
            bool built = true;
            for (const Migration &migration : mirrorMigrations()) {
                if (migration.version > version)
                    break;
                if (!migration.apply(db, error)) {
                    built = false;
                    break;
                }
            }
            if (built) {
                for (const SchemaObject &object : schemaObjects(db))
                    expected.insert(object.name, object);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return expected;
}

QString quotedName(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

bool run(QSqlDatabase &db, const QString &sql, QString *why)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *why = query.lastError().text();
    return false;
}

QString refused(const QString &what)
{
    return QCoreApplication::translate(
        "MirrorSnapshot", "%1, which IOC Desktop does not create: the file may have been altered")
        .arg(what);
}

} // namespace

bool rebuildSnapshotSchema(QSqlDatabase &db, int schemaVersion, QString *why)
{
    QString error;
    const QHash<QString, SchemaObject> expected = expectedSchema(schemaVersion, &error);
    if (expected.isEmpty()) {
        *why = QStringLiteral("cannot build the expected schema: %1").arg(error);
        return false;
    }
    QList<SchemaObject> derived;
    for (const SchemaObject &object : schemaObjects(db)) {
        if (object.name.startsWith(QLatin1String("sqlite_"))
            || object.name == QLatin1String(kSnapshotManifestTable))
            continue; // SQLite's own (autoindexes, statistics) and the manifest
        const auto ours = expected.constFind(object.name);
        if (ours != expected.constEnd()) {
            if (ours->type != object.type || ours->sql != object.sql) {
                *why = refused(QCoreApplication::translate(
                    "MirrorSnapshot", "its %1 %2 differs from the one of cache schema %3")
                                   .arg(object.type, object.name)
                                   .arg(schemaVersion));
                return false;
            }
            continue;
        }
        if (object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
            *why = refused(
                QCoreApplication::translate("MirrorSnapshot", "it holds a virtual table %1")
                    .arg(object.name));
            return false;
        }
        derived.append(object);
    }
    // Triggers and views first (they name tables), then indexes, then tables.
    const QStringList order = { QStringLiteral("trigger"), QStringLiteral("view"),
        QStringLiteral("index"), QStringLiteral("table") };
    for (const QString &type : order) {
        for (const SchemaObject &object : std::as_const(derived)) {
            if (object.type != type)
                continue;
            if (!run(db,
                    QStringLiteral("DROP %1 IF EXISTS %2")
                        .arg(type.toUpper(), quotedName(object.name)),
                    why))
                return false;
        }
    }
    QStringList reset;
    if (schemaVersion >= 2)
        reset.append(QStringLiteral("DELETE FROM module_schema"));
    if (schemaVersion >= 4)
        reset.append(QStringLiteral("DELETE FROM derived_fill"));
    reset.append(schemaVersion >= 3
            ? QStringLiteral("UPDATE sync_state SET next_url = NULL, mode = NULL, "
                             "pages_done = 0, features_done = 0")
            : QStringLiteral("UPDATE sync_state SET next_url = NULL"));
    if (schemaVersion >= 5)
        reset.append(
            QStringLiteral("UPDATE sync_state SET datetime_verdict = NULL, page_limit = NULL"));
    if (schemaVersion >= 6)
        reset.append(QStringLiteral("DELETE FROM failed_pages"));
    for (const QString &sql : std::as_const(reset)) {
        if (!run(db, sql, why))
            return false;
    }
    return true;
}

} // namespace ioc::core
