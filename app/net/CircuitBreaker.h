#pragma once

#include "app/core/Error.h"

#include <QList>
#include <QString>

#include <deque>
#include <functional>

namespace cc::net {

// One service's circuit breaker. Pure: every call takes the current monotonic time; nothing runs on its own.
//
// Closed: calls pass; outcomes go into a sliding window. It trips on `consecutiveFailures` failures in a row,
// OR on a failure ratio >= `failureRatio` over the last `windowMs` once at least `minimumCalls` calls are in
// the window (desktop traffic is low: a ratio breaker alone would rarely see enough calls; 3 failures out of
// 3 calls must not trip it). Open: calls are refused at once, with the time of the next probe. The break
// lasts `breakMs`, doubling on each re-trip up to `maxBreakMs`. HalfOpen: exactly one probe is let through.
// Its success closes the breaker, its failure re-opens it. A probe that ends without an outcome (aborted,
// cancelled, its reply destroyed) releases its permit, so the breaker can never get stuck half-open
// (resilience4j #903/#935): the Permit does this in its destructor.
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };

    struct Options {
        int consecutiveFailures = 5;
        double failureRatio = 0.5;
        int minimumCalls = 10;
        qint64 windowMs = 30'000;
        qint64 breakMs = 30'000;
        qint64 maxBreakMs = 300'000;
        int maxWindowSamples = 4096; // bounds memory whatever the traffic
        int maxHistory = 50;         // transitions kept for the dashboard
    };

    struct Transition {
        State from = State::Closed;
        State to = State::Closed;
        qint64 atMs = 0;
        QString reason;
    };

    // The right to make one call. Move-only. A probe permit that is destroyed or released without an outcome
    // frees the half-open slot. The breaker must outlive its permits.
    class Permit {
    public:
        Permit() = default;
        Permit(Permit&& other) noexcept;
        Permit& operator=(Permit&& other) noexcept;
        Permit(const Permit&) = delete;
        Permit& operator=(const Permit&) = delete;
        ~Permit();

        bool isValid() const { return m_breaker != nullptr; }
        bool isProbe() const { return m_probeId != 0; }
        // The call ended without an outcome the breaker should count (aborted, cancelled).
        void release();

    private:
        friend class CircuitBreaker;
        CircuitBreaker* m_breaker = nullptr;
        quint64 m_generation = 0;
        quint64 m_probeId = 0;
    };

    struct Admission {
        bool allowed = false;
        Permit permit;
        qint64 retryAtMs = 0; // refused: when a probe will be allowed; 0 while a probe is already in flight
        QString reason;       // refused: why, for the error's detail
    };

    CircuitBreaker();
    explicit CircuitBreaker(Options options);
    CircuitBreaker(const CircuitBreaker&) = delete;
    CircuitBreaker& operator=(const CircuitBreaker&) = delete;

    Admission tryAcquire(qint64 nowMs);
    void recordSuccess(Permit& permit, qint64 nowMs);
    void recordFailure(Permit& permit, qint64 nowMs, const QString& cause = {});
    // Moves Open to HalfOpen once the break has elapsed, so a timer can report the change without a call.
    void advance(qint64 nowMs);
    // Closes the breaker by hand (a user's "retry now").
    void reset(qint64 nowMs, const QString& reason);

    // 5xx, 408, 429 and transport failures count; other 4xx mean the service works and count as success.
    static bool countsAsFailure(ErrorKind kind, int httpStatus);
    static QString stateName(State state);

    State state() const { return m_state; }
    qint64 openUntilMs() const { return m_state == State::Open ? m_openUntilMs : 0; }
    qint64 currentBreakMs() const;
    int tripCount() const { return m_tripCount; }
    bool probeInFlight() const { return m_probeInFlight != 0; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    int windowCalls(qint64 nowMs);
    int windowFailures(qint64 nowMs);
    const QList<Transition>& history() const { return m_history; }

    void setTransitionListener(std::function<void(const Transition&)> listener);

private:
    void releaseProbe(quint64 probeId);
    void prune(qint64 nowMs);
    void clearWindow();
    void trip(qint64 nowMs, const QString& reason);
    void transition(State to, qint64 nowMs, const QString& reason);

    Options m_options;
    State m_state = State::Closed;
    qint64 m_openUntilMs = 0;
    int m_tripCount = 0;
    int m_consecutiveFailures = 0;
    quint64 m_generation = 1; // bumped on every trip: outcomes of calls admitted before it no longer count
    quint64 m_nextProbeId = 0;
    quint64 m_probeInFlight = 0; // the id of the outstanding probe, 0 for none
    struct Sample {
        qint64 atMs;
        bool failed;
    };
    std::deque<Sample> m_window;
    int m_windowFailures = 0;
    QList<Transition> m_history;
    std::function<void(const Transition&)> m_listener;
};

} // namespace cc::net
