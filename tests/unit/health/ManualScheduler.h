#pragma once

#include "app/health/HealthScheduler.h"
#include "tests/support/ManualClock.h"

#include <map>
#include <utility>

namespace cc::health::test {

// A scheduler driven by a manual clock: advance() moves the clock and runs every task that fell due, in time
// order (tasks scheduled by a task run too when they fall due within the same advance).
class ManualScheduler final : public HealthScheduler {
public:
    explicit ManualScheduler(cc::test::ManualClock& clock)
        : m_clock(clock) {}

    Id schedule(qint64 delayMs, std::function<void()> task) override {
        const Id id = m_next++;
        m_tasks.emplace(std::make_pair(m_clock.monotonicMs() + qMax<qint64>(0, delayMs), id),
                        std::move(task));
        return id;
    }
    void cancel(Id id) override {
        for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
            if (it->first.second == id) {
                m_tasks.erase(it);
                return;
            }
        }
    }

    void advance(qint64 ms) {
        const qint64 until = m_clock.monotonicMs() + ms;
        while (!m_tasks.empty() && m_tasks.begin()->first.first <= until) {
            auto it = m_tasks.begin();
            const qint64 due = it->first.first;
            std::function<void()> task = std::move(it->second);
            m_tasks.erase(it);
            if (due > m_clock.monotonicMs()) {
                m_clock.advance(due - m_clock.monotonicMs());
            }
            task();
        }
        if (until > m_clock.monotonicMs()) {
            m_clock.advance(until - m_clock.monotonicMs());
        }
    }
    int pending() const { return static_cast<int>(m_tasks.size()); }

private:
    cc::test::ManualClock& m_clock;
    std::map<std::pair<qint64, Id>, std::function<void()>> m_tasks;
    Id m_next = 1;
};

} // namespace cc::health::test
