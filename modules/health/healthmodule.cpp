#include "health/healthmodule.h"

#include "core/localcache.h"
#include "health/facilitydetail.h"
#include "health/healthdashboard.h"
#include "health/healthdatacontract.h"
#include "health/tr.h"
#include "map/mapwidget.h"
#include "ui/moduledock.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QtGlobal>

namespace ioc::health {

HealthModule::HealthModule()
    : DashboardModule(
        {
            QStringLiteral("health"),
            QT_TRANSLATE_NOOP("ioc::modules", "Health"),
            QStringLiteral(":/modules/health/icon.svg"),
            QColor(QStringLiteral("#c92a2a")),
            { QStringLiteral("health_facilities"), QStringLiteral("health_occupancy"),
                QStringLiteral("health_cases"), QStringLiteral("health_vaccination") },
        },
        std::make_shared<HealthDashboard>())
{ }

QList<core::Migration> HealthModule::cacheMigrations() const
{
    return healthCacheMigrations();
}

QList<core::CollectionContract> HealthModule::dataContract() const
{
    return healthDataContract();
}

ui::ModuleDock *HealthModule::createDockContent(const ui::ModuleContext &context, QWidget *parent)
{
    ui::ModuleDock *dock = DashboardModule::createDockContent(context, parent);
    auto *detail = new FacilityDetail(context.cache->mirror(), dock);
    detail->setObjectName(QStringLiteral("facilityDetail"));
    dock->addTab(detail, Tr::tr("Facility"));
    QObject::connect(dock->map(), &map::MapWidget::featureClicked, detail,
        [detail](const QString &layerId, const QString &featureId) {
            if (layerId.startsWith(QLatin1String("health_")))
                detail->showFacility(featureId);
        });
    QObject::connect(
        detail, &FacilityDetail::facilityShown, dock, [dock, detail] { dock->showTab(detail); });
    return dock;
}

QList<core::RecordTableModel::PropertyColumn> HealthModule::recordColumns() const
{
    const QHash<QString, QString> kinds {
        { QStringLiteral("general_hospital"), Tr::tr("General hospital") },
        { QStringLiteral("specialist_hospital"), Tr::tr("Specialist hospital") },
        { QStringLiteral("district_medical_centre"), Tr::tr("Regional medical centre") },
        { QStringLiteral("commune_health_station"), Tr::tr("Commune health station") },
    };
    // One column list for the four collections: each row fills the columns it has.
    return {
        { QStringLiteral("kind"), Tr::tr("Kind"), kinds },
        { QStringLiteral("beds"), Tr::tr("Beds"), {} },
        { QStringLiteral("occupied"), Tr::tr("Occupied"), {} },
        { QStringLiteral("date"), Tr::tr("Date"), {} },
        { QStringLiteral("disease"), Tr::tr("Disease"), {} },
        { QStringLiteral("week_start"), Tr::tr("Week from"), {} },
        { QStringLiteral("cases"), Tr::tr("Cases"), {} },
        { QStringLiteral("coverage_pct"), Tr::tr("Coverage %"), {} },
        { QStringLiteral("unit_code"), Tr::tr("Unit"), {} },
    };
}

} // namespace ioc::health
