#include "sync/synclogging.h"

Q_LOGGING_CATEGORY(lcSync, "ioc.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "ioc.outbox", QtInfoMsg)
