#include "core/dashboard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc::core {

std::optional<KpiChange> kpiChange(const KpiValue &kpi, const std::optional<double> &earlier)
{
    if (!kpi.value || !earlier)
        return std::nullopt;
    KpiChange change;
    if (kpi.isRate || kpi.countChange) {
        change.amount = *kpi.value - *earlier;
        change.inPoints = kpi.isRate;
        change.absolute = kpi.countChange;
    } else {
        if (*earlier == 0)
            return std::nullopt; // a change "from nothing" has no percentage
        change.amount = (*kpi.value - *earlier) / std::abs(*earlier) * 100.0;
    }
    // Below display precision counts as unchanged, not as a tiny rise.
    change.direction = std::abs(change.amount) < 0.05 ? 0 : (change.amount > 0 ? 1 : -1);
    change.good = change.direction == 0 || (change.direction > 0) == kpi.higherIsBetter;
    return change;
}

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series)
        for (double v : s.values)
            if (!std::isnan(v))
                return false;
    return true;
}

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QByteArray chartCsv(const ChartData &chart)
{
    QStringList lines;
    QStringList header { csvField(chart.unit.isEmpty()
            ? chart.title
            : chart.title + QStringLiteral(" (") + chart.unit + QLatin1Char(')')) };
    for (const ChartSeries &s : chart.series)
        header.append(csvField(s.name));
    lines.append(header.join(QLatin1Char(',')));
    for (int row = 0; row < chart.categories.size(); ++row) {
        QStringList fields { csvField(chart.categories[row]) };
        for (const ChartSeries &s : chart.series) {
            const double v = row < s.values.size() ? s.values[row] : std::nan("");
            fields.append(std::isnan(v) ? QString() : QString::number(v, 'g', 15));
        }
        lines.append(fields.join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8()
        + QByteArray("\r\n");
}

QString isoDate(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

int bucketIndex(const QList<DateRange> &buckets, const QDate &day)
{
    for (int i = 0; i < buckets.size(); ++i)
        if (buckets[i].contains(day))
            return i;
    return -1;
}

int firstBucketAfterReform(const QList<DateRange> &buckets)
{
    if (buckets.isEmpty() || buckets.first().first >= kAdminReformDate
        || buckets.last().last < kAdminReformDate)
        return -1;
    for (int i = 0; i < buckets.size(); ++i)
        if (buckets[i].last >= kAdminReformDate)
            return i;
    return -1;
}

namespace {
const QTimeZone kProvinceZone(7 * 3600);
}

QPair<QString, QString> utcBounds(const DateRange &range)
{
    const auto utc = [](const QDate &day) {
        return QDateTime(day, QTime(0, 0), kProvinceZone)
            .toUTC()
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    };
    return { utc(range.first), utc(range.last.addDays(1)) };
}

QDate provinceDay(const QString &utcTimestamp)
{
    const QDateTime when = QDateTime::fromString(utcTimestamp, Qt::ISODate);
    return when.isValid() ? when.toTimeZone(kProvinceZone).date() : QDate();
}

bool markRunningBucket(QStringList &labels, const QList<DateRange> &buckets, const QDate &today)
{
    if (labels.isEmpty() || buckets.size() != labels.size())
        return false;
    if (!buckets.last().contains(today) || buckets.last().last == today)
        return false;
    labels.last() += QLatin1Char('*');
    return true;
}

void addNote(ChartData &chart, const QString &sentence)
{
    chart.note = chart.note.isEmpty() ? sentence : chart.note + QLatin1Char(' ') + sentence;
}

QVector<double> noValues(int count)
{
    return QVector<double>(count, std::numeric_limits<double>::quiet_NaN());
}

DashboardFrame beginDashboard(const SqliteFile &mirror, const DashboardQuery &query,
    DashboardData *data, const DashboardOptions &options)
{
    DashboardFrame frame;
    frame.geography = std::make_shared<AdminGeography>(AdminGeography::load(mirror));
    data->geography = frame.geography;
    frame.today = query.today.isValid() ? query.today : QDate::currentDate();
    frame.compared = query.time.compared(frame.today);
    frame.compareLastYear = query.time.compareLastYear;
    if (options.buckets > 0)
        setTrend(&frame, query.time, data, options);
    return frame;
}

void setTrend(DashboardFrame *frame, const TimeFilter &filter, DashboardData *data,
    const DashboardOptions &options)
{
    frame->buckets = filter.trendBuckets(options.buckets);
    data->trendLabels.clear();
    for (const DateRange &bucket : std::as_const(frame->buckets))
        data->trendLabels.append(bucketLabel(filter.granularity, bucket));
    frame->running
        = options.markRunning && markRunningBucket(data->trendLabels, frame->buckets, frame->today);
}

void fillCompared(const DashboardFrame &frame, const FillPeriod &fill)
{
    fill(frame.compared.current, &KpiValue::value);
    fill(frame.compared.previous, &KpiValue::previous);
    if (frame.compareLastYear)
        fill(frame.compared.lastYear, &KpiValue::lastYear);
}

QString instantOf(const DateRange &range, const QDate &today)
{
    const DateRange upTo { range.first, std::min(range.last, today) };
    return utcBounds(upTo).second;
}

} // namespace ioc::core
