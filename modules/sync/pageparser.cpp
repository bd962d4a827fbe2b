#include "sync/pageparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <functional>

namespace ioc::sync {

namespace {

QString checkPosition(const QJsonValue &value, const core::GeoBounds &extent)
{
    const QJsonArray position = value.toArray();
    if (!value.isArray() || position.size() < 2 || !position.at(0).isDouble()
        || !position.at(1).isDouble())
        return QStringLiteral("a position is not [lon, lat]");
    const double lon = position.at(0).toDouble();
    const double lat = position.at(1).toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat))
        return QStringLiteral("a coordinate is not finite");
    if (lon < extent.minLon || lon > extent.maxLon || lat < extent.minLat || lat > extent.maxLat)
        return QStringLiteral("coordinate (%1, %2) is outside the plausible extent")
            .arg(lon)
            .arg(lat);
    return {};
}

QString checkLine(const QJsonValue &value, const core::GeoBounds &extent, int minPositions)
{
    if (!value.isArray())
        return QStringLiteral("a line is not an array of positions");
    const QJsonArray line = value.toArray();
    if (line.size() < minPositions)
        return QStringLiteral("a line or ring has %1 positions (needs %2)")
            .arg(line.size())
            .arg(minPositions);
    for (const QJsonValue &position : line) {
        const QString why = checkPosition(position, extent);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

QString checkPolygon(const QJsonValue &value, const core::GeoBounds &extent)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return QStringLiteral("a polygon has no rings");
    for (const QJsonValue &ringValue : value.toArray()) {
        const QString why = checkLine(ringValue, extent, 4);
        if (!why.isEmpty())
            return why;
        const QJsonArray ring = ringValue.toArray();
        if (ring.first().toArray() != ring.last().toArray())
            return QStringLiteral("a polygon ring is not closed");
    }
    return {};
}

QString checkEach(const QJsonValue &value, const std::function<QString(const QJsonValue &)> &check)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return QStringLiteral("a multi-geometry has no parts");
    for (const QJsonValue &part : value.toArray()) {
        const QString why = check(part);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

QByteArray capped(const QJsonObject &object)
{
    QByteArray raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (raw.size() > QuarantinedItem::kMaxRawBytes)
        raw = raw.left(QuarantinedItem::kMaxRawBytes) + "…";
    return raw;
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

QString validateGeometry(const QJsonObject &geometry, const core::GeoBounds &extent)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
    if (type == QLatin1String("Point"))
        return checkPosition(coordinates, extent);
    if (type == QLatin1String("MultiPoint"))
        return checkEach(
            coordinates, [&](const QJsonValue &v) { return checkPosition(v, extent); });
    if (type == QLatin1String("LineString"))
        return checkLine(coordinates, extent, 2);
    if (type == QLatin1String("MultiLineString"))
        return checkEach(coordinates, [&](const QJsonValue &v) { return checkLine(v, extent, 2); });
    if (type == QLatin1String("Polygon"))
        return checkPolygon(coordinates, extent);
    if (type == QLatin1String("MultiPolygon"))
        return checkEach(coordinates, [&](const QJsonValue &v) { return checkPolygon(v, extent); });
    if (type == QLatin1String("GeometryCollection")) {
        return checkEach(geometry.value(QLatin1String("geometries")), [&](const QJsonValue &v) {
            return v.isObject() ? validateGeometry(v.toObject(), extent)
                                : QStringLiteral("a collection member is not a geometry");
        });
    }
    return QStringLiteral("unknown geometry type '%1'").arg(type);
}

std::optional<ParsedPage> parseItemsPage(const QByteArray &body, const QString &collection,
    const QUrl &requestUrl, const ValidationRules &rules, QString *error)
{
    if (body.size() > kMaxPageBytes) {
        *error = QStringLiteral("response of %1 bytes exceeds the %2-byte cap")
                     .arg(body.size())
                     .arg(kMaxPageBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("response is not valid JSON (%1 at byte %2; %3 bytes received)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)
                     .arg(body.size());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
        || !root.value(QLatin1String("features")).isArray()) {
        *error = QStringLiteral("response is not a GeoJSON FeatureCollection");
        return std::nullopt;
    }

    ParsedPage page;
    for (const QJsonValue &linkValue : root.value(QLatin1String("links")).toArray()) {
        const QJsonObject link = linkValue.toObject();
        if (link.value(QLatin1String("rel")).toString() == QLatin1String("next")) {
            page.next = requestUrl.resolved(QUrl(link.value(QLatin1String("href")).toString()));
            break;
        }
    }

    QSet<QString> seenIds;
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    page.received = static_cast<int>(features.size());
    for (const QJsonValue &value : features) {
        QJsonObject object = value.toObject();
        auto quarantine = [&](const QString &id, const QString &reason) {
            page.quarantined.append({ id, reason, capped(value.toObject()) });
        };
        if (!value.isObject()
            || object.value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
            quarantine({}, QStringLiteral("not a GeoJSON Feature"));
            continue;
        }
        const QJsonValue idValue = object.value(QLatin1String("id"));
        const QString id = idValue.isString() ? idValue.toString()
            : idValue.isDouble()              ? QString::number(idValue.toInteger())
                                              : QString();
        if (id.isEmpty()) {
            quarantine({}, QStringLiteral("feature has no id"));
            continue;
        }
        if (seenIds.contains(id)) {
            quarantine(id, QStringLiteral("duplicate id in the same response"));
            continue;
        }
        const QJsonValue geometry = object.value(QLatin1String("geometry"));
        if (geometry.isObject()) {
            const QString why = validateGeometry(geometry.toObject(), rules.plausibleExtent);
            if (!why.isEmpty()) {
                quarantine(id, QStringLiteral("invalid geometry: %1").arg(why));
                continue;
            }
        } else if (!geometry.isNull() && !geometry.isUndefined()) {
            quarantine(id, QStringLiteral("geometry is neither an object nor null"));
            continue;
        }
        const QJsonValue propertiesValue = object.value(QLatin1String("properties"));
        if (!propertiesValue.isObject() && !propertiesValue.isNull()
            && !propertiesValue.isUndefined()) {
            quarantine(id, QStringLiteral("properties is not an object"));
            continue;
        }
        QJsonObject properties = propertiesValue.toObject();
        for (auto it = rules.propertyRenames.constBegin(); it != rules.propertyRenames.constEnd();
             ++it) {
            if (properties.contains(it.key()))
                properties.insert(it.value(), properties.take(it.key()));
        }
        QString typeProblem;
        for (auto it = rules.propertyTypes.constBegin(); it != rules.propertyTypes.constEnd();
             ++it) {
            const QJsonValue property = properties.value(it.key());
            if (!property.isUndefined() && !property.isNull() && property.type() != it.value()) {
                typeProblem = QStringLiteral("property '%1' is a %2, expected a %3")
                                  .arg(it.key(), typeName(property.type()), typeName(it.value()));
                break;
            }
        }
        const QJsonValue updated = properties.value(QLatin1String("updated_at"));
        if (typeProblem.isEmpty() && !updated.isUndefined() && !updated.isNull()
            && (!updated.isString()
                || !QDateTime::fromString(updated.toString(), Qt::ISODate).isValid())) {
            typeProblem = QStringLiteral("updated_at is not an RFC 3339 time");
        }
        if (!typeProblem.isEmpty()) {
            quarantine(id, typeProblem);
            continue;
        }
        object.insert(QLatin1String("properties"), properties);
        QString why;
        auto feature = core::Feature::fromGeoJson(collection, object, &why);
        if (!feature) {
            quarantine(id, why);
            continue;
        }
        seenIds.insert(id);
        if (feature->updatedAt > page.maxUpdatedAt)
            page.maxUpdatedAt = feature->updatedAt;
        page.features.append(std::move(*feature));
    }
    return page;
}

} // namespace ioc::sync
