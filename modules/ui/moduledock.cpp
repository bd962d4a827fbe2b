// Over 600 lines for a reason: one widget whose layout, two loaders (map points, figures)
// and reveal/alert/directive wiring share the same members. What could stand alone already
// does: ui/dashboardcontroller, ui/choroplethclasses, ui/flowlayout, ui/alertmarkers.
#include "ui/moduledock.h"

#include "alerts/alertlistmodel.h"
#include "core/sqlitefile.h"
#include "map/dashboardpoints.h"
#include "map/mappointreader.h"
#include "map/mapwidget.h"
#include "ui/alertlistwidget.h"
#include "ui/alertmarkers.h"
#include "ui/chartpanel.h"
#include "ui/choroplethclasses.h"
#include "ui/dashboardcontroller.h"
#include "ui/dashboardfilterbar.h"
#include "ui/dataissuesview.h"
#include "ui/directivedialog.h"
#include "ui/flowlayout.h"
#include "ui/kpicard.h"
#include "ui/recordbrowser.h"
#include "ui/theme.h"

#include <QAction>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace ioc::ui {

namespace {

// Status colours shared by every module's points; never colour alone (the alert issue
// adds shapes), but these are the colours operators expect.
QHash<QString, QColor> statusColours()
{
    return {
        { QStringLiteral("online"), QColor(QStringLiteral("#2b8a3e")) },
        { QStringLiteral("open"), QColor(QStringLiteral("#2b8a3e")) },
        { QStringLiteral("degraded"), QColor(QStringLiteral("#f59f00")) },
        { QStringLiteral("offline"), QColor(QStringLiteral("#868e96")) },
        { QStringLiteral("closed"), QColor(QStringLiteral("#c92a2a")) },
    };
}

const QString kAreaLayer = QStringLiteral("admin_areas");

// Six cards (the most a module shows) stay in one row on a wide screen.
constexpr int kMaxCardsPerRow = 6;

// What a tab shows: a view that scrolls itself as it is, anything else in a scroll area.
QWidget *scrollableTabPage(QWidget *page)
{
    if (qobject_cast<QAbstractScrollArea *>(page))
        return page;
    auto *area = new QScrollArea;
    area->setObjectName(QStringLiteral("tabScroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

// The page a tab was given: the scroll area's widget, or the tab's own widget.
QWidget *pageOf(QWidget *tab)
{
    if (auto *area = qobject_cast<QScrollArea *>(tab);
        area && area->objectName() == QLatin1String("tabScroll"))
        return area->widget();
    return tab;
}

// Zoom for a record revealed on the map when it is a point: a street-level view.
constexpr double kRevealPointZoom = 14.0;

} // namespace

ModuleDock::ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
    const QStringList &collections, const QColor &accent, QWidget *parent)
    : ModuleDock(mirrorPath, mirror, collections, accent, nullptr, parent)
{ }

ModuleDock::ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
    const QStringList &collections, const QColor &accent,
    std::shared_ptr<const core::DashboardProvider> provider, QWidget *parent)
    : QWidget(parent)
    , m_mirrorPath(mirrorPath)
    , m_collections(collections)
    , m_accent(accent)
    , m_provider(std::move(provider))
    , m_today(QDate::currentDate())
    , m_mirror(&mirror)
{
    m_filters = new DashboardFilterBar(this);
    m_filters->setObjectName(QStringLiteral("dashboardFilters"));
    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("dockFreshness"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    setTextRole(m_notice, TextRole::WarningBadge);
    m_notice->hide();

    m_map = new map::MapWidget(this);
    m_map->setObjectName(QStringLiteral("moduleMap"));
    m_browser = new RecordBrowser(mirror, collections, this);
    m_issues = new DataIssuesView(mirror, collections, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("moduleTabs"));
    m_tabs->addTab(m_browser, tr("Records"));
    const int issuesTab = m_tabs->addTab(m_issues, tr("Data issues"));
    connect(m_issues, &DataIssuesView::countChanged, this, [this](int count) {
        const int index = m_tabs->indexOf(m_issues);
        m_tabs->setTabText(index,
            count > 0 ? tr("Data issues (%1)").arg(QLocale().toString(count)) : tr("Data issues"));
    });
    Q_UNUSED(issuesTab);

    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setDocumentMode(true);
    m_trend = new ChartPanel(this);
    m_trend->setObjectName(QStringLiteral("chart-trend"));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_map);
    top->addWidget(m_chartTabs);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Map and charts are what the dock is for; the records table is for looking things up.
    m_splitter->setSizes({ 620, 300 });
    top->setSizes({ 450, 550 });
    m_chartTabs->setVisible(m_provider != nullptr);

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(0, 0, 4, 0);
    m_header->addWidget(m_filters, 1);
    m_header->addWidget(m_freshness);
    m_filters->setVisible(m_provider != nullptr);
    // Cards and filters wrap onto more rows rather than widen the dock: a dock must fit
    // half of a 1366 px laptop screen (issue #18).
    m_cardRow = new FlowLayout(FlowLayout::Rows::Uniform);
    m_cardRow->setSpacing(6);
    m_cardRow->setMaxColumns(kMaxCardsPerRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(m_header);
    layout->addWidget(m_notice);
    layout->addLayout(m_cardRow);
    layout->addWidget(m_splitter, 1);

    if (m_provider) {
        core::TimeFilter time;
        time.granularity = m_provider->defaultGranularity();
        time.anchor = m_today;
        m_filters->setTimeFilter(time);
    }
    connect(m_filters, &DashboardFilterBar::changed, this, &ModuleDock::loadDashboard);
    connect(m_map, &map::MapWidget::featureClicked, this, &ModuleDock::onMapFeatureClicked);

    m_loader = new QFutureWatcher<QHash<QString, QVector<map::MapPoint>>>(this);
    connect(m_loader, &QFutureWatcherBase::finished, this, [this] {
        const auto layers = m_loader->result();
        for (const QString &collection : std::as_const(m_collections)) {
            const auto it = layers.constFind(collection);
            if (it == layers.constEnd()) {
                m_map->removeLayer(collection);
                m_layerCounts.remove(collection);
                continue;
            }
            map::PointLayerOptions options;
            options.styleColours = statusColours();
            options.defaultColour = m_accent;
            options.clusterColour = m_accent;
            m_map->setPointLayerAsync(collection, *it, options);
            m_layerCounts.insert(collection, static_cast<int>(it->size()));
        }
        emit mapLayersLoaded();
        if (m_reloadPending) {
            m_reloadPending = false;
            loadMapLayers();
        }
    });
    if (m_provider) {
        m_dashboard = new DashboardController(m_mirrorPath, m_provider, this);
        connect(m_dashboard, &DashboardController::computed, this,
            [this](const core::DashboardData &data) {
                m_data = data;
                applyDashboard();
                emit dashboardLoaded();
            });
    }
}

ModuleDock::~ModuleDock()
{
    m_loader->waitForFinished();
}

int ModuleDock::addTab(QWidget *widget, const QString &label)
{
    return m_tabs->addTab(scrollableTabPage(widget), label);
}

QWidget *ModuleDock::currentTabPage() const
{
    return m_tabs->currentWidget() ? pageOf(m_tabs->currentWidget()) : nullptr;
}

void ModuleDock::showTab(QWidget *page)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (pageOf(m_tabs->widget(i)) == page) {
            m_tabs->setCurrentIndex(i);
            return;
        }
}

int ModuleDock::insertTab(int index, QWidget *widget, const QString &label)
{
    return m_tabs->insertTab(index, scrollableTabPage(widget), label);
}

void ModuleDock::setRecordColumns(const QList<core::RecordTableModel::PropertyColumn> &columns)
{
    m_browser->model()->setPropertyColumns(columns);
}

ChartPanel *ModuleDock::chartPanel(const QString &chartId) const
{
    if (chartId == QLatin1String("trend"))
        return m_trend;
    for (ChartPanel *panel : m_charts)
        if (panel->chartData().id == chartId)
            return panel;
    return nullptr;
}

QString ModuleDock::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ModuleDock::freshnessText() const
{
    return m_freshness->text();
}

void ModuleDock::setOperatorStore(const core::SqliteFile *operatorStore, const QString &moduleId)
{
    m_operatorStore = operatorStore;
    m_moduleId = moduleId;
}

DirectiveDialog *ModuleDock::directiveDialogForKpi(const QString &kpiId)
{
    if (!m_operatorStore)
        return nullptr;
    for (const core::KpiValue &kpi : std::as_const(m_data.kpis)) {
        if (kpi.id != kpiId)
            continue;
        const QString area = m_filters->breadcrumb().last();
        const QString figure = kpi.value
            ? KpiCard::formatValue(*kpi.value, kpi.decimals) + QLatin1Char(' ') + kpi.unit
            : QStringLiteral("—");
        const QString text
            = tr("%1 — %2: %3. Review and report the measures taken.").arg(area, kpi.label, figure);
        return new DirectiveDialog(*m_mirror, m_moduleId,
            QStringLiteral("kpi:%1/%2").arg(m_moduleId, kpi.id), text, m_today, this);
    }
    return nullptr;
}

DirectiveDialog *ModuleDock::directiveDialogForAlert(const QString &alertId, const QString &message)
{
    if (!m_operatorStore)
        return nullptr;
    return new DirectiveDialog(*m_mirror, m_moduleId, QStringLiteral("alert:%1").arg(alertId),
        tr("%1. Review and report the measures taken.").arg(message), m_today, this);
}

bool ModuleDock::issueDirective(const core::Directive &directive, bool quiet)
{
    if (!m_operatorStore)
        return false;
    // Written on the pool (no SQL on the UI thread); the operator sees the outcome.
    const core::SqliteFile *store = m_operatorStore;
    auto *watcher = new QFutureWatcher<core::CacheError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, directive, quiet] {
        watcher->deleteLater();
        const core::CacheError error = watcher->result();
        if (!error) {
            emit directiveIssued(directive.uuid);
            return;
        }
        emit directiveRefused(directive.uuid, error.message);
        if (!quiet)
            QMessageBox::warning(this, tr("Directive not saved"), error.message);
    });
    watcher->setFuture(QtConcurrent::run(
        [store, directive] { return core::OutboxStore(*store).issueDirective(directive); }));
    return true;
}

void ModuleDock::setToday(const QDate &today)
{
    m_today = today;
    core::TimeFilter time = m_filters->timeFilter();
    time.anchor = today;
    m_filters->setTimeFilter(time);
    loadDashboard();
}

void ModuleDock::setFreshness(
    const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now)
{
    m_browser->setFreshness(lastSuccess, intervalSeconds, now);
    // The browser's label sits inside the Records tab; the dock repeats it where it is
    // always visible, with the same amber/red warning.
    m_freshness->setText(m_browser->freshnessText());
    switch (m_browser->staleness()) {
    case RecordBrowser::Staleness::VeryStale:
        setTextRole(m_freshness, TextRole::ErrorBadge);
        break;
    case RecordBrowser::Staleness::Stale:
        setTextRole(m_freshness, TextRole::WarningBadge);
        break;
    default:
        setTextRole(m_freshness, TextRole::Muted);
    }
}

void ModuleDock::reveal(const RecordRef &record)
{
    if (!record.featureId.isEmpty()) {
        m_tabs->setCurrentWidget(m_browser);
        if (m_browser->selectRecord(record.collection, record.featureId, record.name))
            m_browser->tableView()->setFocus(Qt::OtherFocusReason);
    }
    if (!record.hasLocation)
        return;
    // The map stays on the record: figures arriving later (a dock shown for the first
    // time loads them now) follow the area filter only when it changes.
    m_shownArea = m_filters->area().code;
    const QRectF &b = record.bounds;
    if (b.width() <= 0 && b.height() <= 0) {
        m_map->setView(
            QGeoCoordinate(b.top(), b.left()), std::max(m_map->zoom(), kRevealPointZoom));
        return;
    }
    m_map->fitBounds(
        QGeoRectangle(QGeoCoordinate(b.bottom(), b.left()), QGeoCoordinate(b.top(), b.right())));
}

AlertListWidget *ModuleDock::attachAlertList(
    const QString &moduleId, const QList<alerts::Alert> &initial)
{
    if (m_alertList)
        return m_alertList;
    auto *list = new AlertListWidget(this);
    m_alertList = list;
    list->setObjectName(QStringLiteral("moduleAlerts"));
    list->setModuleFilter(moduleId);
    list->alertModel()->setAlerts(initial);
    insertTab(0, list, tr("Alerts"));

    // "Directive…": the alert becomes a task for an agency, tracked in the documents
    // module like any other, and sent through the outbox.
    list->enableDirectives();
    connect(list, &AlertListWidget::directiveRequested, this, [this](const alerts::Alert &alert) {
        std::unique_ptr<DirectiveDialog> dialog(
            directiveDialogForAlert(alert.id, alert.message(messageLanguage())));
        if (dialog && dialog->exec() == QDialog::Accepted)
            issueDirective(dialog->directive());
    });

    // Double click: the record the alert is about, or at least its place.
    connect(list, &AlertListWidget::alertActivated, this,
        [this](const alerts::Alert &alert) { reveal(recordOfAlert(alert)); });

    // The open alerts on the map; a marker click selects its alert in the list.
    auto showOnMap = [this, list, moduleId] {
        QList<alerts::Alert> own;
        for (const alerts::Alert &alert : list->alertModel()->allAlerts())
            if (alert.module == moduleId && alert.state != alerts::AlertState::Resolved)
                own.append(alert);
        m_map->setAlerts(alertMarkers(own, messageLanguage()));
    };
    connect(list->alertModel(), &alerts::AlertListModel::countsChanged, m_map, showOnMap);
    showOnMap();
    connect(m_map, &map::MapWidget::alertClicked, list, [this, list](const QString &id) {
        showTab(list);
        list->selectAlert(id);
    });
    return list;
}

void ModuleDock::refresh()
{
    m_browser->refresh();
    m_issues->refresh();
    // A dock nobody looks at loads its map and figures when it is next shown.
    if (isVisible()) {
        loadMapLayers();
        loadDashboard();
    } else {
        m_mapLoaded = false;
    }
}

void ModuleDock::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeightToWidth();
}

void ModuleDock::fitHeightToWidth()
{
    // The filter and card rows wrap as the dock narrows; the dock's minimum height follows,
    // so the window never squeezes the cards over the map (QMainWindow sizes docks by their
    // minimum sizes, which know nothing of height-for-width).
    const int width = contentsRect().width();
    const int spacing = layout()->spacing();
    int needed = m_header->heightForWidth(width) + spacing + m_splitter->minimumSizeHint().height();
    if (m_cardRow->count() > 0)
        needed += m_cardRow->heightForWidth(width) + spacing;
    if (!m_notice->isHidden())
        needed += m_notice->heightForWidth(width) + spacing;
    if (needed != minimumHeight())
        setMinimumHeight(needed);
}

void ModuleDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_mapLoaded) {
        m_issues->refresh();
        loadMapLayers();
        loadDashboard();
    }
}

void ModuleDock::loadMapLayers()
{
    m_mapLoaded = true;
    // With a provider, the module's points come with its figures (coloured by them).
    if (m_provider)
        return;
    if (m_loader->isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_loader->setFuture(QtConcurrent::run(map::readMapPoints, m_mirrorPath, m_collections));
}

void ModuleDock::loadDashboard()
{
    if (!m_dashboard)
        return;
    core::DashboardQuery query;
    query.area = m_filters->area();
    query.time = m_filters->timeFilter();
    query.selector = m_filters->selector();
    query.today = m_today;
    m_dashboard->request(query);
}

void ModuleDock::applyDashboard()
{
    if (m_data.geography)
        m_filters->setGeography(m_data.geography);
    m_filters->setSelectorChoices(
        m_data.selectorLabel, m_data.selectorChoices, m_data.selectorValue);
    m_notice->setText(m_data.notice);
    m_notice->setVisible(!m_data.notice.isEmpty());

    // Cards: reuse the widgets, so focus and layout stay put between refreshes.
    while (m_cards.size() > m_data.kpis.size())
        delete m_cards.takeLast();
    while (m_cards.size() < m_data.kpis.size()) {
        auto *card = new KpiCard(this);
        connect(card, &KpiCard::clicked, this, &ModuleDock::showKpiTrend);
        if (m_operatorStore) {
            auto *action = new QAction(tr("Create directive…"), card);
            connect(action, &QAction::triggered, this, [this, card] {
                std::unique_ptr<DirectiveDialog> dialog(directiveDialogForKpi(card->kpi().id));
                if (dialog && dialog->exec() == QDialog::Accepted)
                    issueDirective(dialog->directive());
            });
            card->addAction(action);
            card->setContextMenuPolicy(Qt::ActionsContextMenu);
        }
        m_cardRow->addWidget(card);
        m_cards.append(card);
    }
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setKpi(m_data.kpis[i]);
    fitHeightToWidth();

    // Charts: one tab each, the KPI trend first.
    const int current = m_chartTabs->currentIndex();
    while (m_charts.size() > m_data.charts.size()) {
        ChartPanel *panel = m_charts.takeLast();
        m_chartTabs->removeTab(m_chartTabs->indexOf(panel));
        delete panel;
    }
    if (m_chartTabs->indexOf(m_trend) < 0)
        m_chartTabs->insertTab(0, m_trend, tr("Trend"));
    while (m_charts.size() < m_data.charts.size()) {
        auto *panel = new ChartPanel(this);
        m_chartTabs->addTab(panel, QString());
        m_charts.append(panel);
    }
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setObjectName(QStringLiteral("chart-") + m_data.charts[i].id);
        m_charts[i]->setChart(m_data.charts[i]);
        m_chartTabs->setTabText(m_chartTabs->indexOf(m_charts[i]), m_data.charts[i].title);
        m_chartTabs->setTabToolTip(m_chartTabs->indexOf(m_charts[i]), m_data.charts[i].title);
    }
    if (m_trendKpi.isEmpty() && !m_data.kpis.isEmpty())
        m_trendKpi = m_data.kpis.first().id;
    const QString trendKpi = m_trendKpi;
    const int keep = current;
    showKpiTrend(trendKpi);
    if (keep >= 0 && keep < m_chartTabs->count())
        m_chartTabs->setCurrentIndex(keep);

    applyChoropleth();
    // Module layers (offices, agencies…), replaced as a whole.
    for (const QString &id : std::as_const(m_dashboardLayers))
        m_map->removeLayer(id);
    m_dashboardLayers.clear();
    m_layerCounts.clear();
    for (const core::DashboardLayer &layer : std::as_const(m_data.layers)) {
        const QVector<map::MapPoint> points = map::mapPoints(layer);
        map::PointLayerOptions options;
        options.styleColours = layer.colours;
        options.defaultColour = m_accent;
        options.clusterColour = m_accent;
        options.radiusPx = layer.radiusPx;
        options.zOrder = layer.zOrder;
        options.clustered = layer.clustered;
        m_map->setPointLayerAsync(layer.id, points, options);
        m_dashboardLayers.append(layer.id);
        m_layerCounts.insert(layer.id, int(points.size()));
    }
    applyAreaLayer();
    // Follow the area filter with the map, once per change (the user may pan after).
    const core::UnitRef area = m_filters->area();
    if (area.code != m_shownArea) {
        m_shownArea = area.code;
        const core::AdminUnitInfo *info
            = m_data.geography ? m_data.geography->unit(area.code, area.era) : nullptr;
        if (!info || info->level == QLatin1String("province"))
            m_map->zoomToProvince();
        else
            m_map->setView(QGeoCoordinate(info->lat, info->lon),
                info->level == QLatin1String("district") ? 10.5 : 12);
    }
    emit mapLayersLoaded();
}

void ModuleDock::showKpiTrend(const QString &kpiId)
{
    for (const core::KpiValue &kpi : std::as_const(m_data.kpis)) {
        if (kpi.id != kpiId)
            continue;
        m_trendKpi = kpiId;
        core::ChartData chart;
        chart.id = QStringLiteral("trend");
        chart.title = tr("Trend: %1").arg(kpi.label);
        chart.unit = kpi.unit;
        chart.categories = m_data.trendLabels;
        chart.series.append({ kpi.label, kpi.trend });
        // The trend chart says where its buckets change administrative units, like every
        // chart across the reform.
        for (const core::ChartData &other : std::as_const(m_data.charts))
            if (other.reformIndex >= 0 && other.categories == chart.categories) {
                chart.reformIndex = other.reformIndex;
                chart.note = other.note;
                break;
            }
        if (!chart.categories.isEmpty() && chart.categories.last().endsWith(QLatin1Char('*')))
            chart.note = (chart.note + QLatin1Char(' ') + tr("* period still running: to date."))
                             .trimmed();
        m_trend->setChart(chart);
        m_chartTabs->setCurrentWidget(m_trend);
        for (KpiCard *card : std::as_const(m_cards))
            card->setProperty("selected", card->kpi().id == kpiId);
        return;
    }
}

void ModuleDock::applyChoropleth()
{
    const QString title = m_data.choroplethUnit.isEmpty()
        ? m_data.choroplethTitle
        : QStringLiteral("%1 (%2)").arg(m_data.choroplethTitle, m_data.choroplethUnit);
    m_map->setChoropleth(classifyChoropleth(m_data.choropleth, title));
}

void ModuleDock::applyAreaLayer()
{
    // The units one level below the current area, as points to click (filters everything).
    const auto geography = m_data.geography;
    if (!geography) {
        m_map->removeLayer(kAreaLayer);
        return;
    }
    const core::UnitRef area = m_filters->area();
    QList<core::AdminUnitInfo> units;
    if (area.code.isEmpty())
        units = geography->districts();
    else if (const core::AdminUnitInfo *info = geography->unit(area.code, area.era);
             info && info->level == QLatin1String("district"))
        units
            = geography->communesIn(area.code, core::eraOf(m_filters->timeFilter().period().last));
    QVector<map::MapPoint> points;
    for (const core::AdminUnitInfo &unit : std::as_const(units)) {
        const QString id = unit.code
            + (unit.era == core::AdminEra::Before ? QStringLiteral("|<") : QStringLiteral("|>"));
        points.append(map::MapPoint(id, unit.lon, unit.lat, QStringLiteral("area"),
            tr("%1 — click to filter").arg(unit.name)));
    }
    map::PointLayerOptions options;
    options.styleColours.insert(QStringLiteral("area"), QColor(QStringLiteral("#343a40")));
    options.radiusPx = 4;
    options.zOrder = 0;
    options.clustered = false;
    m_map->setPointLayerAsync(kAreaLayer, points, options);
}

void ModuleDock::onMapFeatureClicked(const QString &layerId, const QString &featureId)
{
    if (layerId != kAreaLayer)
        return;
    const QStringList parts = featureId.split(QLatin1Char('|'));
    if (parts.size() != 2)
        return;
    m_filters->selectUnit({ parts[0],
        parts[1] == QLatin1String("<") ? core::AdminEra::Before : core::AdminEra::After });
}

} // namespace ioc::ui
