#include "app/core/UrlPaths.h"

namespace cc {

QString UrlPaths::trimmedPath(const QUrl& url) {
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path;
}

QUrl UrlPaths::join(const QUrl& base, QStringView path) {
    while (path.startsWith(QLatin1Char('/'))) {
        path = path.mid(1);
    }
    QUrl url = base;
    url.setQuery(QString());
    url.setFragment(QString());
    const QString prefix = trimmedPath(base);
    url.setPath(path.isEmpty() ? (prefix.isEmpty() ? QStringLiteral("/") : prefix)
                               : prefix + QLatin1Char('/') + path.toString());
    return url;
}

} // namespace cc
