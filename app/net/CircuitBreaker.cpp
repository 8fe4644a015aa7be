#include "app/net/CircuitBreaker.h"

#include <algorithm>
#include <utility>

namespace cc::net {

CircuitBreaker::Permit::Permit(Permit&& other) noexcept
    : m_breaker(std::exchange(other.m_breaker, nullptr))
    , m_generation(std::exchange(other.m_generation, 0))
    , m_probeId(std::exchange(other.m_probeId, 0)) {}

CircuitBreaker::Permit& CircuitBreaker::Permit::operator=(Permit&& other) noexcept {
    if (this != &other) {
        release();
        m_breaker = std::exchange(other.m_breaker, nullptr);
        m_generation = std::exchange(other.m_generation, 0);
        m_probeId = std::exchange(other.m_probeId, 0);
    }
    return *this;
}

CircuitBreaker::Permit::~Permit() {
    release();
}

void CircuitBreaker::Permit::release() {
    if (m_breaker && m_probeId != 0) {
        m_breaker->releaseProbe(m_probeId);
    }
    m_breaker = nullptr;
    m_probeId = 0;
    m_generation = 0;
}

CircuitBreaker::CircuitBreaker()
    : CircuitBreaker(Options{}) {}

CircuitBreaker::CircuitBreaker(Options options)
    : m_options(options) {}

CircuitBreaker::Admission CircuitBreaker::tryAcquire(qint64 nowMs) {
    advance(nowMs);
    Admission admission;
    switch (m_state) {
    case State::Closed:
        admission.allowed = true;
        admission.permit.m_breaker = this;
        admission.permit.m_generation = m_generation;
        return admission;
    case State::Open:
        admission.retryAtMs = m_openUntilMs;
        admission.reason = QStringLiteral("circuit open until the break ends");
        return admission;
    case State::HalfOpen:
        if (m_probeInFlight != 0) {
            admission.reason = QStringLiteral("circuit half-open; a probe request is in flight");
            return admission;
        }
        m_probeInFlight = ++m_nextProbeId;
        admission.allowed = true;
        admission.permit.m_breaker = this;
        admission.permit.m_generation = m_generation;
        admission.permit.m_probeId = m_probeInFlight;
        return admission;
    }
    return admission;
}

void CircuitBreaker::recordSuccess(Permit& permit, qint64 nowMs) {
    if (permit.m_breaker != this) {
        return;
    }
    const quint64 probeId = permit.m_probeId;
    const quint64 generation = permit.m_generation;
    permit.m_breaker = nullptr; // consumed: the destructor must not release it again
    permit.m_probeId = 0;
    if (probeId != 0) {
        if (m_state == State::HalfOpen && probeId == m_probeInFlight) {
            m_probeInFlight = 0;
            transition(State::Closed, nowMs, QStringLiteral("probe request succeeded"));
        }
        return;
    }
    if (m_state != State::Closed || generation != m_generation) {
        return; // admitted before the last trip: the probe decides, not stragglers
    }
    m_consecutiveFailures = 0;
    prune(nowMs);
    m_window.push_back({nowMs, false});
    prune(nowMs);
}

void CircuitBreaker::recordFailure(Permit& permit, qint64 nowMs, const QString& cause) {
    if (permit.m_breaker != this) {
        return;
    }
    const quint64 probeId = permit.m_probeId;
    const quint64 generation = permit.m_generation;
    permit.m_breaker = nullptr;
    permit.m_probeId = 0;
    const QString suffix = cause.isEmpty() ? QString() : QStringLiteral(" (last: %1)").arg(cause);
    if (probeId != 0) {
        if (m_state == State::HalfOpen && probeId == m_probeInFlight) {
            m_probeInFlight = 0;
            trip(nowMs, QStringLiteral("probe request failed") + suffix);
        }
        return;
    }
    if (m_state != State::Closed || generation != m_generation) {
        return;
    }
    ++m_consecutiveFailures;
    prune(nowMs);
    m_window.push_back({nowMs, true});
    ++m_windowFailures;
    prune(nowMs);
    if (m_consecutiveFailures >= m_options.consecutiveFailures) {
        trip(nowMs, QStringLiteral("%1 consecutive failures").arg(m_consecutiveFailures) + suffix);
        return;
    }
    const int calls = static_cast<int>(m_window.size());
    if (calls >= m_options.minimumCalls &&
        static_cast<double>(m_windowFailures) >= m_options.failureRatio * static_cast<double>(calls)) {
        trip(nowMs, QStringLiteral("failure ratio %1% over %2 calls in %3 s")
                            .arg(qRound(100.0 * m_windowFailures / calls))
                            .arg(calls)
                            .arg(m_options.windowMs / 1000) +
                        suffix);
    }
}

void CircuitBreaker::advance(qint64 nowMs) {
    if (m_state == State::Open && nowMs >= m_openUntilMs) {
        transition(State::HalfOpen, nowMs,
                   QStringLiteral("break of %1 s elapsed; allowing one probe").arg(currentBreakMs() / 1000));
    }
}

void CircuitBreaker::reset(qint64 nowMs, const QString& reason) {
    m_tripCount = 0;
    m_probeInFlight = 0;
    ++m_generation; // in-flight permits, probes included, no longer count
    if (m_state != State::Closed) {
        transition(State::Closed, nowMs, reason);
    } else {
        clearWindow();
    }
}

bool CircuitBreaker::countsAsFailure(ErrorKind kind, int httpStatus) {
    if (httpStatus != 0) {
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    }
    return kind == ErrorKind::Network || kind == ErrorKind::Timeout || kind == ErrorKind::Tls;
}

QString CircuitBreaker::stateName(State state) {
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("unknown");
}

qint64 CircuitBreaker::currentBreakMs() const {
    qint64 duration = m_options.breakMs;
    for (int i = 1; i < m_tripCount && duration < m_options.maxBreakMs; ++i) {
        duration *= 2;
    }
    return std::min(duration, m_options.maxBreakMs);
}

int CircuitBreaker::windowCalls(qint64 nowMs) {
    prune(nowMs);
    return static_cast<int>(m_window.size());
}

int CircuitBreaker::windowFailures(qint64 nowMs) {
    prune(nowMs);
    return m_windowFailures;
}

void CircuitBreaker::setTransitionListener(std::function<void(const Transition&)> listener) {
    m_listener = std::move(listener);
}

void CircuitBreaker::releaseProbe(quint64 probeId) {
    if (m_state == State::HalfOpen && probeId == m_probeInFlight) {
        m_probeInFlight = 0; // the next call becomes the probe
    }
}

void CircuitBreaker::prune(qint64 nowMs) {
    const qint64 oldest = nowMs - m_options.windowMs;
    while (!m_window.empty() && (m_window.front().atMs <= oldest ||
                                 static_cast<int>(m_window.size()) > m_options.maxWindowSamples)) {
        if (m_window.front().failed) {
            --m_windowFailures;
        }
        m_window.pop_front();
    }
}

void CircuitBreaker::clearWindow() {
    m_window.clear();
    m_windowFailures = 0;
    m_consecutiveFailures = 0;
}

void CircuitBreaker::trip(qint64 nowMs, const QString& reason) {
    ++m_tripCount;
    ++m_generation;
    m_openUntilMs = nowMs + currentBreakMs();
    transition(State::Open, nowMs, reason);
}

void CircuitBreaker::transition(State to, qint64 nowMs, const QString& reason) {
    const Transition change{m_state, to, nowMs, reason};
    m_state = to;
    if (to == State::Closed) {
        m_tripCount = 0;
        clearWindow();
    }
    if (to != State::HalfOpen) {
        m_probeInFlight = 0;
    }
    m_history.append(change);
    while (m_history.size() > m_options.maxHistory) {
        m_history.removeFirst();
    }
    if (m_listener) {
        m_listener(change);
    }
}

} // namespace cc::net
