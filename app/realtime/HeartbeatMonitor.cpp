#include "app/realtime/HeartbeatMonitor.h"

namespace cc::realtime {

HeartbeatMonitor::HeartbeatMonitor(qint64 intervalMs)
    : m_intervalMs(intervalMs) {}

void HeartbeatMonitor::reset(qint64 nowMs) {
    m_running = true;
    m_nextDueMs = nowMs + m_intervalMs;
    m_lastTickMs = nowMs;
    m_pendingRef.clear();
    m_pendingSinceMs = 0;
    m_graceGiven = false;
    m_lastRoundTripMs.reset();
}

void HeartbeatMonitor::stop() {
    m_running = false;
    m_pendingRef.clear();
    m_graceGiven = false;
}

HeartbeatMonitor::Action HeartbeatMonitor::tick(qint64 nowMs) {
    if (!m_running || nowMs < m_nextDueMs) {
        return Action::None;
    }
    const qint64 sinceLastTick = nowMs - m_lastTickMs;
    m_lastTickMs = nowMs;
    if (!m_pendingRef.isEmpty()) {
        // We were frozen ourselves: let the event loop read what arrived meanwhile before judging the server.
        if (sinceLastTick >= kStallMs && !m_graceGiven) {
            m_graceGiven = true;
            m_nextDueMs = nowMs + kStallGraceMs;
            return Action::None;
        }
        return Action::TimedOut;
    }
    return Action::SendHeartbeat;
}

void HeartbeatMonitor::sent(const QString& ref, qint64 nowMs) {
    m_pendingRef = ref;
    m_pendingSinceMs = nowMs;
    m_graceGiven = false;
    m_nextDueMs = nowMs + m_intervalMs;
}

bool HeartbeatMonitor::acknowledge(const QString& ref, qint64 nowMs) {
    if (m_pendingRef.isEmpty() || ref != m_pendingRef) {
        return false;
    }
    m_lastRoundTripMs = nowMs - m_pendingSinceMs;
    m_pendingRef.clear();
    if (m_graceGiven) {
        // The reply came during the grace period: back to the normal rhythm.
        m_graceGiven = false;
        m_nextDueMs = m_pendingSinceMs + m_intervalMs > nowMs ? m_pendingSinceMs + m_intervalMs : nowMs;
    }
    return true;
}

} // namespace cc::realtime
