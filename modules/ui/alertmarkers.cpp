#include "ui/alertmarkers.h"

namespace ioc::ui {

QVector<map::AlertMarker> alertMarkers(const QList<alerts::Alert> &alerts, const QString &language)
{
    QVector<map::AlertMarker> markers;
    for (const alerts::Alert &a : alerts) {
        if (a.state == alerts::AlertState::Resolved || !a.hasPosition())
            continue;
        map::AlertMarker marker;
        marker.id = a.id;
        marker.position = QGeoCoordinate(a.lat, a.lon);
        switch (a.severity) {
        case alerts::Severity::Info:
            marker.severity = map::AlertSeverity::Info;
            break;
        case alerts::Severity::Warning:
            marker.severity = map::AlertSeverity::Major;
            break;
        case alerts::Severity::Critical:
            marker.severity = map::AlertSeverity::Critical;
            break;
        }
        marker.text = a.message(language);
        markers.append(marker);
    }
    return markers;
}

} // namespace ioc::ui
