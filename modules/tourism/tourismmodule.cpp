#include "tourism/tourismmodule.h"

#include "tourism/tourismdashboard.h"
#include "tourism/tourismdatacontract.h"

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
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ioc::tourism::TourismModule", text);
    };
    const QHash<QString, QString> kinds {
        { QStringLiteral("hotel"), tr("Hotel") },
        { QStringLiteral("guesthouse"), tr("Guesthouse") },
        { QStringLiteral("homestay"), tr("Homestay") },
        { QStringLiteral("resort"), tr("Resort") },
        { QStringLiteral("beach"), tr("Beach") },
        { QStringLiteral("heritage"), tr("Heritage site") },
        { QStringLiteral("nature"), tr("Nature") },
        { QStringLiteral("spiritual"), tr("Spiritual site") },
    };
    return {
        { QStringLiteral("kind"), tr("Kind"), kinds },
        { QStringLiteral("rooms"), tr("Rooms"), {} },
        { QStringLiteral("date"), tr("Date"), {} },
        { QStringLiteral("rooms_occupied"), tr("Rooms occupied"), {} },
        { QStringLiteral("guests"), tr("Guests"), {} },
        { QStringLiteral("international_guests"), tr("Foreign guests"), {} },
        { QStringLiteral("month"), tr("Month"), {} },
        { QStringLiteral("visitors"), tr("Visitors"), {} },
        { QStringLiteral("unit_code"), tr("Unit"), {} },
    };
}

} // namespace ioc::tourism
