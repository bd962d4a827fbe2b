#pragma once

#include "core/datacontract.h"
#include "core/sqlitefile.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace ioc::core {

// What every IOC subsystem declares about itself, without any widget: enough for the
// cache, sync and (later) alerts and the wall summary to work headless. The widget side
// (its dock) is added by ioc::ui::UiModule, so this library never links Qt Widgets.
class Module
{
public:
    virtual ~Module() = default;

    // Stable, never translated: used in settings keys, the cache and the outbox.
    virtual QString id() const = 0;
    // Human title in the current UI language (translated when called).
    virtual QString title() const = 0;
    // A Qt resource path to the module's SVG icon.
    virtual QString iconPath() const = 0;
    virtual QColor accentColor() const = 0;
    // Data-center collections this module owns (simulator names; a deployment maps them).
    virtual QStringList collections() const = 0;
    // Typed projections or extra indexes on the mirror, versioned per module.
    virtual QList<Migration> cacheMigrations() const { return {}; }
    // What the module reads from each of its collections (types, allowed values): sync
    // coerces served values to these types, --check-data-center compares a server with
    // it, docs/mapping.md is generated from it. One entry per collection().
    virtual QList<CollectionContract> dataContract() const { return {}; }
};

} // namespace ioc::core
