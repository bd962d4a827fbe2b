#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

#include <QDateTime>
#include <functional>

namespace ioc::cameras {

// Figures of the surveillance cameras, from cam_cameras (read directly) and the projection
// of cam_events, with the operators' verdicts on detections (eventreviews.h).
//
// Definitions:
//  - online %, offline: the cameras' current status (the data center keeps no history of
//    it: no comparison);
//  - events, critical events (fire/smoke and flooding): detections in the period;
//  - false-positive rate: detections of the period judged false / detections judged;
//  - availability over the last 24 hours: cameras not in an outage at each hour, where an
//    outage is a currently offline camera's time since its last heartbeat. Outages that
//    have already ended are not published, so this is an upper bound;
//  - offline duration: now − last heartbeat of each offline camera.
// "Now" is the current time, or the end of `DashboardQuery::today` when that is another day
// (tests, replays). Cameras belong wholly to the area holding most of their commune.
class CamerasDashboard final : public core::DashboardProvider
{
public:
    using Clock = std::function<QDateTime()>; // UTC
    // `clock` stands in for the current time (tests); the system clock by default.
    explicit CamerasDashboard(Clock clock = {});

    core::Granularity defaultGranularity() const override { return core::Granularity::Day; }
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;

    QDateTime nowFor(const QDate &today) const;

    static constexpr const char *kCameraLayer = "cam_cameras";
    // Event layers by age: newest drawn largest and most opaque (time decay).
    static constexpr const char *kEventLayerPrefix = "cam_events_";

private:
    Clock m_clock;
};

QList<core::Migration> camerasCacheMigrations();

} // namespace ioc::cameras
