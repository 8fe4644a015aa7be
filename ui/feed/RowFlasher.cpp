#include "ui/feed/RowFlasher.h"

namespace cc::ui {

RowFlasher::RowFlasher(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RowFlasher::tick);
}

void RowFlasher::flash(const QString& id) {
    m_started.insert(id, m_clock.monotonicMs());
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

qreal RowFlasher::strength(const QString& id) const {
    const auto it = m_started.constFind(id);
    if (it == m_started.cend()) {
        return 0;
    }
    const qint64 elapsed = m_clock.monotonicMs() - *it;
    if (elapsed >= kDurationMs) {
        return 0;
    }
    return 1.0 - static_cast<qreal>(qMax<qint64>(elapsed, 0)) / kDurationMs;
}

void RowFlasher::tick() {
    const qint64 now = m_clock.monotonicMs();
    QStringList ids;
    ids.reserve(m_started.size());
    for (auto it = m_started.begin(); it != m_started.end();) {
        ids.append(it.key());
        // Reported once more after fading out, so its row is repainted without the highlight.
        it = now - it.value() >= kDurationMs ? m_started.erase(it) : std::next(it);
    }
    if (m_started.isEmpty()) {
        m_timer.stop();
    } else {
        // A tick called from outside (the table's own repaint under a stream of changes) puts the next
        // one a full step later, so the two do not repaint the table separately.
        m_timer.start();
    }
    if (!ids.isEmpty()) {
        emit changed(ids);
    }
}

} // namespace cc::ui
