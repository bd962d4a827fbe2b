#pragma once

#include "core/datacontract.h"

namespace ioc::publicservices {

// What the public-services module reads from ps_offices and ps_dossiers (PublicServicesDashboard,
// its dossier projection, the Records columns and the alert rules on ps_dossiers).
QList<core::CollectionContract> publicServicesDataContract();

} // namespace ioc::publicservices
