#include "app/sandbox/AuthorizationCodeStore.h"
#include "app/core/ConstantTime.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace cc::sandbox {

namespace {


} // namespace

AuthorizationCodeStore::AuthorizationCodeStore(const Clock& clock, RandomSource& random)
    : m_clock(clock)
    , m_random(random) {}

QString AuthorizationCodeStore::challengeS256(const QString& verifier) {
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool AuthorizationCodeStore::isValidPkceValue(const QString& value) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(value).hasMatch();
}

void AuthorizationCodeStore::purge() {
    // Expired codes are kept for a further lifetime so a late replay is still recognised as reuse of a
    // redeemed code (and revokes its sessions) rather than as an unknown one.
    const qint64 now = m_clock.monotonicMs();
    m_codes.removeIf([&](const auto& entry) { return now - entry.value().issuedMs > 2 * kLifetimeMs; });
}

QString AuthorizationCodeStore::issue(const Grant& grant) {
    purge();
    QString code;
    do {
        code = QString::fromLatin1(
            m_random.bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } while (m_codes.contains(code));
    m_codes.insert(code, Entry{grant, m_clock.monotonicMs(), false, {}});
    return code;
}

AuthorizationCodeStore::Redeemed AuthorizationCodeStore::redeem(const QString& code, const QString& clientId,
                                                                const QString& redirectUri,
                                                                const QString& codeVerifier) {
    Redeemed result;
    auto entry = m_codes.find(code);
    if (code.isEmpty() || entry == m_codes.end()) {
        result.failure = Failure::Unknown;
        return result;
    }
    result.grant = entry->grant;
    if (entry->used) {
        result.failure = Failure::Reused;
        result.revokedSessions = entry->sessions;
        entry->sessions.clear();
        return result;
    }
    // Any presentation consumes the code: a failed attempt must not leave it open for guessing the verifier.
    entry->used = true;
    if (m_clock.monotonicMs() - entry->issuedMs > kLifetimeMs) {
        result.failure = Failure::Expired;
    } else if (!entry->grant.clientId.isEmpty() && entry->grant.clientId != clientId) {
        result.failure = Failure::ClientMismatch;
    } else if (!entry->grant.redirectUri.isEmpty() && entry->grant.redirectUri != redirectUri) {
        result.failure = Failure::RedirectMismatch;
    } else if (!isValidPkceValue(codeVerifier) ||
               !ConstantTime::equals(challengeS256(codeVerifier).toLatin1(),
                                   entry->grant.codeChallenge.toLatin1())) {
        result.failure = Failure::VerifierMismatch;
    }
    return result;
}

void AuthorizationCodeStore::attachSession(const QString& code, const QString& sessionId) {
    auto entry = m_codes.find(code);
    if (entry != m_codes.end()) {
        entry->sessions.append(sessionId);
    }
}

} // namespace cc::sandbox
