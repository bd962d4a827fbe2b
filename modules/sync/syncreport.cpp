#include "sync/syncreport.h"

namespace ioc::sync {

QString SyncReport::outcomeName() const
{
    switch (outcome) {
    case Outcome::Synced:
        return QStringLiteral("synced");
    case Outcome::NotModified:
        return QStringLiteral("not modified");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::AuthFailed:
        return QStringLiteral("credentials refused");
    case Outcome::MissingAtSource:
        return QStringLiteral("missing at source");
    case Outcome::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace ioc::sync
