#pragma once

#include "app/health/HistoryTypes.h"

#include <QDateTime>
#include <QWidget>

namespace cc::ui {

// One service's state over a window as a row of bars, one per slot of the window (96 for 24 h: 15 minutes
// each), as Uptime Kuma and status pages draw it. A slot shows the worst state known in it, so the slot that
// is still running (the partial one at the right end) shows the first check at once, and a one-minute outage
// in a day is a whole bar, not a pixel. Down bars are hatched and slots without data dotted, so the strip
// reads without colour too; hovering shows the slot's state and time.
class StateTimelineStrip : public QWidget {
    Q_OBJECT

public:
    struct Segment {
        QDateTime fromUtc;
        QDateTime toUtc;
        health::HealthState state = health::HealthState::Unknown;
        QString reason;
    };

    explicit StateTimelineStrip(QWidget* parent = nullptr);

    // `changes` as HealthHistory returns them (the one in force at the window's start first).
    void setChanges(const QList<health::StateChange>& changes, const QDateTime& fromUtc,
                    const QDateTime& toUtc);
    const QList<Segment>& segments() const { return m_segments; }
    // Pure: the merged segments that cover [fromUtc, toUtc].
    static QList<Segment> segmentsFor(const QList<health::StateChange>& changes, const QDateTime& fromUtc,
                                      const QDateTime& toUtc);

    static constexpr int kCells = 96;
    // Pure: the state each of `count` equal slots of the window shows (the worst known state in it; unknown
    // only when nothing is known in it). The last slot is the one in progress.
    static QList<health::HealthState> cellStates(const QList<Segment>& segments, const QDateTime& fromUtc,
                                                 const QDateTime& toUtc, int count = kCells);
    const QList<health::HealthState>& cells() const { return m_cells; }

    QSize sizeHint() const override { return {400, 18}; }
    QSize minimumSizeHint() const override { return {120, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<Segment> m_segments;
    QList<health::HealthState> m_cells;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace cc::ui
