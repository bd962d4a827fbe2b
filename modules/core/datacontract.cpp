#include "core/datacontract.h"

namespace ioc::core {

namespace {

using Type = PropertyContract::Type;

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

} // namespace

QString typeName(PropertyContract::Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::DateTime:
        return QStringLiteral("date-time");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Any:
        break;
    }
    return QStringLiteral("any");
}

QString geometryName(CollectionContract::Geometry geometry)
{
    switch (geometry) {
    case CollectionContract::Geometry::None:
        return QStringLiteral("none");
    case CollectionContract::Geometry::Point:
        return QStringLiteral("Point");
    case CollectionContract::Geometry::Any:
        break;
    }
    return QStringLiteral("any");
}

QList<CollectionContract> sharedCollectionContracts()
{
    const QStringList levels
        = { QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("commune") };
    return {
        { QStringLiteral("admin_units"), true, CollectionContract::Geometry::Any,
            QStringLiteral("Administrative units of both eras: every figure's area, the "
                           "district map"),
            {
                requiredProperty(QStringLiteral("code"), Type::String,
                    QStringLiteral("the unit's code; figures name their unit by it")),
                requiredProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("shown name")),
                requiredProperty(QStringLiteral("level"), Type::String,
                    QStringLiteral("province, district or commune"), levels),
                optionalProperty(QStringLiteral("unit_type"), Type::String,
                    QStringLiteral("tinh, thanh_pho, thi_xa, huyen, xa, phuong"),
                    { QStringLiteral("tinh"), QStringLiteral("thanh_pho"), QStringLiteral("thi_xa"),
                        QStringLiteral("huyen"), QStringLiteral("xa"), QStringLiteral("phuong") }),
                optionalProperty(QStringLiteral("parent_code"), Type::String,
                    QStringLiteral("the unit it belongs to")),
                optionalProperty(QStringLiteral("valid_from"), Type::Date,
                    QStringLiteral("first day of the unit (null = always)")),
                optionalProperty(QStringLiteral("valid_to"), Type::Date,
                    QStringLiteral("last day of the unit (null = still in force)")),
                optionalProperty(QStringLiteral("population"), Type::Number,
                    QStringLiteral("weights figures when units merged or split")),
            } },
        { QStringLiteral("admin_lineage"), false, CollectionContract::Geometry::None,
            QStringLiteral("Which old units became which new ones (the 2025 reform)"),
            {
                requiredProperty(
                    QStringLiteral("old_code"), Type::String, QStringLiteral("old unit")),
                requiredProperty(
                    QStringLiteral("new_code"), Type::String, QStringLiteral("new unit")),
                requiredProperty(QStringLiteral("weight"), Type::Number,
                    QStringLiteral("share of the old unit that went to the new one")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("merge or split"),
                    { QStringLiteral("merge"), QStringLiteral("split") }),
                optionalProperty(QStringLiteral("effective"), Type::Date,
                    QStringLiteral("when the change took effect")),
            } },
        { QStringLiteral("op_acknowledgements"), false, CollectionContract::Geometry::Any,
            QStringLiteral("Acknowledgements of every workstation (written back with Part 4 "
                           "PUT, read by the alert engine)"),
            {
                requiredProperty(QStringLiteral("alert_key"), Type::String,
                    QStringLiteral("the acknowledged alert (its deterministic id)")),
                optionalProperty(QStringLiteral("module"), Type::String,
                    QStringLiteral("the module the alert belongs to")),
                optionalProperty(QStringLiteral("operator"), Type::String, QStringLiteral("who")),
                optionalProperty(QStringLiteral("note"), Type::String,
                    QStringLiteral("the operator's words (\"comment\" is read too)")),
                optionalProperty(
                    QStringLiteral("acknowledged_at"), Type::DateTime, QStringLiteral("when")),
            } },
        { QStringLiteral("op_notes"), false, CollectionContract::Geometry::Any,
            QStringLiteral("Notes on records and camera-event reviews of every workstation"),
            {
                optionalProperty(QStringLiteral("collection"), Type::String,
                    QStringLiteral("collection of the record noted")),
                optionalProperty(
                    QStringLiteral("feature_id"), Type::String, QStringLiteral("the record noted")),
                optionalProperty(QStringLiteral("operator"), Type::String, QStringLiteral("who")),
                optionalProperty(QStringLiteral("body"), Type::String, QStringLiteral("the note")),
                optionalProperty(
                    QStringLiteral("created_at"), Type::DateTime, QStringLiteral("when")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("event_review for an operator's verdict on a camera detection")),
                optionalProperty(QStringLiteral("event_id"), Type::String,
                    QStringLiteral("the reviewed detection (cam_events id)")),
                optionalProperty(QStringLiteral("verdict"), Type::String,
                    QStringLiteral("the review's verdict, counted in the false-positive rate"),
                    { QStringLiteral("confirmed"), QStringLiteral("false_positive") }),
                optionalProperty(QStringLiteral("reviewed_at"), Type::DateTime,
                    QStringLiteral("when; the latest review of a detection counts")),
            } },
    };
}

QString dataContractMarkdown(const QList<QPair<QString, QList<CollectionContract>>> &modules)
{
    QString out;
    for (const auto &[title, contracts] : modules) {
        out += QStringLiteral("### %1\n\n").arg(title);
        for (const CollectionContract &contract : contracts) {
            out += QStringLiteral("#### `%1` — %2 (geometry: %3)\n\n%4\n\n")
                       .arg(contract.collection,
                           contract.required ? QStringLiteral("required")
                                             : QStringLiteral("optional"),
                           geometryName(contract.geometry), contract.purpose);
            out += QStringLiteral("| property | type | required | allowed values | used for |\n"
                                  "|---|---|---|---|---|\n");
            for (const PropertyContract &p : contract.properties) {
                QStringList allowed;
                for (const QString &value : p.allowedValues)
                    allowed.append(QLatin1Char('`') + value + QLatin1Char('`'));
                out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                           .arg(p.name, typeName(p.type),
                               p.required ? QStringLiteral("yes") : QStringLiteral("no"),
                               allowed.isEmpty() ? QStringLiteral("any")
                                                 : allowed.join(QLatin1String(", ")),
                               markdownCell(p.purpose));
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace ioc::core
