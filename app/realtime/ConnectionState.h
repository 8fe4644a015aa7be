#pragma once

#include <QMetaType>
#include <QString>

namespace cc::realtime {

// Where the realtime connection of one profile stands (shared with the live feed's status line).
enum class ConnectionState {
    Disconnected, // not started, stopped (sign-out) or given up for a reason that retrying cannot fix
    Connecting,   // opening the socket
    Joining,      // socket open, channels joining (and the catch-up fetch running)
    Live,         // every channel joined: changes flow
    Reconnecting, // the socket closed or a join failed: waiting for the next attempt
    AuthFailed,   // the server refused the token repeatedly: no more attempts until started again
};

// "disconnected", "connecting", ...: stable names for logs and JSON output.
QString connectionStateName(ConnectionState state);

} // namespace cc::realtime

Q_DECLARE_METATYPE(cc::realtime::ConnectionState)
