// CSV export of records: every matching record (beyond the first page), the browser's
// columns, a BOM for Excel, Vietnamese intact, commas/quotes/line breaks quoted so the
// file reads back field for field.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/recordcsv.h"
#include "testfeatures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {
// A minimal RFC 4180 reader, for checking what spreadsheets will see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TestRecordCsv : public QObject
{
    Q_OBJECT

private slots:
    void exportsEveryMatchingRecord()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        QList<core::Feature> features;
        for (int i = 0; i < 700; ++i) {
            const QString name = i % 2
                ? QStringLiteral("Trường Tiểu học Hà Tĩnh số %1").arg(i)
                : QStringLiteral("Trạm y tế \"Kỳ Anh\", cơ sở %1\nghi chú").arg(i);
            features.append(test::attributeFeature(QStringLiteral("edu_schools"),
                QStringLiteral("s-%1").arg(i),
                QJsonObject { { QStringLiteral("name"), name },
                    { QStringLiteral("level"), QStringLiteral("primary") },
                    { QStringLiteral("updated_at"), QStringLiteral("2026-11-20T01:00:00Z") } }));
        }
        QVERIFY(!cache.features().upsert(features));

        const QList<core::RecordTableModel::PropertyColumn> columns { { QStringLiteral("level"),
            QStringLiteral("Cấp học"),
            { { QStringLiteral("primary"), QStringLiteral("Tiểu học") } } } };
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        // "ha tinh" without diacritics matches the 350 school names (odd i).
        QCOMPARE(core::writeRecordsCsv(cache.mirror(), { QStringLiteral("edu_schools") }, columns,
                     QStringLiteral("ha tinh"), path, &error),
            qint64(350));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 351);
        QCOMPARE(rows.first().size(), 5);
        QCOMPARE(rows.first().last(), QStringLiteral("Cấp học"));
        QVERIFY(rows.at(1).first().startsWith(QStringLiteral("Trường Tiểu học Hà Tĩnh số")));
        QCOMPARE(rows.at(1).last(), QStringLiteral("Tiểu học"));

        // Everything, with the awkward names: quotes, commas and line breaks survive.
        QCOMPARE(core::writeRecordsCsv(
                     cache.mirror(), { QStringLiteral("edu_schools") }, columns, {}, path, &error),
            qint64(700));
        QFile again(path); // a new file replaced the old one (written atomically)
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QList<QStringList> all = parseCsv(QString::fromUtf8(again.readAll().mid(3)));
        QCOMPARE(all.size(), 701);
        bool found = false;
        for (const QStringList &row : all)
            found
                = found || row.first() == QStringLiteral("Trạm y tế \"Kỳ Anh\", cơ sở 0\nghi chú");
        QVERIFY(found);
    }

    void unwritablePathIsAnError()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        QString error;
        QCOMPARE(core::writeRecordsCsv(cache.mirror(), { QStringLiteral("edu_schools") }, {}, {},
                     QStringLiteral("/nonexistent-dir/x.csv"), &error),
            qint64(-1));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }
};

QTEST_MAIN(TestRecordCsv)
#include "tst_recordcsv.moc"
