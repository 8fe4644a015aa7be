#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cc::realtime {

// When the realtime channels need a new access token. The server closes a channel whose JWT has expired
// ("Token has expired N seconds ago" + phx_close; docs/realtime-protocol.md §5), so the client pushes each
// new token to every joined channel as soon as it has one, and when the token it holds is about to expire
// without the session having refreshed it, asks for a refresh itself — early enough for the refresh round
// trip.
//
// Expiry comes from the JWT's `exp` claim (the server's clock); a token without one (the anon key) never
// expires as far as the channels are concerned.
class TokenRefreshSchedule {
public:
    // Ask for a refresh this long before `exp`.
    static constexpr qint64 kLeadMs = 60'000;
    // A token with less than this left is treated as expired: never join or push with it
    // (docs/realtime-protocol.md §6 rules 3 and 4).
    static constexpr qint64 kMinRemainingMs = 5'000;

    enum class Action {
        None,    // the channels have the current token and it is not about to expire
        Push,    // a different, usable token is available: send access_token to every channel
        Refresh, // the token expires within kLeadMs (or has): ask the session for a new one
    };

    // The `exp` claim of a JWT, nullopt when `token` is not a JWT or has none.
    static std::optional<QDateTime> expiryOf(const QString& token);
    // False for an empty token and for a JWT with less than kMinRemainingMs left.
    static bool isUsable(const QString& token, const QDateTime& nowUtc);
    // What to do now, given the provider's current token and the one the channels were last given.
    static Action decide(const QString& current, const QString& pushed, const QDateTime& nowUtc);
    // Milliseconds from `nowUtc` until `token` needs attention (exp - kLeadMs), 0 when overdue; nullopt for a
    // token that does not expire.
    static std::optional<qint64> msUntilDue(const QString& token, const QDateTime& nowUtc);
};

} // namespace cc::realtime
