#pragma once

#include "core/feature.h"

#include <QString>

namespace simdjson::dom {
class element;
}

namespace ioc::sync {

// Checks a GeoJSON geometry object (already parsed): known type, coordinate structure for
// that type, closed polygon rings with at least four positions, finite coordinates inside
// `extent`. Returns an empty string when valid, else the reason; on success *bounds holds
// the geometry's envelope (one walk over the coordinates does both).
// At most `maxPositions` positions and `maxNesting` levels of GeometryCollection: a
// polygon of millions of vertices or collections nested without end is refused, not
// walked (and then drawn) at the cost of minutes.
QString checkGeometry(const simdjson::dom::element &geometry, const core::GeoBounds &extent,
    core::GeoBounds *bounds, qint64 maxPositions = 250000, int maxNesting = 8);

} // namespace ioc::sync
