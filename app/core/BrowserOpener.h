#pragma once

#include "app/core/Error.h"

#include <QUrl>

#include <optional>

namespace cc {

// Opens a URL in the user's own browser (RFC 8252: native apps sign in through an external user agent,
// never an embedded web view). Injected wherever a flow needs a browser, so tests and unusual desktops can
// take its place. Implementations never go through a shell.
class BrowserOpener {
public:
    virtual ~BrowserOpener() = default;

    // Starts the browser and returns at once (nothing waits for the browser); an error when it could not even
    // be started, so the caller can fall back to showing the link.
    virtual std::optional<Error> open(const QUrl& url) = 0;
};

} // namespace cc
