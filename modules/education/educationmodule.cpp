#include "education/educationmodule.h"

#include "education/educationdashboard.h"
#include "education/educationdatacontract.h"

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
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ioc::education::EducationModule", text);
    };
    const QHash<QString, QString> levels {
        { QStringLiteral("preschool"), tr("Preschool") },
        { QStringLiteral("primary"), tr("Primary") },
        { QStringLiteral("lower_secondary"), tr("Lower secondary") },
        { QStringLiteral("upper_secondary"), tr("Upper secondary") },
        { QStringLiteral("multi_level"), tr("Multi-level") },
    };
    const QHash<QString, QString> statuses {
        { QStringLiteral("open"), tr("Open") },
        { QStringLiteral("closed"), tr("Closed") },
    };
    const QHash<QString, QString> causes {
        { QStringLiteral("storm"), tr("Storm") },
        { QStringLiteral("flood"), tr("Flood") },
        { QStringLiteral("other"), tr("Other cause") },
    };
    return {
        { QStringLiteral("level"), tr("Level"), levels },
        { QStringLiteral("students"), tr("Students"), {} },
        { QStringLiteral("teachers"), tr("Teachers"), {} },
        { QStringLiteral("classes"), tr("Classes"), {} },
        { QStringLiteral("date"), tr("Date"), {} },
        { QStringLiteral("status"), tr("Status"), statuses },
        { QStringLiteral("cause"), tr("Cause"), causes },
        { QStringLiteral("unit_code"), tr("Unit"), {} },
    };
}

} // namespace ioc::education
