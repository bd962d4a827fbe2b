#pragma once

#include <QLoggingCategory>

// Sync's log lines name collections, URLs and outcomes; never request headers, so the
// bearer token cannot reach a log.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
