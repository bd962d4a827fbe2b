#pragma once

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace ioc::sim {

// Index space of a table "period x row" where the number of rows differs per period
// (e.g. 13 districts before the 2025 reform, 69 communes after): index -> (period, row)
// by binary search over per-period offsets, without materialising any row.
class PeriodGrid
{
public:
    void addPeriod(qint64 rows)
    {
        m_offsets.push_back(total());
        m_rows.push_back(rows);
    }
    qint64 total() const { return m_offsets.empty() ? 0 : m_offsets.back() + m_rows.back(); }
    int periods() const { return int(m_offsets.size()); }
    qint64 firstIndexOf(int period) const { return m_offsets[size_t(period)]; }
    struct Cell
    {
        int period;
        qint64 row;
    };
    Cell locate(qint64 index) const
    {
        const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), index);
        const int p = int(it - m_offsets.begin()) - 1;
        return { p, index - m_offsets[size_t(p)] };
    }

private:
    std::vector<qint64> m_offsets;
    std::vector<qint64> m_rows;
};

} // namespace ioc::sim
