#include "sync/pageparser.h"

#include "sync/geometrycheck.h"
#include "sync/jsontext.h"
#include "sync/pagesalvage.h"
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

// The parts of a FeatureCollection around its features: type, numberMatched, next.
// False when the document is not a FeatureCollection.
bool readEnvelope(const element &document, const QUrl &requestUrl, ParsedPage *page,
    simdjson::dom::array *features)
{
    object root;
    std::string_view rootType;
    if (document.get(root) || root["type"].get(rootType) || rootType != "FeatureCollection"
        || root["features"].get(*features))
        return false;
    int64_t matched = 0;
    if (!root["numberMatched"].get(matched) && matched >= 0)
        page->numberMatched = matched;
    simdjson::dom::array links;
    if (!root["links"].get(links)) {
        for (const element link : links) {
            std::string_view rel;
            std::string_view href;
            if (link.is_object() && !link["rel"].get(rel) && rel == "next"
                && !link["href"].get(href)) {
                page->next = requestUrl.resolved(QUrl(fromUtf8(href)));
                break;
            }
        }
    }
    return true;
}

// Validates one element of the features array and adds it to the page, or to its
// quarantine with the reason.
class FeatureTaker
{
public:
    FeatureTaker(const QString &collection, const ValidationRules &rules, ParsedPage *page)
        : m_collection(collection)
        , m_rules(rules)
        , m_page(page)
    {
        m_seenIds.reserve(page->received);
    }

    void take(const element &value)
    {
        auto quarantine = [&](const QString &id, const QString &reason) {
            m_page->quarantined.append({ id, reason, capped(value) });
        };
        object object;
        std::string_view type;
        if (value.get(object) || object["type"].get(type) || type != "Feature") {
            quarantine({}, QStringLiteral("not a GeoJSON Feature"));
            return;
        }
        const QString id = featureId(object);
        if (id.isEmpty()) {
            quarantine({}, QStringLiteral("feature has no id"));
            return;
        }
        if (m_seenIds.contains(id)) {
            quarantine(id, QStringLiteral("duplicate id in the same response"));
            return;
        }
        core::Feature feature;
        element geometry;
        if (!object["geometry"].get(geometry) && !geometry.is_null()) {
            if (!geometry.is_object()) {
                quarantine(id, QStringLiteral("geometry is neither an object nor null"));
                return;
            }
            core::GeoBounds bounds;
            const QString why = checkGeometry(
                geometry, m_rules.plausibleExtent, &bounds, m_rules.maxGeometryPositions);
            if (!why.isEmpty()) {
                quarantine(id, QStringLiteral("invalid geometry: %1").arg(why));
                return;
            }
            feature.bounds = bounds;
            appendCompactJson(feature.geometryJson, geometry);
        }
        feature.collection = m_collection;
        feature.id = id;
        feature.searchText = id;
        element propertiesValue;
        QByteArray updatedAt;
        const bool hasProperties
            = !object["properties"].get(propertiesValue) && !propertiesValue.is_null();
        if (hasProperties && !propertiesValue.is_object()) {
            quarantine(id, QStringLiteral("properties is not an object"));
            return;
        }
        simdjson::dom::object propertiesObject;
        if (hasProperties)
            propertiesObject = propertiesValue.get_object().value_unsafe();
        const QString problem = takeProperties(
            hasProperties ? &propertiesObject : nullptr, m_rules, feature, &updatedAt);
        if (!problem.isEmpty()) {
            quarantine(id, problem);
            return;
        }
        if (!hasProperties && m_rules.plan.constants.empty())
            feature.propertiesJson.clear(); // served without properties: stored as such
        feature.updatedAt = QString::fromLatin1(updatedAt);
        m_seenIds.insert(id);
        if (feature.updatedAt > m_page->maxUpdatedAt)
            m_page->maxUpdatedAt = feature.updatedAt;
        m_page->features.append(std::move(feature));
    }

    // An element the parser refused on its own: quarantined under the id its text names.
    void refuse(QByteArrayView text, simdjson::error_code why)
    {
        QByteArray raw = text.first(std::min<qsizetype>(text.size(), QuarantinedItem::kMaxRawBytes))
                             .toByteArray();
        if (text.size() > QuarantinedItem::kMaxRawBytes)
            raw += "…";
        m_page->quarantined.append({ topLevelId(text), parseFailure(why), raw });
    }

    // The parser's refusal in words an operator can take to the data center.
    static QString parseFailure(simdjson::error_code why)
    {
        switch (why) {
        case simdjson::NUMBER_ERROR:
        case simdjson::NUMBER_OUT_OF_RANGE:
            return QStringLiteral("a number that cannot be read (out of range or malformed)");
        case simdjson::UTF8_ERROR:
            return QStringLiteral("text that is not valid UTF-8");
        case simdjson::DEPTH_ERROR:
            return QStringLiteral("nested deeper than %1 levels").arg(simdjson::DEFAULT_MAX_DEPTH);
        default:
            return QStringLiteral("not valid JSON (%1)")
                .arg(QString::fromLatin1(simdjson::error_message(why)));
        }
    }

private:
    const QString &m_collection;
    const ValidationRules &m_rules;
    ParsedPage *m_page;
    QSet<QString> m_seenIds;
};

// A page the parser refused as a whole, read feature by feature: the members around
// the features must parse; each feature that does not is quarantined with the reason.
std::optional<ParsedPage> salvagePage(const QByteArray &body, const QString &collection,
    const QUrl &requestUrl, const ValidationRules &rules)
{
    const std::optional<SplitFeatureCollection> split = splitFeatureCollection(body);
    if (!split)
        return std::nullopt;
    thread_local simdjson::dom::parser envelopeParser;
    element document;
    if (envelopeParser
            .parse(split->envelope.constData(), static_cast<size_t>(split->envelope.size()), true)
            .get(document))
        return std::nullopt;
    ParsedPage page;
    simdjson::dom::array emptied;
    if (!readEnvelope(document, requestUrl, &page, &emptied))
        return std::nullopt;
    page.received = static_cast<int>(split->features.size());
    page.salvaged = true;
    page.features.reserve(page.received);
    FeatureTaker taker(collection, rules, &page);
    thread_local simdjson::dom::parser featureParser;
    for (const QByteArrayView text : split->features) {
        element value;
        // ",," splits into an empty view whose data() is null: simdjson would copy from it
        // (found by fuzz_pageparser under UBSan).
        if (text.isEmpty())
            taker.refuse(text, simdjson::EMPTY);
        else if (const auto why
            = featureParser.parse(text.data(), static_cast<size_t>(text.size()), true).get(value))
            taker.refuse(text, why);
        else
            taker.take(value);
    }
    return page;
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
        if (std::optional<ParsedPage> salvaged = salvagePage(body, collection, requestUrl, rules))
            return salvaged;
        *error = QStringLiteral("response is not valid JSON (%1; %2 bytes received)")
                     .arg(QString::fromLatin1(simdjson::error_message(parseError)))
                     .arg(body.size());
        return std::nullopt;
    }
    ParsedPage page;
    simdjson::dom::array features;
    if (!readEnvelope(document, requestUrl, &page, &features)) {
        *error = QStringLiteral("response is not a GeoJSON FeatureCollection");
        return std::nullopt;
    }
    page.received = static_cast<int>(features.size());
    page.features.reserve(page.received);
    FeatureTaker taker(collection, rules, &page);
    for (const element value : features)
        taker.take(value);
    return page;
}

} // namespace ioc::sync
