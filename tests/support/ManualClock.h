#pragma once

#include "app/core/Clock.h"

#include <QTimeZone>

namespace cc::test {

// A clock that only moves when told: monotonic and wall time advance together.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC),
                         qint64 monotonicStart = 1'000'000);

    qint64 monotonicMs() const override { return m_monotonic; }
    QDateTime nowUtc() const override { return m_wall; }

    void advance(qint64 ms);
    void advanceSeconds(qint64 s) { advance(s * 1000); }
    // Moves only the wall clock (a user changed the system time, or the machine slept): monotonic time stays.
    void setWallTime(const QDateTime& utc) { m_wall = utc; }

private:
    QDateTime m_wall;
    qint64 m_monotonic;
};

} // namespace cc::test
