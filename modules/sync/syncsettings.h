#pragma once

#include "core/datacontract.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace ioc::sync {

// One of our properties, as a deployment's mapping file makes it (docs/mapping.md).
struct PropertyMapping
{
    QString ours; // our property name
    QString from; // the server's property it is read from; empty for a constant
    std::optional<QJsonValue> constant; // a fixed value instead of a server property
    // Server value (a string as is, other values as compact JSON: "1", "true") → ours.
    // Values not listed pass through unchanged.
    QHash<QString, QJsonValue> values;
};

// How one of our collections is found on a province's server.
struct CollectionMapping
{
    enum class Mode {
        Auto, // probe the server: incremental where its datetime filter proves reliable
        Incremental, // trust datetime (the deployer checked it)
        Reconcile, // never ask datetime: every run reads the whole collection
    };

    QString remoteId; // the server's collection id; empty = ours
    // Explicit properties. Server properties no entry reads pass through under their
    // own name, unless one of ours already took that name.
    QList<PropertyMapping> properties;
    bool enabled = true;
    QString temporalProperty; // the server's property its datetime filter applies to
    Mode mode = Mode::Auto;
    std::optional<int> pageLimit;
    // The run interval; zero = never after the first complete sync (static reference
    // data).
    std::optional<std::chrono::seconds> interval;
    QString timeZone; // IANA zone for times without offset; empty = the file's default
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
    // No byte for this long fails a request (Qt's transfer timeout, reset by every byte)…
    std::chrono::seconds requestTimeout { 30 };
    // …and so does a response not complete after this long, however it trickles: a
    // server or proxy sending a byte a second must not hold a run for hours.
    std::chrono::seconds requestDeadline { 300 };
    // A response that has started but brings fewer than minimumRate bytes a second over
    // rateWindow fails early, before the deadline (0 = no minimum).
    qint64 minimumRate = 512;
    std::chrono::seconds rateWindow { 30 };
    // The bytes one response may bring, after decompression; at most the parser's own
    // bound (kMaxPageBytes, 128 MiB), which is the default.
    qint64 maxResponseBytes = 128LL * 1024 * 1024;
    // Bounds of one run of one collection: it stops after this many pages or this long
    // and the next run goes on from its resume point, so a server paging without end (or
    // a first sync over a slow link) never holds a run slot for good.
    int maxPagesPerRun = 10000;
    std::chrono::seconds runDeadline { 60 * 60 };
    // On loopback (the simulator, a local proxy) asking for gzip only costs both
    // processes CPU; tests of the decompression limits switch this off.
    bool plainOnLoopback = true;
    // Limits on one feature (ValidationRules); beyond them it is quarantined.
    qint64 maxGeometryPositions = 250000;
    qint64 maxStringBytes = 1 << 20;
    int maxProperties = 1000;
    // A reconciliation that would delete more than this share of a collection deletes
    // nothing and says so, until it is confirmed (--allow-mass-deletion, or 1.0 here).
    double maxDeletionShare = 0.2;
    QHash<QString, CollectionMapping> mappings;
    QHash<QString, std::chrono::seconds> intervals; // v1 files; v2 keeps them per collection
    // Zone of server times written without offset (mapping "timeZone"); default UTC.
    QString defaultTimeZone = QStringLiteral("UTC");
    int mappingVersion = 0; // 0: no file; 1 or 2: the file's schema
    // What the modules read from each collection (core::Module::dataContract()): sync
    // makes served values these types.
    QHash<QString, core::CollectionContract> contracts;

    QString remoteIdFor(const QString &collection) const;
    CollectionMapping mappingFor(const QString &collection) const;
    bool isEnabled(const QString &collection) const;
    int pageLimitFor(const QString &collection) const;
    // Zero: never again after the first complete sync.
    std::chrono::seconds intervalFor(const QString &collection) const;
    QString timeZoneFor(const QString &collection) const;

    // Reads a mapping file (JSON, docs/mapping.md), validated strictly: an unknown key at
    // any level is an error naming the file, the key and its path. Returns false with
    // *error naming the file and the problem; *this is unchanged then. knownCollections:
    // our collection ids, so that a misspelt one is an error (empty: not checked).
    bool loadMappingFile(
        const QString &path, QString *error, const QStringList &knownCollections = {});
};

// Collections that change by the minute (status, events, occupancy, dossiers, operator
// actions) are synced on the live interval; the rest (catalogues, statistics) less often.
bool isLiveCollection(const QString &collection);

} // namespace ioc::sync
