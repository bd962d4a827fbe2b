#include "health/healthdatacontract.h"

namespace ioc::health {

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

QList<core::CollectionContract> healthDataContract()
{
    return {
        { QStringLiteral("health_facilities"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Hospitals, regional medical centres and commune stations: beds, the "
                           "facility map, the area their occupancy counts in"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("facility name: chart series, tooltips, alert messages, the "
                                   "Facility tab")),
                optional(QStringLiteral("kind"), Type::String,
                    QStringLiteral("hospitals vs commune stations: the largest-hospitals chart, "
                                   "map layers; Records column"),
                    { QStringLiteral("general_hospital"), QStringLiteral("specialist_hospital"),
                        QStringLiteral("district_medical_centre"),
                        QStringLiteral("commune_health_station") }),
                required(QStringLiteral("beds"), Type::Integer,
                    QStringLiteral("registered beds, summed: the Beds figure")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the facility, and its occupancy, in areas")),
                optional(QStringLiteral("national_standard"), Type::Boolean,
                    QStringLiteral("stations coloured by national-standard status; tooltips, "
                                   "the Facility tab")),
            } },
        { QStringLiteral("health_occupancy"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily beds and occupied beds of each hospital: occupancy, inpatients, "
                           "over capacity, occupancy alerts"),
            {
                required(QStringLiteral("facility_id"), Type::String,
                    QStringLiteral("the facility (health_facilities id); places the row")),
                required(QStringLiteral("date"), Type::Date, QStringLiteral("the day reported")),
                required(QStringLiteral("beds"), Type::Number,
                    QStringLiteral("beds available that day, summed")),
                required(QStringLiteral("occupied"), Type::Number,
                    QStringLiteral("occupied beds, summed")),
                required(QStringLiteral("occupancy_rate"), Type::Number,
                    QStringLiteral("occupancy % the occupancy alerts compare with 90 and 100")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the row's alerts in their area")),
            } },
        { QStringLiteral("health_cases"), true, CollectionContract::Geometry::None,
            QStringLiteral("Weekly notifiable-disease cases by commune: case counts, the anomaly "
                           "band, the cases map, spike alerts"),
            {
                required(QStringLiteral("disease"), Type::String,
                    QStringLiteral("the disease selector, cases by disease, spike series"),
                    { QStringLiteral("dengue"), QStringLiteral("hfmd"), QStringLiteral("influenza"),
                        QStringLiteral("diarrhoea"), QStringLiteral("measles"),
                        QStringLiteral("covid19") }),
                required(QStringLiteral("week_start"), Type::Date,
                    QStringLiteral("Monday of the week: dates the count and the era of its "
                                   "unit")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit, weighted into areas")),
                required(QStringLiteral("cases"), Type::Number,
                    QStringLiteral("cases reported, summed")),
                optional(QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("health_vaccination"), true, CollectionContract::Geometry::None,
            QStringLiteral("Monthly vaccination by unit: coverage against the 95 % target, "
                           "low-coverage alerts"),
            {
                required(QStringLiteral("month"), Type::String,
                    QStringLiteral("the month (YYYY-MM): dates the figures and the era of their "
                                   "unit")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit, weighted into areas")),
                required(QStringLiteral("vaccinated"), Type::Number,
                    QStringLiteral("people vaccinated, summed")),
                required(QStringLiteral("target_population"), Type::Number,
                    QStringLiteral("people to vaccinate, summed: coverage = vaccinated / "
                                   "target")),
                required(QStringLiteral("vaccine"), Type::String,
                    QStringLiteral("the low-coverage alert's message and identity")),
                required(QStringLiteral("coverage_pct"), Type::Number,
                    QStringLiteral("coverage % the low-coverage alert compares with 85; Records "
                                   "column")),
            } },
    };
}

} // namespace ioc::health
