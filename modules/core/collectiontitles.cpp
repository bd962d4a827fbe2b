#include "core/collectiontitles.h"

#include <QCoreApplication>
#include <QHash>

namespace ioc::core {

namespace {

constexpr const char *kContext = "ioc::collections";

const QHash<QString, const char *> &titleSources()
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("admin_units"),
            QT_TRANSLATE_NOOP("ioc::collections", "Administrative units") },
        { QStringLiteral("admin_lineage"),
            QT_TRANSLATE_NOOP("ioc::collections", "Administrative reorganisation") },
        { QStringLiteral("op_acknowledgements"),
            QT_TRANSLATE_NOOP("ioc::collections", "Alert acknowledgements") },
        { QStringLiteral("op_notes"), QT_TRANSLATE_NOOP("ioc::collections", "Operator notes") },
        { QStringLiteral("op_directives"), QT_TRANSLATE_NOOP("ioc::collections", "Directives") },
        { QStringLiteral("se_indicators"), QT_TRANSLATE_NOOP("ioc::collections", "Indicators") },
        { QStringLiteral("se_observations"),
            QT_TRANSLATE_NOOP("ioc::collections", "Indicator figures") },
        { QStringLiteral("se_targets"), QT_TRANSLATE_NOOP("ioc::collections", "Plan targets") },
        { QStringLiteral("ps_offices"), QT_TRANSLATE_NOOP("ioc::collections", "One-stop offices") },
        { QStringLiteral("ps_dossiers"),
            QT_TRANSLATE_NOOP("ioc::collections", "Administrative dossiers") },
        { QStringLiteral("doc_agencies"), QT_TRANSLATE_NOOP("ioc::collections", "Agencies") },
        { QStringLiteral("doc_documents"), QT_TRANSLATE_NOOP("ioc::collections", "Documents") },
        { QStringLiteral("doc_tasks"), QT_TRANSLATE_NOOP("ioc::collections", "Assigned tasks") },
        { QStringLiteral("health_facilities"),
            QT_TRANSLATE_NOOP("ioc::collections", "Health facilities") },
        { QStringLiteral("health_occupancy"),
            QT_TRANSLATE_NOOP("ioc::collections", "Hospital bed occupancy") },
        { QStringLiteral("health_cases"), QT_TRANSLATE_NOOP("ioc::collections", "Disease cases") },
        { QStringLiteral("health_vaccination"),
            QT_TRANSLATE_NOOP("ioc::collections", "Vaccination") },
        { QStringLiteral("edu_schools"), QT_TRANSLATE_NOOP("ioc::collections", "Schools") },
        { QStringLiteral("edu_school_days"),
            QT_TRANSLATE_NOOP("ioc::collections", "Daily school attendance") },
        { QStringLiteral("tour_establishments"),
            QT_TRANSLATE_NOOP("ioc::collections", "Accommodation establishments") },
        { QStringLiteral("tour_occupancy"),
            QT_TRANSLATE_NOOP("ioc::collections", "Room occupancy") },
        { QStringLiteral("tour_attractions"),
            QT_TRANSLATE_NOOP("ioc::collections", "Tourist attractions") },
        { QStringLiteral("tour_arrivals"),
            QT_TRANSLATE_NOOP("ioc::collections", "Visitor arrivals") },
        { QStringLiteral("cam_cameras"), QT_TRANSLATE_NOOP("ioc::collections", "Cameras") },
        { QStringLiteral("cam_events"), QT_TRANSLATE_NOOP("ioc::collections", "Camera events") },
    };
    return titles;
}

} // namespace

QString collectionTitle(const QString &collection)
{
    const char *source = titleSources().value(collection);
    return source ? QCoreApplication::translate(kContext, source) : collection;
}

} // namespace ioc::core
