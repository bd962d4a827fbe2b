#include "sync/propertyplan.h"

#include "sync/jsontext.h"

#include <QSet>

namespace ioc::sync {

namespace {

using Type = core::PropertyContract::Type;

const QString kUpdatedAt = QStringLiteral("updated_at");

PropertyOutput output(const QString &name, const core::CollectionContract *contract,
    const QHash<QString, QJsonValue> &values = {})
{
    PropertyOutput out;
    out.name = name;
    const QByteArray utf8 = name.toUtf8();
    appendJsonString(out.nameJson, utf8.constData(), utf8.size());
    out.values = values;
    out.isUpdatedAt = name == kUpdatedAt;
    if (out.isUpdatedAt)
        out.type = Type::DateTime; // the cursor compares it as normalised text
    else if (const core::PropertyContract *p = contract ? contract->property(name) : nullptr)
        out.type = p->type;
    return out;
}

} // namespace

PropertyPlan PropertyPlan::compile(const CollectionMapping &mapping,
    const core::CollectionContract *contract, const QTimeZone &zone)
{
    PropertyPlan plan;
    plan.zone = zone.isValid() ? zone : QTimeZone::utc();
    auto ruleFor = [&plan](const QString &serverKey) -> PropertyRule & {
        const std::string key = serverKey.toStdString();
        for (PropertyRule &rule : plan.rules) {
            if (rule.serverKey == key)
                return rule;
        }
        plan.rules.push_back({ key, {} });
        return plan.rules.back();
    };

    QList<PropertyMapping> explicitEntries = mapping.properties;
    const bool mapsUpdatedAt = std::any_of(explicitEntries.cbegin(), explicitEntries.cend(),
        [](const PropertyMapping &p) { return p.ours == kUpdatedAt; });
    if (!mapping.temporalProperty.isEmpty() && !mapsUpdatedAt)
        explicitEntries.append({ kUpdatedAt, mapping.temporalProperty, std::nullopt, {} });

    // Names of ours the mapping produces, and server keys it reads.
    QSet<QString> produced;
    QSet<QString> sources;
    for (const PropertyMapping &entry : std::as_const(explicitEntries)) {
        produced.insert(entry.ours);
        if (entry.constant) {
            plan.constants.emplace_back(output(entry.ours, contract), *entry.constant);
            continue;
        }
        sources.insert(entry.from);
        ruleFor(entry.from).outputs.push_back(output(entry.ours, contract, entry.values));
    }
    // A server property named like one of ours that the mapping fills from elsewhere is
    // dropped: the mapped one wins.
    for (const QString &name : std::as_const(produced)) {
        if (!sources.contains(name))
            ruleFor(name);
    }
    // The rest of the contract (and updated_at) under its own name, typed.
    QStringList typedNames { kUpdatedAt };
    if (contract) {
        for (const core::PropertyContract &p : contract->properties)
            typedNames.append(p.name);
    }
    for (const QString &name : std::as_const(typedNames)) {
        if (produced.contains(name) || sources.contains(name))
            continue; // renamed away, or already produced by the mapping
        const PropertyOutput out = output(name, contract);
        if (out.type != Type::Any) {
            ruleFor(name).outputs.push_back(out);
            produced.insert(name);
        }
    }
    return plan;
}

} // namespace ioc::sync
