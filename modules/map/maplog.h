#pragma once

#include <QLoggingCategory>

namespace ioc::map {
// One category for the whole map engine: enable with QT_LOGGING_RULES="ioc.map.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMap)
} // namespace ioc::map
