#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cc {
class Clock;
}

namespace cc::realtime {

// The token the realtime channels are authorised with: where it comes from (the session's provider), how a
// new one is asked for (the refresh hook, single-flight: every caller waiting for the same refresh gets its
// outcome) and whether the current one may still be sent. RealtimeClient decides when to push or refresh
// (TokenRefreshSchedule); this class never sends a token known to be expired (docs/realtime-protocol.md §6
// rule 3).
class RealtimeTokenKeeper : public QObject {
    Q_OBJECT

public:
    // The current access token, empty when signed out (mirrors net::ApiClient::TokenProvider).
    using TokenProvider = std::function<QString()>;
    // Asks the session for a new token; `done(true)` once the provider returns it. Asynchronous.
    using RefreshDone = std::function<void(bool refreshed)>;
    using RefreshHook = std::function<void(RefreshDone done)>;

    explicit RealtimeTokenKeeper(const Clock& clock, QObject* parent = nullptr);

    void setProvider(TokenProvider provider) { m_provider = std::move(provider); }
    void setRefreshHook(RefreshHook hook) { m_refreshHook = std::move(hook); }

    // Without a provider the connection is authorised by the project's key alone.
    bool hasProvider() const { return static_cast<bool>(m_provider); }
    QString current() const { return m_provider ? m_provider() : QString(); }
    bool isRefreshing() const { return m_refreshing; }
    // Milliseconds until the current token should be replaced; nullopt when it carries no expiry.
    std::optional<qint64> msUntilDue() const;

    // Runs `then(true)` once the provider's token is usable, refreshing first if it is not; `then(false)`
    // when no usable token could be had. Without a provider the key authorises the connection: `then(true)`.
    void withFreshToken(std::function<void(bool ok)> then);
    // Asks for a new token; every caller waiting for the same refresh gets its outcome.
    void requestRefresh(std::function<void(bool ok)> then);

private:
    const Clock& m_clock;
    TokenProvider m_provider;
    RefreshHook m_refreshHook;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waiters;
};

} // namespace cc::realtime
