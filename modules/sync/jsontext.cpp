#include "sync/jsontext.h"

#include <charconv>
#include <simdjson.h>

namespace ioc::sync {

void appendJsonString(QByteArray &out, const char *utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    // Copy runs of plain bytes at once; only quotes, backslashes and control characters
    // need escaping (UTF-8 multi-byte sequences are all >= 0x80 and pass through).
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(utf8 + runStart, size - runStart);
    out += '"';
}

void appendJsonNumber(QByteArray &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendCompactJson(QByteArray &out, const simdjson::dom::element &value)
{
    using Type = simdjson::dom::element_type;
    char buffer[32];
    switch (value.type()) {
    case Type::ARRAY: {
        out += '[';
        bool first = true;
        // Held in a local: value_unsafe() of a temporary result would dangle in a range-for.
        const simdjson::dom::array items = value.get_array().value_unsafe();
        for (const simdjson::dom::element item : items) {
            if (!first)
                out += ',';
            first = false;
            appendCompactJson(out, item);
        }
        out += ']';
        break;
    }
    case Type::OBJECT: {
        out += '{';
        bool first = true;
        const simdjson::dom::object members = value.get_object().value_unsafe();
        for (const auto member : members) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, member.key.data(), static_cast<qsizetype>(member.key.size()));
            out += ':';
            appendCompactJson(out, member.value);
        }
        out += '}';
        break;
    }
    case Type::INT64: {
        const auto result
            = std::to_chars(buffer, buffer + sizeof buffer, value.get_int64().value_unsafe());
        out.append(buffer, result.ptr - buffer);
        break;
    }
    case Type::UINT64: {
        const auto result
            = std::to_chars(buffer, buffer + sizeof buffer, value.get_uint64().value_unsafe());
        out.append(buffer, result.ptr - buffer);
        break;
    }
    case Type::DOUBLE:
        appendJsonNumber(out, value.get_double().value_unsafe());
        break;
    case Type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        appendJsonString(out, text.data(), static_cast<qsizetype>(text.size()));
        break;
    }
    case Type::BOOL:
        out += value.get_bool().value_unsafe() ? "true" : "false";
        break;
    case Type::NULL_VALUE:
        out += "null";
        break;
    }
}

} // namespace ioc::sync
