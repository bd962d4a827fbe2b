#include "ui/flowlayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace ioc::ui {

FlowLayout::FlowLayout(Rows rows, QWidget *parent)
    : QLayout(parent)
    , m_rows(rows)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::spacingOrDefault() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) : 6;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one row (at most maxColumns for uniform rows): what it would like.
    const int gap = spacingOrDefault();
    int width = 0;
    int height = 0;
    int placed = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        if (m_rows == Rows::Uniform && m_maxColumns > 0 && placed == m_maxColumns)
            break;
        const QSize hint = item->sizeHint();
        width += (placed > 0 ? gap : 0) + hint.width();
        height = std::max(height, hint.height());
        ++placed;
    }
    return QSize(width, height).grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int height
        = m_rows == Rows::Uniform ? arrangeUniform(area, apply) : arrangeNatural(area, apply);
    return height + margins.top() + margins.bottom();
}

int FlowLayout::arrangeNatural(const QRect &area, bool apply) const
{
    const int gap = spacingOrDefault();
    // Rows are measured first so each item can be centred in its row's height.
    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<QList<Placed>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::clamp(
            item->sizeHint().width(), item->minimumSize().width(), std::max(1, area.width()));
        if (!rows.last().isEmpty() && x + gap + width > area.width()) {
            rows.append(QList<Placed>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : gap) + width;
        rows.last().append(Placed { item, width });
    }
    int y = area.y();
    for (const QList<Placed> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int rowHeight = 0;
        for (const Placed &placed : row)
            rowHeight = std::max(rowHeight, placed.item->sizeHint().height());
        int left = area.x();
        for (const Placed &placed : row) {
            if (apply) {
                const int h = std::min(rowHeight, placed.item->sizeHint().height());
                placed.item->setGeometry(QRect(left, y + (rowHeight - h) / 2, placed.width, h));
            }
            left += placed.width + gap;
        }
        y += rowHeight + gap;
    }
    return std::max(0, y - area.y() - gap);
}

int FlowLayout::arrangeUniform(const QRect &area, bool apply) const
{
    QList<QLayoutItem *> visible;
    int minimumWidth = 1;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty()) {
            visible.append(item);
            minimumWidth = std::max(minimumWidth, item->minimumSize().width());
        }
    if (visible.isEmpty())
        return 0;
    const int gap = spacingOrDefault();
    const int count = static_cast<int>(visible.size());
    int columns = std::max(1, (area.width() + gap) / (minimumWidth + gap));
    columns = std::min(columns, count);
    if (m_maxColumns > 0)
        columns = std::min(columns, m_maxColumns);
    // Balanced rows: six cards that fit four to a row are laid out three and three.
    const int rowCount = (count + columns - 1) / columns;
    columns = (count + rowCount - 1) / rowCount;
    const int width = std::max(minimumWidth, (area.width() - gap * (columns - 1)) / columns);

    int y = area.y();
    for (int first = 0; first < count; first += columns) {
        int rowHeight = 0;
        const int last = std::min(count, first + columns);
        for (int i = first; i < last; ++i) {
            QLayoutItem *item = visible.at(i);
            rowHeight = std::max(rowHeight,
                item->hasHeightForWidth() ? item->heightForWidth(width)
                                          : item->sizeHint().height());
        }
        if (apply)
            for (int i = first; i < last; ++i)
                visible.at(i)->setGeometry(
                    QRect(area.x() + (i - first) * (width + gap), y, width, rowHeight));
        y += rowHeight + gap;
    }
    return y - area.y() - gap;
}

} // namespace ioc::ui
