#include "cameras/camerasdatacontract.h"

namespace ioc::cameras {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> camerasDataContract()
{
    return {
        { QStringLiteral("cam_cameras"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Cameras: online share, offline count and duration, availability, "
                           "the camera map, the Camera tab and grid, offline alerts"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("camera name: tooltips, the Camera tab, the grid, alert "
                                   "messages")),
                requiredProperty(QStringLiteral("status"), Type::String,
                    QStringLiteral("online share, offline count and outages, map colours; the "
                                   "offline alerts"),
                    { QStringLiteral("online"), QStringLiteral("offline"),
                        QStringLiteral("degraded") }),
                requiredProperty(QStringLiteral("last_heartbeat"), Type::DateTime,
                    QStringLiteral("how long an offline camera has been down: availability, "
                                   "offline duration, the offline alert")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the camera, and its detections, in areas")),
                optionalProperty(QStringLiteral("snapshot_url"), Type::String,
                    QStringLiteral("where the Camera tab and the grid fetch the snapshot "
                                   "(relative to the server root)")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("Records column"),
                    { QStringLiteral("traffic"), QStringLiteral("security") }),
            } },
        { QStringLiteral("cam_events"), true, CollectionContract::Geometry::Point,
            QStringLiteral("AI detections: detection counts, critical detections, by kind and "
                           "hour, the detection map, fire, flooding and crowd alerts"),
            {
                requiredProperty(QStringLiteral("camera_id"), Type::String,
                    QStringLiteral("the camera (cam_cameras id): places the detection, the "
                                   "Camera tab, the fire alert")),
                requiredProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("fire_smoke and flooding count as critical; by-kind chart, "
                                   "map colours, the alerts"),
                    { QStringLiteral("traffic"), QStringLiteral("crowd"),
                        QStringLiteral("fire_smoke"), QStringLiteral("flooding") }),
                requiredProperty(QStringLiteral("detected_at"), Type::DateTime,
                    QStringLiteral("dates the detection: counts, hour of day, age on the map, "
                                   "the alert windows")),
                optionalProperty(QStringLiteral("subkind"), Type::String,
                    QStringLiteral("groups the detections-by-type chart")),
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("detection label: by-type chart, tooltips, the Camera tab")),
                optionalProperty(QStringLiteral("confidence"), Type::Number,
                    QStringLiteral("0 to 1, shown as % in tooltips and the Camera tab")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the flooding and crowd alerts by commune")),
            } },
    };
}

} // namespace ioc::cameras
