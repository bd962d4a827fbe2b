#include "briefing.h"

#include "alerts/alertstore.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/sqlitefile.h"
#include "map/alertlayer.h"
#include "map/dashboardpoints.h"
#include "map/mapwidget.h"
#include "reports/reportwriter.h"
#include "ui/chartpanel.h"
#include "ui/kpicard.h"
#include "ui/severityicon.h"
#include "ui/uimodule.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QLayout>
#include <QLocale>
#include <QPainter>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

namespace ioc::app {

namespace {

// Logical widths the widgets lay out at; the page's resolution comes from the device
// pixel ratio, so text and lines are as sharp as the printer (not an upscaled screenshot).
constexpr int kChartLogicalWidth = 900;
constexpr int kMapLogicalWidth = 1000;
constexpr int kOverviewFigures = 5;
constexpr int kMaxCharts = 4;
constexpr int kMaxAlertRows = 200;

QDate provinceToday()
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return (zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime()).date();
}

QString formatKpiValue(const core::KpiValue &kpi)
{
    if (!kpi.value)
        return QCoreApplication::translate("ioc::app::Briefing", "no data");
    const QString number = ui::KpiCard::formatValue(*kpi.value, kpi.decimals);
    return kpi.unit.isEmpty() ? number : number + QLatin1Char(' ') + kpi.unit;
}

QString formatChange(const core::KpiValue &kpi)
{
    const auto change = core::kpiChange(kpi, kpi.previous);
    if (!change)
        return {};
    const QString arrow = change->direction > 0 ? QStringLiteral("▲")
        : change->direction < 0                 ? QStringLiteral("▼")
                                                : QStringLiteral("=");
    const QString amount = QLocale().toString(std::abs(change->amount), 'f', 1);
    return change->inPoints
        ? QCoreApplication::translate("ioc::app::Briefing", "%1 %2 points vs the previous period")
              .arg(arrow, amount)
        : QCoreApplication::translate("ioc::app::Briefing", "%1 %2 % vs the previous period")
              .arg(arrow, amount);
}

reports::ReportFigure chartFigure(const core::ChartData &chart)
{
    reports::ReportFigure figure;
    figure.caption = chart.unit.isEmpty() ? chart.title
                                          : QStringLiteral("%1 (%2)").arg(chart.title, chart.unit);
    figure.aspectRatio = 0.42;
    figure.paint = [chart](QPainter &painter, const QRectF &target) {
        ui::ChartPanel panel;
        panel.setAttribute(Qt::WA_DontShowOnScreen);
        const QSize logical(kChartLogicalWidth, qRound(kChartLogicalWidth * 0.42));
        panel.resize(logical);
        panel.setChart(chart);
        panel.show();
        if (panel.layout())
            panel.layout()->activate();
        // Qt Charts lays its chart out through posted layout requests: let them run.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        auto *view = panel.findChild<QChartView *>();
        if (!view)
            return;
        if (view->chart())
            view->chart()->setAnimationOptions(QChart::NoAnimation);
        const qreal dpr = target.width() / view->width();
        QImage image(view->size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        // The scene, not the view: QGraphicsView::render() ignores the image's device pixel
        // ratio and would draw a magnified corner.
        QPainter imagePainter(&image);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        view->scene()->render(&imagePainter, QRectF(QPointF(0, 0), QSizeF(view->size())),
            view->mapToScene(view->viewport()->rect()).boundingRect());
        imagePainter.end();
        painter.drawImage(
            QRectF(target.topLeft(),
                QSizeF(target.width(), target.width() * view->height() / view->width())),
            image);
    };
    return figure;
}

map::AlertSeverity mapSeverity(alerts::Severity severity)
{
    switch (severity) {
    case alerts::Severity::Critical:
        return map::AlertSeverity::Critical;
    case alerts::Severity::Warning:
        return map::AlertSeverity::Major;
    case alerts::Severity::Info:
        break;
    }
    return map::AlertSeverity::Info;
}

reports::ReportFigure mapFigure(const QString &caption, const QList<core::DashboardLayer> &layers,
    const QList<alerts::Alert> &alerts, const QColor &accent)
{
    reports::ReportFigure figure;
    figure.caption = caption;
    figure.aspectRatio = 0.62;
    figure.paint = [layers, alerts, accent](QPainter &painter, const QRectF &target) {
        map::MapWidget map;
        map.setAsyncRendering(false);
        map.setInsetVisible(true);
        const QSize logical(kMapLogicalWidth, qRound(kMapLogicalWidth * 0.62));
        map.resize(logical);
        for (const core::DashboardLayer &layer : layers) {
            const QVector<map::MapPoint> points = map::mapPoints(layer);
            map::PointLayerOptions options;
            options.styleColours = layer.colours;
            options.defaultColour = accent;
            options.clusterColour = accent;
            options.radiusPx = layer.radiusPx;
            options.zOrder = layer.zOrder;
            options.clustered = false;
            map.setPointLayer(layer.id, points, options);
        }
        QVector<map::AlertMarker> markers;
        for (const alerts::Alert &alert : alerts)
            if (alert.hasPosition())
                markers.append({ alert.id, QGeoCoordinate(alert.lat, alert.lon),
                    mapSeverity(alert.severity), alert.message(QLocale().name()) });
        map.setAlerts(markers);
        map.zoomToProvince();
        const qreal dpr = target.width() / logical.width();
        painter.drawImage(target, map.renderToImage(logical, dpr));
    };
    return figure;
}

reports::ReportTable alertTable(
    const QList<alerts::Alert> &alerts, const core::ModuleRegistry &modules, bool withModule)
{
    reports::ReportTable table;
    table.title = QCoreApplication::translate(
        "ioc::app::Briefing", "Active alerts (%n)", nullptr, int(alerts.size()));
    table.headers = { QCoreApplication::translate("ioc::app::Briefing", "Severity"),
        QCoreApplication::translate("ioc::app::Briefing", "Alert") };
    table.columnWeights = { 2, 7 };
    if (withModule) {
        table.headers.append(QCoreApplication::translate("ioc::app::Briefing", "Module"));
        table.columnWeights.append(3);
    }
    table.headers += { QCoreApplication::translate("ioc::app::Briefing", "Raised"),
        QCoreApplication::translate("ioc::app::Briefing", "State") };
    table.columnWeights += { 2, 4 };
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QLocale locale;
    for (const alerts::Alert &alert : alerts.mid(0, kMaxAlertRows)) {
        QStringList row;
        row << ui::severityText(alert.severity); // the desktop's marks and words
        row << alert.message(locale.name());
        if (withModule) {
            const core::Module *module = modules.module(alert.module);
            row << (module ? module->title() : alert.module);
        }
        row << locale.toString(alert.raisedAt.toTimeZone(zone), QStringLiteral("HH:mm dd/MM"));
        row << (alert.state == alerts::AlertState::Acknowledged
                ? QCoreApplication::translate("ioc::app::Briefing", "acknowledged by %1 %2")
                      .arg(alert.ackBy,
                          locale.toString(alert.ackAt.toTimeZone(zone), QStringLiteral("HH:mm")))
                : QCoreApplication::translate("ioc::app::Briefing", "raised"));
        table.rows.append(row);
    }
    return table;
}

} // namespace

QStringList briefingPeriodNames()
{
    return { QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("week"),
        QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year") };
}

std::optional<BriefingPeriod> parseBriefingPeriod(const QString &name)
{
    const int index = int(briefingPeriodNames().indexOf(name.trimmed().toLower()));
    if (index < 0)
        return std::nullopt;
    return BriefingPeriod(index);
}

core::DashboardQuery briefingQuery(BriefingPeriod period, const QDate &today)
{
    core::DashboardQuery query;
    query.today = today;
    query.time.anchor = period == BriefingPeriod::Yesterday ? today.addDays(-1) : today;
    query.time.compareLastYear = true;
    switch (period) {
    case BriefingPeriod::Today:
    case BriefingPeriod::Yesterday:
        query.time.granularity = core::Granularity::Day;
        break;
    case BriefingPeriod::Week:
        query.time.granularity = core::Granularity::Week;
        break;
    case BriefingPeriod::Month:
        query.time.granularity = core::Granularity::Month;
        break;
    case BriefingPeriod::Quarter:
        query.time.granularity = core::Granularity::Quarter;
        break;
    case BriefingPeriod::Year:
        query.time.granularity = core::Granularity::Year;
        break;
    }
    return query;
}

BriefingInputs collectBriefingInputs(const QString &dataDir, const core::ModuleRegistry &modules,
    const QStringList &moduleIds, const core::DashboardQuery &query)
{
    BriefingInputs inputs;
    inputs.moduleIds = moduleIds;
    const QDir dir(dataDir);
    const core::SqliteFile mirror(
        dir.filePath(QLatin1String(core::LocalCache::kMirrorFileName)), QStringLiteral("briefing"));
    QStringList collections;
    for (const QString &id : moduleIds) {
        const auto *module = dynamic_cast<const ui::DashboardModule *>(modules.module(id));
        if (!module)
            continue;
        collections += module->collections();
        inputs.dashboards.insert(id, module->provider()->compute(mirror, query));
    }
    // The oldest of the collections that have data: one the server lacks (never synced)
    // must not hide how fresh everything else is.
    const core::FeatureStore store(mirror);
    for (const QString &collection : std::as_const(collections)) {
        const auto synced = store.oldestSuccessfulSync({ collection });
        if (synced && (!inputs.dataAsOf.isValid() || *synced < inputs.dataAsOf))
            inputs.dataAsOf = *synced;
    }

    const core::SqliteFile operatorStore(
        dir.filePath(QLatin1String(core::LocalCache::kOperatorFileName)),
        QStringLiteral("briefing"));
    const QHash<QString, alerts::Alert> all = alerts::AlertStore(operatorStore).loadAlerts();
    for (const alerts::Alert &alert : all)
        if (alert.state != alerts::AlertState::Resolved && moduleIds.contains(alert.module))
            inputs.activeAlerts.append(alert);
    // Most severe first, then newest: what a meeting should read first.
    std::sort(inputs.activeAlerts.begin(), inputs.activeAlerts.end(),
        [](const alerts::Alert &a, const alerts::Alert &b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return a.raisedAt > b.raisedAt;
        });
    return inputs;
}

reports::ReportContent buildBriefing(const core::ModuleRegistry &modules,
    const BriefingInputs &inputs, const core::DashboardQuery &query, bool overview)
{
    reports::ReportContent content;
    const QLocale locale;
    const core::DateRange period = query.time.period();
    content.period = period.first == period.last
        ? locale.toString(period.first, QStringLiteral("dd/MM/yyyy"))
        : QStringLiteral("%1 – %2").arg(locale.toString(period.first, QStringLiteral("dd/MM/yyyy")),
            locale.toString(period.last, QStringLiteral("dd/MM/yyyy")));
    content.area = QCoreApplication::translate("ioc::app::Briefing", "Whole province");
    content.dataAsOf = inputs.dataAsOf;
    content.generatedAt = QDateTime::currentDateTimeUtc();

    if (overview) {
        content.title
            = QCoreApplication::translate("ioc::app::Briefing", "Ha Tinh province briefing");
        reports::ReportSection summary;
        summary.title
            = QCoreApplication::translate("ioc::app::Briefing", "The province at a glance");
        QList<core::DashboardLayer> noLayers;
        summary.figures.append(
            mapFigure(QCoreApplication::translate("ioc::app::Briefing", "Active alerts on the map"),
                noLayers, inputs.activeAlerts, Qt::darkBlue));
        summary.tables.append(alertTable(inputs.activeAlerts, modules, true));
        content.sections.append(summary);
    }
    for (const QString &id : inputs.moduleIds) {
        const core::Module *module = modules.module(id);
        const auto data = inputs.dashboards.constFind(id);
        if (!module || data == inputs.dashboards.constEnd())
            continue;
        reports::ReportSection section;
        section.title = module->title();
        const QList<core::KpiValue> kpis
            = overview ? data->kpis.mid(0, kOverviewFigures) : data->kpis;
        for (const core::KpiValue &kpi : kpis)
            section.kpis.append({ kpi.label, formatKpiValue(kpi), formatChange(kpi) });
        section.note = data->notice;
        if (!overview) {
            content.title = QCoreApplication::translate("ioc::app::Briefing", "Briefing: %1")
                                .arg(module->title());
            int charts = 0;
            for (const core::ChartData &chart : data->charts) {
                if (chart.isEmpty() || charts++ >= kMaxCharts)
                    continue;
                section.figures.append(chartFigure(chart));
            }
            QList<alerts::Alert> own;
            for (const alerts::Alert &alert : inputs.activeAlerts)
                if (alert.module == id)
                    own.append(alert);
            section.figures.append(
                mapFigure(QCoreApplication::translate("ioc::app::Briefing", "Map"), data->layers,
                    own, module->accentColor()));
            section.tables.append(alertTable(own, modules, false));
        }
        content.sections.append(section);
    }
    return content;
}

int runReportCommand(const QString &dataDir, const core::ModuleRegistry &modules,
    const QString &report, const QString &periodName, const QString &outFile)
{
    QTextStream err(stderr);
    const auto period
        = parseBriefingPeriod(periodName.isEmpty() ? QStringLiteral("yesterday") : periodName);
    if (!period) {
        err << QCoreApplication::translate(
            "ioc::app::Briefing", "Unknown period '%1'; use one of: %2.")
                   .arg(periodName, briefingPeriodNames().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    QStringList moduleIds;
    const bool overview = report == QLatin1String("overview");
    for (const auto &module : modules.modules())
        if (overview || module->id() == report)
            if (dynamic_cast<const ui::DashboardModule *>(module.get()))
                moduleIds.append(module->id());
    if (moduleIds.isEmpty()) {
        QStringList known { QStringLiteral("overview") };
        for (const auto &module : modules.modules())
            if (dynamic_cast<const ui::DashboardModule *>(module.get()))
                known.append(module->id());
        err << QCoreApplication::translate(
            "ioc::app::Briefing", "Unknown report '%1'; use one of: %2.")
                   .arg(report, known.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    const core::DashboardQuery query = briefingQuery(*period, provinceToday());
    const BriefingInputs inputs = collectBriefingInputs(dataDir, modules, moduleIds, query);
    QString error;
    if (!reports::ReportWriter(buildBriefing(modules, inputs, query, overview))
             .writePdf(outFile, &error)) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout)
        << QCoreApplication::translate("ioc::app::Briefing", "Briefing written to %1").arg(outFile)
        << '\n';
    return 0;
}

} // namespace ioc::app
