#include "ui/chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace ioc::ui {

namespace {

// Distinguishable in greyscale too (light/dark alternate), after the Tableau 10 hues.
const QList<QColor> kSeriesColours = {
    QColor(QStringLiteral("#1f6fb4")),
    QColor(QStringLiteral("#f08c00")),
    QColor(QStringLiteral("#2b8a3e")),
    QColor(QStringLiteral("#c92a2a")),
    QColor(QStringLiteral("#7048e8")),
    QColor(QStringLiteral("#868e96")),
};

QString fileSafe(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
    return text.left(60);
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Small enough for a dock on a 1366×768 laptop; the splitter gives it more when there is.
    m_view->setMinimumHeight(120);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8f5b00;"));
    m_empty = new QLabel(tr("No data for this area and period."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *png = new QToolButton(this);
    png->setText(tr("PNG"));
    png->setToolTip(tr("Save the chart as a picture"));
    connect(png, &QToolButton::clicked, this, &ChartPanel::askAndExportPng);
    auto *csv = new QToolButton(this);
    csv->setText(tr("CSV"));
    csv->setToolTip(tr("Save the chart's data for a spreadsheet"));
    connect(csv, &QToolButton::clicked, this, &ChartPanel::askAndExportCsv);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(png);
    bottom->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);
}

QString ChartPanel::noteText() const
{
    return m_note->text();
}

QString ChartPanel::valueTip(int seriesIndex, int category) const
{
    if (seriesIndex < 0 || seriesIndex >= m_data.series.size() || category < 0
        || category >= m_data.categories.size())
        return {};
    const core::ChartSeries &series = m_data.series[seriesIndex];
    const double value = category < series.values.size() ? series.values[category] : std::nan("");
    const QString number = std::isnan(value) ? tr("no data") : QLocale().toString(value, 'f', 2);
    return QStringLiteral("%1 — %2: %3 %4")
        .arg(m_data.categories[category], series.name, number, m_data.unit)
        .trimmed();
}

void ChartPanel::setChart(const core::ChartData &data)
{
    m_data = data;
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);

    const bool empty = data.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_note->setText(data.note);

    double minValue = 0;
    double maxValue = 0;
    for (const core::ChartSeries &s : data.series)
        for (double v : s.values)
            if (!std::isnan(v)) {
                minValue = std::min(minValue, v);
                maxValue = std::max(maxValue, v);
            }
    if (maxValue <= minValue)
        maxValue = minValue + 1;

    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    auto *values = new QValueAxis;
    values->setTitleText(data.unit);
    values->setRange(minValue, maxValue * 1.08);
    values->setLabelFormat(maxValue >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->applyNiceNumbers();

    const bool horizontal = data.kind == core::ChartData::Kind::HorizontalBar;
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    if (data.kind == core::ChartData::Kind::Line) {
        for (int s = 0; s < data.series.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(data.series[s].name);
            QPen pen(kSeriesColours.value(s % kSeriesColours.size()));
            pen.setWidthF(2);
            // The second and later series are dashed: readable without colour.
            if (s % 2 == 1)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(data.categories.size() <= 24);
            for (int i = 0; i < data.series[s].values.size(); ++i)
                if (!std::isnan(data.series[s].values[i]))
                    line->append(i, data.series[s].values[i]);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
            connect(line, &QLineSeries::hovered, this, [this, s](const QPointF &point, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), valueTip(s, int(std::lround(point.x()))));
                else
                    QToolTip::hideText();
            });
        }
    } else {
        QAbstractBarSeries *bars = horizontal
            ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
            : new QBarSeries;
        for (int s = 0; s < data.series.size(); ++s) {
            auto *set = new QBarSet(data.series[s].name);
            set->setColor(kSeriesColours.value(s % kSeriesColours.size()));
            for (double v : data.series[s].values)
                set->append(std::isnan(v) ? 0.0 : v);
            connect(set, &QBarSet::hovered, this, [this, s](bool on, int index) {
                if (on)
                    QToolTip::showText(QCursor::pos(), valueTip(s, index));
                else
                    QToolTip::hideText();
            });
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }

    if (data.reformIndex > 0 && data.reformIndex < data.categories.size() && !horizontal) {
        // A dashed vertical line between the last old-units and the first new-units bucket.
        auto *marker = new QLineSeries;
        marker->setName(tr("Administrative reform 1 July 2025"));
        QPen pen(QColor(QStringLiteral("#8f5b00")));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        marker->setPen(pen);
        marker->append(data.reformIndex - 0.5, values->min());
        marker->append(data.reformIndex - 0.5, values->max());
        chart->addSeries(marker);
        marker->attachAxis(categories);
        marker->attachAxis(values);
    }

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray csv = core::chartCsv(m_data);
    return file.write(csv) == csv.size() && file.flush();
}

void ChartPanel::askAndExportPng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as picture"),
        dir + QLatin1Char('/') + fileSafe(m_data.title) + QStringLiteral(".png"),
        tr("PNG image (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QToolTip::showText(QCursor::pos(), tr("Cannot write %1").arg(path), this);
}

void ChartPanel::askAndExportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart data"),
        dir + QLatin1Char('/') + fileSafe(m_data.title) + QStringLiteral(".csv"),
        tr("CSV file (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QToolTip::showText(QCursor::pos(), tr("Cannot write %1").arg(path), this);
}

} // namespace ioc::ui
