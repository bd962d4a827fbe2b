#pragma once

#include <QWidget>

class QLabel;

namespace ioc::core {
class SqliteFile;
}
namespace ioc::ui {
class ChartPanel;
}

namespace ioc::health {

struct FacilityRecord;

// The "Facility" tab of the health dock: what a click on a facility shows — its kind, beds
// and national-standard status, and its daily bed occupancy over the days cached (with
// the 90 % and 100 % lines an operator judges it by).
class FacilityDetail : public QWidget
{
    Q_OBJECT

public:
    explicit FacilityDetail(const core::SqliteFile &mirror, QWidget *parent = nullptr);

    // Reads the facility on the thread pool and shows it; facilityShown() follows, or
    // nothing when it is not in the cache.
    void showFacility(const QString &facilityId);
    QString facilityId() const { return m_facilityId; }
    QString headerText() const;
    ui::ChartPanel *chart() const { return m_chart; }

signals:
    void facilityShown(const QString &facilityId);

private:
    void show(const FacilityRecord &facility);

    const core::SqliteFile &m_mirror;
    QString m_requested; // the last click, the only one shown
    QString m_facilityId;
    QLabel *m_header = nullptr;
    ui::ChartPanel *m_chart = nullptr;
};

} // namespace ioc::health
