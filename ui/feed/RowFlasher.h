#pragma once

#include "app/core/Clock.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace cc::ui {

// The brief highlight of a row changed elsewhere: full strength when flashed, fading to nothing over
// kDurationMs on the injected clock. While any row is flashing a timer ticks (kTickMs) and reports which
// rows to repaint, including those that have just faded out; with nothing flashing it is stopped.
class RowFlasher : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kDurationMs = 1500;
    static constexpr int kTickMs = 100; // 15 steps of fading: smooth enough, and few repaints under a storm

    explicit RowFlasher(const Clock& clock, QObject* parent = nullptr);

    void flash(const QString& id);
    // 1 when just flashed, 0 when not flashing (or faded out).
    qreal strength(const QString& id) const;
    int activeCount() const { return static_cast<int>(m_started.size()); }
    bool isTicking() const { return m_timer.isActive(); }

public slots:
    // Reports the flashing rows (changed) and puts the next tick kTickMs from now.
    void tick();

signals:
    void changed(const QStringList& ids);

private:
    const Clock& m_clock;
    QHash<QString, qint64> m_started; // id -> monotonic ms
    QTimer m_timer;
};

} // namespace cc::ui
