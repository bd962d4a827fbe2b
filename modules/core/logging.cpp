#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCache, "ioc.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModules, "ioc.modules", QtInfoMsg)
