#pragma once

#include "app/core/Clock.h"
#include "app/health/HealthCheck.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace cc::auth {
class Session;
}

namespace cc::health {

// The signed-in session's access token: expired is unhealthy (calls will be refused until a refresh), close
// to expiry with no refresh planned is degraded, otherwise healthy. Signed out: unknown (nothing to check).
class TokenExpiryCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::TokenExpiryCheck)

public:
    struct TokenStatus {
        bool signedIn = false;
        QDateTime expiresAtUtc;
        bool refreshScheduled = false;
        bool refreshing = false;
    };
    using StatusProvider = std::function<TokenStatus()>;

    static constexpr qint64 kSoonMs = 5 * 60'000;

    TokenExpiryCheck(const Clock& clock, StatusProvider status, qint64 timeoutMs = 2'000);

    void run(Done done) override;

    // The session in use (null: signed out). Reads it at the time of the call.
    static TokenStatus statusOf(const auth::Session* session);
    static CheckResult evaluate(const TokenStatus& status, const QDateTime& nowUtc);

private:
    const Clock& m_clock;
    StatusProvider m_status;
};

} // namespace cc::health
