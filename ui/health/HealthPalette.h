#pragma once

#include "app/health/HealthState.h"

#include <QColor>
#include <QIcon>

namespace cc::ui {

// The dashboard's colours: the Okabe-Ito palette, which stays distinguishable with the common colour-vision
// deficiencies. A state is never told by colour alone: each has its own icon shape (check in a circle,
// exclamation in a triangle, cross in an octagon, question mark in a dashed circle) and its text.
class HealthPalette {
public:
    static QColor color(health::HealthState state);
    // A pale tint of the state's colour for backgrounds (tiles, banner).
    static QColor tint(health::HealthState state);
    static QIcon icon(health::HealthState state, int size = 16);
    static QPixmap pixmap(health::HealthState state, int size, qreal devicePixelRatio = 1.0);
    // A line colour per series index (chart), from the same palette.
    static QColor series(int index);
};

} // namespace cc::ui
