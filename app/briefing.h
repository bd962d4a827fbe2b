#pragma once

#include "alerts/alert.h"
#include "core/dashboard.h"
#include "reports/reportcontent.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace ioc::core {
class ModuleRegistry;
}

namespace ioc::app {

// The periods a briefing covers, as leaders ask for them ("yesterday" for the morning
// meeting).
enum class BriefingPeriod { Today, Yesterday, Week, Month, Quarter, Year };
std::optional<BriefingPeriod> parseBriefingPeriod(const QString &name);
QStringList briefingPeriodNames();
// The dashboard query of a period ending on `today` (province calendar), whole province.
core::DashboardQuery briefingQuery(BriefingPeriod period, const QDate &today);

// What a briefing needs from the cache. Collected on a worker thread (own connections),
// because a module's figures over a year of data take seconds.
struct BriefingInputs
{
    QStringList moduleIds; // in the order their sections appear
    QHash<QString, core::DashboardData> dashboards;
    QList<alerts::Alert> activeAlerts; // raised or acknowledged, not resolved
    QDateTime dataAsOf; // the oldest last successful sync of the collections involved
};
BriefingInputs collectBriefingInputs(const QString &dataDir, const core::ModuleRegistry &modules,
    const QStringList &moduleIds, const core::DashboardQuery &query);

// Lays the inputs out as a briefing. On the UI thread: charts and the map are drawn by
// their widgets straight onto the page (vector charts, map rendered at the page's dpi).
// `overview` = the province briefing (every module's headline figures, all alerts);
// otherwise one module in full (all KPIs, its charts and map, its alerts).
reports::ReportContent buildBriefing(const core::ModuleRegistry &modules,
    const BriefingInputs &inputs, const core::DashboardQuery &query, bool overview);

// Headless: `ioc-desktop --report overview|<module> --period yesterday --out FILE.pdf`.
// Returns the process exit code and prints what it did or why it failed.
int runReportCommand(const QString &dataDir, const core::ModuleRegistry &modules,
    const QString &report, const QString &period, const QString &outFile);

class Briefing
{
    Q_DECLARE_TR_FUNCTIONS(ioc::app::Briefing)
};

} // namespace ioc::app
