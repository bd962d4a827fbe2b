#include "reports/reportwriter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <vector>

namespace ioc::reports {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 15.0;
const QColor kInk(0x21, 0x25, 0x29);
const QColor kMuted(0x5f, 0x67, 0x6f);
const QColor kRule(0xce, 0xd4, 0xda);
const QColor kCard(0xf1, 0xf3, 0xf5);

QString provinceTime(const QDateTime &utc)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    if (!utc.isValid())
        return ReportWriter::tr("never");
    return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime(),
        QStringLiteral("HH:mm dd/MM/yyyy"));
}

// Fonts in points, so the same numbers hold on a 300-dpi PDF and a 600-dpi printer.
struct Fonts
{
    explicit Fonts(QPaintDevice *device)
        : device(device)
    {
        const QFont base = QGuiApplication::font();
        auto make = [&](double points, bool bold) {
            QFont f = base;
            f.setPointSizeF(points);
            f.setBold(bold);
            return f;
        };
        title = make(18, true);
        heading = make(13, true);
        body = make(9.5, false);
        bold = make(9.5, true);
        small = make(8, false);
        value = make(15, true);
    }
    double lineHeight(const QFont &font) const { return QFontMetricsF(font, device).height(); }
    double wrappedHeight(const QFont &font, const QString &text, double width) const
    {
        return QFontMetricsF(font, device)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
            .height();
    }

    QPaintDevice *device;
    QFont title, heading, body, bold, small, value;
};

// One unit of layout: it has a height for the content width and draws itself into a rect.
// A table row remembers its table, so a page that starts with it repeats the header.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, const QRectF &)> draw;
    const ReportTable *table = nullptr; // set on table rows
    double spaceAfter = 0;
    bool keepWithNext = false; // headings and captions never end a page
};

struct Placed
{
    const Block *block;
    double y;
};

} // namespace

ReportWriter::ReportWriter(ReportContent content)
    : m_content(std::move(content))
{ }

bool ReportWriter::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(m_content.title);
    writer.setCreator(QStringLiteral("%1 %2").arg(
        QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    // QPdfWriter only reports a bad path once the painter starts.
    if (paint(&writer) == 0) {
        if (error)
            *error = tr("Cannot write the report to %1.").arg(fileName);
        return false;
    }
    return true;
}

int ReportWriter::paint(QPagedPaintDevice *device) const
{
    const Fonts fonts(device);
    const double mm = device->logicalDpiX() / 25.4;
    const double margin = kMarginMm * mm;
    const QRectF page(0, 0, device->width(), device->height());
    const double headerHeight = fonts.lineHeight(fonts.small) + 3 * mm;
    const double footerHeight = headerHeight;
    const QRectF content
        = page.adjusted(margin, margin + headerHeight, -margin, -(margin + footerHeight));
    const double width = content.width();
    const double gap = 3 * mm;

    std::vector<Block> blocks;
    blocks.reserve(64);
    auto textBlock = [&](const QFont &font, const QString &text, const QColor &colour, double after,
                         bool keep) {
        Block b;
        b.height = fonts.wrappedHeight(font, text, width);
        b.spaceAfter = after;
        b.keepWithNext = keep;
        b.draw = [font, text, colour](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(r, Qt::TextWordWrap, text);
        };
        blocks.push_back(b);
    };

    // Title block.
    textBlock(fonts.title, m_content.title, kInk, 1.5 * mm, true);
    const QString subtitle
        = tr("Period: %1 · Area: %2 · Data as of %3")
              .arg(m_content.period, m_content.area, provinceTime(m_content.dataAsOf));
    textBlock(fonts.body, subtitle, kMuted, 6 * mm, false);

    for (const ReportSection &section : m_content.sections) {
        textBlock(fonts.heading, section.title, kInk, 2 * mm, true);
        // KPI cards, four to a row.
        constexpr int kPerRow = 4;
        const double cardWidth = (width - (kPerRow - 1) * gap) / kPerRow;
        const double cardHeight = 2 * fonts.lineHeight(fonts.small) + fonts.lineHeight(fonts.value)
            + fonts.lineHeight(fonts.small) + 4 * mm;
        for (int first = 0; first < section.kpis.size(); first += kPerRow) {
            const QList<ReportKpi> row = section.kpis.mid(first, kPerRow);
            Block b;
            b.height = cardHeight;
            b.spaceAfter = gap;
            b.draw = [row, cardWidth, gap, mm, &fonts](QPainter &p, const QRectF &r) {
                for (int i = 0; i < row.size(); ++i) {
                    const QRectF card(
                        r.left() + i * (cardWidth + gap), r.top(), cardWidth, r.height());
                    p.setPen(Qt::NoPen);
                    p.setBrush(kCard);
                    p.drawRoundedRect(card, 1.5 * mm, 1.5 * mm);
                    const QRectF inner = card.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm);
                    const double small = fonts.lineHeight(fonts.small);
                    const double big = fonts.lineHeight(fonts.value);
                    p.setPen(kMuted);
                    p.setFont(fonts.small);
                    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 2 * small),
                        Qt::TextWordWrap, row[i].label);
                    p.setPen(kInk);
                    p.setFont(fonts.value);
                    p.drawText(QRectF(inner.left(), inner.top() + 2 * small, inner.width(), big),
                        Qt::AlignLeft | Qt::AlignVCenter, row[i].value);
                    p.setPen(kMuted);
                    p.setFont(fonts.small);
                    p.drawText(
                        QRectF(inner.left(), inner.top() + 2 * small + big, inner.width(), small),
                        Qt::AlignLeft, row[i].change);
                }
            };
            blocks.push_back(b);
        }
        for (const ReportFigure &figure : section.figures) {
            if (!figure.caption.isEmpty())
                textBlock(fonts.bold, figure.caption, kInk, 1 * mm, true);
            Block b;
            b.height = width * figure.aspectRatio;
            b.spaceAfter = 4 * mm;
            b.draw = [paint = figure.paint](QPainter &p, const QRectF &r) {
                if (!paint)
                    return;
                p.save();
                p.setClipRect(r);
                paint(p, r);
                p.restore();
            };
            blocks.push_back(b);
        }
        for (const ReportTable &table : section.tables) {
            if (!table.title.isEmpty())
                textBlock(fonts.bold, table.title, kInk, 1 * mm, true);
            QList<double> columns;
            double weightSum = 0;
            for (int c = 0; c < table.headers.size(); ++c)
                weightSum += table.columnWeights.value(c, 1);
            for (int c = 0; c < table.headers.size(); ++c)
                columns.append(width * table.columnWeights.value(c, 1) / qMax(1.0, weightSum));
            const double pad = 1 * mm;
            auto rowHeight = [&](const QStringList &cells, const QFont &font) {
                double h = fonts.lineHeight(font);
                for (int c = 0; c < columns.size(); ++c)
                    h = qMax(h, fonts.wrappedHeight(font, cells.value(c), columns[c] - 2 * pad));
                return h + 2 * pad;
            };
            auto drawRow = [columns, pad](QPainter &p, const QRectF &r, const QStringList &cells,
                               const QFont &font, bool header) {
                if (header) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(kCard);
                    p.drawRect(r);
                }
                p.setFont(font);
                p.setPen(kInk);
                double x = r.left();
                for (int c = 0; c < columns.size(); ++c) {
                    p.drawText(
                        QRectF(x + pad, r.top() + pad, columns[c] - 2 * pad, r.height() - 2 * pad),
                        Qt::TextWordWrap, cells.value(c));
                    x += columns[c];
                }
                p.setPen(QPen(kRule, 0));
                p.drawLine(r.bottomLeft(), r.bottomRight());
            };
            // The header block is drawn again at the top of every page a table continues on.
            Block header;
            header.height = rowHeight(table.headers, fonts.bold);
            header.keepWithNext = true;
            header.draw = [drawRow, headers = table.headers, font = fonts.bold](
                              QPainter &p, const QRectF &r) { drawRow(p, r, headers, font, true); };
            blocks.push_back(header);
            for (const QStringList &cells : table.rows) {
                Block row;
                row.height = rowHeight(cells, fonts.body);
                row.table = &table;
                row.draw = [drawRow, cells, font = fonts.body](
                               QPainter &p, const QRectF &r) { drawRow(p, r, cells, font, false); };
                blocks.push_back(row);
            }
            blocks.back().spaceAfter = 4 * mm;
        }
        if (!section.note.isEmpty())
            textBlock(fonts.small, section.note, kMuted, 4 * mm, false);
    }

    // Pagination. A table's header block sits just before its first row; remember it so a
    // page that starts mid-table can repeat it.
    std::vector<std::vector<Placed>> pages(1);
    double y = content.top();
    const Block *currentHeader = nullptr;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (!b.table)
            currentHeader
                = (b.keepWithNext && i + 1 < blocks.size() && blocks[i + 1].table) ? &b : nullptr;
        // Keep a heading with what follows: measure it together with the next block.
        double needed = b.height;
        if (b.keepWithNext && i + 1 < blocks.size())
            needed += b.spaceAfter + blocks[i + 1].height;
        const bool pageHasContent = !pages.back().empty();
        if (pageHasContent && y + needed > content.bottom()) {
            pages.emplace_back();
            y = content.top();
            if (b.table && currentHeader) {
                pages.back().push_back({ currentHeader, y });
                y += currentHeader->height;
            }
        }
        pages.back().push_back({ &b, y });
        y += b.height + b.spaceAfter;
    }

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pageCount = int(pages.size());
    for (int n = 0; n < pageCount; ++n) {
        if (n > 0)
            device->newPage();
        // Header: the report's title; footer: page N of M and the data time.
        painter.setFont(fonts.small);
        painter.setPen(kMuted);
        const QRectF headerRect(margin, margin, width, headerHeight - 2 * mm);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, m_content.title);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, m_content.area);
        painter.setPen(QPen(kRule, 0));
        painter.drawLine(headerRect.bottomLeft(), headerRect.bottomRight());
        const QRectF footerRect(
            margin, page.bottom() - margin - footerHeight + 2 * mm, width, footerHeight - 2 * mm);
        painter.drawLine(footerRect.topLeft(), footerRect.topRight());
        painter.setPen(kMuted);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
            tr("Generated %1 · data as of %2")
                .arg(provinceTime(m_content.generatedAt), provinceTime(m_content.dataAsOf)));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
            tr("Page %1 of %2").arg(n + 1).arg(pageCount));
        for (const Placed &placed : pages[size_t(n)]) {
            painter.save();
            placed.block->draw(
                painter, QRectF(content.left(), placed.y, width, placed.block->height));
            painter.restore();
        }
    }
    painter.end();
    return pageCount;
}

} // namespace ioc::reports
