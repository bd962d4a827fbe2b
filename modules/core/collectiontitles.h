#pragma once

#include <QString>

namespace ioc::core {

// What a person reads for one of the protocol's collections (docs/protocol.md), in the
// UI language: "Health facilities", not "health_facilities". One table for all of them
// because the sync status, the records tables and the data issues of every module show
// them alike; an unknown collection (a newer server's) shows its id.
QString collectionTitle(const QString &collection);

} // namespace ioc::core
