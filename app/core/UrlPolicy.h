#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace cc {

// The console's one rule for where it may talk to: https everywhere, plain http only on loopback (the
// sandbox, OAuth redirects). Profiles, the API client and sign-in all ask here, so the rule cannot drift.
class UrlPolicy {
public:
    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString& host);
    // nullopt when the URL may be used; otherwise a translated reason ("HTTPS is required for ...").
    static std::optional<QString> check(const QUrl& url);
};

} // namespace cc
