#pragma once

#include <QHash>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace ioc::sync {

// How one of our collections is found on a province's server.
struct CollectionMapping
{
    QString remoteId; // the server's collection id
    QHash<QString, QString> propertyRenames; // server property → our property
};

// What sync needs to know about the data center and its schedule. Defaults fit our
// simulator; a deployment overrides them with a mapping file (docs/sync.md).
struct SyncSettings
{
    QUrl baseUrl;
    QString token; // never logged
    int pageLimit = 5000;
    std::chrono::seconds liveInterval { 60 };
    std::chrono::seconds statisticsInterval { 15 * 60 };
    std::chrono::seconds reconcileEvery { 6 * 60 * 60 };
    // Requests of many workstations are spread over this fraction of each interval.
    double jitterFraction = 0.2;
    std::chrono::seconds requestTimeout { 30 };
    QHash<QString, CollectionMapping> mappings;
    QHash<QString, std::chrono::seconds> intervals;

    QString remoteIdFor(const QString &collection) const;
    QHash<QString, QString> propertyRenamesFor(const QString &collection) const;
    std::chrono::seconds intervalFor(const QString &collection) const;

    // Reads a mapping file (JSON):
    // {"collections": {"cam_cameras": {"id": "cameras", "properties": {"trang_thai": "status"}}},
    //  "intervals": {"cam_cameras": 30}, "pageLimit": 500}
    // Returns false with *error naming the file and the problem; *this is unchanged then.
    bool loadMappingFile(const QString &path, QString *error);
};

// Collections that change by the minute (status, events, occupancy, dossiers, operator
// actions) are synced on the live interval; the rest (catalogues, statistics) less often.
bool isLiveCollection(const QString &collection);

} // namespace ioc::sync
