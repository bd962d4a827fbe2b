#include "sync/pagesalvage.h"

namespace ioc::sync {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNumberByte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isJsonSpace(text[at]))
        ++at;
    return at;
}

// Index just past the string that opens at `at` (text[at] == '"'); -1 when it never closes.
qsizetype skipString(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i; // the escaped byte cannot close the string
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// Index of the member `key` (quoted, as written) of the object that opens at `open`, at
// the colon's far side; -1 when the object has none or does not close.
qsizetype findTopLevelMember(QByteArrayView text, qsizetype open, QByteArrayView key)
{
    qint64 depth = 0;
    for (qsizetype i = open; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype end = skipString(text, i);
            if (end < 0)
                return -1;
            if (depth == 1) {
                const qsizetype after = skipSpace(text, end);
                if (after < text.size() && text[after] == ':' && text.sliced(i, end - i) == key)
                    return skipSpace(text, after + 1);
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return -1;
        }
        ++i;
    }
    return -1;
}

QByteArrayView trimmedView(QByteArrayView text, qsizetype from, qsizetype to)
{
    while (to > from && isJsonSpace(text[to - 1]))
        --to;
    return text.sliced(from, to - from);
}

} // namespace

std::optional<SplitFeatureCollection> splitFeatureCollection(QByteArrayView body)
{
    const qsizetype root = skipSpace(body, 0);
    if (root >= body.size() || body[root] != '{')
        return std::nullopt;
    const qsizetype open = findTopLevelMember(body, root, "\"features\"");
    if (open < 0 || open >= body.size() || body[open] != '[')
        return std::nullopt;

    SplitFeatureCollection split;
    qint64 depth = 0; // inside the array
    qsizetype elementStart = -1;
    for (qsizetype i = open + 1; i < body.size();) {
        const char c = body[i];
        if (c == '"') {
            if (elementStart < 0)
                elementStart = i;
            const qsizetype end = skipString(body, i);
            if (end < 0)
                return std::nullopt;
            i = end;
            continue;
        }
        if (isJsonSpace(c)) {
            ++i;
            continue;
        }
        if (depth == 0 && (c == ',' || c == ']')) {
            if (elementStart >= 0)
                split.features.append(trimmedView(body, elementStart, i));
            else if (c == ',')
                split.features.append(QByteArrayView()); // ",,": an element that is nothing
            elementStart = -1;
            if (c == ']') {
                split.envelope.reserve(open + 1 + body.size() - i);
                split.envelope.append(body.first(open + 1));
                split.envelope.append(body.sliced(i));
                return split;
            }
            ++i;
            continue;
        }
        if (elementStart < 0)
            elementStart = i;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return std::nullopt;
        }
        ++i;
    }
    return std::nullopt; // the array never closes: truncated
}

QString topLevelId(QByteArrayView featureText)
{
    // An id longer than this is not one a person could use to find the record.
    constexpr qsizetype kMaxIdBytes = 256;
    const qsizetype root = skipSpace(featureText, 0);
    if (root >= featureText.size() || featureText[root] != '{')
        return {};
    const qsizetype value = findTopLevelMember(featureText, root, "\"id\"");
    if (value < 0 || value >= featureText.size())
        return {};
    if (featureText[value] == '"') {
        const qsizetype end = skipString(featureText, value);
        if (end < 0 || end - value - 2 > kMaxIdBytes)
            return {};
        return QString::fromUtf8(featureText.sliced(value + 1, end - value - 2));
    }
    qsizetype end = value;
    while (end < featureText.size() && end - value <= kMaxIdBytes && isNumberByte(featureText[end]))
        ++end;
    return QString::fromLatin1(featureText.sliced(value, end - value));
}

} // namespace ioc::sync
