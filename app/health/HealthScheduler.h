#pragma once

#include <QObject>
#include <QtGlobal>

#include <functional>
#include <map>

class QTimer;

namespace cc::health {

// Where the monitor's timers come from: the schedule and every check's timeout. Injected so tests drive the
// monitor with a manual clock instead of waiting.
class HealthScheduler {
public:
    using Id = quint64;
    virtual ~HealthScheduler() = default;
    // Runs `task` once after `delayMs` on the caller's thread; the id cancels it.
    virtual Id schedule(qint64 delayMs, std::function<void()> task) = 0;
    virtual void cancel(Id id) = 0;
};

// The real one: single-shot QTimers on the thread that owns the scheduler.
class QtHealthScheduler final : public QObject, public HealthScheduler {
    Q_OBJECT

public:
    explicit QtHealthScheduler(QObject* parent = nullptr);
    ~QtHealthScheduler() override;

    Id schedule(qint64 delayMs, std::function<void()> task) override;
    void cancel(Id id) override;
    int pending() const { return static_cast<int>(m_timers.size()); }

private:
    Id m_next = 1;
    std::map<Id, QTimer*> m_timers;
};

} // namespace cc::health
