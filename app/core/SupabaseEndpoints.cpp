#include "app/core/SupabaseEndpoints.h"

#include "app/core/Profile.h"
#include "app/core/UrlPaths.h"

#include <QUrlQuery>

namespace cc {

SupabaseEndpoints SupabaseEndpoints::forProject(const QUrl& projectUrl, const QUrl& emailApiUrl) {
    SupabaseEndpoints e;
    e.project = UrlPaths::join(projectUrl, {});
    e.rest = UrlPaths::join(projectUrl, u"rest/v1");
    e.auth = UrlPaths::join(projectUrl, u"auth/v1");
    e.realtime = UrlPaths::join(projectUrl, u"realtime/v1");
    e.email = emailApiUrl.isEmpty() ? UrlPaths::join(projectUrl, u"api/email") : emailApiUrl;
    e.health = UrlPaths::join(projectUrl, u"health");
    return e;
}

SupabaseEndpoints SupabaseEndpoints::forProfile(const Profile& profile) {
    return forProject(profile.projectUrl, profile.emailApiUrl);
}

QUrl SupabaseEndpoints::restTable(const QString& table) const {
    return UrlPaths::join(rest, table);
}

QUrl SupabaseEndpoints::rpc(const QString& function) const {
    return UrlPaths::join(rest, QStringLiteral("rpc/") + function);
}

QUrl SupabaseEndpoints::authPath(const QString& path) const {
    return UrlPaths::join(auth, path);
}

QUrl SupabaseEndpoints::realtimeSocket(const QString& apiKey, const QString& vsn) const {
    QUrl url = UrlPaths::join(realtime, u"websocket");
    url.setScheme(project.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), apiKey);
    query.addQueryItem(QStringLiteral("vsn"), vsn);
    url.setQuery(query);
    return url;
}

} // namespace cc
