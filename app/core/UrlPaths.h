#pragma once

#include <QString>
#include <QUrl>

namespace cc {

// The one rule for building a URL under another, used by every component that talks to the backend
// (SupabaseEndpoints, the repository, the e-mail client, health checks): the base's trailing slashes and the
// path's leading ones become exactly one "/", and the base's query and fragment are dropped, because a
// configured base URL names a place, never a request. `path` is a plain path; callers set a query themselves
// (QUrlQuery), so nothing is encoded twice.
class UrlPaths {
public:
    static QUrl join(const QUrl& base, QStringView path);
    // The base's path without trailing slashes ("" for "/"), as used for prefix matching.
    static QString trimmedPath(const QUrl& url);
};

} // namespace cc
