#include "sync/backoff.h"
#include "sync/syncsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ioc::sync;
using namespace std::chrono;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void growsExponentiallyWithinJitterAndCaps()
    {
        double r = 0.0;
        Backoff backoff(seconds(2), seconds(60), [&r] { return r; });
        // r = 0: the lower edge, half of each step.
        QCOMPARE(backoff.failed(), milliseconds(1000));
        QCOMPARE(backoff.failed(), milliseconds(2000));
        QCOMPARE(backoff.failed(), milliseconds(4000));
        r = 0.999999;
        const milliseconds upper = backoff.failed(); // step 16 s, upper edge
        QVERIFY(upper > milliseconds(15990) && upper <= milliseconds(16000));
        for (int i = 0; i < 10; ++i)
            backoff.failed();
        QVERIFY(backoff.failed() <= milliseconds(60000)); // capped
        backoff.succeeded();
        r = 0;
        QCOMPARE(backoff.failed(), milliseconds(1000));
    }

    void retryAfterIsHonoured()
    {
        Backoff backoff(seconds(2), seconds(60), [] { return 0.0; });
        QCOMPARE(backoff.failedWithRetryAfter(seconds(120)), milliseconds(120000));
        QCOMPARE(backoff.failures(), 1);
        QCOMPARE(backoff.failedWithRetryAfter(hours(5)), milliseconds(3600000));
    }

    void parseRetryAfterHeader()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("30", now), std::optional<seconds>(seconds(30)));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional<seconds>(seconds(0)));
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 07:30:00 GMT", now),
            std::optional<seconds>(seconds(120)));
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 07:00:00 GMT", now),
            std::optional<seconds>(seconds(0)));
        QVERIFY(!parseRetryAfter("soon", now));
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("", now));
    }

    void mappingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        auto write = [&](const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        SyncSettings settings;
        write(
            R"({"collections":{"cam_cameras":{"id":"cameras","properties":{"trang_thai":"status"}}},
                  "intervals":{"cam_cameras":30},"pageLimit":500})");
        QString error;
        QVERIFY2(settings.loadMappingFile(path, &error), qPrintable(error));
        QCOMPARE(settings.remoteIdFor(QStringLiteral("cam_cameras")), QStringLiteral("cameras"));
        QCOMPARE(
            settings.remoteIdFor(QStringLiteral("edu_schools")), QStringLiteral("edu_schools"));
        const auto properties = settings.mappingFor(QStringLiteral("cam_cameras")).properties;
        QCOMPARE(properties.size(), 1);
        QCOMPARE(properties.first().from, QStringLiteral("trang_thai"));
        QCOMPARE(properties.first().ours, QStringLiteral("status"));
        QCOMPARE(settings.intervalFor(QStringLiteral("cam_cameras")), seconds(30));
        QCOMPARE(settings.intervalFor(QStringLiteral("cam_events")), seconds(60));
        QCOMPARE(settings.intervalFor(QStringLiteral("se_observations")), seconds(900));
        QCOMPARE(settings.pageLimit, 500);

        // Errors name the file and the problem, and change nothing.
        write(R"({"colections":{}})");
        QVERIFY(!settings.loadMappingFile(path, &error));
        QVERIFY(error.contains(path) && error.contains(QStringLiteral("colections")));
        write(R"({"intervals":{"cam_cameras":"fast"}})");
        QVERIFY(!settings.loadMappingFile(path, &error));
        QVERIFY(error.contains(QStringLiteral("cam_cameras")));
        write("not json");
        QVERIFY(!settings.loadMappingFile(path, &error));
        QCOMPARE(settings.pageLimit, 500);
        QCOMPARE(settings.remoteIdFor(QStringLiteral("cam_cameras")), QStringLiteral("cameras"));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
