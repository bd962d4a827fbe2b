#include "documents/documentsmodule.h"

#include <QtGlobal>

namespace ioc::documents {

DocumentsModule::DocumentsModule()
    : RecordBrowserModule({
        QStringLiteral("documents"),
        QT_TRANSLATE_NOOP("ioc::modules", "Documents & operations"),
        QStringLiteral(":/modules/documents/icon.svg"),
        QColor(QStringLiteral("#8a5a2b")),
        { QStringLiteral("doc_agencies"), QStringLiteral("doc_documents"),
            QStringLiteral("doc_tasks") },
    })
{ }

} // namespace ioc::documents
