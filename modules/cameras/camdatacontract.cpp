#include "cameras/camdatacontract.h"

namespace ioc::cameras {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;

PropertyContract required(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, true, allowed, purpose };
}

PropertyContract optional(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, false, allowed, purpose };
}

} // namespace

QList<core::CollectionContract> camerasDataContract()
{
    return {
        { QStringLiteral("cam_cameras"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Cameras: online share, offline count and duration, availability, "
                           "the camera map, the Camera tab and grid, offline alerts"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("camera name: tooltips, the Camera tab, the grid, alert "
                                   "messages")),
                required(QStringLiteral("status"), Type::String,
                    QStringLiteral("online share, offline count and outages, map colours; the "
                                   "offline alerts"),
                    { QStringLiteral("online"), QStringLiteral("offline"),
                        QStringLiteral("degraded") }),
                required(QStringLiteral("last_heartbeat"), Type::DateTime,
                    QStringLiteral("how long an offline camera has been down: availability, "
                                   "offline duration, the offline alert")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the camera, and its detections, in areas")),
                optional(QStringLiteral("snapshot_url"), Type::String,
                    QStringLiteral("where the Camera tab and the grid fetch the snapshot "
                                   "(relative to the server root)")),
                optional(QStringLiteral("kind"), Type::String, QStringLiteral("Records column"),
                    { QStringLiteral("traffic"), QStringLiteral("security") }),
            } },
        { QStringLiteral("cam_events"), true, CollectionContract::Geometry::Point,
            QStringLiteral("AI detections: detection counts, critical detections, by kind and "
                           "hour, the detection map, fire, flooding and crowd alerts"),
            {
                required(QStringLiteral("camera_id"), Type::String,
                    QStringLiteral("the camera (cam_cameras id): places the detection, the "
                                   "Camera tab, the fire alert")),
                required(QStringLiteral("kind"), Type::String,
                    QStringLiteral("fire_smoke and flooding count as critical; by-kind chart, "
                                   "map colours, the alerts"),
                    { QStringLiteral("traffic"), QStringLiteral("crowd"),
                        QStringLiteral("fire_smoke"), QStringLiteral("flooding") }),
                required(QStringLiteral("detected_at"), Type::DateTime,
                    QStringLiteral("dates the detection: counts, hour of day, age on the map, "
                                   "the alert windows")),
                optional(QStringLiteral("subkind"), Type::String,
                    QStringLiteral("groups the detections-by-type chart")),
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("detection label: by-type chart, tooltips, the Camera tab")),
                optional(QStringLiteral("confidence"), Type::Number,
                    QStringLiteral("0 to 1, shown as % in tooltips and the Camera tab")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the flooding and crowd alerts by commune")),
            } },
    };
}

} // namespace ioc::cameras
