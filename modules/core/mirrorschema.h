#pragma once

#include "core/sqlitefile.h"

namespace ioc::core {

// The mirror of data-center collections. It can always be rebuilt by syncing again,
// which is why a corrupt mirror may be moved aside and recreated.
//  v1  features (generic), point grid index, R*Tree for non-point bounds, sync_state
//  v2  full-text search over folded text (FTS5), per-module schema versions
//  v3  quarantine of invalid features, sync progress columns
//  v4  bulk first syncs: deferred search rows and projection fills
//  v5  what sync learned about the server (datetime verdict, page limit)
//  v6  pages that keep failing (a record the server cannot send, a page too large)
QList<Migration> mirrorMigrations();

// Points are most features; an R*Tree row costs 8–13× a plain insert (measured.md), so
// points are indexed by a grid cell in a B-tree and only other geometries use the R*Tree.
// 0.01° cells (≈1.1 km): a commune-sized view touches a handful of cells per row.
constexpr double kPointGridDegrees = 0.01;
constexpr qint64 kPointGridColumns = 36000; // 360 / kPointGridDegrees

qint64 pointGridRow(double lat);
qint64 pointGridColumn(double lon);
qint64 pointGridCell(double lon, double lat);

} // namespace ioc::core
