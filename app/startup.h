#pragma once

#include "commandline.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace ioc::app {

// Settings keys of the data-center choice (also in a system-wide file, docs/deploy.md).
inline constexpr char kDataCenterUrlKey[] = "datacenter/url";
// Set when the operator chose the built-in simulator at first run: later starts with no
// data center configured start it again instead of running unconnected.
inline constexpr char kUseSimulatorKey[] = "datacenter/simulator";

// True when the command line already says where data comes from or asks for a headless
// action, so no first-run question is needed.
bool commandLineChoseSource(const CommandLineOptions &options);

// Keeps the data center chosen at first run: its URL in the user's settings, its token in
// the keyring (or the private file). Returns false with *error if the token cannot be kept.
bool saveDataCenter(const QUrl &url, const QString &token, QString *error, QString *warning);

// --export-snapshot / --import-snapshot, headless. Return the process exit code and
// print what happened.
int runExportSnapshot(const QString &dataDir, const QString &file);
int runImportSnapshot(
    const QString &dataDir, const QString &file, const QHash<QString, int> &moduleVersions);

} // namespace ioc::app
