#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace cc::realtime {

// Heartbeats on one socket, decided on the injected monotonic clock (never on how often a timer happened to
// fire): a heartbeat every 25 s; when the next one is due and the previous is still unanswered, the socket is
// dead and must be closed and reopened (phoenix.js `heartbeatTimeout`). Each new socket starts from reset(),
// so a pending heartbeat of an old socket can never close a fresh one (supabase-js#2625).
//
// A stalled process (suspended, debugger, swapped out) sees the next tick very late; the reply may then be
// sitting unread in the socket. Instead of calling that a timeout, the monitor grants one short grace period.
class HeartbeatMonitor {
public:
    static constexpr qint64 kIntervalMs = 25'000;
    // A tick this late counts as a stall of our own, not of the server.
    static constexpr qint64 kStallMs = kIntervalMs + kIntervalMs / 2;
    static constexpr qint64 kStallGraceMs = 2'000;

    enum class Action {
        None,          // nothing due yet
        SendHeartbeat, // send one now and report it with sent()
        TimedOut,      // the last heartbeat was not answered: close and reconnect
    };

    explicit HeartbeatMonitor(qint64 intervalMs = kIntervalMs);

    // A new socket opened at `nowMs`: nothing pending, the first heartbeat due one interval later.
    void reset(qint64 nowMs);
    // The socket is gone: nothing is due until the next reset().
    void stop();
    bool isRunning() const { return m_running; }

    Action tick(qint64 nowMs);
    void sent(const QString& ref, qint64 nowMs);
    // A phx_reply on topic "phoenix". True when it answers the pending heartbeat (stale refs are ignored).
    bool acknowledge(const QString& ref, qint64 nowMs);

    // When tick() should next be called (meaningful while running).
    qint64 nextDueMs() const { return m_nextDueMs; }
    bool isPending() const { return !m_pendingRef.isEmpty(); }
    std::optional<qint64> lastRoundTripMs() const { return m_lastRoundTripMs; }

private:
    qint64 m_intervalMs;
    bool m_running = false;
    qint64 m_nextDueMs = 0;
    qint64 m_lastTickMs = 0;
    QString m_pendingRef;
    qint64 m_pendingSinceMs = 0;
    bool m_graceGiven = false;
    std::optional<qint64> m_lastRoundTripMs;
};

} // namespace cc::realtime
