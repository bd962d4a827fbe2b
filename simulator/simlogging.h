#pragma once

#include <QLoggingCategory>

// One category per area of the simulator; enable with QT_LOGGING_RULES="ioc.sim.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSimServer)
Q_DECLARE_LOGGING_CATEGORY(lcSimGen)
Q_DECLARE_LOGGING_CATEGORY(lcSimStore)
Q_DECLARE_LOGGING_CATEGORY(lcSimLive)
