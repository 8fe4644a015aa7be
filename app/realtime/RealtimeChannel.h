#pragma once

#include "app/realtime/ChangeBinding.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace cc::realtime {

// The client's view of one joined (or to-be-joined) channel: its topic, the bindings it asks for, where its
// join stands and the binding ids the server gave back. Plain data owned by RealtimeClient.
struct RealtimeChannel {
    enum class State {
        Closed,  // not joined on the current socket (yet): joins when the socket is open
        Joining, // phx_join sent, waiting for the reply
        Joined,  // the server accepted the join
        Errored, // refused or closed by the server: rejoins at rejoinAtMs (or after a token refresh)
        Leaving, // phx_leave sent (stop)
    };

    QString topic; // "realtime:<name>"
    QList<ChangeBinding> bindings;
    State state = State::Closed;
    QString joinRef;         // the ref of the current phx_join: replies and events for older joins are stale
    QString leaveRef;        // the ref of the phx_leave, while leaving
    qint64 joinSentAtMs = 0; // for the join timeout
    qint64 rejoinAtMs =
        -1; // when Errored: the monotonic time of the next join, -1 while waiting for a refresh
    qint64 joinedAtMs = 0;       // when the join reply arrived
    bool subscribed = false;     // the "Subscribed to PostgreSQL" system message arrived: changes flow
    QList<qint64> serverIds;     // binding ids from the join reply, in the order of `bindings`
    QString pushedToken;         // the token this channel was joined with or last given (access_token)
    bool closedBySystem = false; // a system error announced the phx_close that follows
};

} // namespace cc::realtime
