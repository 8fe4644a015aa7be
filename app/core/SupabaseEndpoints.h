#pragma once

#include <QString>
#include <QUrl>

namespace cc {

struct Profile;

// Where each Supabase service of a project lives, built once from a profile, so no component spells
// "/rest/v1" or joins a path by hand. The layout is Supabase's API gateway: PostgREST under /rest/v1, GoTrue
// under /auth/v1, Realtime's Phoenix socket at /realtime/v1/websocket, plus this project's e-mail API
// (/api/email unless the profile names another URL) and the backend's /health document. See
// docs/architecture.md for which component calls which.
struct SupabaseEndpoints {
    QUrl project;  // the profile's project URL, without query and fragment
    QUrl rest;     // {project}/rest/v1
    QUrl auth;     // {project}/auth/v1
    QUrl realtime; // {project}/realtime/v1 (the API client's service for the socket's host)
    QUrl email;    // the profile's e-mail API URL, else {project}/api/email
    QUrl health;   // {project}/health

    static SupabaseEndpoints forProject(const QUrl& projectUrl, const QUrl& emailApiUrl = {});
    static SupabaseEndpoints forProfile(const Profile& profile);

    // {rest}/{table}, e.g. {rest}/campaigns.
    QUrl restTable(const QString& table) const;
    // {rest}/rpc/{function}.
    QUrl rpc(const QString& function) const;
    // {auth}/{path}, e.g. authPath("token").
    QUrl authPath(const QString& path) const;
    // ws(s)://host/realtime/v1/websocket?apikey=KEY&vsn=VERSION: wss for an https project, ws otherwise
    // (loopback only, which UrlPolicy enforces for the project URL). Contains the key: log it redacted.
    QUrl realtimeSocket(const QString& apiKey, const QString& vsn) const;
};

} // namespace cc
