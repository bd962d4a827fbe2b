#include "alertsound.h"

#include <QApplication>
#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>

namespace ioc::app {

namespace {
Q_LOGGING_CATEGORY(lcAlertSound, "ioc.alerts.sound")
}

AlertSound::AlertSound(QObject *parent)
    : QObject(parent)
    , m_effect(new QSoundEffect(this))
{
    m_effect->setSource(defaultSource());
    m_effect->setVolume(1.0);
}

QUrl AlertSound::defaultSource()
{
    return QUrl(QStringLiteral("qrc:/sounds/critical-alert.wav"));
}

QUrl AlertSound::source() const
{
    return m_effect->source();
}

bool AlertSound::chimeReady() const
{
    // A loaded chime with nowhere to go (no sound server) would play into silence.
    return m_effect->status() == QSoundEffect::Ready
        && !QMediaDevices::defaultAudioOutput().isNull();
}

void AlertSound::play()
{
    if (chimeReady()) {
        m_effect->play();
        return;
    }
    if (!m_fallbackLogged && m_effect->status() != QSoundEffect::Loading) {
        qCInfo(lcAlertSound) << "no audio output for the alert chime; using the system beep";
        m_fallbackLogged = true;
    }
    QApplication::beep();
}

} // namespace ioc::app
