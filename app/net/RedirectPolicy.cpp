#include "app/net/RedirectPolicy.h"

#include "app/core/UrlPolicy.h"

namespace cc::net {

RedirectPolicy::Decision RedirectPolicy::decide(const QByteArray& method, int status, const QUrl& from,
                                                const QUrl& to, int followed) {
    const auto isHttps = [](const QUrl& url) {
        return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    };
    if ((isHttps(from) && !isHttps(to)) || UrlPolicy::check(to)) {
        return {Verdict::RefuseInsecure, false};
    }
    if (followed >= kMaxRedirects) {
        return {Verdict::RefuseTooMany, false};
    }
    const QByteArray verb = method.toUpper();
    const bool becomesGet =
        verb != "HEAD" && (status == 303 || ((status == 301 || status == 302) && verb == "POST"));
    return {Verdict::Follow, becomesGet};
}

} // namespace cc::net
