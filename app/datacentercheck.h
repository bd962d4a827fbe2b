#pragma once

#include "core/moduleregistry.h"
#include "sync/serversurvey.h"
#include "sync/syncsettings.h"

#include <QString>

namespace ioc::app {

// What the deployer's check found, module by module.
struct DataCenterFindings
{
    QString text; // the report, in the operator's language
    int missingRequired = 0; // required collections or properties the server lacks
};

// Compares a survey of the server with what each module needs (its data contract, through
// the mapping) and words it for a deployer: which collections and properties map, which
// are missing, values outside the allowed ones, whether datetime works. Pure: tested
// without a network.
DataCenterFindings describeSurvey(const sync::ServerSurveyResult &survey,
    const sync::SyncSettings &settings, const core::ModuleRegistry &modules);

// `ioc-desktop --check-data-center`: surveys the server, prints the findings, returns the
// exit code (0, or 1 when a required mapping is missing or the server cannot be read).
int runDataCenterCheck(const sync::SyncSettings &settings, const core::ModuleRegistry &modules);

} // namespace ioc::app
