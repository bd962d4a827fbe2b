#include "map/mapstyle.h"

namespace ioc::map {

MapStyle MapStyle::light()
{
    MapStyle s;
    s.kind = Kind::Light;
    s.name = QStringLiteral("light");
    s.sea = QColor(0xa8, 0xcd, 0xe6);
    s.land = QColor(0xe9, 0xe5, 0xdc);
    s.foreignLand = QColor(0xdd, 0xd9, 0xd0);
    s.province = QColor(0xfb, 0xf8, 0xef);
    s.provinceOutline = QColor(0x8a, 0x4f, 0x9e);
    s.districtLine = QColor(0xa0, 0x8c, 0xb4);
    s.neighbourLine = QColor(0x9a, 0x94, 0x8a);
    s.coastline = QColor(0x5f, 0x94, 0xbd);
    s.river = QColor(0x6f, 0xa8, 0xdc);
    s.settlement = QColor(0x55, 0x55, 0x55);
    s.text = QColor(0x22, 0x22, 0x22);
    s.textMuted = QColor(0x6b, 0x66, 0x60);
    s.halo = QColor(255, 255, 255, 220);
    s.seaText = QColor(0x3f, 0x6e, 0x98);
    s.controlBg = QColor(255, 255, 255, 200);
    s.controlFg = QColor(0x20, 0x20, 0x20);
    s.inlandWater = s.sea;
    s.fontFamily = QStringLiteral("Noto Sans");
    return s;
}

MapStyle MapStyle::dark()
{
    MapStyle s;
    s.kind = Kind::Dark;
    s.name = QStringLiteral("dark");
    s.sea = QColor(0x0b, 0x16, 0x22);
    s.land = QColor(0x1c, 0x22, 0x2b);
    s.foreignLand = QColor(0x17, 0x1b, 0x21);
    s.province = QColor(0x25, 0x2e, 0x3a);
    s.provinceOutline = QColor(0xc0, 0x8a, 0xe0);
    s.districtLine = QColor(0x6c, 0x62, 0x86);
    s.neighbourLine = QColor(0x4a, 0x50, 0x5a);
    s.coastline = QColor(0x3b, 0x6d, 0x94);
    s.river = QColor(0x2f, 0x5f, 0x8c);
    s.settlement = QColor(0xa8, 0xb2, 0xbe);
    s.text = QColor(0xd6, 0xdd, 0xe6);
    s.textMuted = QColor(0x86, 0x90, 0x9c);
    s.halo = QColor(0x0b, 0x10, 0x16, 220);
    s.seaText = QColor(0x5f, 0x8f, 0xbb);
    s.controlBg = QColor(0x10, 0x16, 0x1e, 210);
    s.controlFg = QColor(0xd6, 0xdd, 0xe6);
    s.inlandWater = s.sea;
    s.fontFamily = QStringLiteral("Noto Sans");
    return s;
}

} // namespace ioc::map
