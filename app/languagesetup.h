#pragma once

#include <QString>

namespace ioc::app {

// Installs the translators for a UI language ("vi", "en", "ja") on the application and
// sets the default QLocale (numbers, dates). Calling it again replaces the previous
// language. English is the source language and needs no translator.
// Returns false if the language's translation could not be loaded.
bool installLanguage(const QString &language);

// The language in force: --language, else the saved choice, else Vietnamese.
QString chooseLanguage(const QString &fromCommandLine);

} // namespace ioc::app
