#pragma once

#include "ui/uimodule.h"

namespace ioc::publicservices {

class PublicServicesModule final : public ui::RecordBrowserModule
{
public:
    PublicServicesModule();
};

} // namespace ioc::publicservices
