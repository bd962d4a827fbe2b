#include "health/healthmodule.h"

#include "core/localcache.h"
#include "health/facilitydetail.h"
#include "health/healthdashboard.h"
#include "health/healthdatacontract.h"
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
    dock->addTab(detail, QCoreApplication::translate("ioc::health::HealthModule", "Facility"));
    QObject::connect(dock->map(), &map::MapWidget::featureClicked, detail,
        [detail](const QString &layerId, const QString &featureId) {
            if (layerId.startsWith(QLatin1String("health_")))
                detail->showFacility(featureId);
        });
    QObject::connect(detail, &FacilityDetail::facilityShown, dock,
        [dock, detail] { dock->tabs()->setCurrentWidget(detail); });
    return dock;
}

QList<core::RecordTableModel::PropertyColumn> HealthModule::recordColumns() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ioc::health::HealthModule", text);
    };
    const QHash<QString, QString> kinds {
        { QStringLiteral("general_hospital"), tr("General hospital") },
        { QStringLiteral("specialist_hospital"), tr("Specialist hospital") },
        { QStringLiteral("district_medical_centre"), tr("Regional medical centre") },
        { QStringLiteral("commune_health_station"), tr("Commune health station") },
    };
    // One column list for the four collections: each row fills the columns it has.
    return {
        { QStringLiteral("kind"), tr("Kind"), kinds },
        { QStringLiteral("beds"), tr("Beds"), {} },
        { QStringLiteral("occupied"), tr("Occupied"), {} },
        { QStringLiteral("date"), tr("Date"), {} },
        { QStringLiteral("disease"), tr("Disease"), {} },
        { QStringLiteral("week_start"), tr("Week from"), {} },
        { QStringLiteral("cases"), tr("Cases"), {} },
        { QStringLiteral("coverage_pct"), tr("Coverage %"), {} },
        { QStringLiteral("unit_code"), tr("Unit"), {} },
    };
}

} // namespace ioc::health
