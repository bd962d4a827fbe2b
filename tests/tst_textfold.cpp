#include "core/textfold.h"

#include <QTest>

using ioc::core::foldForSearch;
using ioc::core::ftsPrefixQuery;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("province") << QStringLiteral("Hà Tĩnh") << QStringLiteral("ha tinh");
        QTest::newRow("capital d") << QStringLiteral("Đức Thọ") << QStringLiteral("duc tho");
        QTest::newRow("small d") << QStringLiteral("Thành phố đẹp")
                                 << QStringLiteral("thanh pho dep");
        QTest::newRow("stacked marks")
            << QStringLiteral("Hương Khê, Kỳ Anh") << QStringLiteral("huong khe, ky anh");
        QTest::newRow("precomposed vs decomposed")
            << QStringLiteral("Ho\u0300ng Sa") << QStringLiteral("hong sa");
        QTest::newRow("ascii unchanged")
            << QStringLiteral("camera-42") << QStringLiteral("camera-42");
        QTest::newRow("japanese kept") << QStringLiteral("保健医療") << QStringLiteral("保健医療");
        QTest::newRow("mixed scripts")
            << QStringLiteral("Bệnh viện 保健 – ĐẮK") << QStringLiteral("benh vien 保健 – dak");
        QTest::newRow("every vietnamese letter")
            << QStringLiteral("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")
            << QStringLiteral(
                   "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd");
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void query_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words")
            << QStringLiteral("Hà Tĩnh") << QStringLiteral("\"ha\"* \"tinh\"*");
        QTest::newRow("syntax is neutralised") << QStringLiteral("a\" OR b NEAR(")
                                               << QStringLiteral("\"a\"* \"or\"* \"b\"* \"near\"*");
        QTest::newRow("only punctuation") << QStringLiteral("--- \"") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void query()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ftsPrefixQuery(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
