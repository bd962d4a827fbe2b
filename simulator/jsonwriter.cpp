#include "jsonwriter.h"

#include "collection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace ioc::sim {

namespace {

void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            out += char(c);
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            // UTF-8 by hand: most strings are ASCII, and toUtf8() would allocate for each.
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode()))
                cp = QChar::surrogateToUcs4(c, s[++i].unicode());
            else if (QChar::isSurrogate(c))
                cp = 0xfffd;
            if (cp < 0x800) {
                out += char(0xc0 | (cp >> 6));
            } else if (cp < 0x10000) {
                out += char(0xe0 | (cp >> 12));
                out += char(0x80 | ((cp >> 6) & 0x3f));
            } else {
                out += char(0xf0 | (cp >> 18));
                out += char(0x80 | ((cp >> 12) & 0x3f));
                out += char(0x80 | ((cp >> 6) & 0x3f));
            }
            out += char(0x80 | (cp & 0x3f));
        }
    }
    out += '"';
}

} // namespace

void appendJson(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            out += "null"; // JSON has no NaN/Infinity
        else if (d == std::floor(d) && std::fabs(d) < 1e15)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, e);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        out += '{';
        bool first = true;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, it.key());
            out += ':';
            appendJson(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

void appendFeature(QByteArray &out, const FeatureRecord &f)
{
    out += "{\"type\":\"Feature\",\"id\":";
    appendString(out, f.id);
    out += ",\"geometry\":";
    appendJson(out, f.geometry);
    out += ",\"properties\":";
    appendJson(out, f.properties);
    out += '}';
}

} // namespace ioc::sim
