#pragma once

#include <QString>

namespace cc::realtime {

// What a refusal from the realtime server means for the client (docs/realtime-protocol.md §3 join errors, §5
// channel-level system errors). Reasons are "<Code>: <message>"; an expired token is matched on "expired"
// because the source and the docs disagree on its code (InvalidJWTToken vs InvalidJWTExpiration).
class FailurePolicy {
public:
    // Consecutive auth refusals after which the client stops and says why (docs/realtime-protocol.md §6 rule
    // 4: no endless loop).
    static constexpr int kMaxAuthFailures = 3;

    enum class Action {
        Retry,            // transient (rate limits, database starting): back off and try again
        RefreshAndRejoin, // the token expired: refresh it, then rejoin with the new one
        AuthError,        // the token is refused: refresh and rejoin, counted towards kMaxAuthFailures
        Fatal,            // retrying cannot help (realtime disabled, unknown tenant, bad topic)
    };

    // A join reply {"status":"error","response":{"reason":...}}.
    static Action forJoinError(const QString& reason);
    // A `system` message with status "error" on a joined channel. Channel-closing errors (token, rate limits,
    // server disconnect) say what to do; postgres_changes subscription errors leave the channel open and the
    // server retries them itself, so `closesChannel` is false for those.
    struct SystemVerdict {
        bool closesChannel = false;
        Action action = Action::Retry;
    };
    static SystemVerdict forSystemError(const QString& extension, const QString& message);
};

} // namespace cc::realtime
