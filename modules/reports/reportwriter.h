#pragma once

#include "reports/reportcontent.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace ioc::reports {

// Lays a ReportContent out on A4 pages: a title block, then each section's KPI cards,
// figures and tables, flowing onto new pages as needed (tables split between rows, with
// their header repeated). Every page has a header with the title and a footer with
// "page N of M" and the data time. Text uses the application's fonts, so Vietnamese and
// Japanese render as on screen.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::reports::ReportWriter)

public:
    explicit ReportWriter(ReportContent content);

    // Writes a PDF (300 dpi). Returns false with a reason if the file cannot be written.
    bool writePdf(const QString &fileName, QString *error) const;
    // Paints onto any paged device (a QPrinter for printing and print preview). Returns
    // the number of pages.
    int paint(QPagedPaintDevice *device) const;

private:
    ReportContent m_content;
};

} // namespace ioc::reports
