#include "education/educationdatacontract.h"

namespace ioc::education {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;

PropertyContract required(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, true, allowed, purpose };
}

PropertyContract optional(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, false, allowed, purpose };
}

} // namespace

QList<core::CollectionContract> educationDataContract()
{
    return {
        { QStringLiteral("edu_schools"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Schools: school, student and teacher counts, national standard, the "
                           "school map"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("school name in tooltips and alert messages")),
                optional(QStringLiteral("level"), Type::String,
                    QStringLiteral("by-level charts, map colours; Records column"),
                    { QStringLiteral("preschool"), QStringLiteral("primary"),
                        QStringLiteral("lower_secondary"), QStringLiteral("upper_secondary"),
                        QStringLiteral("multi_level") }),
                required(QStringLiteral("students"), Type::Number,
                    QStringLiteral("summed: students, pupils per teacher; the pupil-teacher "
                                   "alert")),
                required(QStringLiteral("teachers"), Type::Number,
                    QStringLiteral("summed: teachers, pupils per teacher; the pupil-teacher "
                                   "alert")),
                optional(QStringLiteral("classes"), Type::Number,
                    QStringLiteral("tooltip; Records column")),
                required(QStringLiteral("national_standard"), Type::Boolean,
                    QStringLiteral("the national-standard share")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the school, and its closures, in areas")),
            } },
        { QStringLiteral("edu_school_days"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily open/closed report of each school: schools closed, closures by "
                           "cause, weather-closure alerts"),
            {
                required(QStringLiteral("school_id"), Type::String,
                    QStringLiteral("the school (edu_schools id); places the report")),
                required(QStringLiteral("date"), Type::Date, QStringLiteral("the day reported")),
                required(QStringLiteral("status"), Type::String,
                    QStringLiteral("closed schools are counted"),
                    { QStringLiteral("open"), QStringLiteral("closed") }),
                required(QStringLiteral("cause"), Type::String,
                    QStringLiteral("closures by cause (null = other); the weather alert counts "
                                   "storm and flood"),
                    { QStringLiteral("storm"), QStringLiteral("flood"), QStringLiteral("other") }),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the weather-closure alerts by commune")),
            } },
    };
}

} // namespace ioc::education
