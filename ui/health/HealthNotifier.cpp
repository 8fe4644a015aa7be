#include "ui/health/HealthNotifier.h"

#include "app/health/HealthMonitor.h"
#include "ui/health/HealthPalette.h"
#include "ui/shell/UiSettings.h"

#include <QSettings>
#include <QSystemTrayIcon>

namespace cc::ui {

using health::HealthState;

HealthNotifier::HealthNotifier(health::HealthMonitor& monitor, QObject* parent)
    : QObject(parent) {
    m_muted = UiSettings::open()->value(kMutedKey, false).toBool();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(HealthPalette::icon(monitor.overall().state, 22), this);
        m_tray->setToolTip(tr("Campaign Console: service health"));
        connect(&monitor, &health::HealthMonitor::serviceUpdated, this,
                [this, &monitor] { m_tray->setIcon(HealthPalette::icon(monitor.overall().state, 22)); });
        m_tray->show();
    }
    connect(&monitor, &health::HealthMonitor::stateChanged, this, &HealthNotifier::onStateChanged);
}

HealthNotifier::~HealthNotifier() = default;

void HealthNotifier::setMuted(bool muted) {
    m_muted = muted;
    auto settings = UiSettings::open();
    settings->setValue(kMutedKey, muted);
    settings->sync();
}

void HealthNotifier::onStateChanged(const health::ServiceHealth& health, HealthState from) {
    // The first answer after start-up is not news; neither is "checking".
    if (from == HealthState::Unknown || health.state == HealthState::Unknown || m_muted) {
        return;
    }
    const QString title =
        tr("%1 is %2").arg(health.title, health::HealthStates::label(health.state).toLower());
    QString message =
        health.state == HealthState::Healthy
            ? tr("%1 works again (it was %2).").arg(health.title, health::HealthStates::label(from).toLower())
            : (health.reason.isEmpty() ? health.summary : health.reason);
    ++m_count;
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray) {
        const auto icon = health.state == HealthState::Healthy    ? QSystemTrayIcon::Information
                          : health.state == HealthState::Degraded ? QSystemTrayIcon::Warning
                                                                  : QSystemTrayIcon::Critical;
        m_tray->showMessage(title, message, icon, 10'000);
    }
    emit notified(title, message);
}

} // namespace cc::ui
