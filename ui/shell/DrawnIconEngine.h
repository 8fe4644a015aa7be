#pragma once

#include <QIconEngine>

#include <functional>

namespace cc::ui {

// An icon engine that paints a glyph on demand. The painter draws in a 24×24 box and gets the pen colour
// matching the icon mode (normal text, selected text, disabled text).
class DrawnIconEngine : public QIconEngine {
public:
    using Painter = std::function<void(QPainter&, const QColor&)>;

    // `fixedColors`: the glyph brings its own colours (the application icon) and ignores the mode's colour.
    explicit DrawnIconEngine(Painter painter, qreal designSize = 24.0, bool fixedColors = false);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    Painter m_painter;
    qreal m_designSize;
    bool m_fixedColors;
};

} // namespace cc::ui
