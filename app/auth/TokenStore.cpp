#include "app/auth/TokenStore.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

namespace cc::auth {

TokenStore::TokenStore(SecretStore& keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain) {}

QString TokenStore::sessionKey(const QString& profile) {
    return profile + QStringLiteral("/session");
}

QString TokenStore::accountKey(const QString& profile, const QString& platform) {
    return profile + QStringLiteral("/accounts/") + platform;
}

void TokenStore::setMemoryOnly(const Error& reason, Why why) {
    m_reason = reason;
    if (!m_memoryOnly) {
        m_memoryOnly = true;
        if (why == Why::KeychainUnusable) {
            log::warning(lcAuth(), QStringLiteral("no usable keychain: sessions are kept in memory only"), {},
                         reason);
        } else {
            log::info(lcAuth(), QStringLiteral("sessions are kept in memory only"),
                      {{QStringLiteral("reason"), reason.message}});
        }
        Q_EMIT memoryOnlyChanged(true);
    }
}

QString TokenStore::notice() const {
    if (!m_memoryOnly) {
        return {};
    }
    return tr(
        "You are signed in for this session only: no keychain is available, so you will have to sign in "
        "again next time.");
}

} // namespace cc::auth
