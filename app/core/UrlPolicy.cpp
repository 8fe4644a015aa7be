#include "app/core/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cc {

bool UrlPolicy::isLoopbackHost(const QString& host) {
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost")) {
        return true;
    }
    QHostAddress address;
    QString literal = h;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']'))) {
        literal = literal.mid(1, literal.size() - 2);
    }
    return address.setAddress(literal) && address.isLoopback();
}

std::optional<QString> UrlPolicy::check(const QUrl& url) {
    auto tr = [](const char* text) { return QCoreApplication::translate("cc::UrlPolicy", text); };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return tr("\"%1\" is not a valid address; expected something like https://project.supabase.co.")
            .arg(url.toString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return tr("\"%1\" must start with https://.").arg(url.toString());
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return tr("HTTPS is required for %1: plain http is allowed only for this computer (127.0.0.1, "
                  "localhost).")
            .arg(url.host());
    }
    if (!url.userInfo().isEmpty()) {
        return tr("The address must not contain a user name or password.");
    }
    return std::nullopt;
}

} // namespace cc
