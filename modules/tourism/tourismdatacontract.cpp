#include "tourism/tourismdatacontract.h"

namespace ioc::tourism {

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

QList<core::CollectionContract> tourismDataContract()
{
    return {
        { QStringLiteral("tour_establishments"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Accommodation establishments: rooms, the establishment map, the area "
                           "their guests count in"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("name in tooltips and alert messages")),
                optional(QStringLiteral("kind"), Type::String, QStringLiteral("Records column"),
                    { QStringLiteral("hotel"), QStringLiteral("guesthouse"),
                        QStringLiteral("homestay"), QStringLiteral("resort") }),
                required(QStringLiteral("rooms"), Type::Number,
                    QStringLiteral("registered rooms, summed: the Rooms figure")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the establishment, and its stays, in areas")),
            } },
        { QStringLiteral("tour_occupancy"), true, CollectionContract::Geometry::None,
            QStringLiteral("Daily rooms, occupied rooms and guests of each establishment: "
                           "occupancy, guests, foreign guests, occupancy alerts"),
            {
                required(QStringLiteral("establishment_id"), Type::String,
                    QStringLiteral("the establishment (tour_establishments id); places the "
                                   "row")),
                required(QStringLiteral("date"), Type::Date,
                    QStringLiteral("the day reported; Records column")),
                required(QStringLiteral("rooms"), Type::Number,
                    QStringLiteral("rooms available that day, summed")),
                required(QStringLiteral("rooms_occupied"), Type::Number,
                    QStringLiteral("rooms occupied, summed")),
                required(QStringLiteral("guests"), Type::Number,
                    QStringLiteral("guests registered, summed")),
                required(QStringLiteral("international_guests"), Type::Number,
                    QStringLiteral("foreign guests declared, summed")),
                required(QStringLiteral("occupancy_rate"), Type::Number,
                    QStringLiteral("occupancy % the surge alert compares with 95")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("groups the surge alerts by commune")),
            } },
        { QStringLiteral("tour_attractions"), false, CollectionContract::Geometry::Point,
            QStringLiteral("Attractions: visitors by attraction, the attraction map"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("attraction name in the chart and tooltips")),
                optional(QStringLiteral("kind"), Type::String, QStringLiteral("Records column"),
                    { QStringLiteral("beach"), QStringLiteral("heritage"), QStringLiteral("nature"),
                        QStringLiteral("spiritual") }),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the former district it lies in: which attractions an area "
                                   "shows")),
            } },
        { QStringLiteral("tour_arrivals"), true, CollectionContract::Geometry::None,
            QStringLiteral("Monthly visitors of the province and of each attraction: visitors, "
                           "overnight and international visitors"),
            {
                required(QStringLiteral("month"), Type::String,
                    QStringLiteral("the month (YYYY-MM); Records column")),
                required(QStringLiteral("attraction_id"), Type::String,
                    QStringLiteral("the attraction (tour_attractions id); null = the province "
                                   "total")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("former district of the attraction: visitors of a smaller "
                                   "area")),
                required(
                    QStringLiteral("visitors"), Type::Number, QStringLiteral("visitors, summed")),
                required(QStringLiteral("overnight_visitors"), Type::Number,
                    QStringLiteral("overnight visitors, summed")),
                required(QStringLiteral("international_visitors"), Type::Number,
                    QStringLiteral("international visitors, summed: the international share")),
                optional(QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
    };
}

} // namespace ioc::tourism
