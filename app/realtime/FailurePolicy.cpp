#include "app/realtime/FailurePolicy.h"

#include <QStringList>

namespace cc::realtime {

namespace {

bool containsAny(const QString& text, const QStringList& needles) {
    for (const QString& needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

const QStringList& authCodes() {
    static const QStringList codes = {
        QStringLiteral("InvalidJWTToken"),   QStringLiteral("MalformedJWT"),
        QStringLiteral("JwtSignatureError"), QStringLiteral("Unauthorized"),
        QStringLiteral("InvalidJWT"),        QStringLiteral("are required in JWT"),
        QStringLiteral("Forbidden"),         QStringLiteral("permission denied"),
    };
    return codes;
}

const QStringList& fatalCodes() {
    static const QStringList codes = {
        QStringLiteral("RealtimeDisabledForTenant"),
        QStringLiteral("TenantNotFound"),
        QStringLiteral("TopicNameRequired"),
    };
    return codes;
}

} // namespace

FailurePolicy::Action FailurePolicy::forJoinError(const QString& reason) {
    if (reason.contains(QLatin1String("expired"), Qt::CaseInsensitive)) {
        return Action::RefreshAndRejoin;
    }
    if (containsAny(reason, fatalCodes())) {
        return Action::Fatal;
    }
    if (containsAny(reason, authCodes())) {
        return Action::AuthError;
    }
    return Action::Retry;
}

FailurePolicy::SystemVerdict FailurePolicy::forSystemError(const QString& extension, const QString& message) {
    if (message.contains(QLatin1String("expired"), Qt::CaseInsensitive)) {
        return {true, Action::RefreshAndRejoin};
    }
    if (containsAny(message, authCodes())) {
        return {true, Action::AuthError};
    }
    if (extension == QLatin1String("postgres_changes")) {
        // Bad filter, missing publication, database errors: the server keeps the channel and retries.
        return {false, Action::Retry};
    }
    // "Too many messages per second", "Server requested disconnect", presence limits: the channel closes.
    return {true, Action::Retry};
}

} // namespace cc::realtime
