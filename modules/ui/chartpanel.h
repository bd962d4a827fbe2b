#pragma once

#include "core/dashboard.h"

#include <QWidget>

class QChartView;
class QLabel;
class QToolButton;

namespace ioc::ui {

// One chart of a module dock (Qt Charts): title, legend, axis with the unit, numbers in
// the UI locale, a tooltip with the exact value under the mouse, a dashed marker where
// the administrative reform splits the categories, and export of the picture (PNG) and
// of its data (CSV, UTF-8 with BOM).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setChart(const core::ChartData &data);
    const core::ChartData &chartData() const { return m_data; }
    QString noteText() const;

    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;

    // The tooltip text for one value (also what tests check).
    QString valueTip(int seriesIndex, int category) const;

private:
    void askAndExportPng();
    void askAndExportCsv();

    core::ChartData m_data;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ioc::ui
