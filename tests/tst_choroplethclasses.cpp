// Quantile classing of a module's figure by district (ui::classifyChoropleth): class
// breaks, colours, legend rows and the cases that break naive classing (ties, fewer
// values than colours, NaN).
#include "ui/choroplethclasses.h"

#include <QTest>
#include <cmath>

using namespace ioc;

class TestChoroplethClasses : public QObject
{
    Q_OBJECT

private:
    static QHash<QString, double> valuesOf(const QList<double> &list)
    {
        QHash<QString, double> values;
        for (int i = 0; i < list.size(); ++i)
            values.insert(QStringLiteral("d%1").arg(i), list.at(i));
        return values;
    }
    static QStringList legendLabels(const map::Choropleth &c)
    {
        QStringList labels;
        for (const auto &[label, colour] : c.legend)
            labels.append(label);
        return labels;
    }

private slots:
    void classes_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QStringList>("legend");
        QTest::addColumn<int>("distinctColours");

        // 10 values, 5 colours: two per class, each class's upper bound its quantile.
        QTest::newRow("ten evenly")
            << QList<double> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }
            << QStringList { "1 – 2", "2 – 4", "4 – 6", "6 – 8", "8 – 10" } << 5;
        // Skewed: one district far above the others still gets the darkest class alone.
        QTest::newRow("skewed") << QList<double> { 1, 1, 2, 2, 3, 3, 4, 4, 5, 900 }
                                << QStringList { "1 – 1", "1 – 2", "2 – 3", "3 – 4", "4 – 900" }
                                << 5;
        // Fewer values than colours: one class each, colours spread over the palette.
        QTest::newRow("three values")
            << QList<double> { 10, 20, 30 } << QStringList { "10 – 10", "10 – 20", "20 – 30" } << 3;
        // All equal: one legend row, one colour (classes sharing bounds are merged).
        QTest::newRow("all equal")
            << QList<double> { 7, 7, 7, 7, 7, 7 } << QStringList { "7 – 7" } << 1;
        // Fractions below 100 keep one decimal.
        QTest::newRow("rates") << QList<double> { 0.5, 1.25, 2.5, 3.75,
            5 } << QStringList { "0.5 – 0.5", "0.5 – 1.3", "1.3 – 2.5", "2.5 – 3.8", "3.8 – 5.0" }
                               << 5;
        // NaN (no figure for that district) is left uncoloured and out of the breaks.
        QTest::newRow("with NaN") << QList<double> { std::nan(""), 1, 2 }
                                  << QStringList { "1 – 1", "1 – 2" } << 2;
        QTest::newRow("empty") << QList<double> {} << QStringList {} << 0;
    }
    void classes()
    {
        QFETCH(QList<double>, values);
        QFETCH(QStringList, legend);
        QFETCH(int, distinctColours);
        const map::Choropleth c = ui::classifyChoropleth(
            valuesOf(values), QStringLiteral("Title"), ui::choroplethPalette(), QLocale::c());
        QCOMPARE(legendLabels(c), legend);
        QSet<QRgb> colours;
        for (const QColor &colour : c.colours)
            colours.insert(colour.rgba());
        QCOMPARE(int(colours.size()), distinctColours);
        int coloured = 0;
        for (double v : values)
            coloured += std::isnan(v) ? 0 : 1;
        QCOMPARE(int(c.colours.size()), coloured);
        QCOMPARE(c.isEmpty(), values.isEmpty() || coloured == 0);
    }

    // Light means less: a larger value never gets a lighter colour than a smaller one.
    void coloursGrowWithTheValue()
    {
        const QHash<QString, double> values
            = valuesOf({ 3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43 });
        const map::Choropleth c = ui::classifyChoropleth(values, QString());
        const QList<QColor> palette = ui::choroplethPalette();
        for (auto a = values.constBegin(); a != values.constEnd(); ++a)
            for (auto b = values.constBegin(); b != values.constEnd(); ++b)
                if (a.value() < b.value())
                    QVERIFY(palette.indexOf(c.colours.value(a.key()))
                        <= palette.indexOf(c.colours.value(b.key())));
        // The extremes take the palette's ends.
        QCOMPARE(c.colours.value(QStringLiteral("d0")), palette.first());
        QCOMPARE(c.colours.value(QStringLiteral("d3")), palette.last());
        QCOMPARE(c.legendTitle, QString());
    }

    void theLegendFollowsTheLocale()
    {
        const map::Choropleth c = ui::classifyChoropleth(valuesOf({ 0.5, 2.5 }),
            QStringLiteral("%"), ui::choroplethPalette(), QLocale(QLocale::Vietnamese));
        QCOMPARE(legendLabels(c), (QStringList { "0,5 – 0,5", "0,5 – 2,5" }));
        QCOMPARE(c.legendTitle, QStringLiteral("%"));
    }
};

QTEST_GUILESS_MAIN(TestChoroplethClasses)
#include "tst_choroplethclasses.moc"
