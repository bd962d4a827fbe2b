#pragma once

#include "commandline.h"
#include "core/moduleregistry.h"
#include "sync/syncsettings.h"

#include <optional>

namespace ioc::app {

// The sync configuration in force: the command line over the saved settings
// (QSettings "datacenter/url", "datacenter/mapping"; a system-wide file in /etc/xdg works
// too), the token from the keyring or its private file. Returns std::nullopt with
// *error for a configuration that cannot work (unreadable mapping or token file);
// *warning carries what the operator should know but need not fix now. The modules give
// the collections a mapping file may name and their data contracts.
std::optional<sync::SyncSettings> loadSyncSettings(const CommandLineOptions &options,
    const core::ModuleRegistry &modules, QString *error, QString *warning);

// Every collection the application syncs (the modules' and the shared ones) with what
// its module reads from it.
QHash<QString, core::CollectionContract> dataContracts(const core::ModuleRegistry &modules);

} // namespace ioc::app
