#include "alerts/rulemessage.h"

#include "alerts/finding.h"

#include <QRegularExpression>
#include <cmath>

namespace ioc::alerts {

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
}

QString renderTemplate(const QString &text, const QHash<QString, QString> &fields)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const auto field = fields.constFind(match.captured(1));
        out += field != fields.constEnd() ? *field : match.captured(0);
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QHash<QString, QString> vietnameseFields(
    const QHash<QString, QString> &fields, const QSet<QString> &decimalFields)
{
    // Only what still is a number: a field may have been overwritten with text since
    // (a lookup's name, the feature id), and "TP. Hà Tĩnh" must stay as it is.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
    QHash<QString, QString> vi = fields;
    for (const QString &field : decimalFields) {
        auto it = vi.find(field);
        if (it != vi.end() && number.match(*it).hasMatch())
            it->replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return vi;
}

void addAgeFields(double minutes, QHash<QString, QString> *fields)
{
    const qint64 m = qint64(std::floor(minutes));
    if (m < 120) {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 phút").arg(m));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 min").arg(m));
    } else if (m < 48 * 60) {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 giờ").arg(m / 60));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 h").arg(m / 60));
    } else {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 ngày").arg(m / 1440));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 days").arg(m / 1440));
    }
}

void Finding::setNumber(const QString &field, double number)
{
    setDecimalText(field, formatNumber(number));
}

void Finding::setDecimalText(const QString &field, const QString &text)
{
    fields.insert(field, text);
    decimalFields.insert(field);
}

} // namespace ioc::alerts
