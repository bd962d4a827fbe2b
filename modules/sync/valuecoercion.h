#pragma once

#include "core/datacontract.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>
#include <string_view>

namespace ioc::sync {

// One served property value, before it is written to the cache: a scalar, or (kind
// Composite) an object or array that is kept as served.
struct ServedValue
{
    enum class Kind { Null, Bool, Integer, Double, String, Composite };
    Kind kind = Kind::Null;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    std::string_view text; // UTF-8; for String
};

// The value as it is stored: JSON text (compact) and, for strings, the text itself (for
// search and the cursor). `json` empty = write the served value unchanged.
struct StoredValue
{
    QByteArray json;
    QByteArray text; // set when the stored value is a string
    bool isString = false;
};

// Makes `value` the type the module's contract declares, where a server's encoding
// differs but the meaning is clear: "120" → 120 for a number, "true"/"t"/"1" → true for a
// boolean, 18028 → "18028" for a string, "2026-11-26 08:00:00" (no zone, read in `zone`)
// or "…+07:00" → "2026-11-26T01:00:00Z" for a date-time, "2026/11/26" → "2026-11-26" for
// a date. Returns an empty string on success (with *out), else the reason the value
// cannot be that type ("'many' is not a number"). Null is accepted for every type, and
// an empty text is null for every type but text (MapServer writes NULL columns so).
QString coerceValue(const ServedValue &value, core::PropertyContract::Type type,
    const QTimeZone &zone, StoredValue *out);

// An RFC 3339-like time as servers write it ("2026-11-26T08:00:00Z", "…+07:00", "…+07",
// "2026-11-26 08:00:00.5", no zone) in UTC, "YYYY-MM-DDTHH:MM:SS[.fff]Z"; `zone` is used
// when the text has no offset. Empty when the text is not a time.
QByteArray normalisedUtcTime(std::string_view text, const QTimeZone &zone);

// True when `text` is already the normalised form (a fast check: most servers write it).
bool isNormalisedUtcTime(std::string_view text);

} // namespace ioc::sync
