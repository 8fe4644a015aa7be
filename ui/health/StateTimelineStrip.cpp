#include "ui/health/StateTimelineStrip.h"

#include "ui/health/HealthPalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cc::ui {

using health::HealthState;

StateTimelineStrip::StateTimelineStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

QList<StateTimelineStrip::Segment> StateTimelineStrip::segmentsFor(const QList<health::StateChange>& changes,
                                                                   const QDateTime& fromUtc,
                                                                   const QDateTime& toUtc) {
    QList<Segment> segments;
    Segment current{fromUtc, toUtc, HealthState::Unknown, {}};
    for (const health::StateChange& change : changes) {
        if (change.atUtc >= toUtc) {
            break;
        }
        const QDateTime at = qMax(change.atUtc, fromUtc);
        if (change.state == current.state) {
            continue;
        }
        if (at > current.fromUtc) {
            current.toUtc = at;
            segments.append(current);
        }
        current = Segment{at, toUtc, change.state, change.reason};
    }
    current.toUtc = toUtc;
    if (current.toUtc > current.fromUtc) {
        segments.append(current);
    }
    return segments;
}

QList<HealthState> StateTimelineStrip::cellStates(const QList<Segment>& segments, const QDateTime& fromUtc,
                                                  const QDateTime& toUtc, int count) {
    QList<HealthState> states(qMax(0, count), HealthState::Unknown);
    const qint64 span = fromUtc.isValid() && toUtc.isValid() ? fromUtc.msecsTo(toUtc) : 0;
    if (span <= 0 || count <= 0) {
        return states;
    }
    for (const Segment& segment : segments) {
        if (segment.state == HealthState::Unknown || segment.toUtc <= segment.fromUtc) {
            continue;
        }
        const qint64 from = qBound<qint64>(0, fromUtc.msecsTo(segment.fromUtc), span);
        const qint64 to = qBound<qint64>(0, fromUtc.msecsTo(segment.toUtc), span);
        if (to <= from) {
            continue; // outside the window
        }
        const int first = int(qMin<qint64>(count - 1, from * count / span));
        // A segment that ends exactly on a slot's start does not reach into that slot.
        const int last = int(qMin<qint64>(count - 1, (to - 1) * count / span));
        for (int i = first; i <= last; ++i) {
            states[i] = states[i] == HealthState::Unknown
                            ? segment.state
                            : health::HealthStates::worse(states[i], segment.state);
        }
    }
    return states;
}

void StateTimelineStrip::setChanges(const QList<health::StateChange>& changes, const QDateTime& fromUtc,
                                    const QDateTime& toUtc) {
    m_from = fromUtc;
    m_to = toUtc;
    m_segments = segmentsFor(changes, fromUtc, toUtc);
    m_cells = cellStates(m_segments, fromUtc, toUtc);
    int down = 0;
    for (const Segment& segment : std::as_const(m_segments)) {
        down += segment.state == HealthState::Unhealthy || segment.state == HealthState::Degraded ? 1 : 0;
    }
    setAccessibleDescription(down == 0 ? tr("No problems in this period")
                                       : tr("%1 period(s) degraded or down in this period").arg(down));
    update();
}

void StateTimelineStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(0, 2, 0, -2);
    if (m_cells.isEmpty()) {
        p.fillRect(area, palette().color(QPalette::AlternateBase));
        return;
    }
    const double slotWidth = area.width() / double(m_cells.size());
    // A gap between bars while they are wide enough to keep one.
    const double gap = slotWidth >= 5.0 ? 1.0 : 0.0;
    for (int i = 0; i < m_cells.size(); ++i) {
        const HealthState state = m_cells.at(i);
        const QRectF box(area.left() + slotWidth * i, area.top(), qMax(1.0, slotWidth - gap), area.height());
        const QColor c = HealthPalette::color(state);
        if (state == HealthState::Unknown) {
            p.fillRect(box, palette().color(QPalette::AlternateBase));
            p.fillRect(box, QBrush(c, Qt::Dense6Pattern));
            continue;
        }
        p.fillRect(box, c);
        if (state == HealthState::Unhealthy) {
            p.fillRect(box, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
        }
    }
}

bool StateTimelineStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && m_from.isValid() && !m_cells.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int slot =
            qBound(0, help->pos().x() * int(m_cells.size()) / qMax(1, width()), int(m_cells.size()) - 1);
        const qint64 span = m_from.msecsTo(m_to);
        const QDateTime slotFrom = m_from.addMSecs(span * slot / m_cells.size());
        const QDateTime slotTo = m_from.addMSecs(span * (slot + 1) / m_cells.size());
        const HealthState state = m_cells.at(slot);
        QString text = state == HealthState::Unknown
                           ? tr("No data from %1 to %2")
                           : tr("%1 from %2 to %3").arg(health::HealthStates::label(state));
        text = text.arg(QLocale().toString(slotFrom.toLocalTime(), QLocale::ShortFormat),
                        QLocale().toString(slotTo.toLocalTime(), QLocale::ShortFormat));
        // The reason of the worst segment in the slot, if it has one.
        for (const Segment& segment : std::as_const(m_segments)) {
            if (segment.state == state && segment.fromUtc < slotTo && segment.toUtc > slotFrom &&
                !segment.reason.isEmpty() && state != HealthState::Healthy && state != HealthState::Unknown) {
                text += QStringLiteral("\n") + segment.reason;
                break;
            }
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc::ui
