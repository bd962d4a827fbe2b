#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ioc::core {

// Axis-aligned bounds in lon/lat (EPSG:4326), as GeoJSON orders coordinates.
struct GeoBounds
{
    double minLon = 0;
    double minLat = 0;
    double maxLon = 0;
    double maxLat = 0;

    bool isPoint() const { return minLon == maxLon && minLat == maxLat; }
    bool intersects(const GeoBounds &other) const
    {
        return minLon <= other.maxLon && maxLon >= other.minLon && minLat <= other.maxLat
            && maxLat >= other.minLat;
    }
};

// A data-center feature as the mirror stores it: generic, so every collection of every
// module fits without a schema change. Geometry and properties stay JSON text.
struct Feature
{
    QString collection;
    QString id;
    QByteArray geometryJson; // GeoJSON geometry object; empty for "geometry": null
    std::optional<GeoBounds> bounds; // empty when there is no geometry
    QByteArray propertiesJson = "{}"; // GeoJSON properties object
    QString updatedAt; // RFC 3339, as the server sent it
    QString searchText; // what full-text search sees (names, addresses, id)

    // Builds a Feature from a parsed GeoJSON Feature object. Returns std::nullopt and
    // sets *error when the object is not a usable feature (no id, bad geometry).
    static std::optional<Feature> fromGeoJson(
        const QString &collection, const QJsonObject &object, QString *error);
};

// Bounds of a GeoJSON geometry object; std::nullopt for an empty or malformed geometry.
std::optional<GeoBounds> boundsOfGeometry(const QJsonObject &geometry, QString *error = nullptr);

// The text full-text search indexes for a feature: its id and every string property
// that is not a date or time stamp.
QString searchTextOf(const QString &id, const QJsonObject &properties);

// True for "2026-11-26" and "2026-11-26T07:00:00Z"-like text (by shape). Such values are
// left out of the search index: nobody searches for them by typing, and the four stamps
// of a dossier were about 40 % of its tokens (the index is the largest cost of a sync).
bool isDateOrTimeText(const char *utf8, qsizetype size);

// True for code-like values: only a–z, 0–9, '_' and '-' ("processing", "online",
// "general_hospital", "ag-68", "17905"). Enumerations, references to other features and
// unit codes are filters, not what an operator types to find something; leaving them
// out keeps a status change from rewriting the feature's search row, and the index
// smaller (with digit-only values kept, the 1,000-change increment took 400–550 ms
// instead of 150–180). Names, people, document numbers and dossier codes (capitals,
// spaces, diacritics, '/', '.') stay searchable, and so does the feature's own id. The
// province's data has no phone or ID numbers; a source that has them would need them
// kept (a per-collection list of searchable properties).
bool isCodeText(const char *utf8, qsizetype size);

// What goes into the search text: neither a date/time stamp nor a code.
bool isSearchableText(const char *utf8, qsizetype size);

} // namespace ioc::core
