#include "health/facilitydetail.h"

#include "core/dashboard.h"
#include "core/sqlitefile.h"
#include "ui/chartpanel.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace ioc::health {

FacilityDetail::FacilityDetail(const core::SqliteFile &mirror, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
{
    m_header = new QLabel(tr("Click a hospital or health station on the map to see its beds "
                             "and its occupancy day by day."),
        this);
    m_header->setObjectName(QStringLiteral("facilityHeader"));
    m_header->setWordWrap(true);
    m_chart = new ui::ChartPanel(this);
    m_chart->setObjectName(QStringLiteral("facilityOccupancy"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_chart, 1);
}

QString FacilityDetail::headerText() const
{
    return m_header->text();
}

bool FacilityDetail::showFacility(const QString &facilityId)
{
    QSqlQuery q(m_mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.name'), "
                             "json_extract(properties, '$.kind'), "
                             "json_extract(properties, '$.beds'), "
                             "json_extract(properties, '$.national_standard') FROM features "
                             "WHERE collection = 'health_facilities' AND id = ?"));
    q.addBindValue(facilityId);
    if (!q.exec() || !q.next())
        return false;
    m_facilityId = facilityId;
    const QLocale locale;
    const QHash<QString, QString> kinds {
        { QStringLiteral("general_hospital"), tr("general hospital") },
        { QStringLiteral("specialist_hospital"), tr("specialist hospital") },
        { QStringLiteral("district_medical_centre"), tr("regional medical centre") },
        { QStringLiteral("commune_health_station"), tr("commune health station") },
    };
    const QString name = q.value(0).toString();
    m_header->setText(tr("%1 — %2, %3 beds, %4")
                          .arg(name, kinds.value(q.value(1).toString(), q.value(1).toString()),
                              locale.toString(q.value(2).toInt()),
                              q.value(3).toBool() ? tr("meets the national standard")
                                                  : tr("below the national standard")));

    core::ChartData chart;
    chart.id = QStringLiteral("facility_occupancy");
    chart.title = tr("Bed occupancy of %1").arg(name);
    chart.unit = QStringLiteral("%");
    core::ChartSeries rate { tr("Bed occupancy"), {} };
    core::ChartSeries high { tr("90 % (warning)"), {} };
    core::ChartSeries full { tr("100 % (over capacity)"), {} };
    QSqlQuery days(m_mirror.connection());
    days.setForwardOnly(true);
    days.prepare(QStringLiteral("SELECT date, occupied, beds FROM health_occupancy_facts "
                                "WHERE facility_id = ? ORDER BY date"));
    days.addBindValue(facilityId);
    if (days.exec())
        while (days.next()) {
            if (days.value(2).toDouble() <= 0)
                continue;
            chart.categories.append(QDate::fromString(days.value(0).toString(), Qt::ISODate)
                                        .toString(QStringLiteral("dd/MM")));
            rate.values.append(days.value(1).toDouble() / days.value(2).toDouble() * 100.0);
            high.values.append(90);
            full.values.append(100);
        }
    chart.series = { rate, high, full };
    if (chart.categories.isEmpty())
        chart.note = tr("Only hospitals report their occupancy; health stations do not.");
    m_chart->setChart(chart);
    return true;
}

} // namespace ioc::health
