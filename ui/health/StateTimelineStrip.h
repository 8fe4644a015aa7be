#pragma once

#include "app/health/HistoryTypes.h"

#include <QDateTime>
#include <QWidget>

namespace cc::ui {

// One service's state over a window as a horizontal strip of coloured segments (consecutive equal states
// merged, like Grafana's state timeline). Down segments are hatched and unknown ones dotted, so the strip
// reads without colour too; hovering shows the state and time under the pointer.
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

    QSize sizeHint() const override { return {400, 18}; }
    QSize minimumSizeHint() const override { return {120, 14}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<Segment> m_segments;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace cc::ui
