#include "core/layoutseal.h"

#include <QCryptographicHash>

namespace ioc::core {

namespace {

// "IOC layout, seal 1": changes if the seal's layout ever does.
constexpr char kMarker[] = "IOCL\x01";
constexpr qsizetype kMarkerSize = sizeof(kMarker) - 1;
constexpr qsizetype kHashSize = 32; // SHA-256

QByteArray hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

QByteArray sealLayoutBytes(const QByteArray &bytes)
{
    QByteArray sealed;
    sealed.reserve(kMarkerSize + kHashSize + bytes.size());
    sealed.append(kMarker, kMarkerSize);
    sealed.append(hashOf(bytes));
    sealed.append(bytes);
    return sealed;
}

bool looksSealed(const QByteArray &bytes)
{
    return bytes.size() >= kMarkerSize + kHashSize
        && QByteArrayView(bytes).first(kMarkerSize) == QByteArrayView(kMarker, kMarkerSize);
}

std::optional<QByteArray> unsealLayoutBytes(const QByteArray &sealed)
{
    if (!looksSealed(sealed))
        return std::nullopt;
    const QByteArrayView view(sealed);
    const QByteArrayView hash = view.sliced(kMarkerSize, kHashSize);
    const QByteArrayView bytes = view.sliced(kMarkerSize + kHashSize);
    if (hashOf(bytes) != hash)
        return std::nullopt;
    return bytes.toByteArray();
}

} // namespace ioc::core
