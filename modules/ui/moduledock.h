#pragma once

#include "core/dashboard.h"
#include "core/outboxstore.h"
#include "core/recordtablemodel.h"
#include "ui/recordref.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>
#include <memory>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QTabWidget;

namespace ioc::alerts {
struct Alert;
}
namespace ioc::core {
class SqliteFile;
}

namespace ioc::map {
class MapWidget;
struct MapPoint;
} // namespace ioc::map

namespace ioc::ui {

class AlertListWidget;
class ChartPanel;
class DashboardController;
class DashboardFilterBar;
class DataIssuesView;
class FlowLayout;
class KpiCard;
class RecordBrowser;

// A module's dock, the same pattern for all seven modules:
//
//   [area breadcrumb › sub-unit] [time filter] [module selector]      [Data as of HH:MM]
//   [KPI card] [KPI card] [KPI card] [KPI card]            (click: the card's trend chart)
//   [ map (choropleth, points, areas)  |  charts (one tab per chart, PNG/CSV export)   ]
//   [ tabs: Records | Data issues   (integration inserts "Alerts" as the first tab)     ]
//
// Cards, charts and choropleth come from the module's core::DashboardProvider, computed
// on a pool thread with its own connection whenever the filters change or new data
// arrives. A module without a provider gets the map, the records and the data issues.
// The window talks to every dock through refresh(), setFreshness(), reveal() and
// attachAlertList().
class ModuleDock : public QWidget
{
    Q_OBJECT

public:
    ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
        const QStringList &collections, const QColor &accent,
        std::shared_ptr<const core::DashboardProvider> provider, QWidget *parent = nullptr);
    ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
        const QStringList &collections, const QColor &accent, QWidget *parent = nullptr);
    ~ModuleDock() override;

    RecordBrowser *recordBrowser() const { return m_browser; }
    map::MapWidget *map() const { return m_map; }
    DataIssuesView *dataIssues() const { return m_issues; }
    DashboardFilterBar *filters() const { return m_filters; }

    // The bottom tabs ("Records", "Data issues"). Alerts go in front at integration:
    // insertTab(0, alertList, tr("Alerts")).
    // A page that is not a scrolling view itself is put in a scroll area, so a tall or
    // wide panel (a camera's details) scrolls instead of widening the dock.
    QTabWidget *tabs() const { return m_tabs; }
    int addTab(QWidget *widget, const QString &label);
    int insertTab(int index, QWidget *widget, const QString &label);
    // The page as it was added (not its scroll area), and bringing one forward.
    QWidget *currentTabPage() const;
    void showTab(QWidget *page);

    // Module-specific columns for the Records tab.
    void setRecordColumns(const QList<core::RecordTableModel::PropertyColumn> &columns);

    QList<KpiCard *> kpiCards() const { return m_cards; }
    ChartPanel *chartPanel(const QString &chartId) const;
    QTabWidget *chartTabs() const { return m_chartTabs; }
    const core::DashboardData &dashboardData() const { return m_data; }
    QString noticeText() const;
    QString freshnessText() const;

    void setFreshness(const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now);

    // Layers currently on the map, by collection, with their point counts (for tests).
    QHash<QString, int> mapLayerCounts() const { return m_layerCounts; }

    // The trend of one KPI, shown in the "Trend" chart tab (what clicking a card does).
    void showKpiTrend(const QString &kpiId);

    // Enables "Create directive…" on the KPI cards (context menu): written to this
    // operator store and its outbox.
    void setOperatorStore(const core::SqliteFile *operatorStore, const QString &moduleId);
    // The dialog for a directive from a KPI, prefilled with the figure (nullptr without an
    // operator store or for an unknown KPI). The caller execs it.
    class DirectiveDialog *directiveDialogForKpi(const QString &kpiId);
    // The same from an alert of this module: its message as the text, its id as the source.
    class DirectiveDialog *directiveDialogForAlert(const QString &alertId, const QString &message);
    // Writes a directive to the operator store and its outbox, on the thread pool; then
    // directiveIssued(), or directiveRefused() with the reason (shown in a message box
    // unless quiet). False at once when there is no operator store.
    bool issueDirective(const core::Directive &directive, bool quiet = false);

    // Brings a record forward: the Records tab, the record selected (filtered to its name
    // when it is not among the first pages) and the map centred on it. What a search hit
    // and a double-clicked alert do.
    void reveal(const RecordRef &record);

    // The dock's own alerts: a list filtered to `moduleId` as the first tab, the open ones
    // on the map (a marker click selects it in the list), "Directive…" written through the
    // operator store, and a double click revealing the alert's record. The caller feeds the
    // list's model and passes its requests (acknowledge, resolve, silence) to the engine.
    AlertListWidget *attachAlertList(const QString &moduleId, const QList<alerts::Alert> &initial);
    AlertListWidget *alertList() const { return m_alertList; }

    // Fixes "today" for due dates and the default period (tests, screenshots).
    void setToday(const QDate &today);

public slots:
    // Re-reads the cache: records at once, map points and figures on worker threads.
    void refresh();

signals:
    void mapLayersLoaded();
    void dashboardLoaded();
    void directiveIssued(const QString &uuid);
    void directiveRefused(const QString &uuid, const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Minimum height for the rows the filters and cards need at the current width.
    void fitHeightToWidth();
    void loadMapLayers();
    void loadDashboard();
    void applyDashboard();
    void applyChoropleth();
    void applyAreaLayer();
    void onMapFeatureClicked(const QString &layerId, const QString &featureId);

    QString m_mirrorPath;
    QStringList m_collections;
    QColor m_accent;
    std::shared_ptr<const core::DashboardProvider> m_provider;
    QDate m_today;
    const core::SqliteFile *m_mirror = nullptr;
    const core::SqliteFile *m_operatorStore = nullptr;
    QString m_moduleId;

    DashboardFilterBar *m_filters = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_notice = nullptr;
    QHBoxLayout *m_header = nullptr;
    FlowLayout *m_cardRow = nullptr;
    QList<KpiCard *> m_cards;
    QTabWidget *m_chartTabs = nullptr;
    ChartPanel *m_trend = nullptr;
    QList<ChartPanel *> m_charts;
    QTabWidget *m_tabs = nullptr;
    RecordBrowser *m_browser = nullptr;
    DataIssuesView *m_issues = nullptr;
    map::MapWidget *m_map = nullptr;
    QSplitter *m_splitter = nullptr;
    AlertListWidget *m_alertList = nullptr;
    QString m_trendKpi;
    QString m_shownArea = QStringLiteral("-");

    QFutureWatcher<QHash<QString, QVector<map::MapPoint>>> *m_loader = nullptr;
    DashboardController *m_dashboard = nullptr; // with a provider only
    core::DashboardData m_data;
    QHash<QString, int> m_layerCounts;
    QStringList m_dashboardLayers;
    bool m_mapLoaded = false;
    bool m_reloadPending = false;
};

} // namespace ioc::ui
