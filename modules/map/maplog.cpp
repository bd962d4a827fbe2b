#include "map/maplog.h"

namespace ioc::map {
Q_LOGGING_CATEGORY(lcMap, "ioc.map", QtInfoMsg)
} // namespace ioc::map
