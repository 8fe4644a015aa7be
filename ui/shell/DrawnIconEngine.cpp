#include "ui/shell/DrawnIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace cc::ui {

DrawnIconEngine::DrawnIconEngine(Painter painter, qreal designSize, bool fixedColors)
    : m_painter(std::move(painter))
    , m_designSize(designSize)
    , m_fixedColors(fixedColors) {}

void DrawnIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) {
    const QPalette palette = QGuiApplication::palette();
    QColor color = palette.color(QPalette::Normal, QPalette::WindowText);
    if (mode == QIcon::Selected) {
        color = palette.color(QPalette::Normal, QPalette::HighlightedText);
    } else if (mode == QIcon::Disabled) {
        color = palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / m_designSize, side / m_designSize);
    if (!m_fixedColors && mode == QIcon::Disabled) {
        painter->setOpacity(0.6);
    }
    m_painter(*painter, color);
    painter->restore();
}

QPixmap DrawnIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine* DrawnIconEngine::clone() const {
    return new DrawnIconEngine(m_painter, m_designSize, m_fixedColors);
}

QString DrawnIconEngine::key() const {
    return QStringLiteral("cc-drawn");
}

} // namespace cc::ui
