#pragma once

#include "core/sqlitefile.h"

namespace ioc::core {

// The operator store: what people did (acknowledgements, notes), the outbox of changes
// not yet accepted by the data center, and saved layouts. Unlike the mirror it cannot be
// rebuilt from the data center, so it is never replaced automatically.
QList<Migration> operatorMigrations();

} // namespace ioc::core
