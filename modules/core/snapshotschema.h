#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ioc::core {

// An imported snapshot is data, not code (docs/reliability.md, "Snapshots"). Before it
// becomes the mirror, its schema is compared with the one IOC Desktop itself creates at
// the same version (built in memory by the same migrations):
//  - a core table, index or virtual table that differs from ours refuses the file;
//  - a virtual table we never create refuses it (dropping it would run its module);
//  - everything else — triggers, views, the modules' projection tables and indexes —
//    is dropped, and module_schema and derived_fill are emptied, so each module's own
//    migration rebuilds its tables from the features when the cache is next opened;
//  - what an interrupted run or a server survey left (resume URL, run mode, page limit,
//    datetime verdict) is cleared: it belongs to another workstation's data center.
// `db` is the staged copy, opened for writing. False with *why (for the operator) when
// the file is refused; the staged copy is then to be discarded.
bool rebuildSnapshotSchema(QSqlDatabase &db, int schemaVersion, QString *why);

} // namespace ioc::core
