#include "health/healthdatacontract.h"

namespace ioc::health {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> healthDataContract()
{
    return {
        { QStringLiteral("health_facilities"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Hospitals, regional medical centres and commune stations: beds, the "
                           "facility map, the area their occupancy counts in"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("facility name: chart series, tooltips, alert messages, the "
                                   "Facility tab")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("hospitals vs commune stations: the largest-hospitals chart, "
                                   "map layers; Records column"),
                    { QStringLiteral("general_hospital"), QStringLiteral("specialist_hospital"),
                        QStringLiteral("district_medical_centre"),
                        QStringLiteral("commune_health_station") }),
                requiredProperty(QStringLiteral("beds"), Type::Integer,
                    QStringLiteral("registered beds, summed: the Beds figure")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the facility, and its occupancy, in areas")),
                optionalProperty(QStringLiteral("national_standard"), Type::Boolean,
                    QStringLiteral("stations coloured by national-standard status; tooltips, "
                                   "the Facility tab")),
            } },
        { QStringLiteral("health_occupancy"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily beds and occupied beds of each hospital: occupancy, inpatients, "
                           "over capacity, occupancy alerts"),
            {
                requiredProperty(QStringLiteral("facility_id"), Type::String,
                    QStringLiteral("the facility (health_facilities id); places the row")),
                requiredProperty(
                    QStringLiteral("date"), Type::Date, QStringLiteral("the day reported")),
                requiredProperty(QStringLiteral("beds"), Type::Number,
                    QStringLiteral("beds available that day, summed")),
                requiredProperty(QStringLiteral("occupied"), Type::Number,
                    QStringLiteral("occupied beds, summed")),
                requiredProperty(QStringLiteral("occupancy_rate"), Type::Number,
                    QStringLiteral("occupancy % the occupancy alerts compare with 90 and 100")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the row's alerts in their area")),
            } },
        { QStringLiteral("health_cases"), true, CollectionContract::Geometry::None,
            QStringLiteral("Weekly notifiable-disease cases by commune: case counts, the anomaly "
                           "band, the cases map, spike alerts"),
            {
                requiredProperty(QStringLiteral("disease"), Type::String,
                    QStringLiteral("the disease selector, cases by disease, spike series"),
                    { QStringLiteral("dengue"), QStringLiteral("hfmd"), QStringLiteral("influenza"),
                        QStringLiteral("diarrhoea"), QStringLiteral("measles"),
                        QStringLiteral("covid19") }),
                requiredProperty(QStringLiteral("week_start"), Type::Date,
                    QStringLiteral("Monday of the week: dates the count and the era of its "
                                   "unit")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit, weighted into areas")),
                requiredProperty(QStringLiteral("cases"), Type::Number,
                    QStringLiteral("cases reported, summed")),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("health_vaccination"), true, CollectionContract::Geometry::None,
            QStringLiteral("Monthly vaccination by unit: coverage against the 95 % target, "
                           "low-coverage alerts"),
            {
                requiredProperty(QStringLiteral("month"), Type::String,
                    QStringLiteral("the month (YYYY-MM): dates the figures and the era of their "
                                   "unit")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit, weighted into areas")),
                requiredProperty(QStringLiteral("vaccinated"), Type::Number,
                    QStringLiteral("people vaccinated, summed")),
                requiredProperty(QStringLiteral("target_population"), Type::Number,
                    QStringLiteral("people to vaccinate, summed: coverage = vaccinated / "
                                   "target")),
                requiredProperty(QStringLiteral("vaccine"), Type::String,
                    QStringLiteral("the low-coverage alert's message and identity")),
                requiredProperty(QStringLiteral("coverage_pct"), Type::Number,
                    QStringLiteral("coverage % the low-coverage alert compares with 85; Records "
                                   "column")),
            } },
    };
}

} // namespace ioc::health
