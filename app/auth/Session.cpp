#include "app/auth/Session.h"

#include "app/auth/OidcDiscovery.h"
#include "app/auth/RefreshSchedule.h"
#include "app/auth/TokenRequests.h"
#include "app/auth/TokenStore.h"
#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/net/ApiClient.h"

#include <algorithm>
#include <limits>

namespace cc::auth {

Session::Session(Profile profile, net::ApiClient& authClient, TokenStore& store, Clock& clock,
                 QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(authClient)
    , m_store(store)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Session::checkRefreshDue);
}

Session::~Session() {
    finishWaiters(false);
}

void Session::setStatus(Status status) {
    if (m_status != status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

QDateTime Session::expiresAtUtc() const {
    return m_tokens.expiresAtUtc();
}

void Session::attach(net::ApiClient& api) {
    QPointer<Session> self(this);
    api.setTokenProvider([self] { return self ? self->accessToken() : QString(); });
    api.setSessionRefreshHook([self](const Error&, net::ApiClient::SessionRefreshDone done) {
        if (!self || !self->isSignedIn()) {
            done(false);
            return;
        }
        self->refresh(std::move(done));
    });
}

void Session::restore() {
    setStatus(Status::Restoring);
    const quint64 generation = m_generation;
    m_store.secrets().read(
        TokenStore::sessionKey(m_profile.name), this, [this, generation](const SecretResult& r) {
            if (generation != m_generation) {
                return;
            }
            if (!r.ok()) {
                setStatus(Status::SignedOut);
                Q_EMIT problem(r.error);
                Q_EMIT restored(false);
                return;
            }
            if (r.notFound || !r.data) {
                setStatus(Status::SignedOut);
                Q_EMIT restored(false);
                return;
            }
            Result<SessionTokens> tokens = SessionTokens::fromSecret(*r.data);
            if (!tokens) {
                log::warning(lcAuth(), QStringLiteral("stored session unreadable; signed out"), {},
                             tokens.error());
                setStatus(Status::SignedOut);
                Q_EMIT restored(false);
                return;
            }
            // Monotonic time does not survive a restart: place the receipt on it by the wall-clock age, never
            // in the future (a clock set backwards must not extend a token's life).
            const qint64 age = std::max<qint64>(0, tokens.value().receivedAtUtc.msecsTo(m_clock.nowUtc()));
            use(tokens.value(), m_clock.monotonicMs() - age);
            log::info(lcAuth(), QStringLiteral("session restored"),
                      {{QStringLiteral("profile"), m_profile.name}});
            checkRefreshDue(); // before restored(), so listeners can see isRefreshing()
            Q_EMIT restored(true);
            Q_EMIT signedIn();
        });
}

void Session::adopt(const SessionTokens& tokens) {
    const quint64 generation = ++m_generation;
    finishWaiters(false);
    const qint64 receivedAt = m_clock.monotonicMs();
    m_store.secrets().write(
        TokenStore::sessionKey(m_profile.name), tokens.toSecret(), this,
        [this, tokens, receivedAt, generation](const SecretResult& written) {
            if (generation != m_generation) {
                return;
            }
            use(tokens, receivedAt);
            log::info(lcAuth(), QStringLiteral("signed in"), {{QStringLiteral("profile"), m_profile.name}});
            Q_EMIT signedIn();
            if (!written.ok()) {
                // Reported, not swallowed (after signedIn, so it is shown with the session); the session
                // still works for this process.
                Q_EMIT problem(written.error);
            }
        });
}

void Session::use(const SessionTokens& tokens, qint64 receivedAtMs) {
    m_tokens = tokens;
    m_receivedAtMs = receivedAtMs;
    setStatus(Status::SignedIn);
    schedule();
}

void Session::schedule() {
    m_refreshDueMs = RefreshSchedule::refreshAtMs(m_receivedAtMs, m_tokens.expiresIn);
    m_scheduled = true;
    const qint64 delay = std::max<qint64>(0, m_refreshDueMs - m_clock.monotonicMs());
    m_timer.start(static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void Session::checkRefreshDue() {
    if (m_status != Status::SignedIn || !m_scheduled) {
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    if (now < m_refreshDueMs) {
        m_timer.start(
            static_cast<int>(std::min<qint64>(m_refreshDueMs - now, std::numeric_limits<int>::max())));
        return;
    }
    refresh();
}

void Session::refresh(std::function<void(bool)> done) {
    if (m_status != Status::SignedIn) {
        if (done) {
            done(false);
        }
        return;
    }
    if (!m_refreshing && m_lastRefreshMs >= 0 && done &&
        m_clock.monotonicMs() - m_lastRefreshMs < kRecentRefreshMs) {
        done(true); // a 401 for a request sent just before the last refresh: replay with the new token
        return;
    }
    if (done) {
        m_waiters.append(std::move(done));
    }
    if (m_refreshing) {
        return; // single-flight: this caller waits for the refresh already under way
    }
    if (m_tokens.refreshToken.isEmpty()) {
        endSession(tr("Your session has expired; please sign in again."), false);
        return;
    }
    m_refreshing = true;
    m_timer.stop();
    withEndpoints([this](bool ok) {
        if (ok) {
            sendRefresh();
        }
    });
}

void Session::withEndpoints(std::function<void(bool)> next) {
    if (m_endpoints) {
        next(true);
        return;
    }
    const quint64 generation = m_generation;
    OidcDiscovery::resolve(m_profile, m_client, this,
                           [this, next, generation](const Result<AuthEndpoints>& r) {
                               if (generation != m_generation) {
                                   return;
                               }
                               if (!r) {
                                   Q_EMIT problem(r.error());
                                   if (m_refreshing) {
                                       m_refreshing = false;
                                       finishWaiters(false);
                                       m_refreshDueMs = m_clock.monotonicMs() + kRetryAfterFailureMs;
                                       m_timer.start(static_cast<int>(kRetryAfterFailureMs));
                                   }
                                   next(false);
                                   return;
                               }
                               m_endpoints = r.value();
                               next(true);
                           });
}

void Session::sendRefresh() {
    ++m_refreshRequests;
    const quint64 generation = m_generation;
    log::info(lcAuth(), QStringLiteral("refreshing the session"),
              {{QStringLiteral("profile"), m_profile.name}});
    m_call = m_client.send(TokenRequests::refresh(*m_endpoints, m_profile, m_tokens));
    connect(m_call, &net::ApiCall::finished, this, [this, generation](const net::ApiResponse& response) {
        if (generation == m_generation) {
            onRefreshAnswer(TokenRequests::read(response, m_clock.nowUtc()));
        }
    });
}

void Session::onRefreshAnswer(const Result<SessionTokens>& result) {
    if (!result) {
        const Error& error = result.error();
        if (TokenRequests::isSessionGone(error)) {
            log::warning(lcAuth(), QStringLiteral("refresh refused; signing out"), {}, error);
            endSession(tr("Your session has ended (it was signed out elsewhere or expired); please sign in "
                          "again."),
                       false);
            return;
        }
        // Transient (network, 5xx): keep the session, try again a little later.
        log::warning(lcAuth(), QStringLiteral("refresh failed; will retry"), {}, error);
        m_refreshing = false;
        Q_EMIT problem(error);
        finishWaiters(false);
        m_refreshDueMs = m_clock.monotonicMs() + kRetryAfterFailureMs;
        m_timer.start(static_cast<int>(kRetryAfterFailureMs));
        return;
    }
    SessionTokens next = result.value();
    // A refresh answer need not repeat who signed in (OAuth servers without an ID token).
    if (next.userId.isEmpty()) {
        next.userId = m_tokens.userId;
    }
    if (next.email.isEmpty()) {
        next.email = m_tokens.email;
    }
    if (next.role.isEmpty()) {
        next.role = m_tokens.role;
    }
    if (next.refreshToken.isEmpty()) {
        next.refreshToken = m_tokens.refreshToken; // the server chose not to rotate
    }
    const qint64 receivedAt = m_clock.monotonicMs();
    const quint64 generation = m_generation;
    // The rotated refresh token goes to the store first: the old one is already spent on the server.
    m_store.secrets().write(TokenStore::sessionKey(m_profile.name), next.toSecret(), this,
                            [this, next, receivedAt, generation](const SecretResult& written) {
                                if (generation != m_generation) {
                                    return;
                                }
                                use(next, receivedAt);
                                m_refreshing = false;
                                m_lastRefreshMs = m_clock.monotonicMs();
                                log::info(lcAuth(), QStringLiteral("session refreshed"),
                                          {{QStringLiteral("profile"), m_profile.name},
                                           {QStringLiteral("expires_in"), next.expiresIn}});
                                Q_EMIT refreshed();
                                finishWaiters(true);
                                if (!written.ok()) {
                                    Q_EMIT problem(written.error);
                                }
                            });
}

void Session::finishWaiters(bool refreshed) {
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto& done : waiters) {
        done(refreshed);
    }
}

void Session::signOut() {
    endSession(QString(), true);
}

void Session::endSession(const QString& reason, bool revoke) {
    const SessionTokens old = m_tokens;
    const bool wasSignedIn = m_status != Status::SignedOut;
    ++m_generation;
    m_tokens = SessionTokens{};
    m_refreshing = false;
    m_refreshDueMs = -1;
    m_scheduled = false;
    m_timer.stop();
    if (m_call) {
        m_call->cancel();
    }
    setStatus(Status::SignedOut);
    finishWaiters(false);

    auto pending = std::make_shared<int>(revoke && !old.accessToken.isEmpty() ? 2 : 1);
    QPointer<Session> self(this);
    auto oneDone = [self, pending] {
        if (--*pending == 0 && self) {
            Q_EMIT self->signOutFinished();
        }
    };
    m_store.secrets().remove(TokenStore::sessionKey(m_profile.name), this,
                             [this, oneDone](const SecretResult& r) {
                                 if (!r.ok()) {
                                     Q_EMIT problem(r.error);
                                 }
                                 oneDone();
                             });
    if (*pending == 2) {
        withEndpoints([this, old, oneDone](bool ok) {
            if (!ok) {
                oneDone();
                return;
            }
            const net::ApiRequest request = TokenRequests::revoke(*m_endpoints, m_profile, old);
            if (request.url.isEmpty()) {
                oneDone();
                return;
            }
            net::ApiCall* call = m_client.send(request);
            connect(call, &net::ApiCall::finished, this, [oneDone](const net::ApiResponse& response) {
                if (!response.ok()) {
                    log::warning(lcAuth(), QStringLiteral("revocation failed"), {}, response.error);
                }
                oneDone();
            });
        });
    }
    if (wasSignedIn) {
        log::info(lcAuth(), QStringLiteral("signed out"), {{QStringLiteral("profile"), m_profile.name}});
        Q_EMIT signedOut(reason);
    }
}

} // namespace cc::auth
