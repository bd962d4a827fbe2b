#pragma once

#include <QStringList>

namespace ioc::core {

// Collections no single module owns but every workstation syncs: the administrative units
// (with their history) every module's areas refer to, and the operator actions of all
// workstations (so each sees who acknowledged what).
inline QStringList sharedCollections()
{
    return { QStringLiteral("admin_units"), QStringLiteral("admin_lineage"),
        QStringLiteral("op_acknowledgements"), QStringLiteral("op_notes") };
}

} // namespace ioc::core
