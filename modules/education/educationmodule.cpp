#include "education/educationmodule.h"

#include <QtGlobal>

namespace ioc::education {

EducationModule::EducationModule()
    : RecordBrowserModule({
        QStringLiteral("education"),
        QT_TRANSLATE_NOOP("ioc::modules", "Education & training"),
        QStringLiteral(":/modules/education/icon.svg"),
        QColor(QStringLiteral("#6741d9")),
        { QStringLiteral("edu_schools"), QStringLiteral("edu_school_days") },
    })
{ }

} // namespace ioc::education
