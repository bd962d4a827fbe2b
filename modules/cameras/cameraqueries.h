#pragma once

#include "cameras/eventreviews.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::cameras {

// What the camera widgets show, read from the cache. Every function here runs SQL: call
// it on a worker (the panel and the grid use QtConcurrent), never from a widget directly.

// A camera as the grid needs it: the name and where its snapshot comes from.
struct CameraRef
{
    QString id;
    QString name;
    QString snapshotPath;
};

struct CameraDetection
{
    QString eventId;
    QDateTime detectedAt; // UTC
    QString name; // what was detected ("Vehicle stopped on the road")
    double confidence = 0; // 0 … 1
    std::optional<EventReview> review; // the latest verdict of any workstation
};

struct CameraDetails
{
    QString id;
    QString name;
    QString status; // online, degraded, offline
    QDateTime lastHeartbeat;
    QString snapshotUrl;
    QList<CameraDetection> detections; // newest first
};

// The camera and its latest `limit` detections with their verdicts (operatorStore may be
// null). std::nullopt when the camera is not in the cache.
std::optional<CameraDetails> readCameraDetails(const core::SqliteFile &mirror,
    const core::SqliteFile *operatorStore, const QString &cameraId, int limit);

// The camera that made a detection; empty when the detection is not in the cache.
QString cameraOfDetection(const core::SqliteFile &mirror, const QString &eventId);

// The cameras of `ids` that the cache has, in the order of `ids`.
QList<CameraRef> readCameraRefs(const core::SqliteFile &mirror, const QStringList &ids);

} // namespace ioc::cameras
