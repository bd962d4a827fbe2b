#include "tourism/tourismmodule.h"

#include <QtGlobal>

namespace ioc::tourism {

TourismModule::TourismModule()
    : RecordBrowserModule({
        QStringLiteral("tourism"),
        QT_TRANSLATE_NOOP("ioc::modules", "Smart tourism & accommodation"),
        QStringLiteral(":/modules/tourism/icon.svg"),
        QColor(QStringLiteral("#0b7285")),
        { QStringLiteral("tour_establishments"), QStringLiteral("tour_occupancy"),
            QStringLiteral("tour_attractions"), QStringLiteral("tour_arrivals") },
    })
{ }

} // namespace ioc::tourism
