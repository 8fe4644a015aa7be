#include "ui/shell/ProfileHealth.h"

#include "app/auth/KeychainSecretStore.h"
#include "app/auth/Session.h"
#include "app/data/CampaignCache.h"
#include "app/health/CacheHealthCheck.h"
#include "app/health/HealthHistory.h"
#include "app/health/HealthHistoryService.h"
#include "app/health/HealthMonitor.h"
#include "app/health/HealthScheduler.h"
#include "app/health/KeychainHealthCheck.h"
#include "app/health/RealtimeHealthCheck.h"
#include "app/health/StandardChecks.h"
#include "app/health/TokenExpiryCheck.h"
#include "app/realtime/RealtimeClient.h"
#include "app/workspace/LiveChanges.h"
#include "app/workspace/UserWorkspace.h"
#include "ui/health/HealthDashboardPage.h"
#include "ui/health/HealthNotifier.h"

namespace cc::ui {

ProfileHealth::ProfileHealth(const Clock& clock, auth::KeychainSecretStore& keychain, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_keychain(keychain)
    , m_scheduler(std::make_unique<health::QtHealthScheduler>())
    , m_monitor(std::make_unique<health::HealthMonitor>(clock, *m_scheduler)) {
    m_notifier = new HealthNotifier(*m_monitor, this);
    m_page = new HealthDashboardPage(*m_monitor, nullptr, clock, m_notifier);
}

ProfileHealth::~ProfileHealth() {
    m_monitor->stop();
    m_monitor->clearChecks();
}

void ProfileHealth::setProfile(const std::optional<Profile>& profile, net::ApiClient* signInClient,
                               auth::Session* session) {
    m_monitor->stop();
    m_monitor->clearChecks();
    m_realtime = nullptr;
    m_page->setHistory(nullptr);
    m_history.reset();
    m_signInClient = signInClient;
    m_session = session;
    m_workspace = nullptr;
    m_live = nullptr;
    if (!profile || !signInClient) {
        return;
    }
    m_history =
        std::make_unique<health::HealthHistoryService>(health::HealthHistory::defaultPath(profile->name));
    m_history->attach(*m_monitor);
    m_page->setHistory(m_history.get());
    m_monitor->watch(signInClient);
    for (auto& check : health::StandardChecks::backendChecks(*signInClient, *profile)) {
        m_monitor->addCheck(std::move(check));
    }
    // A socket that is connecting is not down until its join could have timed out.
    auto realtime = std::make_unique<health::RealtimeHealthCheck>(10'000, 2'000,
                                                                  realtime::RealtimeClient::kJoinTimeoutMs);
    m_realtime = realtime.get();
    QPointer<ProfileHealth> self(this);
    m_realtime->setProbe([self](std::function<void(health::RealtimeStatus)> done) {
        health::RealtimeStatus status;
        if (self && self->m_live) {
            const realtime::RealtimeClient& client = self->m_live->client();
            const realtime::ConnectionState state = client.state();
            status.connected = state == realtime::ConnectionState::Live;
            status.connecting =
                state == realtime::ConnectionState::Connecting || state == realtime::ConnectionState::Joining;
            status.connectingForMs =
                status.connecting ? self->m_clock.monotonicMs() - self->m_connectingSinceMs : 0;
            status.socketState = realtime::connectionStateName(state);
            status.heartbeatRoundTripMs = client.lastHeartbeatRoundTripMs();
            status.heartbeatPending = client.isHeartbeatPending();
            status.error = client.lastError().isError() ? client.lastError().message : QString();
        } else {
            status.inUse = false;
            status.socketState = tr("not connected (sign in to receive live changes)");
        }
        done(status);
    });
    m_monitor->addCheck(std::move(realtime));
    m_monitor->addCheck(std::make_unique<health::CacheHealthCheck>(
        [self] { return self && self->m_workspace ? self->m_workspace->cache().path() : QString(); }));
    m_monitor->addCheck(std::make_unique<health::KeychainHealthCheck>(m_keychain, m_clock));
    m_monitor->addCheck(std::make_unique<health::TokenExpiryCheck>(m_clock, [self] {
        return health::TokenExpiryCheck::statusOf(self ? self->m_session.data() : nullptr);
    }));
    m_monitor->start();
}

void ProfileHealth::setWorkspace(UserWorkspace* workspace, LiveChanges* live) {
    m_workspace = workspace;
    m_live = live;
    // What real calls see counts: the signed-in user's client when there is one.
    m_monitor->watch(workspace ? &workspace->apiClient() : m_signInClient);
    m_connectingSinceMs = m_clock.monotonicMs();
    if (live) {
        // The realtime tile turns green as soon as the socket is live, not at the next round; a socket
        // that starts connecting again gets its grace from then.
        connect(&live->client(), &realtime::RealtimeClient::stateChanged, this,
                [this](realtime::ConnectionState state) {
                    if (state == realtime::ConnectionState::Live) {
                        m_monitor->checkNow();
                    } else if (state == realtime::ConnectionState::Connecting) {
                        m_connectingSinceMs = m_clock.monotonicMs();
                    }
                });
    }
    m_monitor->checkNow();
}

} // namespace cc::ui
