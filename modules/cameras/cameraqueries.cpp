#include "cameras/cameraqueries.h"

#include "core/sqlitefile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::cameras {

std::optional<CameraDetails> readCameraDetails(const core::SqliteFile &mirror,
    const core::SqliteFile *operatorStore, const QString &cameraId, int limit)
{
    QSqlQuery q(mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.name'), "
                             "json_extract(properties, '$.status'), "
                             "json_extract(properties, '$.last_heartbeat'), "
                             "json_extract(properties, '$.snapshot_url') "
                             "FROM features WHERE collection = 'cam_cameras' AND id = ?"));
    q.addBindValue(cameraId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CameraDetails camera;
    camera.id = cameraId;
    camera.name = q.value(0).toString();
    camera.status = q.value(1).toString();
    camera.lastHeartbeat = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    camera.snapshotUrl = q.value(3).toString();

    const QHash<QString, EventReview> reviews = loadEventReviews(&mirror, operatorStore);
    QSqlQuery events(mirror.connection());
    events.setForwardOnly(true);
    // Indexed by camera: a few rows even with the whole week cached.
    events.prepare(QStringLiteral(
        "SELECT f.id, e.detected_at, json_extract(f.properties, '$.name'), e.confidence "
        "FROM cam_event_facts e JOIN features f USING (fid) WHERE e.camera_id = ? "
        "ORDER BY e.detected_at DESC LIMIT ?"));
    events.addBindValue(cameraId);
    events.addBindValue(limit);
    if (events.exec()) {
        while (events.next()) {
            CameraDetection detection;
            detection.eventId = events.value(0).toString();
            detection.detectedAt = QDateTime::fromString(events.value(1).toString(), Qt::ISODate);
            detection.name = events.value(2).toString();
            detection.confidence = events.value(3).toDouble();
            if (const auto review = reviews.constFind(detection.eventId);
                review != reviews.constEnd())
                detection.review = *review;
            camera.detections.append(detection);
        }
    }
    return camera;
}

QString cameraOfDetection(const core::SqliteFile &mirror, const QString &eventId)
{
    QSqlQuery q(mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.camera_id') FROM features "
                             "WHERE collection = 'cam_events' AND id = ?"));
    q.addBindValue(eventId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<CameraRef> readCameraRefs(const core::SqliteFile &mirror, const QStringList &ids)
{
    QHash<QString, CameraRef> byId;
    QSqlQuery q(mirror.connection());
    q.setForwardOnly(true);
    // Only the cameras asked for (the primary key), not a scan of every camera.
    q.prepare(QStringLiteral("SELECT id, json_extract(properties, '$.name'), "
                             "json_extract(properties, '$.snapshot_url') FROM features "
                             "WHERE collection = 'cam_cameras' "
                             "AND id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson()));
    if (q.exec())
        while (q.next())
            byId.insert(q.value(0).toString(),
                { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    QList<CameraRef> refs;
    for (const QString &id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            refs.append(*it);
    return refs;
}

} // namespace ioc::cameras
