#pragma once

#include <QLatin1String>
#include <QStringView>

namespace cc::realtime::events {

// Event names of the Phoenix channel protocol as Supabase Realtime uses them (docs/realtime-protocol.md).
inline constexpr QLatin1String kPhxJoin{"phx_join"};
inline constexpr QLatin1String kPhxReply{"phx_reply"};
inline constexpr QLatin1String kPhxLeave{"phx_leave"};
inline constexpr QLatin1String kPhxClose{"phx_close"};
inline constexpr QLatin1String kPhxError{"phx_error"};
inline constexpr QLatin1String kHeartbeat{"heartbeat"};
inline constexpr QLatin1String kAccessToken{"access_token"};
inline constexpr QLatin1String kSystem{"system"};
inline constexpr QLatin1String kPostgresChanges{"postgres_changes"};

// Heartbeats travel on this topic; channel topics are "realtime:<name>".
inline constexpr QLatin1String kPhoenixTopic{"phoenix"};
inline constexpr QLatin1String kTopicPrefix{"realtime:"};

// Events this codebase handles. Others (broadcast, presence_state, ...) are valid frames that a receiver logs
// and ignores: the codec does not reject them so that a newer server never breaks an older client.
inline bool isKnownEvent(QStringView event) {
    for (const QLatin1String known : {kPhxJoin, kPhxReply, kPhxLeave, kPhxClose, kPhxError, kHeartbeat,
                                      kAccessToken, kSystem, kPostgresChanges}) {
        if (event == known)
            return true;
    }
    return false;
}

} // namespace cc::realtime::events
