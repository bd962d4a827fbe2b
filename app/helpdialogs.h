#pragma once

#include <QString>

class QWidget;

namespace ioc::app {

// The Help menu's About box: version, where the cache lives, and the map data's credits
// (their licences require them).
void showAboutDialog(QWidget *parent, const QString &cacheDir);

// After a language is chosen: it takes effect at the next start (rebuilding every module's
// widgets live is not worth an operator's state; the layout is kept).
void explainLanguageChange(QWidget *parent);

} // namespace ioc::app
