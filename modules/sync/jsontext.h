#pragma once

#include <QByteArray>

namespace simdjson::dom {
class element;
}

namespace ioc::sync {

// Appends `value` as compact JSON text (members in source order, numbers in their
// shortest round-trip form, UTF-8 kept as is, only what JSON requires escaped). The page
// parser stores geometry and properties this way: one buffer, no per-value objects.
void appendCompactJson(QByteArray &out, const simdjson::dom::element &value);

// Appends a JSON string literal (quotes and escapes) for UTF-8 text.
void appendJsonString(QByteArray &out, const char *utf8, qsizetype size);

// Appends a double as JSON: its shortest round-trip text.
void appendJsonNumber(QByteArray &out, double value);

} // namespace ioc::sync
