#pragma once

#include <QLayout>
#include <QList>

namespace ioc::ui {

// Lays its items out in rows, left to right, starting a new row when the next item would
// not fit: what lets a dock's filter bar and KPI cards fit a 1366 px laptop and a 4K
// workstation alike. Its minimum width is its widest item's, not the sum of them, and its
// height follows its width (heightForWidth), so the window can be narrower than one row.
//
// Uniform rows (for cards): every item in a row gets the same width, the row is filled,
// and a row holds as many items as fit at their minimum width, at most maxColumns.
class FlowLayout : public QLayout
{
public:
    enum class Rows { Natural, Uniform };

    explicit FlowLayout(Rows rows = Rows::Natural, QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Uniform rows only: no row holds more items than this (0: no limit).
    void setMaxColumns(int columns) { m_maxColumns = columns; }

    void addItem(QLayoutItem *item) override;
    // A group that stays together on one row (the period controls).
    void addLayout(QLayout *layout);
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures when apply is false); returns the height.
    int arrange(const QRect &rect, bool apply) const;
    int arrangeNatural(const QRect &area, bool apply) const;
    int arrangeUniform(const QRect &area, bool apply) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
    Rows m_rows;
    int m_maxColumns = 0;
};

} // namespace ioc::ui
