#include "education/educationmodule.h"

#include "education/educationdashboard.h"
#include "education/educationdatacontract.h"
#include "education/tr.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::education {

EducationModule::EducationModule()
    : DashboardModule(
        {
            QStringLiteral("education"),
            QT_TRANSLATE_NOOP("ioc::modules", "Education & training"),
            QStringLiteral(":/modules/education/icon.svg"),
            QColor(QStringLiteral("#6741d9")),
            { QStringLiteral("edu_schools"), QStringLiteral("edu_school_days") },
        },
        std::make_shared<EducationDashboard>())
{ }

QList<core::Migration> EducationModule::cacheMigrations() const
{
    return educationCacheMigrations();
}

QList<core::CollectionContract> EducationModule::dataContract() const
{
    return educationDataContract();
}

QList<core::RecordTableModel::PropertyColumn> EducationModule::recordColumns() const
{
    const QHash<QString, QString> levels {
        { QStringLiteral("preschool"), Tr::tr("Preschool") },
        { QStringLiteral("primary"), Tr::tr("Primary") },
        { QStringLiteral("lower_secondary"), Tr::tr("Lower secondary") },
        { QStringLiteral("upper_secondary"), Tr::tr("Upper secondary") },
        { QStringLiteral("multi_level"), Tr::tr("Multi-level") },
    };
    const QHash<QString, QString> statuses {
        { QStringLiteral("open"), Tr::tr("Open") },
        { QStringLiteral("closed"), Tr::tr("Closed") },
    };
    const QHash<QString, QString> causes {
        { QStringLiteral("storm"), Tr::tr("Storm") },
        { QStringLiteral("flood"), Tr::tr("Flood") },
        { QStringLiteral("other"), Tr::tr("Other cause") },
    };
    return {
        { QStringLiteral("level"), Tr::tr("Level"), levels },
        { QStringLiteral("students"), Tr::tr("Students"), {} },
        { QStringLiteral("teachers"), Tr::tr("Teachers"), {} },
        { QStringLiteral("classes"), Tr::tr("Classes"), {} },
        { QStringLiteral("date"), Tr::tr("Date"), {} },
        { QStringLiteral("status"), Tr::tr("Status"), statuses },
        { QStringLiteral("cause"), Tr::tr("Cause"), causes },
        { QStringLiteral("unit_code"), Tr::tr("Unit"), {} },
    };
}

} // namespace ioc::education
