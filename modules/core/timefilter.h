#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ioc::core {

// The date of the 2025 administrative reform: data dated before it refers to the old
// districts and communes, data from it on to the new communes and wards.
inline const QDate kAdminReformDate(2025, 7, 1);

enum class Granularity { Day, Week, Month, Quarter, Year };

// A closed range of calendar days [first, last].
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(const QDate &day) const { return day >= first && day <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    // True when the range has days on both sides of the reform date.
    bool crossesReform() const { return first < kAdminReformDate && last >= kAdminReformDate; }
    bool operator==(const DateRange &other) const
    {
        return first == other.first && last == other.last;
    }
};

// The time filter every module dock shares between its cards, charts and map: a period of
// a granularity containing `anchor` (or a custom range), compared with the period before
// and with the same period a year earlier.
struct TimeFilter
{
    Granularity granularity = Granularity::Month;
    QDate anchor; // any day inside the selected period
    DateRange custom; // when valid, replaces the period
    bool compareLastYear = true;

    DateRange period() const;
    DateRange previousPeriod() const;
    DateRange samePeriodLastYear() const;
    // The buckets of the trend charts: the `count` periods ending with the selected one, or
    // the granularity's buckets covering a custom range (at most `count`, the latest kept).
    QList<DateRange> trendBuckets(int count = 12) const;

    // The period and its comparisons, fair when the period is still running: up to
    // `today` only, and the earlier periods cut to the same number of days (a month to
    // date against a whole month would always look like a fall).
    struct Compared
    {
        DateRange current;
        DateRange previous;
        DateRange lastYear;
        bool toDate = false;
    };
    Compared compared(const QDate &today) const;
};

// The period of `granularity` that contains `day` (weeks start on Monday, ISO 8601).
DateRange periodContaining(Granularity granularity, const QDate &day);
// A short label for a bucket in the UI language: "27/11", "W48", "11/26", "Q4/26",
// "2026".
QString bucketLabel(Granularity granularity, const DateRange &bucket);

} // namespace ioc::core
