#pragma once

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QPainter;
class QRectF;

namespace ioc::reports {

// What a briefing says, independent of how it is laid out. Modules fill it from the cache;
// ReportWriter turns it into pages. Every text is already translated and formatted.

struct ReportKpi
{
    QString label;
    QString value; // formatted, unit included
    QString change; // e.g. "▲ 4,2 % so với tháng trước"; empty if unknown
};

struct ReportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> columnWeights; // relative widths; empty = equal
};

// A figure drawn straight onto the page at the printer's resolution (charts draw vectors,
// the map renders at the page's dpi), never a screenshot scaled up.
struct ReportFigure
{
    QString caption;
    double aspectRatio = 0.5; // height / width
    std::function<void(QPainter &painter, const QRectF &target)> paint;
};

struct ReportSection
{
    QString title;
    QList<ReportKpi> kpis;
    QList<ReportFigure> figures;
    QList<ReportTable> tables;
    QString note;
};

struct ReportContent
{
    QString title; // e.g. "Báo cáo tổng hợp tỉnh Hà Tĩnh"
    QString period; // e.g. "Ngày 26/11/2026"
    QString area; // e.g. "Toàn tỉnh"
    QDateTime dataAsOf; // UTC
    QDateTime generatedAt; // UTC
    QList<ReportSection> sections;
};

} // namespace ioc::reports
