#pragma once

#include <QString>

namespace cc::data {

// Where a profile's local data lives: <AppDataLocation>/data/<profile>/<user id>/{cache,outbox}.sqlite, so no
// user ever reads another user's cached rows or pending edits, and two profiles never share a file.
class DataPaths {
public:
    // The `sub` claim of an access token (not verified: it only names a local folder; the server checks the
    // token). Empty when the token is not a readable JWT.
    static QString userIdFromAccessToken(const QString& token);
    // `root` empty: the standard AppDataLocation.
    static QString directory(const QString& profile, const QString& userId, const QString& root = {});
    static QString cacheFile(const QString& directory);
    static QString outboxFile(const QString& directory);
};

} // namespace cc::data
