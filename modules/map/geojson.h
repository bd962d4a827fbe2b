#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace ioc::map {

// One GeoJSON feature, projected to normalised world coordinates (mercator.h) at load
// time so rendering never runs trigonometry.
struct GeoFeature
{
    enum class Kind { Point, Line, Polygon };
    Kind kind = Kind::Point;
    // Point: parts[0] holds all points (MultiPoint has several).
    // Line: one part per LineString. Polygon: every ring of every polygon; rings are
    // filled with the odd-even rule, so holes need no bookkeeping.
    QVector<QVector<QPointF>> parts;
    QVector<bool> isHole; // Polygon only, parallel to parts: inner ring of the preceding outer
    QVector<QRectF> partBounds;
    QRectF bounds;
    QVariantMap properties;

    QString text(const char *key) const { return properties.value(QLatin1String(key)).toString(); }
};

struct GeoLayer
{
    QString name;
    QVector<GeoFeature> features;
    // Human-readable problems: a file that cannot be read is an error (features empty);
    // a bad ring or coordinate is a warning and only that item is skipped.
    QString error;
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

// Reads an RFC 7946 FeatureCollection (or a single Feature). Never throws and never
// crashes on malformed input; see GeoLayer::error / warnings.
GeoLayer readGeoJsonFile(const QString &path);
GeoLayer parseGeoJson(const QByteArray &json, const QString &nameForMessages);

} // namespace ioc::map
