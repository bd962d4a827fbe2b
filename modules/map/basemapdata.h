#pragma once

#include "map/geojson.h"

#include <QGeoRectangle>
#include <QStringList>
#include <memory>

namespace ioc::map {

// The offline vector basemap: every GeoJSON layer in resources/geo, parsed and projected
// once. Immutable after load, so one instance is shared (read-only, lock-free) by every
// MapWidget and by render jobs running on worker threads.
class BasemapData
{
public:
    struct Label
    {
        QPointF world;
        QString text;
        int rank = 0; // lower = more important, placed first
    };

    // Loads from a directory holding the *.geojson files. Missing or broken files are
    // reported in problems() and the layer stays empty; never fails outright.
    static std::shared_ptr<const BasemapData> load(const QString &geoDir);
    // The process-wide instance for geoDataDirectory(), loaded on first use.
    static std::shared_ptr<const BasemapData> shared();

    GeoLayer land;              // GSHHG land polygons (context bbox only)
    GeoLayer coastline;         // GSHHG shoreline lines
    GeoLayer rivers;            // WDB II rivers
    GeoLayer province;          // Ha Tinh outline
    GeoLayer districts;         // 12 district-level units
    GeoLayer settlements;       // 1,492 village points
    GeoLayer neighbourProvinces;// NE admin-1 context
    GeoLayer places;            // NE populated places (province capitals)
    GeoLayer national;          // Viet Nam incl. Hoàng Sa and Trường Sa (inset)
    GeoLayer nationalNeighbours;// neighbouring countries (inset and low zoom)

    QVector<Label> districtLabels;
    QVector<Label> neighbourLabels;
    QVector<Label> settlementLabels; // sorted: district towns first

    // Where GSHHG land is authoritative (outside it, the coarser national data is drawn).
    QRectF contextWorldRect;
    QRectF provinceWorldRect;
    QGeoRectangle provinceBounds() const;
    QString geoDir;

    QStringList problems() const; // errors and warnings of all layers
    bool hasProvince() const { return !province.features.isEmpty(); }
};

} // namespace ioc::map
