#pragma once

#include "map/geojson.h"

#include <QGeoCoordinate>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc::map {

// Point-in-polygon lookup over administrative units ("which district is this camera
// in?") through GEOS prepared geometries, so repeated queries against the same
// polygons are fast and exact, including holes and multi-part units. Invalid polygons
// (self-intersecting rings, ...) are repaired with GEOSMakeValid and reported.
// Thread-safe: one GEOS context per index, calls serialised by a mutex.
class RegionIndex
{
public:
    RegionIndex();
    ~RegionIndex();
    RegionIndex(const RegionIndex &) = delete;
    RegionIndex &operator=(const RegionIndex &) = delete;

    // Adds every polygon feature of a layer; `keyProperty` names the id returned by
    // regionAt (e.g. "gso_code" or "name_vi"). Returns how many regions were added.
    int addLayer(const GeoLayer &layer, const QString &keyProperty);
    // Adds one polygon given as rings of lon/lat (first ring outer, others holes).
    bool addPolygon(const QString &key, const QVector<QVector<QPointF>> &lonLatRings);
    // Several polygons as one region: `isHole[i]` marks ring i as a hole of the last outer ring.
    bool addRings(const QString &key, const QVector<QVector<QPointF>> &lonLatRings, const QVector<bool> &isHole);

    // The key of the region containing the coordinate (boundary counts as inside),
    // or an empty string.
    QString regionAt(const QGeoCoordinate &c) const;
    QString regionAt(double lon, double lat) const;
    int size() const;
    QStringList warnings() const { return m_warnings; }

private:
    struct Region;
    bool addGeometry(const QString &key, void *geometry);

    void *m_ctx = nullptr; // GEOSContextHandle_t, kept opaque so geos_c.h stays private
    QVector<Region *> m_regions;
    QStringList m_warnings;
    mutable QMutex m_mutex;
};

} // namespace ioc::map
