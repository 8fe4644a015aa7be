#pragma once

#include "app/auth/AuthEndpoints.h"
#include "app/auth/SessionTokens.h"
#include "app/core/Profile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace cc {
class Clock;
}
namespace cc::net {
class ApiCall;
class ApiClient;
} // namespace cc::net

namespace cc::auth {

class TokenStore;

// One profile's signed-in user: restores itself from the token store at start, refreshes the access token
// before it expires (RefreshSchedule, on the injected clock's monotonic time and the server's expires_in) and
// when any service answers a JWT-expired 401 (the ApiClient hook). Refreshes are single-flight: however many
// calls ask at once, one refresh request goes out and all of them get its outcome. The rotated refresh token
// is saved before the new access token is used, so a crash in between cannot lose the session. A refresh the
// server refuses for good (already used, not found, session expired, invalid_grant) signs the user out with
// a message.
//
// `authClient` carries the sign-in traffic and must not have a session-refresh hook; the session installs
// its hook on the application's main client through attach().
class Session : public QObject {
    Q_OBJECT

public:
    enum class Status { SignedOut, Restoring, SignedIn };
    Q_ENUM(Status)

    // After a successful refresh, JWT-expired 401s that arrive this soon are replayed with the new token
    // instead of starting another refresh (they were sent with the old token before it was replaced).
    static constexpr qint64 kRecentRefreshMs = 5'000;
    // After a refresh that failed for a transient reason (network), the next try.
    static constexpr qint64 kRetryAfterFailureMs = 30'000;

    Session(Profile profile, net::ApiClient& authClient, TokenStore& store, Clock& clock,
            QObject* parent = nullptr);
    ~Session() override;

    // Gives `api` the current access token for every request and the refresh hook for JWT-expired 401s.
    void attach(net::ApiClient& api);

    // Reads the stored session; restored() tells the outcome. A session whose token has expired meanwhile is
    // refreshed at once.
    void restore();
    // Takes over the tokens of a completed sign-in: stored first, then signedIn().
    void adopt(const SessionTokens& tokens);
    // Refreshes now (single-flight). `done(true)` once the new access token is in use.
    void refresh(std::function<void(bool refreshed)> done = {});
    // Revokes the refresh token on the server and deletes the profile's keychain entries; signOutFinished()
    // when both are done.
    void signOut();

    Status status() const { return m_status; }
    bool isSignedIn() const { return m_status == Status::SignedIn; }
    const Profile& profile() const { return m_profile; }
    QString accessToken() const { return m_status == Status::SignedIn ? m_tokens.accessToken : QString(); }
    const SessionTokens& tokens() const { return m_tokens; }
    QDateTime expiresAtUtc() const;
    // The monotonic time at which the scheduled refresh is due (meaningful while isRefreshScheduled()).
    qint64 refreshDueAtMs() const { return m_refreshDueMs; }
    bool isRefreshScheduled() const { return m_scheduled; }
    bool isRefreshing() const { return m_refreshing; }
    // Refresh requests sent so far (tests and diagnostics).
    int refreshRequests() const { return m_refreshRequests; }

public Q_SLOTS:
    // The refresh timer's slot: refreshes if the injected clock says it is due, otherwise re-arms the timer
    // for the time that is left.
    void checkRefreshDue();

Q_SIGNALS:
    void statusChanged(cc::auth::Session::Status status);
    void restored(bool signedIn);
    void signedIn();
    void refreshed();
    // The session ended: `reason` is empty after the user's own sign-out, a sentence otherwise.
    void signedOut(const QString& reason);
    void signOutFinished();
    // A keychain or server problem the user should see; the session itself goes on.
    void problem(const cc::Error& error);

private:
    void withEndpoints(std::function<void(bool ok)> next);
    void sendRefresh();
    void onRefreshAnswer(const Result<SessionTokens>& result);
    void use(const SessionTokens& tokens, qint64 receivedAtMs);
    void schedule();
    void endSession(const QString& reason, bool revoke);
    void finishWaiters(bool refreshed);
    void setStatus(Status status);

    Profile m_profile;
    net::ApiClient& m_client;
    TokenStore& m_store;
    Clock& m_clock;
    std::optional<AuthEndpoints> m_endpoints;
    SessionTokens m_tokens;
    qint64 m_receivedAtMs = 0;
    qint64 m_refreshDueMs = -1;
    bool m_scheduled = false;
    qint64 m_lastRefreshMs = -1;
    Status m_status = Status::SignedOut;
    QTimer m_timer;
    bool m_refreshing = false;
    int m_refreshRequests = 0;
    quint64 m_generation = 0; // bumped when the session ends, so late answers for an old session are dropped
    QList<std::function<void(bool)>> m_waiters;
    QPointer<net::ApiCall> m_call;
};

} // namespace cc::auth
