#include "simlogging.h"

Q_LOGGING_CATEGORY(lcSimServer, "ioc.sim.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimGen, "ioc.sim.gen", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimStore, "ioc.sim.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimLive, "ioc.sim.live", QtInfoMsg)
