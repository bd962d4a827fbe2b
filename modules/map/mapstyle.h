#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace ioc::map {

// Colours and fonts of the basemap and overlays. Two presets: light for offices,
// dark for the control-room wall (low luminance, no pure white, so it does not glare).
struct MapStyle
{
    enum class Kind { Light, Dark };
    Kind kind = Kind::Light;
    QString name;

    QColor sea;
    QColor land;           // land outside the province
    QColor foreignLand;    // neighbouring countries (Laos, ...)
    QColor province;       // the province's own fill, so it stands out
    QColor provinceOutline;
    QColor districtLine;
    QColor neighbourLine;
    QColor coastline;
    QColor river;
    QColor settlement;
    QColor text;
    QColor textMuted;
    QColor halo;           // outline around label text for legibility on any fill
    QColor seaText;
    QColor controlBg;      // scale bar, attribution, coordinates readout backgrounds
    QColor controlFg;
    QColor inlandWater;
    QString fontFamily;

    static MapStyle light();
    static MapStyle dark();
    static MapStyle forKind(Kind k) { return k == Kind::Dark ? dark() : light(); }
};

} // namespace ioc::map
