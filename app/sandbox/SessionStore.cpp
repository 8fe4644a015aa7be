#include "app/sandbox/SessionStore.h"

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"

#include <QUuid>

namespace cc::sandbox {

SessionStore::SessionStore(const Clock& clock, RandomSource& random)
    : m_clock(clock)
    , m_random(random) {}

QString SessionStore::mint(const QString& sessionId, const QString& parent) {
    // GoTrue's refresh tokens are short opaque strings; 16 random bytes are plenty for a sandbox.
    QString token;
    do {
        token = QString::fromLatin1(
            m_random.bytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } while (m_tokens.contains(token));
    m_tokens.insert(token, Token{sessionId, parent, false, 0});
    m_sessions[sessionId].activeToken = token;
    return token;
}

SessionStore::Issued SessionStore::create(const QString& userId) {
    const QByteArray bytes = m_random.bytes(16);
    const QString sessionId = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    m_sessions.insert(sessionId, Session{userId, {}, false});
    return Issued{sessionId, mint(sessionId, {})};
}

SessionStore::Refreshed SessionStore::refresh(const QString& refreshToken) {
    Refreshed result;
    auto token = m_tokens.find(refreshToken);
    if (token == m_tokens.end()) {
        result.outcome = Outcome::NotFound;
        return result;
    }
    auto session = m_sessions.find(token->sessionId);
    if (session == m_sessions.end()) {
        result.outcome = Outcome::SessionGone;
        return result;
    }
    result.sessionId = token->sessionId;
    result.userId = session->userId;
    if (session->revoked) {
        result.outcome = token->revoked ? Outcome::AlreadyUsed : Outcome::SessionGone;
        return result;
    }
    if (!token->revoked) {
        token->revoked = true;
        token->revokedAtMs = m_clock.monotonicMs();
        result.refreshToken = mint(result.sessionId, refreshToken);
        result.outcome = Outcome::Rotated;
        return result;
    }
    const Token& active = m_tokens.value(session->activeToken);
    const bool parentOfActive = active.parent == refreshToken;
    const bool withinInterval = m_clock.monotonicMs() - token->revokedAtMs <= kReuseIntervalMs;
    if (parentOfActive || withinInterval) {
        result.refreshToken = session->activeToken;
        result.outcome = Outcome::ReusedActive;
        return result;
    }
    // Reuse detection: someone replays an old token, so the whole token family is no longer trusted.
    revoke(result.sessionId);
    result.outcome = Outcome::AlreadyUsed;
    return result;
}

bool SessionStore::isActive(const QString& sessionId) const {
    const auto session = m_sessions.find(sessionId);
    return session != m_sessions.end() && !session->revoked;
}

QString SessionStore::userOf(const QString& sessionId) const {
    return m_sessions.value(sessionId).userId;
}

void SessionStore::revoke(const QString& sessionId) {
    auto session = m_sessions.find(sessionId);
    if (session == m_sessions.end()) {
        return;
    }
    session->revoked = true;
    const qint64 now = m_clock.monotonicMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        if (it->sessionId == sessionId && !it->revoked) {
            it->revoked = true;
            it->revokedAtMs = now;
        }
    }
}

void SessionStore::revokeUser(const QString& userId, const QString& keepSessionId) {
    QStringList ids;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->userId == userId && it.key() != keepSessionId) {
            ids.append(it.key());
        }
    }
    for (const QString& id : std::as_const(ids)) {
        revoke(id);
    }
}

} // namespace cc::sandbox
