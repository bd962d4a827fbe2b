#pragma once

#include "commandline.h"
#include "sync/syncsettings.h"

#include <optional>

namespace ioc::app {

// The sync configuration in force: the command line over the saved settings
// (QSettings "datacenter/url", "datacenter/mapping"; a system-wide file in /etc/xdg works
// too), the token from the keyring or its private file. Returns std::nullopt with
// *error for a configuration that cannot work (unreadable mapping or token file);
// *warning carries what the operator should know but need not fix now.
std::optional<sync::SyncSettings> loadSyncSettings(
    const CommandLineOptions &options, QString *error, QString *warning);

} // namespace ioc::app
