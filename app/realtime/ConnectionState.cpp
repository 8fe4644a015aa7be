#include "app/realtime/ConnectionState.h"

namespace cc::realtime {

QString connectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Joining:
        return QStringLiteral("joining");
    case ConnectionState::Live:
        return QStringLiteral("live");
    case ConnectionState::Reconnecting:
        return QStringLiteral("reconnecting");
    case ConnectionState::AuthFailed:
        return QStringLiteral("auth_failed");
    }
    return QStringLiteral("unknown");
}

} // namespace cc::realtime
