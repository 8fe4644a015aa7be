#include "tests/support/ManualClock.h"

#include <QTimeZone>

namespace cc::test {

ManualClock::ManualClock(QDateTime start, qint64 monotonicStart)
    : m_wall(std::move(start))
    , m_monotonic(monotonicStart) {}

void ManualClock::advance(qint64 ms) {
    m_monotonic += ms;
    m_wall = m_wall.addMSecs(ms);
}

} // namespace cc::test
