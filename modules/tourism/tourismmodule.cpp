#include "tourism/tourismmodule.h"

#include "tourism/tourismdashboard.h"
#include "tourism/tourismdatacontract.h"
#include "tourism/tr.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::tourism {

TourismModule::TourismModule()
    : DashboardModule(
        {
            QStringLiteral("tourism"),
            QT_TRANSLATE_NOOP("ioc::modules", "Smart tourism & accommodation"),
            QStringLiteral(":/modules/tourism/icon.svg"),
            QColor(QStringLiteral("#0b7285")),
            { QStringLiteral("tour_establishments"), QStringLiteral("tour_occupancy"),
                QStringLiteral("tour_attractions"), QStringLiteral("tour_arrivals") },
        },
        std::make_shared<TourismDashboard>())
{ }

QList<core::Migration> TourismModule::cacheMigrations() const
{
    return tourismCacheMigrations();
}

QList<core::CollectionContract> TourismModule::dataContract() const
{
    return tourismDataContract();
}

QList<core::RecordTableModel::PropertyColumn> TourismModule::recordColumns() const
{
    const QHash<QString, QString> kinds {
        { QStringLiteral("hotel"), Tr::tr("Hotel") },
        { QStringLiteral("guesthouse"), Tr::tr("Guesthouse") },
        { QStringLiteral("homestay"), Tr::tr("Homestay") },
        { QStringLiteral("resort"), Tr::tr("Resort") },
        { QStringLiteral("beach"), Tr::tr("Beach") },
        { QStringLiteral("heritage"), Tr::tr("Heritage site") },
        { QStringLiteral("nature"), Tr::tr("Nature") },
        { QStringLiteral("spiritual"), Tr::tr("Spiritual site") },
    };
    return {
        { QStringLiteral("kind"), Tr::tr("Kind"), kinds },
        { QStringLiteral("rooms"), Tr::tr("Rooms"), {} },
        { QStringLiteral("date"), Tr::tr("Date"), {} },
        { QStringLiteral("rooms_occupied"), Tr::tr("Rooms occupied"), {} },
        { QStringLiteral("guests"), Tr::tr("Guests"), {} },
        { QStringLiteral("international_guests"), Tr::tr("Foreign guests"), {} },
        { QStringLiteral("month"), Tr::tr("Month"), {} },
        { QStringLiteral("visitors"), Tr::tr("Visitors"), {} },
        { QStringLiteral("unit_code"), Tr::tr("Unit"), {} },
    };
}

} // namespace ioc::tourism
