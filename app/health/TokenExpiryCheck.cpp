#include "app/health/TokenExpiryCheck.h"

#include "app/auth/Session.h"

namespace cc::health {

TokenExpiryCheck::TokenExpiryCheck(const Clock& clock, StatusProvider status, qint64 timeoutMs)
    : HealthCheck(QStringLiteral("token"), tr("Session token"), timeoutMs)
    , m_clock(clock)
    , m_status(std::move(status)) {}

void TokenExpiryCheck::run(Done done) {
    done(evaluate(m_status ? m_status() : TokenStatus{}, m_clock.nowUtc()));
}

TokenExpiryCheck::TokenStatus TokenExpiryCheck::statusOf(const auth::Session* session) {
    TokenStatus status;
    if (session == nullptr || !session->isSignedIn()) {
        return status;
    }
    status.signedIn = true;
    status.expiresAtUtc = session->expiresAtUtc();
    status.refreshScheduled = session->isRefreshScheduled();
    status.refreshing = session->isRefreshing();
    return status;
}

CheckResult TokenExpiryCheck::evaluate(const TokenStatus& status, const QDateTime& nowUtc) {
    if (!status.signedIn) {
        return CheckResult::unknown(tr("Not signed in"), tr("Signed out"));
    }
    if (!status.expiresAtUtc.isValid()) {
        return CheckResult::degraded(tr("Expiry unknown"),
                                     tr("The access token does not say when it expires"));
    }
    const qint64 leftMs = nowUtc.msecsTo(status.expiresAtUtc);
    const qint64 minutes = leftMs / 60'000;
    if (leftMs <= 0) {
        if (status.refreshing) {
            return CheckResult::degraded(tr("Expired, refreshing"),
                                         tr("The access token expired; a refresh is under way"));
        }
        return CheckResult::unhealthy(
            tr("Expired"), tr("The access token expired %n minute(s) ago", nullptr, int(-minutes)));
    }
    if (leftMs < kSoonMs && !status.refreshScheduled && !status.refreshing) {
        return CheckResult::degraded(tr("Expires in %n minute(s)", nullptr, int(minutes)),
                                     tr("The access token expires soon and no refresh is planned"));
    }
    return CheckResult::healthy(tr("Valid for %n more minute(s)", nullptr, int(minutes)));
}

} // namespace cc::health
