#include "core/timefilter.h"

#include <QCoreApplication>
#include <algorithm>

namespace ioc::core {

DateRange periodContaining(Granularity granularity, const QDate &day)
{
    switch (granularity) {
    case Granularity::Day:
        return { day, day };
    case Granularity::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return { monday, monday.addDays(6) };
    }
    case Granularity::Month: {
        const QDate first(day.year(), day.month(), 1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    case Granularity::Quarter: {
        const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        return { first, first.addMonths(3).addDays(-1) };
    }
    case Granularity::Year:
        return { QDate(day.year(), 1, 1), QDate(day.year(), 12, 31) };
    }
    return {};
}

DateRange TimeFilter::period() const
{
    if (custom.isValid())
        return custom;
    return periodContaining(granularity, anchor.isValid() ? anchor : QDate::currentDate());
}

DateRange TimeFilter::previousPeriod() const
{
    const DateRange current = period();
    if (custom.isValid())
        return { current.first.addDays(-current.days()), current.first.addDays(-1) };
    return periodContaining(granularity, current.first.addDays(-1));
}

DateRange TimeFilter::samePeriodLastYear() const
{
    const DateRange current = period();
    if (custom.isValid() || granularity == Granularity::Day)
        return { current.first.addYears(-1), current.last.addYears(-1) };
    // ISO weeks: the same week number a year earlier, not the same dates.
    if (granularity == Granularity::Week)
        return periodContaining(granularity, current.first.addDays(-364));
    return periodContaining(granularity, current.first.addYears(-1));
}

QList<DateRange> TimeFilter::trendBuckets(int count) const
{
    QList<DateRange> buckets;
    const DateRange current = period();
    if (custom.isValid()) {
        for (DateRange b = periodContaining(granularity, current.last);
             b.last >= current.first && buckets.size() < count;
             b = periodContaining(granularity, b.first.addDays(-1)))
            buckets.prepend(b);
        return buckets;
    }
    DateRange b = current;
    for (int i = 0; i < count; ++i) {
        buckets.prepend(b);
        b = periodContaining(granularity, b.first.addDays(-1));
    }
    return buckets;
}

TimeFilter::Compared TimeFilter::compared(const QDate &today) const
{
    Compared result { period(), previousPeriod(), samePeriodLastYear(), false };
    if (!result.current.contains(today) || result.current.last == today)
        return result;
    result.toDate = true;
    const qint64 elapsed = result.current.first.daysTo(today);
    result.current.last = today;
    result.previous.last = std::min(result.previous.last, result.previous.first.addDays(elapsed));
    result.lastYear.last = std::min(result.lastYear.last, result.lastYear.first.addDays(elapsed));
    return result;
}

QString bucketLabel(Granularity granularity, const DateRange &bucket)
{
    const QDate d = bucket.first;
    switch (granularity) {
    case Granularity::Day:
        return d.toString(QStringLiteral("dd/MM"));
    case Granularity::Week: {
        // The number alone: a chart has at most 12 weeks, and "W48/26" does not fit under
        // a bar of a dock-sized chart.
        //: ISO week label in charts: week number
        return QCoreApplication::translate("ioc::core::TimeFilter", "W%1").arg(d.weekNumber());
    }
    case Granularity::Month:
        return d.toString(QStringLiteral("MM/yy"));
    case Granularity::Quarter:
        //: quarter label in charts: quarter number / year
        return QCoreApplication::translate("ioc::core::TimeFilter", "Q%1/%2")
            .arg((d.month() - 1) / 3 + 1)
            .arg(d.year() % 100, 2, 10, QLatin1Char('0'));
    case Granularity::Year:
        return QString::number(d.year());
    }
    return {};
}

} // namespace ioc::core
