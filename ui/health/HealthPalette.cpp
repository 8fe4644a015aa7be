#include "ui/health/HealthPalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cc::ui {

using health::HealthState;

QColor HealthPalette::color(HealthState state) {
    switch (state) {
    case HealthState::Healthy:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case HealthState::Degraded:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case HealthState::Unhealthy:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case HealthState::Unknown:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QColor HealthPalette::tint(HealthState state) {
    QColor c = color(state);
    return QColor::fromRgbF(1.0 - (1.0 - c.redF()) * 0.15, 1.0 - (1.0 - c.greenF()) * 0.15,
                            1.0 - (1.0 - c.blueF()) * 0.15);
}

QColor HealthPalette::series(int index) {
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
    return colors[index % 8];
}

QPixmap HealthPalette::pixmap(HealthState state, int size, qreal devicePixelRatio) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    const QColor c = color(state);
    QPen mark(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case HealthState::Healthy: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        p.setPen(mark);
        QPainterPath tick;
        tick.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
        tick.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.70);
        tick.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.32);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case HealthState::Degraded: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(triangle);
        mark.setColor(Qt::black);
        p.setPen(mark);
        p.drawLine(QPointF(r.center().x(), r.top() + r.height() * 0.35),
                   QPointF(r.center().x(), r.top() + r.height() * 0.66));
        p.drawPoint(QPointF(r.center().x(), r.top() + r.height() * 0.84));
        break;
    }
    case HealthState::Unhealthy: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(r.center().x() + r.width() / 2 * std::cos(a),
                               r.center().y() + r.height() / 2 * std::sin(a));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(octagon);
        p.setPen(mark);
        const double k = r.width() * 0.22;
        p.drawLine(r.center() + QPointF(-k, -k), r.center() + QPointF(k, k));
        p.drawLine(r.center() + QPointF(-k, k), r.center() + QPointF(k, -k));
        break;
    }
    case HealthState::Unknown: {
        p.setPen(QPen(c, qMax(1.5, size / 10.0), Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        QFont font = p.font();
        font.setPixelSize(qRound(size * 0.65));
        font.setBold(true);
        p.setFont(font);
        p.setPen(c);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

QIcon HealthPalette::icon(HealthState state, int size) {
    QIcon icon;
    icon.addPixmap(pixmap(state, size, 1.0));
    icon.addPixmap(pixmap(state, size, 2.0));
    return icon;
}

} // namespace cc::ui
