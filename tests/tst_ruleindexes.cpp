// The mirror's "ensure derived indexes" step (core/mirrorindexes.h) as the alert rules use
// it, and the compiled rule queries run against a real mirror.

#include "alerts/ruleindexes.h"
#include "alerts/rulesql.h"
#include "alerts/valueexpression.h"
#include "core/localcache.h"
#include "core/mirrorindexes.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {

const QString kOwner = QStringLiteral("alerts");

core::DerivedIndex index(const QString &collection, const QString &property)
{
    return { alerts::indexName(collection, { property }), collection,
        { alerts::propertySql(property) } };
}

QStringList indexesOnFeatures(const core::SqliteFile &mirror)
{
    QSqlQuery query(mirror.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                              "AND name LIKE 'alerts%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

class TestRuleIndexes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cache = std::make_unique<core::LocalCache>(m_dir->path());
        QVERIFY(!m_cache->open());
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
    }

    void createsRecordsAndRepeatsQuietly()
    {
        const QList<core::DerivedIndex> wanted
            = { index(QStringLiteral("beds"), QStringLiteral("status")),
                  index(QStringLiteral("cases"), QStringLiteral("day")) };
        const core::DerivedIndexReport first
            = core::ensureDerivedIndexes(m_cache->mirror(), kOwner, wanted);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
        QCOMPARE(first.created.size(), 2);
        QCOMPARE(first.present,
            (QSet<QString> {
                QStringLiteral("alerts_beds_status"), QStringLiteral("alerts_cases_day") }));
        QCOMPARE(indexesOnFeatures(m_cache->mirror()),
            (QStringList {
                QStringLiteral("alerts_beds_status"), QStringLiteral("alerts_cases_day") }));
        const QHash<QString, QString> recorded
            = core::recordedDerivedIndexes(m_cache->mirror(), kOwner);
        QCOMPARE(recorded.value(QStringLiteral("alerts_beds_status")), wanted.first().createSql());

        const core::DerivedIndexReport again
            = core::ensureDerivedIndexes(m_cache->mirror(), kOwner, wanted);
        QVERIFY(again.created.isEmpty());
        QVERIFY(again.dropped.isEmpty());
        QCOMPARE(again.present, first.present);
    }

    void dropsWhatNoRuleWantsAnyMore()
    {
        core::ensureDerivedIndexes(m_cache->mirror(), kOwner,
            { index(QStringLiteral("beds"), QStringLiteral("status")),
                index(QStringLiteral("cases"), QStringLiteral("day")) });
        const core::DerivedIndexReport report = core::ensureDerivedIndexes(
            m_cache->mirror(), kOwner, { index(QStringLiteral("cases"), QStringLiteral("day")) });
        QCOMPARE(report.dropped, QStringList { QStringLiteral("alerts_beds_status") });
        QCOMPARE(indexesOnFeatures(m_cache->mirror()),
            QStringList { QStringLiteral("alerts_cases_day") });
        QCOMPARE(core::recordedDerivedIndexes(m_cache->mirror(), kOwner).keys(),
            QStringList { QStringLiteral("alerts_cases_day") });
        // Another owner's record is not this owner's business.
        QVERIFY(core::recordedDerivedIndexes(m_cache->mirror(), QStringLiteral("other")).isEmpty());
    }

    // Mirrors from before the record: "alerts_…" indexes are taken over or dropped.
    void takesOverIndexesMadeBeforeTheRecord()
    {
        QSqlQuery legacy(m_cache->mirror().connection());
        QVERIFY(legacy.exec(index(QStringLiteral("beds"), QStringLiteral("status")).createSql()));
        QVERIFY(legacy.exec(index(QStringLiteral("old"), QStringLiteral("gone")).createSql()));
        const core::DerivedIndexReport report = core::ensureDerivedIndexes(
            m_cache->mirror(), kOwner, { index(QStringLiteral("beds"), QStringLiteral("status")) });
        QVERIFY(report.created.isEmpty()); // taken over, not rebuilt
        QCOMPARE(report.dropped, QStringList { QStringLiteral("alerts_old_gone") });
        QCOMPARE(report.present, QSet<QString> { QStringLiteral("alerts_beds_status") });
        QCOMPARE(core::recordedDerivedIndexes(m_cache->mirror(), kOwner).keys(),
            QStringList { QStringLiteral("alerts_beds_status") });
    }

    void recreatesAnIndexWhoseDefinitionChanged()
    {
        core::DerivedIndex before = index(QStringLiteral("beds"), QStringLiteral("status"));
        core::ensureDerivedIndexes(m_cache->mirror(), kOwner, { before });
        core::DerivedIndex after = before;
        after.expressions
            = { QStringLiteral("json_extract(properties, '$.status')"), QStringLiteral("id") };
        const core::DerivedIndexReport report
            = core::ensureDerivedIndexes(m_cache->mirror(), kOwner, { after });
        QCOMPARE(report.dropped, QStringList { before.name });
        QCOMPARE(report.created, QStringList { before.name });
        QCOMPARE(core::recordedDerivedIndexes(m_cache->mirror(), kOwner).value(before.name),
            after.createSql());
    }

    void refusesNamesThatAreNotPlain_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("collection");
        QTest::newRow("without the owner's prefix")
            << QStringLiteral("features_x") << QStringLiteral("beds");
        QTest::newRow("quote in the collection")
            << QStringLiteral("alerts_x") << QStringLiteral("beds' OR 1 --");
        QTest::newRow("space in the name")
            << QStringLiteral("alerts_x y") << QStringLiteral("beds");
    }

    void refusesNamesThatAreNotPlain()
    {
        QFETCH(QString, name);
        QFETCH(QString, collection);
        const core::DerivedIndex bad { name, collection,
            { alerts::propertySql(QStringLiteral("x")) } };
        const core::DerivedIndexReport report
            = core::ensureDerivedIndexes(m_cache->mirror(), kOwner, { bad });
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.present.isEmpty());
        QVERIFY(indexesOnFeatures(m_cache->mirror()).isEmpty());
    }

    // What the compiler writes is SQL SQLite accepts, with the index hint it names.
    void compiledQueriesRunOnTheMirror()
    {
        alerts::Rule rule;
        rule.kind = alerts::RuleKind::CountInWindow;
        rule.collection = QStringLiteral("incidents");
        rule.groupBy = { QStringLiteral("commune_code") };
        rule.timeProperty = QStringLiteral("reported_at");
        rule.windowMinutes = 30;
        const core::DerivedIndexReport report
            = core::ensureDerivedIndexes(m_cache->mirror(), kOwner, alerts::ruleIndexes({ rule }));
        const QString hint = alerts::indexHint(rule, report.present);
        QCOMPARE(hint, QStringLiteral("alerts_incidents_reported_at"));
        alerts::FeatureQuery query
            = alerts::countInWindowQuery(rule, QDateTime::currentDateTimeUtc(), hint);
        alerts::restrictToGroups(&query, rule.groupBy, { QStringLiteral("[\"C1\"]") });
        QSqlQuery sql(m_cache->mirror().connection());
        QVERIFY(sql.prepare(query.sql()));
        for (const QVariant &bind : query.binds())
            sql.addBindValue(bind);
        QVERIFY(sql.exec());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::LocalCache> m_cache;
};

QTEST_GUILESS_MAIN(TestRuleIndexes)
#include "tst_ruleindexes.moc"
