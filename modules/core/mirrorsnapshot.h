#pragma once

#include "core/cacheerror.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ioc::core {

// A snapshot is one SQLite file: a consistent copy of the mirror (the data center's
// collections, sync cursors included) plus a small manifest table. A colleague can
// import it on a laptop with no network at all. The operator store (acknowledgements,
// notes, outbox) is personal and is never part of a snapshot.
struct SnapshotManifest
{
    int format = 0; // kSnapshotFormat of the writer
    QString appVersion; // IOC Desktop version that wrote it
    int mirrorSchemaVersion = 0; // PRAGMA user_version of the copied mirror
    QDateTime createdUtc;
    qint64 featureCount = 0;
};

constexpr int kSnapshotFormat = 1;
constexpr const char *kSnapshotManifestTable = "ioc_snapshot_manifest";

// Writes a copy of the mirror at mirrorPath to destination (replacing it), through
// SQLite's VACUUM INTO: a read transaction, so sync may keep writing meanwhile, and a
// compact file. Uses its own connection, so it may run on any thread. A failure leaves
// no partial file behind and an existing destination untouched.
CacheError exportMirrorSnapshot(const QString &mirrorPath, const QString &destination,
    const QString &appVersion, SnapshotManifest *written = nullptr);

// Checks a snapshot without changing it: SQLite's full integrity check, the manifest,
// and that neither the mirror schema nor any module's tables are newer than this build
// knows (knownModuleVersions: module id → last cache migration version).
CacheError inspectSnapshot(const QString &path, const QHash<QString, int> &knownModuleVersions,
    SnapshotManifest *out = nullptr);

// Makes the snapshot the mirror of dataDir. The snapshot is copied next to the mirror
// and checked there first; only a copy that passes replaces mirror.sqlite, and the old
// mirror is kept until the new one is in place (renamed back if the swap fails). No
// connection to the mirror may be open. The operator store is never touched.
CacheError importMirrorSnapshot(const QString &dataDir, const QString &snapshot,
    const QHash<QString, int> &knownModuleVersions, SnapshotManifest *manifest = nullptr);

} // namespace ioc::core
