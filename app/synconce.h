#pragma once

#include "sync/syncsettings.h"

#include <QStringList>

namespace ioc::app {

// `ioc-desktop --sync-once`: syncs every collection once on this thread, prints one line
// per collection (fetched, changed, deleted, quarantined, error) and returns the exit
// code: 0 when every collection succeeded, 1 otherwise. For preparing laptops before a
// trip and for scheduled jobs.
int runSyncOnce(
    const QString &dataDir, const sync::SyncSettings &settings, const QStringList &collections);

} // namespace ioc::app
