#pragma once

#include "app/health/ServiceHealth.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace cc::health {
class HealthMonitor;
}

namespace cc::ui {

// A desktop notification (system tray) when a service changes state after its first answer, unless the user
// muted them (QSettings "console/healthNotificationsMuted"). Without a system tray nothing is shown, but the
// last notification is still kept for the dashboard and tests.
class HealthNotifier : public QObject {
    Q_OBJECT

public:
    static inline const QString kMutedKey = QStringLiteral("console/healthNotificationsMuted");

    explicit HealthNotifier(health::HealthMonitor& monitor, QObject* parent = nullptr);
    ~HealthNotifier() override;

    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    bool hasTray() const { return m_tray != nullptr; }
    int notificationCount() const { return m_count; }
    const QString& lastTitle() const { return m_lastTitle; }
    const QString& lastMessage() const { return m_lastMessage; }

signals:
    void notified(const QString& title, const QString& message);

private:
    void onStateChanged(const health::ServiceHealth& health, health::HealthState from);

    QSystemTrayIcon* m_tray = nullptr;
    bool m_muted = false;
    int m_count = 0;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace cc::ui
