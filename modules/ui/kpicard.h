#pragma once

#include "core/dashboard.h"

#include <QFrame>

class QLabel;

namespace ioc::ui {

// One headline figure: label, big number with unit, and its change against the period
// before, the same period last year and the plan. A change always carries an arrow and a
// sign as well as a colour, so it reads the same in greyscale and for colour-blind users.
// Clicking the card asks for its trend chart.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(QWidget *parent = nullptr);

    void setKpi(const core::KpiValue &kpi);
    const core::KpiValue &kpi() const { return m_kpi; }
    QString valueText() const;
    QStringList changeTexts() const;

    // "▲ +3,2 %" / "▼ −0,4 điểm %" in the current locale; empty without both values.
    static QString changeText(const core::KpiValue &kpi, const std::optional<double> &earlier);
    static QString formatValue(double value, int decimals);

signals:
    void clicked(const QString &kpiId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setChangeLine(QLabel *label, const QString &caption, const std::optional<double> &earlier);

    core::KpiValue m_kpi;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_lastYear = nullptr;
    QLabel *m_plan = nullptr;
};

} // namespace ioc::ui
