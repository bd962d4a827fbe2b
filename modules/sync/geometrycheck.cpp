#include "sync/geometrycheck.h"

#include <cmath>
#include <simdjson.h>

namespace ioc::sync {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;

// Grows an envelope position by position; `any` says whether it holds one yet.
struct Envelope
{
    core::GeoBounds bounds;
    bool any = false;

    void add(double lon, double lat)
    {
        if (!any) {
            bounds = { lon, lat, lon, lat };
            any = true;
            return;
        }
        bounds.minLon = std::min(bounds.minLon, lon);
        bounds.minLat = std::min(bounds.minLat, lat);
        bounds.maxLon = std::max(bounds.maxLon, lon);
        bounds.maxLat = std::max(bounds.maxLat, lat);
    }
};

class Checker
{
public:
    Checker(const core::GeoBounds &extent, qint64 maxPositions, int maxNesting)
        : m_extent(extent)
        , m_maxPositions(maxPositions)
        , m_maxNesting(maxNesting)
    { }

    Envelope envelope;

    QString position(const element &value)
    {
        if (++m_positions > m_maxPositions)
            return QStringLiteral("geometry has more than %1 positions").arg(m_maxPositions);
        array coordinates;
        if (value.get_array().get(coordinates) || coordinates.size() < 2)
            return QStringLiteral("a position is not [lon, lat]");
        double lonLat[2];
        int index = 0;
        for (const element coordinate : coordinates) {
            if (index == 2)
                break;
            if (!coordinate.is_number())
                return QStringLiteral("a position is not [lon, lat]");
            lonLat[index++] = coordinate.get_double().value_unsafe();
        }
        const double lon = lonLat[0];
        const double lat = lonLat[1];
        if (!std::isfinite(lon) || !std::isfinite(lat))
            return QStringLiteral("a coordinate is not finite");
        if (lon < m_extent.minLon || lon > m_extent.maxLon || lat < m_extent.minLat
            || lat > m_extent.maxLat)
            return QStringLiteral("coordinate (%1, %2) is outside the plausible extent")
                .arg(lon)
                .arg(lat);
        envelope.add(lon, lat);
        return {};
    }

    QString line(const element &value, size_t minPositions)
    {
        array positions;
        if (value.get_array().get(positions))
            return QStringLiteral("a line is not an array of positions");
        if (positions.size() < minPositions)
            return QStringLiteral("a line or ring has %1 positions (needs %2)")
                .arg(positions.size())
                .arg(minPositions);
        for (const element item : positions) {
            const QString why = position(item);
            if (!why.isEmpty())
                return why;
        }
        return {};
    }

    QString polygon(const element &value)
    {
        array rings;
        if (value.get_array().get(rings) || rings.size() == 0)
            return QStringLiteral("a polygon has no rings");
        for (const element ring : rings) {
            const QString why = line(ring, 4);
            if (!why.isEmpty())
                return why;
            if (!closed(ring.get_array().value_unsafe()))
                return QStringLiteral("a polygon ring is not closed");
        }
        return {};
    }

    template<typename Check> QString each(const element &value, Check check)
    {
        array parts;
        if (value.get_array().get(parts) || parts.size() == 0)
            return QStringLiteral("a multi-geometry has no parts");
        for (const element part : parts) {
            const QString why = check(part);
            if (!why.isEmpty())
                return why;
        }
        return {};
    }

    QString geometry(const element &value)
    {
        std::string_view type;
        if (value["type"].get(type))
            type = {};
        const auto coordinates = [&](element *out) { return !value["coordinates"].get(*out); };
        element c;
        if (type == "GeometryCollection") {
            if (++m_nesting > m_maxNesting)
                return QStringLiteral("geometry collections nested more than %1 deep")
                    .arg(m_maxNesting);
            element geometries;
            if (value["geometries"].get(geometries))
                return QStringLiteral("a multi-geometry has no parts");
            return each(geometries, [&](const element &member) {
                return member.is_object() ? geometry(member)
                                          : QStringLiteral("a collection member is not a geometry");
            });
        }
        const bool known = type == "Point" || type == "MultiPoint" || type == "LineString"
            || type == "MultiLineString" || type == "Polygon" || type == "MultiPolygon";
        if (!known)
            return QStringLiteral("unknown geometry type '%1'")
                .arg(QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())));
        if (!coordinates(&c))
            return type == "Point" ? QStringLiteral("a position is not [lon, lat]")
                                   : QStringLiteral("a line is not an array of positions");
        if (type == "Point")
            return position(c);
        if (type == "MultiPoint")
            return each(c, [&](const element &v) { return position(v); });
        if (type == "LineString")
            return line(c, 2);
        if (type == "MultiLineString")
            return each(c, [&](const element &v) { return line(v, 2); });
        if (type == "Polygon")
            return polygon(c);
        return each(c, [&](const element &v) { return polygon(v); });
    }

private:
    // First and last position equal in every coordinate (as the old check compared them).
    static bool closed(const array &ring)
    {
        element first;
        element last;
        bool haveFirst = false;
        for (const element position : ring) {
            if (!haveFirst) {
                first = position;
                haveFirst = true;
            }
            last = position;
        }
        array a;
        array b;
        if (!haveFirst || first.get_array().get(a) || last.get_array().get(b)
            || a.size() != b.size())
            return false;
        auto itB = b.begin();
        for (const element x : a) {
            const element y = *itB;
            ++itB;
            double dx = 0;
            double dy = 0;
            if (x.get_double().get(dx) || y.get_double().get(dy) || dx != dy)
                return false;
        }
        return true;
    }

    const core::GeoBounds &m_extent;
    const qint64 m_maxPositions;
    const int m_maxNesting;
    qint64 m_positions = 0;
    int m_nesting = 0;
};

} // namespace

QString checkGeometry(const simdjson::dom::element &geometry, const core::GeoBounds &extent,
    core::GeoBounds *bounds, qint64 maxPositions, int maxNesting)
{
    Checker checker(extent, maxPositions, maxNesting);
    const QString why = checker.geometry(geometry);
    if (!why.isEmpty())
        return why;
    if (!checker.envelope.any)
        return QStringLiteral("geometry has no coordinates");
    *bounds = checker.envelope.bounds;
    return {};
}

} // namespace ioc::sync
