// Fuzz target: a province's alert rules file (docs/alerts.md) through parseRules, the value
// expression compiler, and the evaluator that turns each accepted rule into SQL over a
// small mirror. Rules files come from the config directory, i.e. are edited by hand.

#include "alerts/rulebook.h"
#include "alerts/ruleevaluator.h"
#include "alerts/ruleparser.h"
#include "alerts/valueexpression.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "fuzztargets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ioc::fuzz {
namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

core::Feature row(const QString &collection, const QString &id, const QJsonObject &properties)
{
    core::Feature feature;
    feature.collection = collection;
    feature.id = id;
    feature.geometryJson = QByteArrayLiteral(R"({"type":"Point","coordinates":[105.9,18.3]})");
    feature.bounds = core::GeoBounds { 105.9, 18.3, 105.9, 18.3 };
    feature.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    feature.searchText = id;
    return feature;
}

// A mirror with a few rows in every collection rules may read, whose properties have the
// names and kinds the default rules use, so an evaluation finds something to group,
// compare and look up.
struct Mirror
{
    QTemporaryDir dir;
    core::LocalCache cache { dir.path() };

    Mirror()
    {
        if (cache.open())
            return;
        QList<core::Feature> rows;
        const QStringList days
            = { kNow.date().toString(Qt::ISODate), kNow.date().addDays(-1).toString(Qt::ISODate),
                  kNow.date().addDays(-40).toString(Qt::ISODate) };
        for (const QString &collection : alerts::protocolCollections()) {
            for (int i = 0; i < days.size(); ++i) {
                rows.append(row(collection, QStringLiteral("f%1").arg(i),
                    { { QStringLiteral("name"), QStringLiteral("Bệnh viện %1").arg(i) },
                        { QStringLiteral("facility_id"), QStringLiteral("f%1").arg(i % 2) },
                        { QStringLiteral("date"), days.at(i) },
                        { QStringLiteral("time"), kNow.addSecs(-3600 * i).toString(Qt::ISODate) },
                        { QStringLiteral("due_at"), kNow.addSecs(600 * i).toString(Qt::ISODate) },
                        { QStringLiteral("occupancy_rate"), 80 + 15 * i },
                        { QStringLiteral("value"), i == 2 ? 0 : 12.5 * i },
                        { QStringLiteral("target"), 100 }, { QStringLiteral("year"), 2026 },
                        { QStringLiteral("status"),
                            i ? QStringLiteral("open") : QStringLiteral("closed") },
                        { QStringLiteral("district_code"), QStringLiteral("D%1").arg(i % 2) },
                        { QStringLiteral("commune_code"), QStringLiteral("C%1").arg(i) },
                        { QStringLiteral("indicator"), QStringLiteral("grdp") },
                        { QStringLiteral("online"), i != 1 } }));
            }
        }
        cache.features().upsert(rows);
    }
};

// The expression alone, compiled and run by SQLite the way the evaluator runs it.
void evaluateExpression(const QString &text, const core::SqliteFile &mirror)
{
    alerts::ValueExpression expression;
    QString error;
    if (!alerts::ValueExpression::compile(text, &expression, &error))
        return;
    QSqlQuery query(mirror.connection());
    if (!query.prepare(QStringLiteral("SELECT %1 FROM features").arg(expression.sql)))
        return;
    for (const QVariant &value : std::as_const(expression.bindings))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            (void)query.value(0);
    }
}

} // namespace

Outcome fuzzAlertRules(const uint8_t *data, size_t size)
{
    static Mirror mirror;
    const QByteArray text = bytes(data, size);
    Outcome outcome;
    // Known collections as the app passes them, and none (the rules view's check).
    (void)alerts::parseRules(text, QStringLiteral("fuzz.json"), {});
    const alerts::RuleFile file
        = alerts::parseRules(text, QStringLiteral("fuzz.json"), alerts::protocolCollections());
    outcome.accepted = file.errors.isEmpty();
    for (const alerts::RuleError &error : file.errors) {
        if (error.reason.isEmpty())
            return { false, {} }; // a refusal that does not say why
        outcome.error = error.toString();
    }
    const alerts::RuleEvaluator evaluator(mirror.cache.mirror());
    const QStringList changed = { QStringLiteral("f1") };
    for (const alerts::Rule &rule : file.rules) {
        (void)rule.collections();
        (void)rule.dependsOnTime();
        (void)evaluator.evaluate(rule, kNow, nullptr);
        (void)evaluator.evaluate(rule, kNow, &changed, { QStringLiteral("[\"D0\"]") });
    }
    evaluateExpression(QString::fromUtf8(text), mirror.cache.mirror());
    return outcome;
}

} // namespace ioc::fuzz

IOC_FUZZ_ENTRY_POINT(QCoreApplication, ioc::fuzz::fuzzAlertRules)
