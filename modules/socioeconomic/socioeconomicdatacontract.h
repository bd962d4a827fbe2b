#pragma once

#include "core/datacontract.h"

namespace ioc::socioeconomic {

// What the socio-economic module reads from se_indicators, se_observations and se_targets
// (SeFigures, the Records columns and the alert rules that read them, including the
// public-services and tourism rules on se_observations/se_targets).
QList<core::CollectionContract> socioeconomicDataContract();

} // namespace ioc::socioeconomic
