#include "ui/auth/DesktopBrowserOpener.h"

#include "app/auth/CommandBrowserOpener.h"

#include <QDesktopServices>

namespace cc::ui {

std::optional<Error> DesktopBrowserOpener::open(const QUrl& url) {
    if (!QDesktopServices::openUrl(url)) {
        return Error(ErrorKind::Config,
                     tr("No browser could be opened; copy the sign-in link and open it yourself."),
                     QStringLiteral("QDesktopServices::openUrl failed"));
    }
    return std::nullopt;
}

std::unique_ptr<BrowserOpener> DesktopBrowserOpener::create() {
    if (auto command = auth::CommandBrowserOpener::fromEnvironment()) {
        return command;
    }
    return std::make_unique<DesktopBrowserOpener>();
}

} // namespace cc::ui
