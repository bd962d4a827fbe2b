#pragma once

#include "sync/syncsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ioc::sync {

// What a mapping file says (docs/mapping.md), checked strictly: every key at every level
// must be known, every value of the right kind. Version 1 (no "schemaVersion": renames
// server → ours, top-level "intervals") is still read; version 2 adds per-collection
// properties keyed by *our* name (one server property may feed several of ours),
// constants, value maps, "enabled", "temporalProperty", "mode", "pageLimit", "interval"
// (seconds or "never") and "timeZone".
struct MappingFile
{
    int version = 1;
    QHash<QString, CollectionMapping> collections;
    QHash<QString, std::chrono::seconds> intervals; // v1 only
    std::optional<int> pageLimit;
    QString timeZone; // default for times without offset; empty = UTC
};

// Parses the text of a mapping file. `knownCollections` (our ids) makes an unknown
// collection key an error (a typo would otherwise silently map nothing); empty = no
// check. Errors name `fileName`, the key and its path, e.g.
// "mapping.json: collections.health_facilities.propertes: unknown key".
std::optional<MappingFile> parseMappingFile(const QByteArray &text, const QString &fileName,
    const QStringList &knownCollections, QString *error);

} // namespace ioc::sync
