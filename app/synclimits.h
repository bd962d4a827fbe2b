#pragma once

#include "sync/syncsettings.h"

#include <QStringList>

class QSettings;

namespace ioc::app {

// The sync limits of docs/reliability.md read from the settings group "limits" (a
// workstation's file, or the system-wide one in /etc/xdg for every user). A value that is
// not a number or lies outside its range keeps the default and is named in *warnings:
// a typo must not leave a workstation without a bound.
void applySyncLimits(const QSettings &settings, sync::SyncSettings *sync, QStringList *warnings);

} // namespace ioc::app
