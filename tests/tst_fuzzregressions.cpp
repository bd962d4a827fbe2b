// Replays every stored fuzz input through the fuzz targets' own entry points, in the
// normal build too: tests/fuzz/regressions/<target>/ holds the inputs that once crashed
// (or hit UB or leaked) and must now end cleanly; tests/fuzz/corpus/<target>/ the seeds.
// "Cleanly" = accepted, or refused with a message. Under tools/sanitize.sh the same
// replay runs with ASan and UBSan.

#include "fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ioc::fuzz;

namespace {

using Entry = Outcome (*)(const uint8_t *, size_t);

const QList<QPair<QString, Entry>> &targets()
{
    static const QList<QPair<QString, Entry>> list = { { QStringLiteral("pageparser"),
                                                           &fuzzPageParser },
        { QStringLiteral("alertrules"), &fuzzAlertRules },
        { QStringLiteral("mappingfile"), &fuzzMappingFile },
        { QStringLiteral("mbtiles"), &fuzzMbTiles }, { QStringLiteral("layout"), &fuzzLayout } };
    return list;
}

QString fuzzDir()
{
    return qEnvironmentVariable("IOC_SOURCE_DIR", QStringLiteral(IOC_FUZZ_SOURCE_DIR))
        + QStringLiteral("/tests/fuzz");
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds()
    {
        for (const auto &[name, entry] : targets()) {
            Q_UNUSED(entry);
            const QDir corpus(fuzzDir() + QStringLiteral("/corpus/") + name);
            QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable(corpus.path()));
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int t = 0; t < targets().size(); ++t) {
            for (const QString &kind :
                { QStringLiteral("regressions"), QStringLiteral("corpus") }) {
                const QDir dir(
                    fuzzDir() + QLatin1Char('/') + kind + QLatin1Char('/') + targets().at(t).first);
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    if (file == QLatin1String("README.md"))
                        continue;
                    QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(targets().at(t).first),
                        qPrintable(file))
                        << t << dir.filePath(file);
                }
            }
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        const Outcome outcome = targets().at(target).second(
            reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        QVERIFY2(outcome.accepted || !outcome.error.isEmpty(),
            "refused without saying why (an empty error message)");
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
