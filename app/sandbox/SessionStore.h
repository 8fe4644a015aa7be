#pragma once

#include <QHash>
#include <QString>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

// GoTrue's sessions and refresh tokens (supabase/auth internal/tokens/service.go): every refresh rotates the
// token; a revoked token is still honoured within the reuse interval, and the parent of the active token is
// always honoured, both by handing out the active token again; any other reuse revokes the whole session.
class SessionStore {
public:
    static constexpr qint64 kReuseIntervalMs = 10'000;

    SessionStore(const Clock& clock, RandomSource& random);

    struct Issued {
        QString sessionId;
        QString refreshToken;
    };
    Issued create(const QString& userId);

    enum class Outcome {
        Rotated,      // a new token was minted
        ReusedActive, // a tolerated reuse: the current active token is returned
        NotFound,     // refresh_token_not_found
        AlreadyUsed,  // refresh_token_already_used; the session is now revoked
        SessionGone,  // session_not_found (revoked earlier, e.g. by reuse detection or logout)
    };
    struct Refreshed {
        Outcome outcome = Outcome::NotFound;
        QString sessionId;
        QString userId;
        QString refreshToken;
        bool ok() const { return outcome == Outcome::Rotated || outcome == Outcome::ReusedActive; }
    };
    Refreshed refresh(const QString& refreshToken);

    bool isActive(const QString& sessionId) const;
    QString userOf(const QString& sessionId) const;
    void revoke(const QString& sessionId);
    // Logout scopes: every session of the user, or every session but `keepSessionId`.
    void revokeUser(const QString& userId, const QString& keepSessionId = {});

private:
    struct Session {
        QString userId;
        QString activeToken;
        bool revoked = false;
    };
    struct Token {
        QString sessionId;
        QString parent;
        bool revoked = false;
        qint64 revokedAtMs = 0;
    };
    QString mint(const QString& sessionId, const QString& parent);

    const Clock& m_clock;
    RandomSource& m_random;
    QHash<QString, Session> m_sessions;
    QHash<QString, Token> m_tokens;
};

} // namespace cc::sandbox
