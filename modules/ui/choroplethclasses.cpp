#include "ui/choroplethclasses.h"

#include <algorithm>
#include <cmath>

namespace ioc::ui {

QList<QColor> choroplethPalette()
{
    return {
        QColor(0xde, 0xeb, 0xf7, 190),
        QColor(0x9e, 0xca, 0xe1, 190),
        QColor(0x6b, 0xae, 0xd6, 190),
        QColor(0x31, 0x82, 0xbd, 190),
        QColor(0x08, 0x51, 0x9c, 190),
    };
}

map::Choropleth classifyChoropleth(const QHash<QString, double> &values, const QString &legendTitle,
    const QList<QColor> &palette, const QLocale &locale)
{
    map::Choropleth choropleth;
    QVector<double> sorted;
    for (double v : values)
        if (!std::isnan(v))
            sorted.append(v);
    if (sorted.isEmpty() || palette.isEmpty())
        return choropleth;
    std::sort(sorted.begin(), sorted.end());

    const int n = int(sorted.size());
    const int colours = int(palette.size());
    const int classes = std::min(colours, n);
    // Class c (0-based) holds the values up to upper[c], the value at its quantile.
    QVector<double> upper;
    for (int c = 1; c <= classes; ++c)
        upper.append(sorted[std::min(n - 1, int(std::ceil(double(c) * n / classes)) - 1)]);
    auto classOf = [&upper](double v) {
        for (int c = 0; c < upper.size(); ++c)
            if (v <= upper[c])
                return c;
        return int(upper.size()) - 1;
    };
    auto colourOf = [&](int c) { return palette[std::min(colours - 1, c * colours / classes)]; };

    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!std::isnan(it.value()))
            choropleth.colours.insert(it.key(), colourOf(classOf(it.value())));

    const bool whole
        = std::all_of(sorted.begin(), sorted.end(), [](double v) { return v == std::round(v); });
    const int decimals = whole || sorted.last() >= 100 ? 0 : 1;
    double lower = sorted.first();
    for (int c = 0; c < upper.size(); ++c) {
        if (c > 0 && upper[c] == upper[c - 1])
            continue; // ties: one legend row for classes that share their bounds
        choropleth.legend.append(
            { QStringLiteral("%1 – %2").arg(
                  locale.toString(lower, 'f', decimals), locale.toString(upper[c], 'f', decimals)),
                colourOf(c) });
        lower = upper[c];
    }
    choropleth.legendTitle = legendTitle;
    return choropleth;
}

} // namespace ioc::ui
