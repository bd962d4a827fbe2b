#include "datacentercheck.h"

#include "core/sharedcollections.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace ioc::app {

namespace {

// Short names of the conformance classes a client cares about.
QString conformanceSummary(const QStringList &classes)
{
    const QList<QPair<QString, QString>> known {
        { QStringLiteral("ogcapi-features-1/1.0/conf/core"), QStringLiteral("Part 1 Core") },
        { QStringLiteral("ogcapi-features-1/1.0/conf/geojson"), QStringLiteral("GeoJSON") },
        { QStringLiteral("ogcapi-features-2/1.0/conf/crs"), QStringLiteral("Part 2 CRS") },
        { QStringLiteral("ogcapi-features-3/1.0/conf/queryables"),
            QStringLiteral("Part 3 queryables") },
        { QStringLiteral("ogcapi-features-3/1.0/conf/filter"), QStringLiteral("Part 3 filter") },
        { QStringLiteral("ogcapi-features-4/1.0/conf/create-replace-delete"),
            QStringLiteral("Part 4 create/replace/delete") },
    };
    QStringList found;
    for (const auto &[suffix, name] : known) {
        for (const QString &cls : classes) {
            if (cls.endsWith(suffix)) {
                found.append(name);
                break;
            }
        }
    }
    return found.isEmpty()
        ? QCoreApplication::translate("DataCenterCheck", "none of the Features classes")
        : found.join(QLatin1String(", "));
}

struct PropertyFacts
{
    int present = 0; // features with the property (not null)
    QMap<QString, int> disallowed; // value → count, outside the contract's allowed values
};

QString quotedList(const QMap<QString, int> &values)
{
    QStringList parts;
    for (auto it = values.constBegin(); it != values.constEnd() && parts.size() < 6; ++it)
        parts.append(QStringLiteral("'%1' ×%2").arg(it.key()).arg(it.value()));
    if (values.size() > 6)
        parts.append(QStringLiteral("…"));
    return parts.join(QLatin1String(", "));
}

} // namespace

DataCenterFindings describeSurvey(const sync::ServerSurveyResult &survey,
    const sync::SyncSettings &settings, const core::ModuleRegistry &modules)
{
    DataCenterFindings findings;
    QString &out = findings.text;
    out += QCoreApplication::translate("DataCenterCheck", "Data center: %1")
               .arg(settings.baseUrl.toString(QUrl::RemoveUserInfo));
    if (!survey.title.isEmpty())
        out += QStringLiteral(" — ") + survey.title;
    out += QLatin1Char('\n');
    if (!survey.error.isEmpty()) {
        out += QCoreApplication::translate("DataCenterCheck", "Cannot read the data center: %1")
                   .arg(survey.error)
            + QLatin1Char('\n');
        findings.missingRequired = 1;
        return findings;
    }
    out += QCoreApplication::translate("DataCenterCheck", "Conformance: %1")
               .arg(conformanceSummary(survey.conformance))
        + QLatin1Char('\n');
    out += QCoreApplication::translate("DataCenterCheck", "Collections on the server: %1")
               .arg(survey.remoteCollections.size())
        + QLatin1Char('\n');
    if (settings.mappingVersion > 0)
        out += QCoreApplication::translate("DataCenterCheck", "Mapping file: version %1")
                   .arg(settings.mappingVersion)
            + QLatin1Char('\n');
    else
        out += QCoreApplication::translate("DataCenterCheck",
                   "No mapping file: our collection and property names are expected as they are.")
            + QLatin1Char('\n');

    QHash<QString, const sync::CollectionSurvey *> byCollection;
    for (const sync::CollectionSurvey &c : survey.collections)
        byCollection.insert(c.collection, &c);
    QStringList used;

    auto describeCollection = [&](const core::CollectionContract &contract) {
        const sync::CollectionSurvey *c = byCollection.value(contract.collection);
        if (!c)
            return;
        used.append(c->remoteId);
        const QString name = c->remoteId == c->collection
            ? c->collection
            : QStringLiteral("%1 ← %2").arg(c->collection, c->remoteId);
        const QString need = contract.required
            ? QCoreApplication::translate("DataCenterCheck", "required")
            : QCoreApplication::translate("DataCenterCheck", "optional");
        if (!c->enabled) {
            out += QStringLiteral("  %1: %2\n")
                       .arg(name,
                           QCoreApplication::translate(
                               "DataCenterCheck", "turned off in the mapping"));
            return;
        }
        if (!c->published) {
            out += QStringLiteral("  %1 (%2): %3\n")
                       .arg(name, need,
                           QCoreApplication::translate("DataCenterCheck",
                               "MISSING — the server does not publish it; map it with \"id\""));
            if (contract.required)
                ++findings.missingRequired;
            return;
        }
        if (!c->error.isEmpty() || !c->sample) {
            out += QStringLiteral("  %1 (%2): %3\n")
                       .arg(name, need,
                           QCoreApplication::translate(
                               "DataCenterCheck", "cannot read a sample: %1")
                               .arg(c->error));
            if (contract.required)
                ++findings.missingRequired;
            return;
        }
        const sync::ParsedPage &sample = *c->sample;
        QString datetime;
        QString reason = c->datetimeRefusal;
        if (c->datetimeFutureMatched > 0) {
            const int matched = static_cast<int>(c->datetimeFutureMatched);
            reason = QCoreApplication::translate("DataCenterCheck",
                "the server ignores it: an interval in the year 2999 matched %n feature(s)",
                nullptr, matched);
        }
        if (!c->datetimeWorks.has_value() || (sample.received == 0 && *c->datetimeWorks))
            datetime = QCoreApplication::translate("DataCenterCheck", "not probed (no features)");
        else if (*c->datetimeWorks)
            datetime = QCoreApplication::translate("DataCenterCheck", "works (incremental sync)");
        else
            datetime = QCoreApplication::translate(
                "DataCenterCheck", "cannot be used (%1): every sync reads the whole collection")
                           .arg(reason);
        out += QStringLiteral("  %1 (%2): %3; %4\n")
                   .arg(name, need,
                       c->numberMatched >= 0
                           ? QCoreApplication::translate("DataCenterCheck", "%1 features")
                                 .arg(c->numberMatched)
                           : QCoreApplication::translate("DataCenterCheck", "count not given"),
                       QCoreApplication::translate("DataCenterCheck", "datetime %1").arg(datetime));
        if (!c->temporalQueryables.isEmpty())
            out += QStringLiteral("    - %1\n")
                       .arg(QCoreApplication::translate("DataCenterCheck",
                           "date-time queryables (candidates for \"temporalProperty\"): %1")
                                .arg(c->temporalQueryables.join(QLatin1String(", "))));
        // What the sample holds after the mapping, property by property.
        QHash<QString, PropertyFacts> facts;
        for (const core::Feature &feature : sample.features) {
            const QJsonObject properties = QJsonDocument::fromJson(feature.propertiesJson).object();
            for (const core::PropertyContract &p : contract.properties) {
                // Present even when null: "no cause" is a value, an absent key is not.
                const QJsonValue value = properties.value(p.name);
                if (value.isUndefined())
                    continue;
                PropertyFacts &f = facts[p.name];
                ++f.present;
                if (!p.allowedValues.isEmpty() && value.isString()
                    && !p.allowedValues.contains(value.toString()))
                    ++f.disallowed[value.toString()];
            }
        }
        const int sampled = static_cast<int>(sample.features.size());
        for (const core::PropertyContract &p : contract.properties) {
            const PropertyFacts f = facts.value(p.name);
            if (sampled > 0 && f.present == 0) {
                out += QStringLiteral("    - %1 '%2' (%3): %4\n")
                           .arg(p.required ? QCoreApplication::translate(
                                    "DataCenterCheck", "MISSING required property")
                                           : QCoreApplication::translate(
                                               "DataCenterCheck", "missing optional property"),
                               p.name, core::typeName(p.type), p.purpose);
                if (p.required && contract.required)
                    ++findings.missingRequired;
            }
            if (!f.disallowed.isEmpty())
                out += QStringLiteral("    - %1\n")
                           .arg(QCoreApplication::translate("DataCenterCheck",
                               "'%1' has values the module does not know: %2 (allowed: %3); map "
                               "them with \"values\"")
                                    .arg(p.name, quotedList(f.disallowed),
                                        p.allowedValues.join(QLatin1String(", "))));
        }
        if (!sample.quarantined.isEmpty())
            out += QStringLiteral("    - %1\n")
                       .arg(QCoreApplication::translate("DataCenterCheck",
                           "%1 of %2 sampled features would be quarantined, e.g.: %3")
                                .arg(sample.quarantined.size())
                                .arg(sample.received)
                                .arg(sample.quarantined.first().reason));
        if (sampled == 0 && sample.quarantined.isEmpty())
            out += QStringLiteral("    - %1\n")
                       .arg(QCoreApplication::translate(
                           "DataCenterCheck", "the collection is empty"));
    };

    for (const auto &module : modules.modules()) {
        out += QLatin1Char('\n')
            + QCoreApplication::translate("DataCenterCheck", "Module: %1").arg(module->title())
            + QLatin1Char('\n');
        for (const core::CollectionContract &contract : module->dataContract())
            describeCollection(contract);
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("DataCenterCheck", "Shared collections")
        + QLatin1Char('\n');
    for (const core::CollectionContract &contract : core::sharedCollectionContracts())
        describeCollection(contract);

    QStringList unused;
    for (const QString &remote : survey.remoteCollections) {
        if (!used.contains(remote))
            unused.append(remote);
    }
    if (!unused.isEmpty())
        out += QLatin1Char('\n')
            + QCoreApplication::translate("DataCenterCheck", "On the server but not used: %1")
                  .arg(unused.join(QLatin1String(", ")))
            + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += findings.missingRequired == 0
        ? QCoreApplication::translate(
            "DataCenterCheck", "Every required collection and property maps.")
        : QCoreApplication::translate("DataCenterCheck",
            "%n required collection(s) or property(ies) missing: see MISSING above.", nullptr,
            findings.missingRequired);
    out += QLatin1Char('\n');
    return findings;
}

int runDataCenterCheck(const sync::SyncSettings &settings, const core::ModuleRegistry &modules)
{
    if (settings.baseUrl.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate(
            "DataCenterCheck", "No data center configured: use --data-center URL.")
                            << '\n';
        return 1;
    }
    QStringList collections = modules.allCollections() + core::sharedCollections();
    sync::ServerSurvey survey(settings, collections);
    sync::ServerSurveyResult result;
    QEventLoop loop;
    QObject::connect(
        &survey, &sync::ServerSurvey::finished, &loop, [&](const sync::ServerSurveyResult &done) {
            result = done;
            loop.quit();
        });
    survey.start();
    loop.exec();
    const DataCenterFindings findings = describeSurvey(result, settings, modules);
    QTextStream(stdout) << findings.text;
    return findings.missingRequired == 0 ? 0 : 1;
}

} // namespace ioc::app
