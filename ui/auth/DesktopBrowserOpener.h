#pragma once

#include "app/core/BrowserOpener.h"

#include <QCoreApplication>

#include <memory>

namespace cc::ui {

// The GUI's default browser: the desktop's URL handler (QDesktopServices::openUrl). Lives in the UI layer
// because it needs Qt Gui, which console_core must not link.
class DesktopBrowserOpener final : public BrowserOpener {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::DesktopBrowserOpener)

public:
    std::optional<Error> open(const QUrl& url) override;

    // CAMPAIGN_CONSOLE_BROWSER when set, the desktop otherwise.
    static std::unique_ptr<BrowserOpener> create();
};

} // namespace cc::ui
