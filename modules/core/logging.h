#pragma once

#include <QLoggingCategory>

// One category per area, switchable with QT_LOGGING_RULES (e.g. "ioc.cache.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcModules)
