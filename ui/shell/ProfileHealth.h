#pragma once

#include "app/core/Profile.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace cc {
class Clock;
class LiveChanges;
class UserWorkspace;
} // namespace cc
namespace cc::auth {
class KeychainSecretStore;
class Session;
} // namespace cc::auth
namespace cc::net {
class ApiClient;
}
namespace cc::health {
class HealthHistoryService;
class HealthMonitor;
class QtHealthScheduler;
class RealtimeHealthCheck;
} // namespace cc::health

namespace cc::ui {

class HealthDashboardPage;
class HealthNotifier;

// The health of the profile in use, for the Health page: one monitor whose checks follow the profile (REST,
// Auth, e-mail, the backend's /health, the local cache, the keychain, the session's token, realtime), its
// history in the profile's own file, and the tray notifier. The backend checks work signed out too (they use
// the project's key); once a user is signed in, the API client's live metrics of that user's workspace are
// merged in, and the realtime check reads the workspace's socket.
class ProfileHealth : public QObject {
    Q_OBJECT

public:
    ProfileHealth(const Clock& clock, auth::KeychainSecretStore& keychain, QObject* parent = nullptr);
    ~ProfileHealth() override;

    HealthDashboardPage* page() const { return m_page; }
    health::HealthMonitor& monitor() const { return *m_monitor; }
    health::HealthHistoryService* history() const { return m_history.get(); }

    // The profile in use; `signInClient` carries its services (no user token) and outlives the checks.
    void setProfile(const std::optional<Profile>& profile, net::ApiClient* signInClient,
                    auth::Session* session);
    // The signed-in user's workspace (nullptr at sign-out): its client's metrics, cache and socket.
    void setWorkspace(UserWorkspace* workspace, LiveChanges* live);

private:
    const Clock& m_clock;
    auth::KeychainSecretStore& m_keychain;
    std::unique_ptr<health::QtHealthScheduler> m_scheduler;
    std::unique_ptr<health::HealthMonitor> m_monitor;
    std::unique_ptr<health::HealthHistoryService> m_history;
    HealthNotifier* m_notifier = nullptr;
    HealthDashboardPage* m_page = nullptr;
    health::RealtimeHealthCheck* m_realtime = nullptr;
    net::ApiClient* m_signInClient = nullptr;
    QPointer<auth::Session> m_session;
    QPointer<UserWorkspace> m_workspace;
    QPointer<LiveChanges> m_live;
    qint64 m_connectingSinceMs = 0; // monotonic: when the socket last began connecting
};

} // namespace cc::ui
