// Fuzz target: an items page from the data center (a GeoJSON FeatureCollection) through
// parseItemsPage, the validator and, for pages simdjson refuses whole, the salvage split.
// Bytes from a hostile server or proxy reach exactly this code first (docs/reliability.md).

#include "fuzztargets.h"
#include "sync/pageparser.h"
#include "sync/pagesalvage.h"

#include <QTimeZone>
#include <QUrl>

namespace ioc::fuzz {
namespace {

// A contract with one property of every type and a mapping with a rename, a value map, a
// constant and updated_at, so the coercions and the plan run on what the fuzzer sends,
// not only the pass-through path.
sync::ValidationRules typedRules()
{
    using Type = core::PropertyContract::Type;
    core::CollectionContract contract;
    contract.collection = QStringLiteral("health_facilities");
    contract.properties = {
        { QStringLiteral("name"), Type::String, true, {}, {} },
        { QStringLiteral("beds"), Type::Integer, false, {}, {} },
        { QStringLiteral("occupancy"), Type::Number, false, {}, {} },
        { QStringLiteral("open"), Type::Boolean, false, {}, {} },
        { QStringLiteral("updated_at"), Type::DateTime, false, {}, {} },
        { QStringLiteral("opened_on"), Type::Date, false, {}, {} },
        { QStringLiteral("level"), Type::String, false,
            { QStringLiteral("central"), QStringLiteral("district") }, {} },
        { QStringLiteral("extra"), Type::Any, false, {}, {} },
    };
    sync::CollectionMapping mapping;
    sync::PropertyMapping beds { QStringLiteral("beds"), QStringLiteral("so_giuong"), {}, {} };
    sync::PropertyMapping level { QStringLiteral("level"), QStringLiteral("tuyen"), {}, {} };
    level.values.insert(QStringLiteral("TW"), QStringLiteral("central"));
    level.values.insert(QStringLiteral("1"), QStringLiteral("district"));
    sync::PropertyMapping source { QStringLiteral("source"), {}, QJsonValue(QStringLiteral("fuzz")),
        {} };
    sync::PropertyMapping updated { QStringLiteral("updated_at"), QStringLiteral("ngay_cap_nhat"),
        {}, {} };
    mapping.properties = { beds, level, source, updated };
    mapping.temporalProperty = QStringLiteral("ngay_cap_nhat");
    sync::ValidationRules rules;
    rules.plan = sync::PropertyPlan::compile(
        mapping, &contract, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
    // Small limits, so the fuzzer can reach them with small inputs.
    rules.maxGeometryPositions = 64;
    rules.maxStringBytes = 256;
    rules.maxProperties = 16;
    return rules;
}

Outcome parse(const QByteArray &body, const sync::ValidationRules &rules)
{
    static const QUrl request(
        QStringLiteral("https://ioc.example.vn/ogc/collections/health_facilities/items?limit=10"));
    Outcome outcome;
    const auto page = sync::parseItemsPage(
        body, QStringLiteral("health_facilities"), request, rules, &outcome.error);
    outcome.accepted = page.has_value();
    return outcome;
}

} // namespace

Outcome fuzzPageParser(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    static const sync::ValidationRules plain;
    static const sync::ValidationRules typed = typedRules();
    const Outcome untyped = parse(body, plain);
    const Outcome outcome = parse(body, typed);
    // The salvage scan on its own: parseItemsPage reaches it only for pages simdjson
    // refuses, but it must hold for any bytes.
    if (const auto split = sync::splitFeatureCollection(body)) {
        for (const QByteArrayView feature : split->features)
            (void)sync::topLevelId(feature);
    }
    (void)sync::topLevelId(body);
    // A refusal without a reason, under either rules, is what the regression test flags.
    if (!untyped.accepted && untyped.error.isEmpty())
        return untyped;
    return outcome;
}

} // namespace ioc::fuzz

IOC_FUZZ_ENTRY_POINT(QCoreApplication, ioc::fuzz::fuzzPageParser)
