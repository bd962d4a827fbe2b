#pragma once

#include "ui/uimodule.h"

namespace ioc::documents {

class DocumentsModule final : public ui::RecordBrowserModule
{
public:
    DocumentsModule();
};

} // namespace ioc::documents
