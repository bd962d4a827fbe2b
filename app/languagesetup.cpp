#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace ioc::app {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

bool installLanguage(const QString &language)
{
    auto &translators = installedTranslators();
    for (const auto &translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();

    QLocale::setDefault(QLocale(language));
    // English is the source language; its file holds only the plural forms ("1 action",
    // "3 actions"), which the source text "%n action(s)" cannot spell.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/ioc_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    translators.push_back(std::move(own));
    if (language == QLatin1String("en"))
        return true;

    // Qt's own strings (standard buttons, dialogs) where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    return true;
}

QString chooseLanguage(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1String("vi") || saved == QLatin1String("en")
        || saved == QLatin1String("ja"))
        return saved;
    return QStringLiteral("vi");
}

} // namespace ioc::app
