#pragma once

#include "ui/shell/Page.h"

#include <QIcon>

namespace cc::ui {

// The console's icons. Navigation icons are drawn with QPainter in the palette's text colour, so they are
// sharp at any size and follow dark and light themes without shipping image files or an icon theme.
class Icons {
public:
    static QIcon page(Page page);
    // The application icon: resources/icons/campaign-console.svg when Qt can read SVG (the qt6-svg plugin),
    // otherwise the same picture drawn in code so the window never shows a blank icon.
    static QIcon application();
};

} // namespace cc::ui
