#pragma once

#include <QtGlobal>

namespace cc::auth {

// When to refresh an access token (issue: "at 80 % of its lifetime or 90 s before, whichever comes first").
// Works on the monotonic clock and the server's `expires_in`, so a wrong or jumping wall clock on this
// machine (clock skew, sleep) cannot make the console refresh too late.
class RefreshSchedule {
public:
    static constexpr double kLifetimeFraction = 0.8;
    static constexpr qint64 kMarginMs = 90'000;

    // The monotonic time at which to refresh a token received at `receivedAtMs` that lives
    // `expiresInSeconds`. Never before `receivedAtMs`: a token that is already nearly expired is refreshed at
    // once.
    static qint64 refreshAtMs(qint64 receivedAtMs, qint64 expiresInSeconds);
    // The monotonic time at which the token stops being valid.
    static qint64 expiresAtMs(qint64 receivedAtMs, qint64 expiresInSeconds);
    // How long to wait from `nowMs` until the refresh is due (0 when overdue).
    static qint64 delayMs(qint64 nowMs, qint64 receivedAtMs, qint64 expiresInSeconds);
};

} // namespace cc::auth
