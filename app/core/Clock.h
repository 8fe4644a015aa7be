#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace cc {

// The source of time for everything that schedules, expires or measures. Code never calls
// QDateTime::currentDateTime() or QElapsedTimer directly where the result drives a decision, so tests can
// move time with a manual clock instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;

    // Milliseconds on a monotonic clock with an arbitrary origin: for timeouts, backoff and latency.
    virtual qint64 monotonicMs() const = 0;
    // The wall-clock time in UTC: for timestamps shown to people and compared with the server's.
    virtual QDateTime nowUtc() const = 0;
};

// The real clock: steady_clock for monotonic time, the system clock for wall time.
class SystemClock final : public Clock {
public:
    qint64 monotonicMs() const override;
    QDateTime nowUtc() const override;

    // A process-wide instance for composition roots; components still receive it by reference.
    static SystemClock& instance();
};

} // namespace cc
