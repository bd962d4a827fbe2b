#include "core/textfold.h"

#include <QStringList>

namespace ioc::core {

namespace {

// The definition: decompose (NFD), drop non-spacing marks (Vietnamese tones and
// diacritics), đ/Đ → d, lower case.
QString foldSlowly(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == QChar(0x0111) || ch == QChar(0x0110)) { // đ, Đ
            folded.append(QLatin1Char('d'));
            continue;
        }
        folded.append(ch.toLower());
    }
    return folded;
}

// foldSlowly() of each single character below U+2000 (Latin, Latin Extended Additional
// with every Vietnamese letter, combining marks), computed once. NFD only decomposes,
// and the marks it produces are dropped, so folding character by character gives the
// same text as folding the whole string. Sync folds every feature's text: the table
// turns the most expensive step of an insert into a lookup.
class FoldTable
{
public:
    static constexpr char16_t kLimit = 0x2000;
    static constexpr char16_t kDropped = 0xffff; // folds to nothing
    static constexpr char16_t kComplex = 0xfffe; // folds to several characters

    FoldTable()
    {
        for (char16_t c = 0; c < kLimit; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            const QString folded = foldSlowly(QString(QChar(c)));
            m_map[c] = folded.isEmpty() ? kDropped
                : folded.size() == 1    ? folded.at(0).unicode()
                                        : kComplex;
        }
    }
    char16_t at(char16_t c) const { return c < kLimit ? m_map[c] : kComplex; }

private:
    char16_t m_map[kLimit] = {};
};

} // namespace

QString foldForSearch(const QString &text)
{
    static const FoldTable table;
    QString folded(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    qsizetype length = 0;
    for (const QChar ch : text) {
        const char16_t mapped = table.at(ch.unicode());
        if (mapped == FoldTable::kComplex)
            return foldSlowly(text); // CJK, symbols, surrogates: the general way
        if (mapped != FoldTable::kDropped)
            out[length++] = mapped;
    }
    folded.truncate(length);
    return folded;
}

QString ftsPrefixQuery(const QString &userText)
{
    QStringList terms;
    QString current;
    const QString folded = foldForSearch(userText);
    auto flush = [&] {
        if (!current.isEmpty())
            terms.append(QLatin1Char('"') + current + QLatin1String("\"*"));
        current.clear();
    };
    // Only letters and digits reach the query, so nothing the operator types can be
    // read as FTS5 syntax (quotes, NEAR, column filters).
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber())
            current.append(ch);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace ioc::core
