// Fuzz target: a deployment's mapping file (docs/mapping.md) through parseMappingFile and,
// when it is accepted, each collection's mapping compiled into a PropertyPlan and applied
// to a small page, as sync does with it. The file is written by a deployer, by hand.

#include "fuzztargets.h"
#include "sync/mappingfile.h"
#include "sync/pageparser.h"
#include "sync/propertyplan.h"

#include <QTimeZone>
#include <QUrl>

namespace ioc::fuzz {
namespace {

// One feature with the kinds of value a served property can have.
const QByteArray kPage = QByteArrayLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[105.9,18.3]},
 "properties":{"ten":"Trạm y tế","so_giuong":"120","beds":80,"tuyen":"TW","mo":"true",
 "ngay":"2026-11-30","ngay_cap_nhat":"2026-11-30 08:00:00","x":null,"o":{"k":[1,2]}}}]})");

core::CollectionContract contractFor(const QString &collection)
{
    using Type = core::PropertyContract::Type;
    core::CollectionContract contract;
    contract.collection = collection;
    contract.properties = { { QStringLiteral("name"), Type::String, true, {}, {} },
        { QStringLiteral("beds"), Type::Integer, false, {}, {} },
        { QStringLiteral("rate"), Type::Number, false, {}, {} },
        { QStringLiteral("open"), Type::Boolean, false, {}, {} },
        { QStringLiteral("day"), Type::Date, false, {}, {} },
        { QStringLiteral("updated_at"), Type::DateTime, false, {}, {} } };
    return contract;
}

} // namespace

Outcome fuzzMappingFile(const uint8_t *data, size_t size)
{
    static const QStringList known
        = { QStringLiteral("health_facilities"), QStringLiteral("ps_dossiers") };
    const QByteArray text = bytes(data, size);
    Outcome outcome;
    (void)sync::parseMappingFile(text, QStringLiteral("mapping.json"), {}, &outcome.error);
    outcome.error.clear();
    const auto file
        = sync::parseMappingFile(text, QStringLiteral("mapping.json"), known, &outcome.error);
    outcome.accepted = file.has_value();
    if (!file)
        return outcome;
    const QTimeZone fileZone
        = file->timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(file->timeZone.toUtf8());
    for (auto it = file->collections.constBegin(); it != file->collections.constEnd(); ++it) {
        const core::CollectionContract contract = contractFor(it.key());
        const QTimeZone zone = it->timeZone.isEmpty() ? fileZone : QTimeZone(it->timeZone.toUtf8());
        sync::ValidationRules rules;
        rules.plan = sync::PropertyPlan::compile(*it, &contract, zone);
        QString error;
        (void)sync::parseItemsPage(kPage, it.key(),
            QUrl(QStringLiteral("https://ioc.example.vn/ogc/collections/x/items")), rules, &error);
    }
    return outcome;
}

} // namespace ioc::fuzz

IOC_FUZZ_ENTRY_POINT(QCoreApplication, ioc::fuzz::fuzzMappingFile)
