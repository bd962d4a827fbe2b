#include "sync/valuecoercion.h"

#include "sync/jsontext.h"

#include <QDateTime>
#include <charconv>
#include <cmath>

namespace ioc::sync {

namespace {

using Type = core::PropertyContract::Type;

bool digitsAt(std::string_view text, size_t from, size_t count, int *value)
{
    if (from + count > text.size())
        return false;
    int result = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        result = result * 10 + (text[i] - '0');
    }
    *value = result;
    return true;
}

// "YYYY-MM-DD" or "YYYY/MM/DD" at the start of text.
bool leadingDate(std::string_view text, QDate *date)
{
    int year = 0, month = 0, day = 0;
    if (text.size() < 10 || !digitsAt(text, 0, 4, &year) || !digitsAt(text, 5, 2, &month)
        || !digitsAt(text, 8, 2, &day))
        return false;
    const char separator = text[4];
    if ((separator != '-' && separator != '/') || text[7] != separator)
        return false;
    *date = QDate(year, month, day);
    return date->isValid();
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool parseNumber(std::string_view text, double *value)
{
    text = trimmed(text);
    if (text.empty())
        return false;
    if (text.front() == '+')
        text.remove_prefix(1);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), *value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size()
        && std::isfinite(*value);
}

QString quoted(std::string_view text)
{
    QString shown
        = QString::fromUtf8(text.data(), static_cast<qsizetype>(std::min<size_t>(text.size(), 60)));
    if (text.size() > 60)
        shown += QStringLiteral("…");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

QString describe(const ServedValue &value)
{
    switch (value.kind) {
    case ServedValue::Kind::String:
        return quoted(value.text);
    case ServedValue::Kind::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case ServedValue::Kind::Integer:
        return QString::number(value.integer);
    case ServedValue::Kind::Double:
        return QString::number(value.number);
    case ServedValue::Kind::Composite:
        return QStringLiteral("an object or array");
    case ServedValue::Kind::Null:
        break;
    }
    return QStringLiteral("null");
}

void setString(StoredValue *out, const QByteArray &text)
{
    out->text = text;
    out->isString = true;
    out->json.clear();
    appendJsonString(out->json, text.constData(), text.size());
}

void setInteger(StoredValue *out, qint64 value)
{
    out->json = QByteArray::number(value);
}

} // namespace

bool isNormalisedUtcTime(std::string_view t)
{
    const size_t n = t.size();
    if (n != 20 && n != 24)
        return false;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, v = 0;
    bool ok = digitsAt(t, 0, 4, &year) && t[4] == '-' && digitsAt(t, 5, 2, &month) && t[7] == '-'
        && digitsAt(t, 8, 2, &day) && t[10] == 'T' && digitsAt(t, 11, 2, &hour) && t[13] == ':'
        && digitsAt(t, 14, 2, &minute) && t[16] == ':' && digitsAt(t, 17, 2, &second)
        && t[n - 1] == 'Z';
    if (ok && n == 24)
        ok = t[19] == '.' && digitsAt(t, 20, 3, &v);
    // Days 29–31 need the calendar; the rest is checked by range.
    return ok && month >= 1 && month <= 12 && day >= 1 && hour < 24 && minute < 60 && second < 60
        && (day <= 28 || QDate(year, month, day).isValid());
}

QByteArray normalisedUtcTime(std::string_view text, const QTimeZone &zone)
{
    text = trimmed(text);
    QDate date;
    if (!leadingDate(text, &date) || text.size() < 16)
        return {};
    const char separator = text[10];
    if (separator != 'T' && separator != 't' && separator != ' ')
        return {};
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (!digitsAt(text, 11, 2, &hour) || text[13] != ':' || !digitsAt(text, 14, 2, &minute))
        return {};
    size_t i = 16;
    if (i < text.size() && text[i] == ':') {
        if (!digitsAt(text, i + 1, 2, &second))
            return {};
        i += 3;
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            ++i;
            int digits = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                if (digits < 3)
                    millis = millis * 10 + (text[i] - '0');
                ++digits;
                ++i;
            }
            if (digits == 0)
                return {};
            for (int d = digits; d < 3; ++d)
                millis *= 10;
        }
    }
    const QTime time(hour, minute, second, millis);
    if (!time.isValid())
        return {};
    QDateTime instant;
    std::string_view rest = text.substr(i);
    if (rest.empty()) {
        instant = QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
    } else if (rest == "Z" || rest == "z") {
        instant = QDateTime(date, time, Qt::UTC);
    } else if (rest.front() == '+' || rest.front() == '-') {
        int offsetHours = 0, offsetMinutes = 0;
        if (!digitsAt(rest, 1, 2, &offsetHours))
            return {};
        if (rest.size() == 6 && rest[3] == ':') {
            if (!digitsAt(rest, 4, 2, &offsetMinutes))
                return {};
        } else if (rest.size() == 5) {
            if (!digitsAt(rest, 3, 2, &offsetMinutes))
                return {};
        } else if (rest.size() != 3) {
            return {};
        }
        if (offsetHours > 18 || offsetMinutes > 59)
            return {};
        const int offset
            = (offsetHours * 3600 + offsetMinutes * 60) * (rest.front() == '-' ? -1 : 1);
        instant = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    } else {
        return {};
    }
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    return utc
        .toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                    : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
        .toLatin1();
}

QString coerceValue(const ServedValue &value, Type type, const QTimeZone &zone, StoredValue *out)
{
    using Kind = ServedValue::Kind;
    *out = StoredValue();
    if (value.kind == Kind::String) {
        out->isString = true;
        out->text
            = QByteArray::fromRawData(value.text.data(), static_cast<qsizetype>(value.text.size()));
    }
    if (value.kind == Kind::Null || type == Type::Any)
        return {};
    // An empty text where a number, flag or time belongs is how MapServer 8 writes a
    // NULL column: it means "no value", not a malformed one.
    if (value.kind == Kind::String && type != Type::String && trimmed(value.text).empty()) {
        out->isString = false;
        out->text.clear();
        out->json = QByteArrayLiteral("null");
        return {};
    }
    auto mismatch = [&](const QString &expected) {
        return QStringLiteral("%1 is not %2").arg(describe(value), expected);
    };
    switch (type) {
    case Type::String:
        switch (value.kind) {
        case Kind::String:
            return {};
        case Kind::Integer:
            setString(out, QByteArray::number(value.integer));
            return {};
        case Kind::Double: {
            QByteArray text;
            appendJsonNumber(text, value.number);
            setString(out, text);
            return {};
        }
        case Kind::Bool:
            setString(out, value.boolean ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
            return {};
        default:
            return mismatch(QStringLiteral("a text"));
        }
    case Type::Number:
    case Type::Integer: {
        const bool wantInteger = type == Type::Integer;
        double number = 0;
        switch (value.kind) {
        case Kind::Integer:
            return {};
        case Kind::Double:
            if (!wantInteger)
                return {};
            number = value.number;
            break;
        case Kind::String:
            if (!parseNumber(value.text, &number))
                return mismatch(
                    wantInteger ? QStringLiteral("a whole number") : QStringLiteral("a number"));
            break;
        default:
            return mismatch(
                wantInteger ? QStringLiteral("a whole number") : QStringLiteral("a number"));
        }
        out->isString = false;
        out->text.clear();
        if (wantInteger) {
            if (number != std::floor(number) || std::fabs(number) > 9e15)
                return mismatch(QStringLiteral("a whole number"));
            setInteger(out, static_cast<qint64>(number));
        } else {
            appendJsonNumber(out->json, number);
        }
        return {};
    }
    case Type::Boolean: {
        if (value.kind == Kind::Bool)
            return {};
        bool result = false;
        bool known = false;
        if (value.kind == Kind::Integer && (value.integer == 0 || value.integer == 1)) {
            result = value.integer == 1;
            known = true;
        } else if (value.kind == Kind::String) {
            const QByteArray text
                = QByteArray(value.text.data(), static_cast<qsizetype>(value.text.size()))
                      .trimmed()
                      .toLower();
            if (text == "true" || text == "t" || text == "1" || text == "yes" || text == "y") {
                result = true;
                known = true;
            } else if (text == "false" || text == "f" || text == "0" || text == "no"
                || text == "n") {
                known = true;
            }
        }
        if (!known)
            return mismatch(QStringLiteral("true or false"));
        out->isString = false;
        out->text.clear();
        out->json = result ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        return {};
    }
    case Type::DateTime: {
        if (value.kind != Kind::String)
            return mismatch(QStringLiteral("a date and time"));
        if (isNormalisedUtcTime(value.text))
            return {};
        const QByteArray normalised = normalisedUtcTime(value.text, zone);
        if (normalised.isEmpty())
            return mismatch(QStringLiteral("a date and time (RFC 3339)"));
        setString(out, normalised);
        return {};
    }
    case Type::Date: {
        QDate date;
        if (value.kind != Kind::String || !leadingDate(value.text, &date))
            return mismatch(QStringLiteral("a date (YYYY-MM-DD)"));
        // A date served as a timestamp ("2026-11-26T00:00:00", a PostgreSQL date through
        // some servers) keeps the calendar day it names.
        if (value.text.size() == 10 && value.text[4] == '-')
            return {};
        setString(out, date.toString(Qt::ISODate).toLatin1());
        return {};
    }
    case Type::Any:
        break;
    }
    return {};
}

} // namespace ioc::sync
