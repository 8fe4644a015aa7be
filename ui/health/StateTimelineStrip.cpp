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

void StateTimelineStrip::setChanges(const QList<health::StateChange>& changes, const QDateTime& fromUtc,
                                    const QDateTime& toUtc) {
    m_from = fromUtc;
    m_to = toUtc;
    m_segments = segmentsFor(changes, fromUtc, toUtc);
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
    p.fillRect(area, palette().color(QPalette::AlternateBase));
    const double span = m_from.isValid() ? double(m_from.msecsTo(m_to)) : 0.0;
    if (span <= 0) {
        return;
    }
    for (const Segment& segment : std::as_const(m_segments)) {
        const double x0 = area.left() + area.width() * double(m_from.msecsTo(segment.fromUtc)) / span;
        const double x1 = area.left() + area.width() * double(m_from.msecsTo(segment.toUtc)) / span;
        // At least a pixel, so a one-minute outage in a week still shows.
        const QRectF box(x0, area.top(), qMax(1.0, x1 - x0), area.height());
        const QColor c = HealthPalette::color(segment.state);
        p.fillRect(box, segment.state == HealthState::Unknown ? palette().color(QPalette::AlternateBase) : c);
        if (segment.state == HealthState::Unhealthy) {
            p.fillRect(box, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
        } else if (segment.state == HealthState::Unknown) {
            p.fillRect(box, QBrush(c, Qt::Dense6Pattern));
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area.adjusted(0, 0, -1, -1));
}

bool StateTimelineStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && m_from.isValid()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const double share = double(help->pos().x()) / qMax(1, width());
        const QDateTime at = m_from.addMSecs(qint64(share * double(m_from.msecsTo(m_to))));
        for (const Segment& segment : std::as_const(m_segments)) {
            if (at >= segment.fromUtc && at < segment.toUtc) {
                QString text =
                    tr("%1 from %2 to %3")
                        .arg(health::HealthStates::label(segment.state),
                             QLocale().toString(segment.fromUtc.toLocalTime(), QLocale::ShortFormat),
                             QLocale().toString(segment.toUtc.toLocalTime(), QLocale::ShortFormat));
                if (!segment.reason.isEmpty() && segment.state != HealthState::Healthy) {
                    text += QStringLiteral("\n") + segment.reason;
                }
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc::ui
