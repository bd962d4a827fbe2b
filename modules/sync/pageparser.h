#pragma once

#include "core/feature.h"
#include "sync/propertyplan.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QUrl>
#include <optional>

namespace ioc::sync {

// A feature that failed validation: kept aside with the reason, never in the mirror.
struct QuarantinedItem
{
    QString featureId; // may be empty (that can be the problem)
    QString reason;
    QByteArray raw; // the feature's JSON, capped at kMaxRawBytes
    static constexpr int kMaxRawBytes = 2048;
};

// What a collection's features must look like to enter the cache.
struct ValidationRules
{
    // A plausible extent for coordinates: Viet Nam and its seas with margin. A point
    // outside it is an error at the source (swapped lon/lat, projected metres, 0,0).
    core::GeoBounds plausibleExtent { 95.0, 0.0, 125.0, 30.0 };
    // The deployment's mapping and the module's contract: renames, value maps,
    // constants, and the types values are made (docs/mapping.md).
    PropertyPlan plan = PropertyPlan::compile({}, nullptr, QTimeZone::utc());
    // Limits on one feature: beyond them it is quarantined with the reason (valid JSON
    // can still be absurd: a 79 MB polygon, a 20 MB string grew a cache by 2 GB).
    qint64 maxGeometryPositions = 250000; // a district boundary has a few thousand
    qint64 maxStringBytes = 1 << 20; // names and notes are short; 1 MiB is generous
    int maxProperties = 1000;
};

struct ParsedPage
{
    QList<core::Feature> features;
    QList<QuarantinedItem> quarantined;
    QUrl next; // rel="next", resolved; empty on the last page
    QString maxUpdatedAt; // newest updated_at on the page (RFC 3339 strings sort)
    int received = 0; // features in the response, valid or not
    qint64 numberMatched = -1; // the server's count for the whole query; -1 if not given
    // The parser refused the page as a whole (a number out of range, invalid UTF-8, too
    // deep) and it was read feature by feature; the culprits are in `quarantined`.
    bool salvaged = false;
};

// A response larger than this is refused whole (a misbehaving server must not exhaust a
// 4 GB laptop); pages are normally a few MB.
constexpr qint64 kMaxPageBytes = 128LL * 1024 * 1024;

// Parses one items response (a GeoJSON FeatureCollection). Invalid features are
// quarantined and the rest kept. Returns std::nullopt with *error when the response as a
// whole is unusable (not JSON, truncated, not a FeatureCollection, too large).
// simdjson parses the page (about ten times faster than QJsonDocument on GeoJSON, the
// largest cost of a first sync); geometry and properties are then written back as compact
// JSON text straight from the parsed tree, with the renames applied, in one buffer each.
std::optional<ParsedPage> parseItemsPage(const QByteArray &body, const QString &collection,
    const QUrl &requestUrl, const ValidationRules &rules, QString *error);

} // namespace ioc::sync
