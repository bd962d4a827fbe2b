#include "tourism/tourismdatacontract.h"

namespace ioc::tourism {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> tourismDataContract()
{
    return {
        { QStringLiteral("tour_establishments"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Accommodation establishments: rooms, the establishment map, the area "
                           "their guests count in"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("name in tooltips and alert messages")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("Records column"),
                    { QStringLiteral("hotel"), QStringLiteral("guesthouse"),
                        QStringLiteral("homestay"), QStringLiteral("resort") }),
                requiredProperty(QStringLiteral("rooms"), Type::Number,
                    QStringLiteral("registered rooms, summed: the Rooms figure")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the establishment, and its stays, in areas")),
            } },
        { QStringLiteral("tour_occupancy"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily rooms, occupied rooms and guests of each establishment: "
                           "occupancy, guests, foreign guests, occupancy alerts"),
            {
                requiredProperty(QStringLiteral("establishment_id"), Type::String,
                    QStringLiteral("the establishment (tour_establishments id); places the "
                                   "row")),
                requiredProperty(QStringLiteral("date"), Type::Date,
                    QStringLiteral("the day reported; Records column")),
                requiredProperty(QStringLiteral("rooms"), Type::Number,
                    QStringLiteral("rooms available that day, summed")),
                requiredProperty(QStringLiteral("rooms_occupied"), Type::Number,
                    QStringLiteral("rooms occupied, summed")),
                requiredProperty(QStringLiteral("guests"), Type::Number,
                    QStringLiteral("guests registered, summed")),
                requiredProperty(QStringLiteral("international_guests"), Type::Number,
                    QStringLiteral("foreign guests declared, summed")),
                requiredProperty(QStringLiteral("occupancy_rate"), Type::Number,
                    QStringLiteral("occupancy % the surge alert compares with 95")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the surge alerts by commune")),
            } },
        { QStringLiteral("tour_attractions"), false, CollectionContract::Geometry::Point,
            QStringLiteral("Attractions: visitors by attraction, the attraction map"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("attraction name in the chart and tooltips")),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("Records column"),
                    { QStringLiteral("beach"), QStringLiteral("heritage"), QStringLiteral("nature"),
                        QStringLiteral("spiritual") }),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the former district it lies in: which attractions an area "
                                   "shows")),
            } },
        { QStringLiteral("tour_arrivals"), true, CollectionContract::Geometry::None,
            QStringLiteral("Monthly visitors of the province and of each attraction: visitors, "
                           "overnight and international visitors"),
            {
                requiredProperty(QStringLiteral("month"), Type::String,
                    QStringLiteral("the month (YYYY-MM); Records column")),
                requiredProperty(QStringLiteral("attraction_id"), Type::String,
                    QStringLiteral("the attraction (tour_attractions id); null = the province "
                                   "total")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("former district of the attraction: visitors of a smaller "
                                   "area")),
                requiredProperty(
                    QStringLiteral("visitors"), Type::Number, QStringLiteral("visitors, summed")),
                requiredProperty(QStringLiteral("overnight_visitors"), Type::Number,
                    QStringLiteral("overnight visitors, summed")),
                requiredProperty(QStringLiteral("international_visitors"), Type::Number,
                    QStringLiteral("international visitors, summed: the international share")),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
    };
}

} // namespace ioc::tourism
