#include "settingsvalidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace ioc::app {

// Plain functions have no tr(): translate() with a literal context, which lupdate reads.
QString checkDataCenterUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "The data center address is not a valid URL. "
            "Expected e.g. https://ioc.hatinh.gov.vn/api");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "The data center address must start with https:// (or http:// on a "
            "closed network).");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "Do not put a user name or password in the address; use the token field.");
    return {};
}

QString checkToken(const QString &token)
{
    if (token.isEmpty())
        return {};
    for (const QChar c : token) {
        if (c.isSpace())
            return QCoreApplication::translate("ioc::app::SettingsValidation",
                "The token must not contain spaces or line breaks; paste it exactly "
                "as the data center issued it.");
    }
    return {};
}

QString checkInterval(int seconds)
{
    if (seconds < kMinIntervalSeconds || seconds > kMaxIntervalSeconds)
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "A sync interval must be between 10 seconds and 24 hours.");
    return {};
}

QString checkMbTilesFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate(
            "ioc::app::SettingsValidation", "The map file %1 does not exist.")
            .arg(path);
    if (!info.isFile())
        return QCoreApplication::translate(
            "ioc::app::SettingsValidation", "%1 is a folder, not an MBTiles file.")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate(
            "ioc::app::SettingsValidation", "The map file %1 cannot be read: %2")
            .arg(path, file.errorString());
    // Every SQLite 3 database (and so every MBTiles file) starts with this header.
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "%1 is not an MBTiles file (it is not an SQLite database).")
            .arg(path);
    return {};
}

QString checkTileUrlTemplate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(QString(trimmed)
                       .replace(QLatin1Char('{'), QLatin1Char('_'))
                       .replace(QLatin1Char('}'), QLatin1Char('_')),
        QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "The tile address must be an http(s) URL, e.g. "
            "https://tiles.example.vn/{z}/{x}/{y}.png");
    QStringList missing;
    for (const char *placeholder : { "{z}", "{x}", "{y}" }) {
        if (!trimmed.contains(QLatin1String(placeholder)))
            missing << QLatin1String(placeholder);
    }
    if (!missing.isEmpty())
        return QCoreApplication::translate(
            "ioc::app::SettingsValidation", "The tile address lacks %1; it needs {z}, {x} and {y}.")
            .arg(missing.join(QStringLiteral(", ")));
    return {};
}

QString checkHomeArea(double west, double south, double east, double north)
{
    if (west < -180 || east > 180 || south < -85 || north > 85)
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "The home area must lie within longitudes −180…180 and latitudes −85…85.");
    if (west >= east || south >= north)
        return QCoreApplication::translate("ioc::app::SettingsValidation",
            "The home area is empty: west must be less than east and south less "
            "than north.");
    return {};
}

QRectF parseHomeArea(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return {};
    }
    if (!checkHomeArea(v[0], v[1], v[2], v[3]).isEmpty())
        return {};
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

QString formatHomeArea(double west, double south, double east, double north)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(west, 0, 'f', 5)
        .arg(south, 0, 'f', 5)
        .arg(east, 0, 'f', 5)
        .arg(north, 0, 'f', 5);
}

} // namespace ioc::app
