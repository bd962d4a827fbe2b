// Briefing PDFs: the file is a valid PDF with the pages the writer says, its text (read
// back with pdftotext) holds the KPI values and Vietnamese diacritics, long tables continue
// on the next page with their header, and an unwritable path is a clear error.

#include "reports/reportwriter.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::reports;

namespace {

QString pdfText(const QString &file, int firstPage = 0, int lastPage = 0)
{
    QStringList args { QStringLiteral("-layout") };
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
             << QString::number(lastPage);
    args << file << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { file });
    process.waitForFinished(30000);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

ReportContent sampleContent(int tableRows)
{
    ReportContent content;
    content.title = QStringLiteral("Báo cáo tổng hợp tỉnh Hà Tĩnh");
    content.period = QStringLiteral("26/11/2026");
    content.area = QStringLiteral("Toàn tỉnh");
    content.dataAsOf = QDateTime(QDate(2026, 11, 26), QTime(23, 0), Qt::UTC);
    content.generatedAt = content.dataAsOf.addSecs(3600);
    ReportSection health;
    health.title = QStringLiteral("Y tế");
    health.kpis = { { QStringLiteral("Công suất giường"), QStringLiteral("87,4 %"),
                        QStringLiteral("▲ 2,1 điểm") },
        { QStringLiteral("Giường bệnh"), QStringLiteral("5.320"), {} },
        { QStringLiteral("Bệnh nhân nội trú"), QStringLiteral("4.650"), {} },
        { QStringLiteral("Cơ sở quá tải"), QStringLiteral("3"), {} },
        { QStringLiteral("Ca sốt xuất huyết"), QStringLiteral("41"), {} } };
    health.figures.append({ QStringLiteral("Biểu đồ công suất"), 0.4,
        [](QPainter &p, const QRectF &r) { p.fillRect(r.adjusted(10, 10, -10, -10), Qt::blue); } });
    ReportTable alerts;
    alerts.title = QStringLiteral("Cảnh báo đang hoạt động");
    alerts.headers
        = { QStringLiteral("Mức độ"), QStringLiteral("Nội dung"), QStringLiteral("Trạng thái") };
    alerts.columnWeights = { 1, 4, 2 };
    for (int i = 0; i < tableRows; ++i)
        alerts.rows.append({ QStringLiteral("Nghiêm trọng"),
            QStringLiteral("Bệnh viện số %1 vượt công suất").arg(i),
            QStringLiteral("Đã xác nhận") });
    health.tables.append(alerts);
    content.sections.append(health);
    return content;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required; tools/install-deps.sh installs it");
    }

    void writesAValidPdfWithTheFigures()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("briefing.pdf"));
        QString error;
        QVERIFY2(ReportWriter(sampleContent(5)).writePdf(file, &error), qPrintable(error));
        QCOMPARE(pdfPages(file), 1);
        const QString text = pdfText(file);
        for (const QString &expected :
            { QStringLiteral("Báo cáo tổng hợp tỉnh Hà Tĩnh"), QStringLiteral("87,4 %"),
                QStringLiteral("5.320"), QStringLiteral("Ca sốt xuất huyết"),
                QStringLiteral("Bệnh viện số 4 vượt công suất"), QStringLiteral("Page 1 of 1") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    }

    void longTablesContinueWithTheirHeader()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.pdf"));
        const ReportWriter writer(sampleContent(200));
        QVERIFY(writer.writePdf(file, nullptr));
        const int pages = pdfPages(file);
        // For looking at it: IOC_REPORT_SAMPLE_DIR=/tmp/x keeps a copy.
        if (qEnvironmentVariableIsSet("IOC_REPORT_SAMPLE_DIR"))
            QFile::copy(
                file, qEnvironmentVariable("IOC_REPORT_SAMPLE_DIR") + QStringLiteral("/long.pdf"));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString all = pdfText(file);
        // Every row once, none lost at a page break.
        for (int i = 0; i < 200; ++i)
            QCOMPARE(all.count(QStringLiteral("Bệnh viện số %1 vượt").arg(i)), 1);
        const QString last = pdfText(file, pages, pages);
        QVERIFY2(last.contains(QStringLiteral("Nội dung")), qPrintable(last.left(400)));
        QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void unwritablePathIsAClearError()
    {
        QString error;
        QVERIFY(!ReportWriter(sampleContent(1))
                     .writePdf(QStringLiteral("/nonexistent-dir/x/briefing.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x/briefing.pdf")));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
