#include "helpdialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace ioc::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};
} // namespace

void showAboutDialog(QWidget *parent, const QString &cacheDir)
{
    QMessageBox::about(parent, Tr::tr("About IOC Desktop"),
        Tr::tr("<h3>IOC Desktop %1</h3>"
               "<p>Desktop client of the Intelligent Operations Center of Hà Tĩnh province.</p>"
               "<p>Local cache: %2</p>"
               "<p><small>Map data: Boundaries and places: Who's On First (CC0 / CC-BY), "
               "including data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). "
               "Neighbouring provinces, river names and places: Made with Natural Earth (public "
               "domain). Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel "
               "&amp; W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring "
               "countries: DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and "
               "simplified for this application.</small></p>")
            .arg(QCoreApplication::applicationVersion(),
                QDir::toNativeSeparators(cacheDir).toHtmlEscaped()));
}

void explainLanguageChange(QWidget *parent)
{
    QMessageBox::information(parent, Tr::tr("Language"),
        Tr::tr("The language will change the next time IOC Desktop starts. Your layout is kept."));
}

} // namespace ioc::app
