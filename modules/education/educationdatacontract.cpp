#include "education/educationdatacontract.h"

namespace ioc::education {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> educationDataContract()
{
    return {
        { QStringLiteral("edu_schools"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Schools: school, student and teacher counts, national standard, the "
                           "school map"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("school name in tooltips and alert messages")),
                optionalProperty(QStringLiteral("level"), Type::String,
                    QStringLiteral("by-level charts, map colours; Records column"),
                    { QStringLiteral("preschool"), QStringLiteral("primary"),
                        QStringLiteral("lower_secondary"), QStringLiteral("upper_secondary"),
                        QStringLiteral("multi_level") }),
                requiredProperty(QStringLiteral("students"), Type::Number,
                    QStringLiteral("summed: students, pupils per teacher; the pupil-teacher "
                                   "alert")),
                requiredProperty(QStringLiteral("teachers"), Type::Number,
                    QStringLiteral("summed: teachers, pupils per teacher; the pupil-teacher "
                                   "alert")),
                optionalProperty(QStringLiteral("classes"), Type::Number,
                    QStringLiteral("tooltip; Records column")),
                requiredProperty(QStringLiteral("national_standard"), Type::Boolean,
                    QStringLiteral("the national-standard share")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the school, and its closures, in areas")),
            } },
        { QStringLiteral("edu_school_days"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily open/closed report of each school: schools closed, closures by "
                           "cause, weather-closure alerts"),
            {
                requiredProperty(QStringLiteral("school_id"), Type::String,
                    QStringLiteral("the school (edu_schools id); places the report")),
                requiredProperty(
                    QStringLiteral("date"), Type::Date, QStringLiteral("the day reported")),
                requiredProperty(QStringLiteral("status"), Type::String,
                    QStringLiteral("closed schools are counted"),
                    { QStringLiteral("open"), QStringLiteral("closed") }),
                requiredProperty(QStringLiteral("cause"), Type::String,
                    QStringLiteral("closures by cause (null = other); the weather alert counts "
                                   "storm and flood"),
                    { QStringLiteral("storm"), QStringLiteral("flood"), QStringLiteral("other") }),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the weather-closure alerts by commune")),
            } },
    };
}

} // namespace ioc::education
