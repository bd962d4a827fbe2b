#include "core/feature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace ioc::core {

namespace {

// Walks nested coordinate arrays of any depth (Point … MultiPolygon) and grows bounds.
bool accumulate(const QJsonArray &coordinates, GeoBounds &bounds, bool &any, QString *error)
{
    if (coordinates.size() >= 2 && coordinates.at(0).isDouble()) {
        const double lon = coordinates.at(0).toDouble();
        const double lat = coordinates.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90
            || lat > 90) {
            if (error)
                *error = QStringLiteral("coordinate out of range");
            return false;
        }
        if (!any) {
            bounds = { lon, lat, lon, lat };
            any = true;
        } else {
            bounds.minLon = std::min(bounds.minLon, lon);
            bounds.minLat = std::min(bounds.minLat, lat);
            bounds.maxLon = std::max(bounds.maxLon, lon);
            bounds.maxLat = std::max(bounds.maxLat, lat);
        }
        return true;
    }
    for (const QJsonValue &child : coordinates) {
        if (!child.isArray()) {
            if (error)
                *error = QStringLiteral("coordinates are not numbers");
            return false;
        }
        if (!accumulate(child.toArray(), bounds, any, error))
            return false;
    }
    return true;
}

} // namespace

std::optional<GeoBounds> boundsOfGeometry(const QJsonObject &geometry, QString *error)
{
    GeoBounds bounds;
    bool any = false;
    if (geometry.value(QLatin1String("type")).toString() == QLatin1String("GeometryCollection")) {
        for (const QJsonValue &part : geometry.value(QLatin1String("geometries")).toArray()) {
            const auto partBounds = boundsOfGeometry(part.toObject(), error);
            if (!partBounds)
                return std::nullopt;
            if (!any) {
                bounds = *partBounds;
                any = true;
            } else {
                bounds.minLon = std::min(bounds.minLon, partBounds->minLon);
                bounds.minLat = std::min(bounds.minLat, partBounds->minLat);
                bounds.maxLon = std::max(bounds.maxLon, partBounds->maxLon);
                bounds.maxLat = std::max(bounds.maxLat, partBounds->maxLat);
            }
        }
    } else if (!accumulate(
                   geometry.value(QLatin1String("coordinates")).toArray(), bounds, any, error)) {
        return std::nullopt;
    }
    if (!any) {
        if (error && error->isEmpty())
            *error = QStringLiteral("geometry has no coordinates");
        return std::nullopt;
    }
    return bounds;
}

bool isDateOrTimeText(const char *utf8, qsizetype size)
{
    const auto digits = [utf8](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (utf8[i] < '0' || utf8[i] > '9')
                return false;
        }
        return true;
    };
    const bool date = size >= 10 && digits(0, 4) && utf8[4] == '-' && digits(5, 2) && utf8[7] == '-'
        && digits(8, 2);
    if (!date)
        return false;
    if (size == 10)
        return true;
    return size >= 16 && (utf8[10] == 'T' || utf8[10] == ' ') && digits(11, 2) && utf8[13] == ':'
        && digits(14, 2) && size <= 35;
}

bool isCodeText(const char *utf8, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = utf8[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

bool isSearchableText(const char *utf8, qsizetype size)
{
    return !isDateOrTimeText(utf8, size) && !isCodeText(utf8, size);
}

QString searchTextOf(const QString &id, const QJsonObject &properties)
{
    QString text = id;
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.value().isString()) {
            const QByteArray utf8 = it.value().toString().toUtf8();
            if (!isSearchableText(utf8.constData(), utf8.size()))
                continue;
            text.append(QLatin1Char(' '));
            text.append(it.value().toString());
        }
    }
    return text;
}

std::optional<Feature> Feature::fromGeoJson(
    const QString &collection, const QJsonObject &object, QString *error)
{
    const QJsonValue idValue = object.value(QLatin1String("id"));
    QString id;
    if (idValue.isString())
        id = idValue.toString();
    else if (idValue.isDouble())
        id = QString::number(idValue.toInteger());
    if (id.isEmpty()) {
        if (error)
            *error = QStringLiteral("feature has no id");
        return std::nullopt;
    }

    Feature feature;
    feature.collection = collection;
    feature.id = id;

    const QJsonValue geometry = object.value(QLatin1String("geometry"));
    if (geometry.isObject()) {
        QString why;
        feature.bounds = boundsOfGeometry(geometry.toObject(), &why);
        if (!feature.bounds) {
            if (error)
                *error = QStringLiteral("feature %1: invalid geometry (%2)").arg(id, why);
            return std::nullopt;
        }
        feature.geometryJson = QJsonDocument(geometry.toObject()).toJson(QJsonDocument::Compact);
    } else if (!geometry.isNull() && !geometry.isUndefined()) {
        if (error)
            *error = QStringLiteral("feature %1: geometry is neither an object nor null").arg(id);
        return std::nullopt;
    }

    const QJsonObject properties = object.value(QLatin1String("properties")).toObject();
    feature.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    feature.updatedAt = properties.value(QLatin1String("updated_at")).toString();
    feature.searchText = searchTextOf(id, properties);
    return feature;
}

} // namespace ioc::core
