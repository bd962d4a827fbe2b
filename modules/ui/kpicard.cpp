#include "ui/kpicard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace ioc::ui {

namespace {
const QString kGood = QStringLiteral("#2b8a3e");
const QString kBad = QStringLiteral("#c92a2a");
const QString kNeutral = QStringLiteral("#495057");
} // namespace

KpiCard::KpiCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral("#kpiCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 4px; } "
                                 "#kpiCard:focus { border: 2px solid palette(highlight); }"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("color: palette(text); font-weight: 600;"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_value->setTextFormat(Qt::RichText);
    m_period = new QLabel(this);
    m_period->setStyleSheet(QStringLiteral("color: #868e96;"));
    m_previous = new QLabel(this);
    m_lastYear = new QLabel(this);
    m_plan = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    // Every line but the figure wraps, so six cards fit one row of a 1366 px laptop
    // (ui::FlowLayout sizes the row by the cards' height for their width).
    for (QLabel *label : { m_period, m_previous, m_lastYear, m_plan })
        label->setWordWrap(true);
    for (QLabel *label : { m_title, m_value, m_period, m_previous, m_lastYear, m_plan })
        layout->addWidget(label);
    layout->addStretch(1);
}

QString KpiCard::formatValue(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString KpiCard::changeText(const core::KpiValue &kpi, const std::optional<double> &earlier)
{
    const auto change = core::kpiChange(kpi, earlier);
    if (!change)
        return {};
    const QString arrow = change->direction > 0 ? QStringLiteral("▲")
        : change->direction < 0                 ? QStringLiteral("▼")
                                                : QStringLiteral("▬");
    // A real minus sign and an explicit plus: the sign must survive a glance.
    const QString sign = change->direction > 0 ? QStringLiteral("+")
        : change->direction < 0                ? QStringLiteral("−")
                                               : QString();
    const QString amount
        = QLocale().toString(std::abs(change->amount), 'f', change->absolute ? 0 : 1);
    if (change->absolute)
        return QStringLiteral("%1 %2%3").arg(arrow, sign, amount);
    return change->inPoints ? tr("%1 %2%3 pts").arg(arrow, sign, amount)
                            : tr("%1 %2%3 %").arg(arrow, sign, amount);
}

void KpiCard::setChangeLine(
    QLabel *label, const QString &caption, const std::optional<double> &earlier)
{
    const QString text = changeText(m_kpi, earlier);
    if (text.isEmpty()) {
        label->setText(QStringLiteral("<span style='color:#868e96'>%1: —</span>").arg(caption));
        return;
    }
    const auto change = core::kpiChange(m_kpi, earlier);
    const QString colour = change->direction == 0 ? kNeutral : (change->good ? kGood : kBad);
    label->setText(QStringLiteral("<span style='color:%1;font-weight:600'>%2</span> "
                                  "<span style='color:#868e96'>%3</span>")
                       .arg(colour, text.toHtmlEscaped(), caption.toHtmlEscaped()));
    label->setToolTip(
        tr("Earlier value: %1 %2").arg(formatValue(*earlier, m_kpi.decimals), m_kpi.unit));
}

void KpiCard::setKpi(const core::KpiValue &kpi)
{
    m_kpi = kpi;
    m_title->setText(kpi.label);
    const QString number = kpi.value ? formatValue(*kpi.value, kpi.decimals) : QStringLiteral("—");
    m_value->setText(QStringLiteral("<span style='font-size:20pt;font-weight:700'>%1</span> "
                                    "<span style='color:#495057'>%2</span>")
                         .arg(number.toHtmlEscaped(), kpi.unit.toHtmlEscaped()));
    m_value->setToolTip(kpi.value
            ? tr("Exact value: %1 %2").arg(QLocale().toString(*kpi.value, 'f', 2), kpi.unit)
            : tr("No data reported for this period"));
    m_period->setText(kpi.periodLabel);
    m_period->setVisible(!kpi.periodLabel.isEmpty());
    setChangeLine(m_previous, tr("vs previous period"), kpi.previous);
    setChangeLine(m_lastYear, tr("vs same period last year"), kpi.lastYear);
    if (kpi.plan && kpi.value && *kpi.plan != 0) {
        const double share = *kpi.value / *kpi.plan * 100.0;
        const bool good = kpi.higherIsBetter ? share >= 100.0 : share <= 100.0;
        m_plan->setText(
            QStringLiteral("<span style='color:%1;font-weight:600'>%2 %3</span> "
                           "<span style='color:#868e96'>%4</span>")
                .arg(good ? kGood : kBad, good ? QStringLiteral("✔") : QStringLiteral("✖"),
                    tr("%1 % of plan").arg(QLocale().toString(share, 'f', 1)),
                    tr("(plan %1 %2)")
                        .arg(formatValue(*kpi.plan, kpi.decimals), kpi.unit)
                        .toHtmlEscaped()));
        m_plan->show();
    } else {
        m_plan->hide();
    }
    setToolTip(tr("Click for the trend of %1").arg(kpi.label));
}

QString KpiCard::valueText() const
{
    return m_kpi.value ? formatValue(*m_kpi.value, m_kpi.decimals) : QString();
}

QStringList KpiCard::changeTexts() const
{
    return { changeText(m_kpi, m_kpi.previous), changeText(m_kpi, m_kpi.lastYear) };
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    emit clicked(m_kpi.id);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        emit clicked(m_kpi.id);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ioc::ui
