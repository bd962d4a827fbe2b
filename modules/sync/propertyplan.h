#pragma once

#include "core/datacontract.h"
#include "sync/syncsettings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QTimeZone>
#include <string>
#include <string_view>
#include <vector>

namespace ioc::sync {

// One property written to the cache.
struct PropertyOutput
{
    QString name; // ours
    QByteArray nameJson; // the name as a JSON string, quotes included
    core::PropertyContract::Type type = core::PropertyContract::Type::Any;
    QHash<QString, QJsonValue> values; // the mapping's value map (server → ours)
    bool isUpdatedAt = false; // our updated_at: the incremental cursor reads it
};

// What to do with one server property: write it as each output (none = drop it).
struct PropertyRule
{
    std::string serverKey;
    std::vector<PropertyOutput> outputs;
};

// A deployment's mapping and a module's contract compiled into what the page parser does
// with each served property, so the per-feature work is a short lookup by key. Server
// properties without a rule pass through under their own name, untouched.
struct PropertyPlan
{
    std::vector<PropertyRule> rules;
    std::vector<std::pair<PropertyOutput, QJsonValue>> constants; // added to every feature
    QTimeZone zone = QTimeZone::utc(); // for times served without offset

    static PropertyPlan compile(const CollectionMapping &mapping,
        const core::CollectionContract *contract, const QTimeZone &zone);

    const PropertyRule *find(std::string_view serverKey) const
    {
        for (const PropertyRule &rule : rules) {
            if (rule.serverKey.size() == serverKey.size() && rule.serverKey == serverKey)
                return &rule;
        }
        return nullptr;
    }
};

} // namespace ioc::sync
