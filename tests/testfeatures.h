#pragma once

// Small builders for test features, so each test says what it stores in one line.

#include "core/feature.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ioc::test {

inline core::Feature pointFeature(const QString &collection, const QString &id, double lon,
    double lat, const QJsonObject &properties = {})
{
    core::Feature feature;
    feature.collection = collection;
    feature.id = id;
    feature.geometryJson = QStringLiteral(R"({"type":"Point","coordinates":[%1,%2]})")
                               .arg(lon, 0, 'f', 6)
                               .arg(lat, 0, 'f', 6)
                               .toUtf8();
    feature.bounds = core::GeoBounds { lon, lat, lon, lat };
    feature.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    feature.updatedAt = properties.value(QLatin1String("updated_at")).toString();
    feature.searchText = core::searchTextOf(id, properties);
    return feature;
}

inline core::Feature boxFeature(const QString &collection, const QString &id, double minLon,
    double minLat, double maxLon, double maxLat, const QJsonObject &properties = {})
{
    core::Feature feature;
    feature.collection = collection;
    feature.id = id;
    feature.geometryJson = QStringLiteral(
        R"({"type":"Polygon","coordinates":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]})")
                               .arg(minLon)
                               .arg(minLat)
                               .arg(maxLon)
                               .arg(maxLat)
                               .toUtf8();
    feature.bounds = core::GeoBounds { minLon, minLat, maxLon, maxLat };
    feature.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    feature.searchText = core::searchTextOf(id, properties);
    return feature;
}

inline core::Feature attributeFeature(
    const QString &collection, const QString &id, const QJsonObject &properties)
{
    core::Feature feature;
    feature.collection = collection;
    feature.id = id;
    feature.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    feature.searchText = core::searchTextOf(id, properties);
    return feature;
}

} // namespace ioc::test
