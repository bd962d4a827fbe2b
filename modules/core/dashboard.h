#pragma once

#include "core/admingeography.h"
#include "core/timefilter.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace ioc::core {

class SqliteFile;

// One headline figure of a module: a KPI card, a line of the wall summary.
struct KpiValue
{
    QString id; // stable, for tests and settings
    QString label; // translated
    std::optional<double> value; // nothing reported in the period: no value, not zero
    QString unit; // translated ("hồ sơ", "%", "tỷ đồng")
    int decimals = 0;
    QString periodLabel; // the period the value belongs to, when not the selected one
    std::optional<double> previous; // the period before
    std::optional<double> lastYear; // the same period a year earlier
    std::optional<double> plan; // the plan or target for the same period
    bool higherIsBetter = true;
    // Rates (%) compare in percentage points; amounts in per cent of the earlier value.
    bool isRate = false;
    // Small counts (targets met) compare as a difference: "+5", not "+41.7 %".
    bool countChange = false;
    QVector<double> trend; // one value per DashboardData::trendLabels bucket (NaN = none)
};

// A change for display: sign, size and whether it is good news.
struct KpiChange
{
    double amount = 0; // per cent, or percentage points for rates
    bool inPoints = false;
    bool absolute = false; // a plain difference (KpiValue::countChange)
    int direction = 0; // -1, 0, +1
    bool good = true;
};
std::optional<KpiChange> kpiChange(const KpiValue &kpi, const std::optional<double> &earlier);

struct ChartSeries
{
    QString name;
    QVector<double> values; // one per category; NaN = no value
};

// A chart's content, computed off the UI thread and drawn by ui::ChartPanel.
struct ChartData
{
    enum class Kind { Line, Bar, HorizontalBar };
    QString id;
    QString title;
    QString unit;
    Kind kind = Kind::Line;
    QStringList categories;
    QList<ChartSeries> series;
    // Shown under the chart: e.g. that values before the reform were rolled up through the
    // unit lineage.
    QString note;
    // First category that belongs to the new administrative units (-1: none).
    int reformIndex = -1;

    bool isEmpty() const;
};

// The chart's data as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel needs it
// for Vietnamese), comma-separated, numbers with a dot and no grouping.
QByteArray chartCsv(const ChartData &chart);

// What a dock asks for: area, time, and a module-specific choice (e.g. the indicator).
struct DashboardQuery
{
    UnitRef area; // empty code = the whole province
    TimeFilter time;
    QString selector;
    QDate today; // "now" for ageing and due dates (tests fix it)
};

// A point on the map, with a class (styleKey) the layer colours.
struct DashboardPoint
{
    QString id;
    double lon = 0;
    double lat = 0;
    QString styleKey;
    QString tooltip;
};

struct DashboardLayer
{
    QString id;
    QVector<DashboardPoint> points;
    QHash<QString, QColor> colours; // styleKey -> colour
    double radiusPx = 6; // layers of one kind with different radii stand for sizes
    int zOrder = 1;
    // Dense layers (cameras, detections) cluster; few points whose size carries meaning
    // (offices by backlog) do not.
    bool clustered = false;
};

struct DashboardData
{
    QList<KpiValue> kpis;
    QStringList trendLabels;
    QList<ChartData> charts;
    // Values by old district (gso code) for the map's choropleth.
    QHash<QString, double> choropleth;
    QString choroplethTitle;
    QString choroplethUnit;
    QList<DashboardLayer> layers;
    bool choroplethHigherIsBetter = true;
    // Choices for the dock's selector combo (value, label), e.g. the indicators.
    QList<QPair<QString, QString>> selectorChoices;
    QString selectorLabel;
    QString selectorValue; // the choice the figures are for (the default when none was made)
    // Said above the cards when values were converted across the reform.
    QString notice;
    std::shared_ptr<const AdminGeography> geography;
};

// A module's figures, computed from the cache without any widget: the dock runs compute()
// on a worker thread with its own connection, tests call it directly.
class DashboardProvider
{
public:
    virtual ~DashboardProvider() = default;
    virtual Granularity defaultGranularity() const { return Granularity::Month; }
    // Must be thread-safe (called on pool threads): only `mirror`'s connection of the
    // calling thread is used.
    virtual DashboardData compute(const SqliteFile &mirror, const DashboardQuery &query) const = 0;
};

// Helpers shared by the modules' providers.
QString isoDate(const QDate &day);
// The bucket index of `day` in `buckets`, or -1.
int bucketIndex(const QList<DateRange> &buckets, const QDate &day);
// Whether any bucket lies before and any after the reform.
int firstBucketAfterReform(const QList<DateRange> &buckets);
QVector<double> noValues(int count);
// Marks the last trend label when its bucket is still running ("11/26*"; charts then say
// "* to date"), so a partial bucket's lower value is not read as a fall.
// Returns whether it marked one.
bool markRunningBucket(QStringList &labels, const QList<DateRange> &buckets, const QDate &today);

// What every module's compute() starts from: the administrative geography (also set on
// `data`), "today" (the query's, else the current date), the compared periods and the
// trend buckets, whose labels it writes into `data` (the running one marked).
struct DashboardFrame
{
    std::shared_ptr<const AdminGeography> geography;
    QDate today;
    TimeFilter::Compared compared;
    bool compareLastYear = false; // the query asks for the same period a year earlier
    QList<DateRange> buckets;
    bool running = false; // the last bucket is still running (its label marked)
};
struct DashboardOptions
{
    // Trend buckets; 0 leaves them to setTrend, for a module whose granularity depends on
    // data read after the opening (an indicator reported quarterly).
    int buckets = 12;
    // Statistics published after their period are never "to date": no bucket is marked.
    bool markRunning = true;
};
DashboardFrame beginDashboard(const SqliteFile &mirror, const DashboardQuery &query,
    DashboardData *data, const DashboardOptions &options = {});
// (Re)makes the frame's trend buckets in `filter` and their labels in `data`.
void setTrend(DashboardFrame *frame, const TimeFilter &filter, DashboardData *data,
    const DashboardOptions &options = {});

// Fills one period's figures into a KPI slot for each period a card compares: `value` for
// the selected period, `previous` for the one before and, when asked for, `lastYear`.
// One call per period lets a module fill all its cards from one set of queries.
using FillPeriod
    = std::function<void(const DateRange &range, std::optional<double> KpiValue::*slot)>;
void fillCompared(const DashboardFrame &frame, const FillPeriod &fill);

// The instant a state ("open at", "overdue at") is read for a period: its end, but never
// later than the end of today.
QString instantOf(const DateRange &range, const QDate &today);

// Appends a sentence to a chart's note.
void addNote(ChartData &chart, const QString &sentence);
// A range of province days (Vietnam, UTC+7 all year) as UTC RFC 3339 bounds
// [from, to) comparable as text with the data's "…Z" timestamps.
QPair<QString, QString> utcBounds(const DateRange &range);
// The province day of a UTC timestamp.
QDate provinceDay(const QString &utcTimestamp);

} // namespace ioc::core
