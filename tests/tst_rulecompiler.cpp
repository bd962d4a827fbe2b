// The rule → SQL compiler (alerts/rulesql.h), the index choice (alerts/ruleindexes.h) and
// value expressions, tested on the text they produce: no mirror is opened here.

#include "alerts/rule.h"
#include "alerts/ruleindexes.h"
#include "alerts/rulesql.h"
#include "alerts/valueexpression.h"

#include <QJsonArray>
#include <QTest>

using namespace ioc::alerts;

Q_DECLARE_METATYPE(ioc::alerts::Rule)

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00Z"), Qt::ISODate);

QString path(const QString &property)
{
    return QStringLiteral("json_extract(properties, '$.%1')").arg(property);
}

Rule rule(RuleKind kind, const QString &collection = QStringLiteral("beds"))
{
    Rule r;
    r.id = QStringLiteral("r");
    r.kind = kind;
    r.collection = collection;
    return r;
}

Filter filter(const QString &property, const QString &op, const QJsonValue &value = {})
{
    return { property, op, value };
}

enum class Query { PerFeature, Grouped, CountInWindow, Spike, PlanTargets, PlanActuals };

} // namespace

Q_DECLARE_METATYPE(Query)

class TestRuleCompiler : public QObject
{
    Q_OBJECT

private slots:
    void compile_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<Query>("query");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("binds");

        const QString featureColumns
            = QStringLiteral("SELECT id, properties, min_lon, min_lat, max_lon, max_lat, ");
        {
            Rule r = rule(RuleKind::Threshold);
            r.valueExpression = QStringLiteral("occupied * 100 / beds");
            r.op = QStringLiteral(">");
            r.limit = 90;
            r.where = { filter(
                QStringLiteral("status"), QStringLiteral("=="), QStringLiteral("open")) };
            const QString value
                = QStringLiteral("(CAST(%1 * ? AS REAL) / %2)").arg(path("occupied"), path("beds"));
            QTest::newRow("threshold, expression, == filter")
                << r << Query::PerFeature << QString()
                << featureColumns + value
                    + QStringLiteral(
                        " FROM features WHERE collection = 'beds' AND %1 = ? AND %2 > ?")
                          .arg(path("status"), value)
                << QVariantList { 100.0, QStringLiteral("open"), 100.0, 90.0 };
            QTest::newRow("threshold with its index named")
                << r << Query::PerFeature << QStringLiteral("alerts_beds_status")
                << featureColumns + value
                    + QStringLiteral(" FROM features INDEXED BY alerts_beds_status WHERE "
                                     "collection = 'beds' AND %1 = ? AND %2 > ?")
                          .arg(path("status"), value)
                << QVariantList { 100.0, QStringLiteral("open"), 100.0, 90.0 };
        }
        {
            Rule r = rule(RuleKind::Threshold, QStringLiteral("beds-2"));
            r.valueExpression = QStringLiteral("free");
            r.op = QStringLiteral("<=");
            r.limit = 0;
            r.where = { filter(QStringLiteral("kind"), QStringLiteral("!="), QStringLiteral("x")),
                filter(QStringLiteral("ward"), QStringLiteral("not_in"), QJsonArray { 1, true }),
                filter(QStringLiteral("closed"), QStringLiteral("is_null")),
                filter(QStringLiteral("unit"), QStringLiteral("not_null")),
                filter(QStringLiteral("zone"), QStringLiteral("in"),
                    QJsonArray { QStringLiteral("a") }) };
            QTest::newRow("collection bound, every filter operator")
                << r << Query::PerFeature << QString()
                << featureColumns
                    + QStringLiteral(
                        "(%1) FROM features WHERE collection = ? AND (%2 IS NULL OR %2 != ?) "
                        "AND (%3 IS NULL OR %3 NOT IN (?, ?)) AND %4 IS NULL AND %5 IS NOT NULL "
                        "AND %6 IN (?) AND (%1) <= ?")
                          .arg(path("free"), path("kind"), path("ward"), path("closed"),
                              path("unit"), path("zone"))
                << QVariantList { QStringLiteral("beds-2"), QStringLiteral("x"), 1.0, 1,
                       QStringLiteral("a"), 0.0 };
        }
        {
            Rule r = rule(RuleKind::Deadline, QStringLiteral("permits"));
            r.dueProperty = QStringLiteral("due");
            r.withinMinutes = 60;
            QTest::newRow("deadline due soon")
                << r << Query::PerFeature << QString()
                << featureColumns
                    + QStringLiteral("%1 FROM features WHERE collection = 'permits' AND "
                                     "(%1 > ? AND %1 <= ?)")
                          .arg(path("due"))
                << QVariantList { QStringLiteral("2026-03-10T08:00:00Z"),
                       QStringLiteral("2026-03-10T09:00:00Z") };
            r.withinMinutes = 0;
            r.recentProperty = QStringLiteral("opened");
            r.recentDays = 7;
            QTest::newRow("deadline overdue, recent")
                << r << Query::PerFeature << QString()
                << featureColumns
                    + QStringLiteral("%1 FROM features WHERE collection = 'permits' AND %2 >= ? "
                                     "AND %1 <= ?")
                          .arg(path("due"), path("opened"))
                << QVariantList { QStringLiteral("2026-03-03"),
                       QStringLiteral("2026-03-10T08:00:00Z") };
        }
        {
            Rule r = rule(RuleKind::Staleness, QStringLiteral("cameras"));
            r.timeProperty = QStringLiteral("seen_at");
            r.maxAgeMinutes = 90;
            QTest::newRow("staleness per feature")
                << r << Query::PerFeature << QString()
                << featureColumns
                    + QStringLiteral("%1 FROM features WHERE collection = 'cameras' AND %1 < ?")
                          .arg(path("seen_at"))
                << QVariantList { QStringLiteral("2026-03-10T06:30:00Z") };
            r.groupBy = { QStringLiteral("unit_code") };
            QTest::newRow("staleness grouped, by its group index")
                << r << Query::Grouped << QStringLiteral("alerts_cameras_unit_code__seen_at")
                << QStringLiteral("SELECT %1, count(*), min(id), max(%2) FROM features INDEXED BY "
                                  "alerts_cameras_unit_code__seen_at WHERE collection = 'cameras' "
                                  "AND %2 IS NOT NULL GROUP BY 1 HAVING max(%2) < ?")
                       .arg(path("unit_code"), path("seen_at"))
                << QVariantList { QStringLiteral("2026-03-10T06:30:00Z") };
        }
        {
            Rule r = rule(RuleKind::Threshold, QStringLiteral("cases"));
            r.valueExpression = QStringLiteral("count");
            r.op = QStringLiteral(">=");
            r.limit = 5;
            r.groupBy = { QStringLiteral("district"), QStringLiteral("disease") };
            r.minCount = 3;
            QTest::newRow("grouped threshold")
                << r << Query::Grouped << QString()
                << QStringLiteral("SELECT %1, %2, count(*), min(id) FROM features WHERE "
                                  "collection = 'cases' AND (%3) >= ? GROUP BY 1, 2 "
                                  "HAVING count(*) >= ?")
                       .arg(path("district"), path("disease"), path("count"))
                << QVariantList { 5.0, 3 };
        }
        {
            Rule r = rule(RuleKind::CountInWindow, QStringLiteral("incidents"));
            r.groupBy = { QStringLiteral("commune_code") };
            r.timeProperty = QStringLiteral("reported_at");
            r.windowMinutes = 30;
            r.minCount = 4;
            QTest::newRow("count in window")
                << r << Query::CountInWindow << QStringLiteral("alerts_incidents_reported_at")
                << QStringLiteral("SELECT %1, %2 FROM features INDEXED BY "
                                  "alerts_incidents_reported_at WHERE collection = 'incidents' "
                                  "AND %2 > ? AND %2 <= ?")
                       .arg(path("commune_code"), path("reported_at"))
                << QVariantList { QStringLiteral("2026-03-09T08:00:00Z"),
                       QStringLiteral("2026-03-10T08:00:00Z") };
        }
        {
            Rule r = rule(RuleKind::Spike, QStringLiteral("weekly_cases"));
            r.series = { QStringLiteral("district"), QStringLiteral("disease") };
            r.orderProperty = QStringLiteral("week");
            r.valueExpression = QStringLiteral("cases * 2");
            QTest::newRow("spike")
                << r << Query::Spike << QString()
                << QStringLiteral("SELECT %1, %2, %3, (%4 * ?) FROM features WHERE "
                                  "collection = 'weekly_cases' AND %3 IS NOT NULL")
                       .arg(path("district"), path("disease"), path("week"), path("cases"))
                << QVariantList { 2.0 };
        }
        {
            Rule r = rule(RuleKind::PlanDeviation, QStringLiteral("grdp"));
            r.targetCollection = QStringLiteral("grdp-targets");
            r.match = { { QStringLiteral("indicator"), QStringLiteral("target_indicator") } };
            r.periodProperty = QStringLiteral("period");
            r.targetValueProperty = QStringLiteral("target");
            r.targetYearProperty = QStringLiteral("year");
            r.valueExpression = QStringLiteral("value");
            r.aggregate = QStringLiteral("sum");
            QTest::newRow("plan targets")
                << r << Query::PlanTargets << QString()
                << QStringLiteral("SELECT %1, %2 FROM features WHERE collection = ? AND "
                                  "CAST(%3 AS TEXT) = ?")
                       .arg(path("target_indicator"), path("target"), path("year"))
                << QVariantList { QStringLiteral("grdp-targets"), QStringLiteral("2026") };
            QTest::newRow("plan actuals")
                << r << Query::PlanActuals << QString()
                << QStringLiteral("SELECT %1, max(%2), (%3), sum((%3)), count(*) FROM features "
                                  "WHERE collection = 'grdp' AND substr(%2, 1, 4) = ? GROUP BY 1")
                       .arg(path("indicator"), path("period"), path("value"))
                << QVariantList { QStringLiteral("2026") };
        }
    }

    void compile()
    {
        QFETCH(Rule, rule);
        QFETCH(Query, query);
        QFETCH(QString, index);
        QFETCH(QString, sql);
        QFETCH(QVariantList, binds);
        FeatureQuery compiled;
        switch (query) {
        case Query::PerFeature:
            compiled = perFeatureQuery(rule, kNow, index);
            break;
        case Query::Grouped:
            compiled = groupedQuery(rule, kNow, index);
            break;
        case Query::CountInWindow:
            compiled = countInWindowQuery(rule, kNow, index);
            break;
        case Query::Spike:
            compiled = spikeQuery(rule, kNow, index);
            break;
        case Query::PlanTargets:
            compiled = planTargetsQuery(rule, QStringLiteral("2026"));
            break;
        case Query::PlanActuals:
            compiled = planActualsQuery(rule, kNow, QStringLiteral("2026"), index);
            break;
        }
        QVERIFY2(compiled.error.isEmpty(), qPrintable(compiled.error));
        QCOMPARE(compiled.sql(), sql);
        QCOMPARE(compiled.binds(), binds);
        QCOMPARE(compiled.sql().count(QLatin1Char('?')), binds.size());
    }

    // Names are written into the SQL text; one the parser would refuse must not get there,
    // in release builds too.
    void refusesNamesThatAreNotIdentifiers_data()
    {
        QTest::addColumn<Rule>("rule");
        Rule filtered = rule(RuleKind::Threshold);
        filtered.valueExpression = QStringLiteral("free");
        filtered.op = QStringLiteral(">");
        filtered.where = { filter(QStringLiteral("x') OR 1 --"), QStringLiteral("is_null")) };
        QTest::newRow("filter property") << filtered;
        Rule stale = rule(RuleKind::Staleness);
        stale.timeProperty = QStringLiteral("seen at");
        QTest::newRow("time property") << stale;
        Rule expression = rule(RuleKind::Threshold);
        expression.valueExpression = QStringLiteral("free +");
        expression.op = QStringLiteral(">");
        QTest::newRow("value expression") << expression;
    }

    void refusesNamesThatAreNotIdentifiers()
    {
        QFETCH(Rule, rule);
        const FeatureQuery query = perFeatureQuery(rule, kNow, {});
        QVERIFY(!query.error.isEmpty());
        QVERIFY(!query.sql().contains(QLatin1String("OR 1")));
    }

    void restrictionsAreParts()
    {
        Rule r = rule(RuleKind::Threshold, QStringLiteral("cases"));
        r.valueExpression = QStringLiteral("count");
        r.op = QStringLiteral(">");
        r.groupBy = { QStringLiteral("district") };
        FeatureQuery grouped = groupedQuery(r, kNow, QStringLiteral("alerts_cases_district"));
        restrictToGroups(&grouped, r.groupBy,
            { QStringLiteral("[\"D1\"]"), QStringLiteral("[\"D1\"]"), QStringLiteral("[2]"),
                QStringLiteral("[null]") });
        // The restriction goes before GROUP BY; its values bind before HAVING's.
        QCOMPARE(grouped.sql(),
            QStringLiteral("SELECT %1, count(*), min(id) FROM features INDEXED BY "
                           "alerts_cases_district WHERE collection = 'cases' AND (%2) > ? "
                           "AND %1 IN (?, ?) GROUP BY 1 HAVING count(*) >= ?")
                .arg(path("district"), path("count")));
        QCOMPARE(grouped.binds().size(), 4);
        QCOMPARE(grouped.binds().constLast(), QVariant(1));

        FeatureQuery ids = groupValuesQuery(r, r.groupBy);
        restrictToIds(&ids, { QStringLiteral("a"), QStringLiteral("b") });
        QCOMPARE(ids.sql(),
            QStringLiteral("SELECT %1 FROM features WHERE collection = ? AND id IN (?, ?)")
                .arg(path("district")));
        QCOMPARE(ids.binds(),
            (QVariantList { QStringLiteral("cases"), QStringLiteral("a"), QStringLiteral("b") }));
    }

    void indexChoice_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QStringList>("properties");
        Rule equality = rule(RuleKind::Threshold);
        equality.where = { filter(QStringLiteral("free"), QStringLiteral(">"), 1),
            filter(QStringLiteral("status"), QStringLiteral("in"), QJsonArray { 1 }) };
        QTest::newRow("first ==/in filter") << equality << QStringList { QStringLiteral("status") };
        Rule stale = rule(RuleKind::Staleness);
        stale.groupBy = { QStringLiteral("unit"), QStringLiteral("code") };
        stale.timeProperty = QStringLiteral("seen");
        QTest::newRow("grouped staleness: groups then time")
            << stale
            << QStringList { QStringLiteral("unit"), QStringLiteral("code"),
                   QStringLiteral("seen") };
        Rule window = rule(RuleKind::CountInWindow);
        window.where = equality.where;
        window.timeProperty = QStringLiteral("at");
        window.windowMinutes = 10;
        QTest::newRow("windowed count: its time, even after an equality")
            << window << QStringList { QStringLiteral("at") };
        Rule deadline = rule(RuleKind::Deadline);
        deadline.dueProperty = QStringLiteral("due");
        QTest::newRow("deadline: due time") << deadline << QStringList { QStringLiteral("due") };
        Rule recent = rule(RuleKind::Threshold);
        recent.recentProperty = QStringLiteral("day");
        recent.recentDays = 3;
        QTest::newRow("recent property") << recent << QStringList { QStringLiteral("day") };
        QTest::newRow("nothing to index") << rule(RuleKind::Threshold) << QStringList {};
        Rule bound = deadline;
        bound.collection = QStringLiteral("not-an-identifier");
        QTest::newRow("collection that cannot be a literal") << bound << QStringList {};
    }

    void indexChoice()
    {
        QFETCH(Rule, rule);
        QFETCH(QStringList, properties);
        QCOMPARE(indexedProperties(rule), properties);
        const QString name = indexName(rule.collection, properties);
        QCOMPARE(indexHint(rule, {}), QString());
        QCOMPARE(indexHint(rule, { name }), properties.isEmpty() ? QString() : name);
        const QList<ioc::core::DerivedIndex> declared = ruleIndexes({ rule, rule });
        QCOMPARE(declared.size(), properties.isEmpty() ? 0 : 1);
        if (!properties.isEmpty()) {
            QCOMPARE(declared.first().name, name);
            QCOMPARE(declared.first().expressions.size(), properties.size());
            QCOMPARE(declared.first().createSql(),
                QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON features (%2) WHERE "
                               "collection = '%3'")
                    .arg(name, declared.first().expressions.join(QStringLiteral(", ")),
                        rule.collection));
        }
    }

    void indexNamesKeepPropertiesApart()
    {
        QCOMPARE(indexName(QStringLiteral("c"), { QStringLiteral("unit_code") }),
            QStringLiteral("alerts_c_unit_code"));
        QCOMPARE(indexName(QStringLiteral("c"), { QStringLiteral("unit"), QStringLiteral("code") }),
            QStringLiteral("alerts_c_unit__code"));
    }

    void valueExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sql"); // empty: refused
        QTest::addColumn<QVariantList>("bindings");
        QTest::addColumn<QStringList>("properties");
        QTest::newRow("property") << QStringLiteral("beds")
                                  << QStringLiteral("(%1)").arg(path("beds")) << QVariantList {}
                                  << QStringList { QStringLiteral("beds") };
        QTest::newRow("division is real")
            << QStringLiteral("students / teachers")
            << QStringLiteral("(CAST(%1 AS REAL) / %2)").arg(path("students"), path("teachers"))
            << QVariantList {}
            << QStringList { QStringLiteral("students"), QStringLiteral("teachers") };
        QTest::newRow("numbers are bound, precedence kept")
            << QStringLiteral("a + 2 * (b - 0.5)")
            << QStringLiteral("(%1 + ? * (%2 - ?))").arg(path("a"), path("b"))
            << QVariantList { 2.0, 0.5 }
            << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("unary minus")
            << QStringLiteral("-x") << QStringLiteral("((-%1))").arg(path("x")) << QVariantList {}
            << QStringList { QStringLiteral("x") };
        QTest::newRow("empty") << QStringLiteral("  ") << QString() << QVariantList {}
                               << QStringList {};
        QTest::newRow("dangling operator")
            << QStringLiteral("a *") << QString() << QVariantList {} << QStringList {};
        QTest::newRow("quote") << QStringLiteral("a'b") << QString() << QVariantList {}
                               << QStringList {};
        QTest::newRow("unclosed") << QStringLiteral("(a") << QString() << QVariantList {}
                                  << QStringList {};
        QTest::newRow("too deep") << QString(65, QLatin1Char('(')) + QStringLiteral("a")
                + QString(65, QLatin1Char(')'))
                                  << QString() << QVariantList {} << QStringList {};
    }

    void valueExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        QFETCH(QStringList, properties);
        ValueExpression expression;
        QString error;
        const bool ok = ValueExpression::compile(text, &expression, &error);
        QCOMPARE(ok, !sql.isEmpty());
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(expression.sql, sql);
        QCOMPARE(expression.bindings, bindings);
        QCOMPARE(expression.properties, properties);
    }

    void propertySqlRefusesNonIdentifiers()
    {
        QCOMPARE(propertySql(QStringLiteral("beds_free")), path("beds_free"));
        QVERIFY(propertySql(QStringLiteral("a'b")).isEmpty());
        QVERIFY(propertySql(QStringLiteral("a.b")).isEmpty());
        QVERIFY(propertySql(QString()).isEmpty());
        QVERIFY(propertySql(QStringLiteral("1a")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRuleCompiler)
#include "tst_rulecompiler.moc"
