#pragma once

#include "map/choropleth.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace ioc::ui {

// Sequential blues (ColorBrewer "Blues"): light = less, dark = more, whatever the
// indicator's direction (the legend says which values each shade stands for).
QList<QColor> choroplethPalette();

// A module's figure by district as a map choropleth: quantile class breaks (with 13
// districts, equal-count classes keep every colour in use whatever the skew of the
// indicator), one colour per class from `palette` (spread over it when there are fewer
// classes than colours), and a legend "lower – upper" per distinct class in `locale`.
// NaN values are left uncoloured. A pure function: tests/tst_choroplethclasses.cpp.
map::Choropleth classifyChoropleth(const QHash<QString, double> &values, const QString &legendTitle,
    const QList<QColor> &palette = choroplethPalette(), const QLocale &locale = QLocale());

} // namespace ioc::ui
