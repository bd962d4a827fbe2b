#pragma once

#include "core/datacontract.h"

namespace ioc::documents {

// What the documents module reads from doc_agencies, doc_documents, doc_tasks and
// op_directives (DocumentsDashboard, its projections, the directive dialog, the Records columns
// and the alert rules).
QList<core::CollectionContract> documentsDataContract();

} // namespace ioc::documents
