#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace ioc::map {

// One point feature as a module hands it to the map.
struct MapPoint
{
    QString id;
    double lon = 0;
    double lat = 0;
    QString styleKey; // e.g. camera status "online" / "offline"; coloured via PointLayerOptions
    QString tooltip;  // shown on hover; empty = the id

    MapPoint() = default;
    MapPoint(QString id_, double lon_, double lat_, QString style = {}, QString tip = {})
        : id(std::move(id_)), lon(lon_), lat(lat_), styleKey(std::move(style)), tooltip(std::move(tip)) {}
    MapPoint(QString id_, const QGeoCoordinate &c, QString style = {}, QString tip = {})
        : MapPoint(std::move(id_), c.longitude(), c.latitude(), std::move(style), std::move(tip)) {}
};

struct PointLayerOptions
{
    bool clustered = true;
    QHash<QString, QColor> styleColours; // styleKey -> fill colour
    QColor defaultColour = QColor(0x1f, 0x6f, 0xd1);
    QColor clusterColour = QColor(0x1f, 0x6f, 0xd1);
    double radiusPx = 5;
    int zOrder = 0; // higher draws on top
    bool visible = true;
};

// An immutable, indexed snapshot of a point layer. Building it does all the heavy work
// (projection, Morton sort, cluster hierarchy) once; queries and rendering only read it,
// so render jobs on worker threads use it without locks. New data = a new snapshot.
//
// Index: points are sorted by Morton (Z-order) key of a 2^(kMaxClusterZoom+2) grid over
// the world. A grid cell at zoom z is 64 px wide at that zoom, and because of the Morton
// prefix property every cell at every zoom is a contiguous run of that sorted order.
// So each zoom's clusters are just run-length groups of key >> 2·(kMaxClusterZoom - z):
// hierarchical by construction, O(n) per level after one sort, and a viewport query is a
// handful of binary searches.
class PointLayerData
{
public:
    static constexpr int kMaxClusterZoom = 16; // above this, points are always drawn singly
    static constexpr double kCellPx = 64;

    struct Cluster
    {
        quint64 key = 0;   // Morton key at its level
        QPointF world;     // centroid of its members
        int first = 0;     // range in order()
        int count = 0;
    };

    static std::shared_ptr<const PointLayerData> build(const QString &layerId,
                                                       const QVector<MapPoint> &points,
                                                       const PointLayerOptions &options);

    // A copy sharing all indexes (Qt containers are implicitly shared), only visibility differs.
    std::shared_ptr<const PointLayerData> withVisible(bool visible) const;

    QString layerId() const { return m_layerId; }
    const PointLayerOptions &options() const { return m_options; }
    int size() const { return int(m_world.size()); }
    QString pointId(int i) const { return m_ids.at(i); }
    QString tooltip(int i) const;
    QPointF world(int i) const { return m_world.at(i); }
    QColor colour(int i) const;
    // Colours by small integer index, so renderers can keep per-style sprites in an array.
    int styleIndex(int i) const { return m_style.at(i); }
    int styleCount() const { return int(m_styleColours.size()); }
    QColor styleColour(int styleIndex) const { return m_styleColours.value(styleIndex, m_options.defaultColour); }
    int pointIndex(const QString &id) const { return m_indexById.value(id, -1); }
    // Point indices sorted by Morton key; clusters refer to ranges of it.
    const QVector<int> &order() const { return m_order; }

    // Clusters at an integer zoom (clamped to 0..kMaxClusterZoom).
    const QVector<Cluster> &clusters(int zoom) const;
    // Clusters of `zoom` whose cell intersects the world rectangle.
    void forClustersIn(int zoom, const QRectF &world, const std::function<void(const Cluster &)> &f) const;
    // Every point inside the world rectangle.
    void forPointsIn(const QRectF &world, const std::function<void(int)> &f) const;
    // Nearest point within radius (world units), or -1.
    int nearestPoint(const QPointF &world, double radius) const;
    // Bounding box (world) of a cluster's members.
    QRectF clusterBounds(const Cluster &c) const;

private:
    int levelForQuery(const QRectF &world) const;

    QString m_layerId;
    PointLayerOptions m_options;
    QVector<QPointF> m_world;
    QStringList m_ids;
    QStringList m_tooltips;
    QVector<quint16> m_style;
    QVector<QColor> m_styleColours;
    QHash<QString, int> m_indexById;
    QVector<int> m_order;
    QVector<QVector<Cluster>> m_levels; // index = zoom
};

} // namespace ioc::map
