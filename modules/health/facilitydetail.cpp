#include "health/facilitydetail.h"

#include "core/dashboard.h"
#include "health/facilityqueries.h"
#include "health/tr.h"
#include "ui/chartpanel.h"

#include <QDate>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ioc::health {

FacilityDetail::FacilityDetail(const core::SqliteFile &mirror, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
{
    m_header = new QLabel(Tr::tr("Click a hospital or health station on the map to see its beds "
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

void FacilityDetail::showFacility(const QString &facilityId)
{
    // Read on the thread pool; a later click wins over an earlier one still being read.
    m_requested = facilityId;
    const core::SqliteFile *mirror = &m_mirror;
    auto *watcher = new QFutureWatcher<std::optional<FacilityRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, facilityId] {
        watcher->deleteLater();
        const std::optional<FacilityRecord> facility = watcher->result();
        if (facilityId != m_requested || !facility)
            return;
        show(*facility);
        emit facilityShown(facilityId);
    });
    watcher->setFuture(
        QtConcurrent::run([mirror, facilityId] { return readFacility(*mirror, facilityId); }));
}

void FacilityDetail::show(const FacilityRecord &facility)
{
    m_facilityId = facility.id;
    const QLocale locale;
    const QHash<QString, QString> kinds {
        { QStringLiteral("general_hospital"), Tr::tr("general hospital") },
        { QStringLiteral("specialist_hospital"), Tr::tr("specialist hospital") },
        { QStringLiteral("district_medical_centre"), Tr::tr("regional medical centre") },
        { QStringLiteral("commune_health_station"), Tr::tr("commune health station") },
    };
    m_header->setText(
        Tr::tr("%1 — %2, %3 beds, %4")
            .arg(facility.name, kinds.value(facility.kind, facility.kind),
                locale.toString(facility.beds),
                facility.meetsNationalStandard ? Tr::tr("meets the national standard")
                                               : Tr::tr("below the national standard")));

    core::ChartData chart;
    chart.id = QStringLiteral("facility_occupancy");
    chart.title = Tr::tr("Bed occupancy of %1").arg(facility.name);
    chart.unit = QStringLiteral("%");
    core::ChartSeries rate { Tr::tr("Bed occupancy"), {} };
    core::ChartSeries high { Tr::tr("90 % (warning)"), {} };
    core::ChartSeries full { Tr::tr("100 % (over capacity)"), {} };
    for (const FacilityRecord::Day &day : facility.occupancy) {
        chart.categories.append(day.date.toString(QStringLiteral("dd/MM")));
        rate.values.append(day.occupancyPercent);
        high.values.append(90);
        full.values.append(100);
    }
    chart.series = { rate, high, full };
    if (chart.categories.isEmpty())
        chart.note = Tr::tr("Only hospitals report their occupancy; health stations do not.");
    m_chart->setChart(chart);
}

} // namespace ioc::health
