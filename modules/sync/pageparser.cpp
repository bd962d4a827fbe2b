#include "sync/pageparser.h"

#include "sync/geometrycheck.h"
#include "sync/jsontext.h"

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

QJsonValue::Type jsonType(element_type type)
{
    switch (type) {
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return QJsonValue::Double;
    case element_type::STRING:
        return QJsonValue::String;
    case element_type::BOOL:
        return QJsonValue::Bool;
    case element_type::ARRAY:
        return QJsonValue::Array;
    case element_type::OBJECT:
        return QJsonValue::Object;
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue::Null;
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

bool isDigits(std::string_view text, size_t from, size_t count)
{
    for (size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

// RFC 3339 as servers write it ("2026-11-26T07:00:00Z", optional fraction, Z or ±hh:mm),
// checked by shape; anything else goes through QDateTime, which decides as before.
bool isIsoTime(std::string_view text)
{
    const size_t n = text.size();
    bool plain = n >= 20 && isDigits(text, 0, 4) && text[4] == '-' && isDigits(text, 5, 2)
        && text[7] == '-' && isDigits(text, 8, 2) && text[10] == 'T' && isDigits(text, 11, 2)
        && text[13] == ':' && isDigits(text, 14, 2) && text[16] == ':' && isDigits(text, 17, 2);
    if (plain) {
        const int month = (text[5] - '0') * 10 + (text[6] - '0');
        const int day = (text[8] - '0') * 10 + (text[9] - '0');
        const int hour = (text[11] - '0') * 10 + (text[12] - '0');
        const int minute = (text[14] - '0') * 10 + (text[15] - '0');
        const int second = (text[17] - '0') * 10 + (text[18] - '0');
        // Days 29-31 are left to QDateTime, which knows the calendar.
        plain = month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour < 24 && minute < 60
            && second < 60;
    }
    if (plain) {
        size_t i = 19;
        if (text[i] == '.') {
            ++i;
            const size_t digitsFrom = i;
            while (i < n && text[i] >= '0' && text[i] <= '9')
                ++i;
            plain = i > digitsFrom;
        }
        if (plain) {
            plain = (i + 1 == n && text[i] == 'Z')
                || (i + 6 == n && (text[i] == '+' || text[i] == '-') && isDigits(text, i + 1, 2)
                    && text[i + 3] == ':' && isDigits(text, i + 4, 2));
        }
    }
    if (plain)
        return true;
    return QDateTime::fromString(fromUtf8(text), Qt::ISODate).isValid();
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

// Writes the properties object as compact JSON with the deployment's renames applied,
// checks the expected types, and collects what search and the cursor need. Returns an
// empty string when the properties are acceptable, else the reason for quarantine.
QString takeProperties(const object &properties, const ValidationRules &rules,
    core::Feature &feature, std::string_view *updatedAt)
{
    QByteArray &json = feature.propertiesJson;
    json.clear();
    json += '{';
    bool first = true;
    for (const auto member : properties) {
        QString renamedKey;
        std::string_view key = member.key;
        if (!rules.propertyRenames.isEmpty()) {
            const QString serverKey = fromUtf8(key);
            const auto rename = rules.propertyRenames.constFind(serverKey);
            if (rename != rules.propertyRenames.constEnd()) {
                renamedKey = rename.value();
            } else {
                // Our name already taken by a renamed server property: that one wins.
                const QString source = rules.propertyRenames.key(serverKey);
                if (!source.isEmpty() && !properties[source.toStdString()].error())
                    continue;
            }
        }
        const element value = member.value;
        if (!rules.propertyTypes.isEmpty()) {
            const QString name = renamedKey.isEmpty() ? fromUtf8(key) : renamedKey;
            const auto expected = rules.propertyTypes.constFind(name);
            const QJsonValue::Type actual = jsonType(value.type());
            if (expected != rules.propertyTypes.constEnd() && actual != QJsonValue::Null
                && actual != expected.value())
                return QStringLiteral("property '%1' is a %2, expected a %3")
                    .arg(name, typeName(actual), typeName(expected.value()));
        }
        if (!first)
            json += ',';
        first = false;
        if (renamedKey.isEmpty()) {
            appendJsonString(json, key.data(), static_cast<qsizetype>(key.size()));
        } else {
            const QByteArray utf8 = renamedKey.toUtf8();
            appendJsonString(json, utf8.constData(), utf8.size());
        }
        json += ':';
        appendCompactJson(json, value);
        if (value.is_string()) {
            const std::string_view text = value.get_string().value_unsafe();
            if (core::isSearchableText(text.data(), static_cast<qsizetype>(text.size()))) {
                feature.searchText += QLatin1Char(' ');
                feature.searchText += fromUtf8(text);
            }
            if ((renamedKey.isEmpty() ? key == "updated_at"
                                      : renamedKey == QLatin1String("updated_at")))
                *updatedAt = text;
        } else if ((renamedKey.isEmpty() ? key == "updated_at"
                                         : renamedKey == QLatin1String("updated_at"))
            && !value.is_null()) {
            return QStringLiteral("updated_at is not an RFC 3339 time");
        }
    }
    json += '}';
    if (!updatedAt->empty() && !isIsoTime(*updatedAt))
        return QStringLiteral("updated_at is not an RFC 3339 time");
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
            const QString why = checkGeometry(geometry, rules.plausibleExtent, &bounds);
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
        std::string_view updatedAt;
        if (!object["properties"].get(propertiesValue) && !propertiesValue.is_null()) {
            if (!propertiesValue.is_object()) {
                quarantine(id, QStringLiteral("properties is not an object"));
                continue;
            }
            const QString problem = takeProperties(
                propertiesValue.get_object().value_unsafe(), rules, feature, &updatedAt);
            if (!problem.isEmpty()) {
                quarantine(id, problem);
                continue;
            }
        }
        feature.updatedAt = fromUtf8(updatedAt);
        seenIds.insert(id);
        if (feature.updatedAt > page.maxUpdatedAt)
            page.maxUpdatedAt = feature.updatedAt;
        page.features.append(std::move(feature));
    }
    return page;
}

} // namespace ioc::sync
