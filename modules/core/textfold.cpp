#include "core/textfold.h"

#include <QStringList>

namespace ioc::core {

QString foldForSearch(const QString &text)
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
