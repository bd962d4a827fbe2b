// Translation completeness: fails when a .ts file has unfinished entries, or when the
// sources have a string the .ts files do not (someone added a tr() and did not run
// tools/update-translations.sh and translate it).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

QString keyOf(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message();
                current.context = context;
                current.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
    return messages;
}

QString sourceDir()
{
    return qEnvironmentVariable("IOC_SOURCE_DIR");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QList<Message> m_fromSources;

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "IOC_SOURCE_DIR is not set");
        const QString lupdate = qEnvironmentVariable("IOC_LUPDATE");
        QVERIFY2(QFile::exists(lupdate),
            qPrintable(
                QStringLiteral("lupdate not found (%1); install qt6-l10n-tools").arg(lupdate)));
        // What the sources contain now, exactly as tools/update-translations.sh reads them.
        const QString fresh = m_tmp.filePath(QStringLiteral("fresh_vi.ts"));
        QProcess process;
        process.setWorkingDirectory(sourceDir());
        process.start(lupdate,
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"),
                QStringLiteral("en"), QStringLiteral("-target-language"), QStringLiteral("vi"),
                QStringLiteral("app"), QStringLiteral("modules"), QStringLiteral("-ts"), fresh });
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QString error;
        m_fromSources = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_fromSources.size() > 100); // the scan really found the sources
    }

    void everyEntryFinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("vi") << QStringLiteral("translations/ioc_vi.ts");
        QTest::newRow("ja") << QStringLiteral("translations/ioc_ja.ts");
        QTest::newRow("en plurals") << QStringLiteral("translations/ioc_en.ts");
    }

    void everyEntryFinished()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(QDir(sourceDir()).filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const Message &m : messages) {
            bool empty = m.translations.isEmpty();
            for (const QString &t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (!m.translationType.isEmpty() || empty)
                unfinished << QStringLiteral("[%1] %2 (%3)")
                                  .arg(m.context, m.source,
                                      m.translationType.isEmpty() ? QStringLiteral("empty")
                                                                  : m.translationType);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void noSourceStringMissing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("vi") << QStringLiteral("translations/ioc_vi.ts") << false;
        QTest::newRow("ja") << QStringLiteral("translations/ioc_ja.ts") << false;
        QTest::newRow("en plurals") << QStringLiteral("translations/ioc_en.ts") << true;
    }

    void noSourceStringMissing()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        QString error;
        QSet<QString> present;
        for (const Message &m : readTs(QDir(sourceDir()).filePath(file), &error))
            present.insert(keyOf(m));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &m : std::as_const(m_fromSources)) {
            if (pluralOnly && !m.numerus)
                continue;
            if (!present.contains(keyOf(m)))
                missing << QStringLiteral("[%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("run tools/update-translations.sh and translate:\n")
                + missing.join(QLatin1Char('\n'))));
    }

    void pluralFormsMatchTheLanguage()
    {
        // Vietnamese and Japanese have one plural form, English two.
        const QList<QPair<QString, int>> files = { { QStringLiteral("translations/ioc_vi.ts"), 1 },
            { QStringLiteral("translations/ioc_ja.ts"), 1 },
            { QStringLiteral("translations/ioc_en.ts"), 2 } };
        for (const auto &[file, forms] : files) {
            QString error;
            for (const Message &m : readTs(QDir(sourceDir()).filePath(file), &error)) {
                if (m.numerus)
                    QVERIFY2(m.translations.size() == forms,
                        qPrintable(file + QStringLiteral(": ") + m.source));
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
