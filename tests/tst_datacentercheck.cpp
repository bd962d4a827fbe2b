// The deployer's check (--check-data-center): what it says about a server, from a survey
// made up here, and when it calls a mapping incomplete.

#include "datacentercheck.h"
#include "modulecatalog.h"

#include <QTest>

using namespace ioc;

namespace {

sync::ParsedPage pageOf(const QList<QByteArray> &properties)
{
    sync::ParsedPage page;
    for (const QByteArray &json : properties) {
        core::Feature feature;
        feature.id = QStringLiteral("f%1").arg(page.features.size());
        feature.propertiesJson = json;
        page.features.append(feature);
    }
    page.received = static_cast<int>(page.features.size());
    return page;
}

} // namespace

class TestDataCenterCheck : public QObject
{
    Q_OBJECT

private slots:
    void findingsNameWhatIsMissing()
    {
        core::ModuleRegistry modules;
        QString error;
        QVERIFY2(app::registerAllModules(modules, &error), qPrintable(error));
        sync::SyncSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://ioc.example/ogc"));

        sync::ServerSurveyResult survey;
        survey.title = QStringLiteral("Province");
        survey.conformance
            = { QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core") };
        survey.remoteCollections = { QStringLiteral("cam_cameras"), QStringLiteral("extra") };
        for (const QString &collection : modules.allCollections()) {
            sync::CollectionSurvey c;
            c.collection = collection;
            c.remoteId = collection;
            c.published = survey.remoteCollections.contains(collection);
            if (collection == QLatin1String("cam_cameras")) {
                // status with a value the module does not know; last_heartbeat absent.
                c.sample = pageOf({ R"({"status":"maintenance","unit_code":"42"})",
                    R"({"status":"online","unit_code":"42"})" });
                c.datetimeWorks = false;
                c.datetimeFutureMatched = 2;
                c.numberMatched = 2;
            }
            survey.collections.append(c);
        }
        const app::DataCenterFindings findings = app::describeSurvey(survey, settings, modules);
        const QString &text = findings.text;
        QVERIFY2(text.contains(QStringLiteral("Part 1 Core")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("an interval in the year 2999 matched 2 feature")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("'status' has values the module does not know: "
                                              "'maintenance' ×1")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("MISSING required property 'last_heartbeat'")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("health_facilities (required): MISSING")),
            qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("On the server but not used: extra")), qPrintable(text));
        QVERIFY(findings.missingRequired > 1);

        // The server cannot be read at all: one finding, said plainly.
        sync::ServerSurveyResult unreachable;
        unreachable.error = QStringLiteral("https://ioc.example/ogc: Connection refused");
        const app::DataCenterFindings down = app::describeSurvey(unreachable, settings, modules);
        QCOMPARE(down.missingRequired, 1);
        QVERIFY(down.text.contains(QStringLiteral("Connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestDataCenterCheck)
#include "tst_datacentercheck.moc"
