#include "app/core/Clock.h"

#include <chrono>

namespace cc {

qint64 SystemClock::monotonicMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

SystemClock& SystemClock::instance() {
    static SystemClock clock;
    return clock;
}

} // namespace cc
