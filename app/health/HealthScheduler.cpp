#include "app/health/HealthScheduler.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace cc::health {

QtHealthScheduler::QtHealthScheduler(QObject* parent)
    : QObject(parent) {}

QtHealthScheduler::~QtHealthScheduler() {
    for (auto& [id, timer] : m_timers) {
        delete timer;
    }
}

HealthScheduler::Id QtHealthScheduler::schedule(qint64 delayMs, std::function<void()> task) {
    const Id id = m_next++;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::CoarseTimer);
    connect(timer, &QTimer::timeout, this, [this, id, task = std::move(task)] {
        const auto it = m_timers.find(id);
        if (it == m_timers.end()) {
            return;
        }
        it->second->deleteLater();
        m_timers.erase(it);
        task();
    });
    m_timers.emplace(id, timer);
    timer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return id;
}

void QtHealthScheduler::cancel(Id id) {
    const auto it = m_timers.find(id);
    if (it == m_timers.end()) {
        return;
    }
    it->second->stop();
    it->second->deleteLater();
    m_timers.erase(it);
}

} // namespace cc::health
