#include "ui/shell/Icons.h"

#include "ui/shell/DrawnIconEngine.h"

#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace cc::ui {

namespace {

QPen strokePen(const QColor& color, qreal width = 2.0) {
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void drawMegaphone(QPainter& p, const QColor& c) {
    p.setPen(strokePen(c, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(QPolygonF({{5, 9.5}, {15, 5}, {15, 19}, {5, 14.5}}));
    p.drawRoundedRect(QRectF(2.5, 9.5, 2.5, 5), 1, 1);
    p.drawPolyline(QPolygonF({{7.5, 15.5}, {9, 20}, {11.5, 20}, {10.5, 16.5}}));
    p.drawLine(QPointF(18, 12), QPointF(21.5, 12));
    p.drawLine(QPointF(18, 8.5), QPointF(20.5, 7));
    p.drawLine(QPointF(18, 15.5), QPointF(20.5, 17));
}

void drawLiveFeed(QPainter& p, const QColor& c) {
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QPointF(12, 12), 2.2, 2.2);
    p.setPen(strokePen(c, 1.8));
    p.setBrush(Qt::NoBrush);
    for (qreal r : {5.5, 9.5}) {
        const QRectF box(12 - r, 12 - r, 2 * r, 2 * r);
        p.drawArc(box, -45 * 16, 90 * 16); // right
        p.drawArc(box, 135 * 16, 90 * 16); // left
    }
}

void drawHealth(QPainter& p, const QColor& c) {
    p.setPen(strokePen(c, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF({{2, 13}, {7, 13}, {9, 8}, {12, 19}, {15, 4}, {17.5, 13}, {22, 13}}));
}

void drawAccount(QPainter& p, const QColor& c) {
    p.setPen(strokePen(c, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(12, 8), 4, 4);
    QPainterPath shoulders;
    shoulders.moveTo(4, 21);
    shoulders.cubicTo(4, 15, 8, 13.5, 12, 13.5);
    shoulders.cubicTo(16, 13.5, 20, 15, 20, 21);
    p.drawPath(shoulders);
}

void drawGear(QPainter& p, const QColor& c) {
    QPainterPath gear;
    gear.addEllipse(QPointF(12, 12), 6.8, 6.8);
    for (int i = 0; i < 8; ++i) {
        QPainterPath tooth;
        tooth.addRoundedRect(QRectF(10.2, 1.8, 3.6, 5), 1, 1);
        QTransform t;
        t.translate(12, 12);
        t.rotate(45.0 * i);
        t.translate(-12, -12);
        gear = gear.united(t.map(tooth));
    }
    QPainterPath hole;
    hole.addEllipse(QPointF(12, 12), 3, 3);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPath(gear.subtracted(hole));
}

void drawLog(QPainter& p, const QColor& c) {
    p.setPen(strokePen(c, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(4.5, 2.5, 15, 19), 2, 2);
    for (qreal y : {7.5, 11.5, 15.5}) {
        p.drawLine(QPointF(8, y), QPointF(y > 15 ? 13 : 16, y));
    }
}

// The same picture as resources/icons/campaign-console.svg, in its 256×256 coordinates.
void drawApplication(QPainter& p, const QColor&) {
    QLinearGradient background(0, 8, 0, 248);
    background.setColorAt(0, QColor(0x1f, 0x6f, 0xb2));
    background.setColorAt(1, QColor(0x0b, 0x4a, 0x80));
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF({{64, 112}, {152, 72}, {152, 184}, {64, 144}}));
    p.drawRoundedRect(QRectF(44, 108, 24, 40), 6, 6);
    p.setBrush(QColor(0xe6, 0xf0, 0xfa));
    p.drawPolygon(QPolygonF({{84, 148}, {96, 196}, {116, 196}, {106, 154}}));
    p.setBrush(QColor(0x56, 0xb4, 0xe9));
    p.drawRoundedRect(QRectF(172, 112, 14, 32), 4, 4);
    p.setBrush(QColor(0x00, 0x9e, 0x73));
    p.drawRoundedRect(QRectF(194, 96, 14, 64), 4, 4);
    p.setBrush(QColor(0xf0, 0xe4, 0x42));
    p.drawRoundedRect(QRectF(216, 80, 14, 96), 4, 4);
}

} // namespace

QIcon Icons::page(Page page) {
    switch (page) {
    case Page::Campaigns:
        return QIcon(new DrawnIconEngine(drawMegaphone));
    case Page::LiveFeed:
        return QIcon(new DrawnIconEngine(drawLiveFeed));
    case Page::Health:
        return QIcon(new DrawnIconEngine(drawHealth));
    case Page::Accounts:
        return QIcon(new DrawnIconEngine(drawAccount));
    case Page::Settings:
        return QIcon(new DrawnIconEngine(drawGear));
    case Page::Logs:
        return QIcon(new DrawnIconEngine(drawLog));
    }
    return {};
}

QIcon Icons::application() {
    static const QString svg = QStringLiteral(":/icons/campaign-console.svg");
    if (QImageReader::supportedImageFormats().contains("svg")) {
        QIcon icon(svg);
        if (!icon.pixmap(64).isNull()) {
            return icon;
        }
    }
    // Rendered into fixed sizes: window managers ask for pixmaps, and a pixmap icon survives being copied
    // into the platform's window properties.
    DrawnIconEngine engine(drawApplication, 256.0, true);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addPixmap(engine.pixmap(QSize(size, size), QIcon::Normal, QIcon::Off));
    }
    return icon;
}

} // namespace cc::ui
