#include "sync/pageparser.h"

#include "sync/geometrycheck.h"
#include "sync/jsontext.h"
#include "sync/valuecoercion.h"

#include <QDateTime>
#include <QSet>
#include <cmath>
#include <simdjson.h>

namespace ioc::sync {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray capped(const element &value)
{
    QByteArray raw;
    appendCompactJson(raw, value);
    if (raw.size() > QuarantinedItem::kMaxRawBytes)
        raw = raw.left(QuarantinedItem::kMaxRawBytes) + "…";
    return raw;
}

// Feature id as our cache keys it: a string as is, an integer in decimal.
QString featureId(const object &feature)
{
    element id;
    if (feature["id"].get(id))
        return {};
    switch (id.type()) {
    case element_type::STRING:
        return fromUtf8(id.get_string().value_unsafe());
    case element_type::INT64:
        return QString::number(id.get_int64().value_unsafe());
    case element_type::UINT64:
        return QString::number(id.get_uint64().value_unsafe());
    case element_type::DOUBLE: {
        const double value = id.get_double().value_unsafe();
        if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9e15)
            return QString::number(static_cast<qint64>(value));
        return QString::number(value, 'g', 17);
    }
    default:
        return {};
    }
}

ServedValue servedValue(const element &value)
{
    ServedValue served;
    switch (value.type()) {
    case element_type::NULL_VALUE:
        break;
    case element_type::BOOL:
        served.kind = ServedValue::Kind::Bool;
        served.boolean = value.get_bool().value_unsafe();
        break;
    case element_type::INT64:
        served.kind = ServedValue::Kind::Integer;
        served.integer = value.get_int64().value_unsafe();
        break;
    case element_type::UINT64:
        served.kind = ServedValue::Kind::Double;
        served.number = static_cast<double>(value.get_uint64().value_unsafe());
        break;
    case element_type::DOUBLE:
        served.kind = ServedValue::Kind::Double;
        served.number = value.get_double().value_unsafe();
        break;
    case element_type::STRING:
        served.kind = ServedValue::Kind::String;
        served.text = value.get_string().value_unsafe();
        break;
    case element_type::ARRAY:
    case element_type::OBJECT:
        served.kind = ServedValue::Kind::Composite;
        break;
    }
    return served;
}

// A value from the mapping file (a value map's or a constant's); *storage keeps a
// string's bytes alive while the ServedValue points at them.
ServedValue servedValue(const QJsonValue &value, QByteArray *storage)
{
    ServedValue served;
    switch (value.type()) {
    case QJsonValue::Bool:
        served.kind = ServedValue::Kind::Bool;
        served.boolean = value.toBool();
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::fabs(number) < 9e15) {
            served.kind = ServedValue::Kind::Integer;
            served.integer = static_cast<qint64>(number);
        } else {
            served.kind = ServedValue::Kind::Double;
            served.number = number;
        }
        break;
    }
    case QJsonValue::String:
        *storage = value.toString().toUtf8();
        served.kind = ServedValue::Kind::String;
        served.text = std::string_view(storage->constData(), static_cast<size_t>(storage->size()));
        break;
    default:
        break;
    }
    return served;
}

void appendServed(QByteArray &json, const ServedValue &value)
{
    switch (value.kind) {
    case ServedValue::Kind::Bool:
        json += value.boolean ? "true" : "false";
        break;
    case ServedValue::Kind::Integer:
        json += QByteArray::number(value.integer);
        break;
    case ServedValue::Kind::Double:
        appendJsonNumber(json, value.number);
        break;
    case ServedValue::Kind::String:
        appendJsonString(json, value.text.data(), static_cast<qsizetype>(value.text.size()));
        break;
    default:
        json += "null";
    }
}

// The key a value map looks a served value up by: a string as is, others as JSON text.
QString valueMapKey(const ServedValue &value)
{
    if (value.kind == ServedValue::Kind::String)
        return fromUtf8(value.text);
    QByteArray json;
    appendServed(json, value);
    return QString::fromLatin1(json);
}

// Writes the properties object as compact JSON through the deployment's plan (renames,
// value maps, constants) with values made the contract's types, and collects what search
// and the cursor need. Returns an empty string when the properties are acceptable, else
// the reason for quarantine.
QString takeProperties(const object *properties, const ValidationRules &rules,
    core::Feature &feature, QByteArray *updatedAt)
{
    const PropertyPlan &plan = rules.plan;
    QByteArray &json = feature.propertiesJson;
    json.clear();
    json += '{';
    bool first = true;
    // One value written as `out` (nullptr: under its served name, untouched).
    auto write = [&](const PropertyOutput *out, std::string_view servedKey, ServedValue served,
                     const element *raw) -> QString {
        QByteArray mappedStorage;
        bool mapped = false;
        if (out && !out->values.isEmpty() && served.kind != ServedValue::Kind::Composite) {
            const auto it = out->values.constFind(valueMapKey(served));
            if (it != out->values.constEnd()) {
                served = servedValue(*it, &mappedStorage);
                mapped = true;
            }
        }
        StoredValue stored;
        const QString why = coerceValue(
            served, out ? out->type : core::PropertyContract::Type::Any, plan.zone, &stored);
        if (!why.isEmpty())
            return QStringLiteral("property '%1': %2")
                .arg(out ? out->name : fromUtf8(servedKey), why);
        if (!first)
            json += ',';
        first = false;
        if (out)
            json += out->nameJson;
        else
            appendJsonString(json, servedKey.data(), static_cast<qsizetype>(servedKey.size()));
        json += ':';
        if (!stored.json.isEmpty())
            json += stored.json;
        else if (raw && !mapped)
            appendCompactJson(json, *raw);
        else
            appendServed(json, served);
        if (stored.isString) {
            if (core::isSearchableText(stored.text.constData(), stored.text.size())) {
                feature.searchText += QLatin1Char(' ');
                feature.searchText += QString::fromUtf8(stored.text);
            }
            if (out && out->isUpdatedAt)
                *updatedAt = QByteArray(stored.text.constData(), stored.text.size());
        }
        return {};
    };
    if (properties) {
        if (static_cast<qsizetype>(properties->size()) > rules.maxProperties)
            return QStringLiteral("feature has %1 properties (at most %2 are accepted)")
                .arg(properties->size())
                .arg(rules.maxProperties);
        for (const auto member : *properties) {
            const element value = member.value;
            if (value.is_string()
                && static_cast<qint64>(value.get_string().value_unsafe().size())
                    > rules.maxStringBytes)
                return QStringLiteral("property '%1' is %2 bytes long (at most %3 are accepted)")
                    .arg(fromUtf8(member.key))
                    .arg(value.get_string().value_unsafe().size())
                    .arg(rules.maxStringBytes);
            const PropertyRule *rule = plan.rules.empty() ? nullptr : plan.find(member.key);
            if (!rule) {
                const QString why = write(nullptr, member.key, servedValue(value), &value);
                if (!why.isEmpty())
                    return why;
                continue;
            }
            for (const PropertyOutput &out : rule->outputs) {
                const QString why = write(&out, member.key, servedValue(value), &value);
                if (!why.isEmpty())
                    return why;
            }
        }
    }
    for (const auto &[out, constant] : plan.constants) {
        QByteArray storage;
        const QString why = write(&out, {}, servedValue(constant, &storage), nullptr);
        if (!why.isEmpty())
            return why;
    }
    json += '}';
    return {};
}

} // namespace

std::optional<ParsedPage> parseItemsPage(const QByteArray &body, const QString &collection,
    const QUrl &requestUrl, const ValidationRules &rules, QString *error)
{
    if (body.size() > kMaxPageBytes) {
        *error = QStringLiteral("response of %1 bytes exceeds the %2-byte cap")
                     .arg(body.size())
                     .arg(kMaxPageBytes);
        return std::nullopt;
    }
    // One parser per thread: it keeps its buffers between pages (a page is a few MB).
    thread_local simdjson::dom::parser parser;
    element document;
    // realloc_if_needed: simdjson reads a little past the end; it copies into a padded
    // buffer rather than trusting QByteArray's allocation.
    if (const auto parseError
        = parser.parse(body.constData(), static_cast<size_t>(body.size()), true).get(document)) {
        *error = QStringLiteral("response is not valid JSON (%1; %2 bytes received)")
                     .arg(QString::fromLatin1(simdjson::error_message(parseError)))
                     .arg(body.size());
        return std::nullopt;
    }
    object root;
    std::string_view rootType;
    simdjson::dom::array features;
    if (document.get(root) || root["type"].get(rootType) || rootType != "FeatureCollection"
        || root["features"].get(features)) {
        *error = QStringLiteral("response is not a GeoJSON FeatureCollection");
        return std::nullopt;
    }

    ParsedPage page;
    int64_t matched = 0;
    if (!root["numberMatched"].get(matched) && matched >= 0)
        page.numberMatched = matched;
    simdjson::dom::array links;
    if (!root["links"].get(links)) {
        for (const element link : links) {
            std::string_view rel;
            std::string_view href;
            if (link.is_object() && !link["rel"].get(rel) && rel == "next"
                && !link["href"].get(href)) {
                page.next = requestUrl.resolved(QUrl(fromUtf8(href)));
                break;
            }
        }
    }

    QSet<QString> seenIds;
    page.received = static_cast<int>(features.size());
    page.features.reserve(page.received);
    seenIds.reserve(page.received);
    for (const element value : features) {
        auto quarantine = [&](const QString &id, const QString &reason) {
            page.quarantined.append({ id, reason, capped(value) });
        };
        object object;
        std::string_view type;
        if (value.get(object) || object["type"].get(type) || type != "Feature") {
            quarantine({}, QStringLiteral("not a GeoJSON Feature"));
            continue;
        }
        const QString id = featureId(object);
        if (id.isEmpty()) {
            quarantine({}, QStringLiteral("feature has no id"));
            continue;
        }
        if (seenIds.contains(id)) {
            quarantine(id, QStringLiteral("duplicate id in the same response"));
            continue;
        }
        core::Feature feature;
        element geometry;
        if (!object["geometry"].get(geometry) && !geometry.is_null()) {
            if (!geometry.is_object()) {
                quarantine(id, QStringLiteral("geometry is neither an object nor null"));
                continue;
            }
            core::GeoBounds bounds;
            const QString why = checkGeometry(
                geometry, rules.plausibleExtent, &bounds, rules.maxGeometryPositions);
            if (!why.isEmpty()) {
                quarantine(id, QStringLiteral("invalid geometry: %1").arg(why));
                continue;
            }
            feature.bounds = bounds;
            appendCompactJson(feature.geometryJson, geometry);
        }
        feature.collection = collection;
        feature.id = id;
        feature.searchText = id;
        element propertiesValue;
        QByteArray updatedAt;
        const bool hasProperties
            = !object["properties"].get(propertiesValue) && !propertiesValue.is_null();
        if (hasProperties && !propertiesValue.is_object()) {
            quarantine(id, QStringLiteral("properties is not an object"));
            continue;
        }
        simdjson::dom::object propertiesObject;
        if (hasProperties)
            propertiesObject = propertiesValue.get_object().value_unsafe();
        const QString problem = takeProperties(
            hasProperties ? &propertiesObject : nullptr, rules, feature, &updatedAt);
        if (!problem.isEmpty()) {
            quarantine(id, problem);
            continue;
        }
        if (!hasProperties && rules.plan.constants.empty())
            feature.propertiesJson.clear(); // served without properties: stored as such
        feature.updatedAt = QString::fromLatin1(updatedAt);
        seenIds.insert(id);
        if (feature.updatedAt > page.maxUpdatedAt)
            page.maxUpdatedAt = feature.updatedAt;
        page.features.append(std::move(feature));
    }
    return page;
}

} // namespace ioc::sync
