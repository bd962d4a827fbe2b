#pragma once

#include "ui/uimodule.h"

namespace ioc::education {

class EducationModule final : public ui::RecordBrowserModule
{
public:
    EducationModule();
};

} // namespace ioc::education
