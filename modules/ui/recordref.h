#pragma once

#include <QRectF>
#include <QString>

namespace ioc::ui {

// A record to bring forward in its module's dock. A search hit and a clicked alert are
// both one: they travel the same way, app (DockManager) → ui (ModuleDock::reveal) →
// the dock's records and map.
struct RecordRef
{
    QString moduleId; // empty: a place that belongs to no module (every map goes there)
    QString collection; // empty: any of the dock's collections
    QString featureId;
    QString name; // shown to people; the records are filtered to it when not found by id
    // Bounds of the geometry in degrees (x = longitude, y = latitude), valid only when
    // hasLocation. A point has zero width and height.
    bool hasLocation = false;
    QRectF bounds;
};

} // namespace ioc::ui
