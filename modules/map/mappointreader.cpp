#include "map/mappointreader.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::map {

QHash<QString, QVector<MapPoint>> readMapPoints(
    const QString &mirrorPath, const QStringList &collections)
{
    QHash<QString, QVector<MapPoint>> layers;
    core::SqliteFile mirror(mirrorPath, QStringLiteral("map-loader"));
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    // Only points (cell is set for points); JSON fields extracted by SQLite, in C.
    query.prepare(
        QStringLiteral("SELECT id, min_lon, min_lat, json_extract(properties, '$.status'), "
                       "coalesce(json_extract(properties, '$.name'), id) FROM features "
                       "WHERE collection = ? AND cell IS NOT NULL"));
    for (const QString &collection : collections) {
        query.addBindValue(collection);
        if (!query.exec())
            continue;
        QVector<MapPoint> points;
        while (query.next()) {
            points.append(MapPoint(query.value(0).toString(), query.value(1).toDouble(),
                query.value(2).toDouble(), query.value(3).toString(), query.value(4).toString()));
        }
        if (!points.isEmpty())
            layers.insert(collection, points);
    }
    return layers;
}

} // namespace ioc::map
