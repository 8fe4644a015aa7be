#pragma once

#include "app/core/Error.h"
#include "app/workspace/LiveChanges.h"
#include "app/workspace/UserWorkspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace cc::auth {
class Session;
}

namespace cc {

// Follows one profile's session: once a user is signed in it builds that user's workspace (attached to the
// session, so every request carries the current token and a JWT-expired 401 refreshes it) and opens it;
// when the user signs out, or another user signs in, the workspace is announced as closing and dropped. So
// the pages never see another user's cache, and nothing keeps a signed-out user's token.
class SessionWorkspace : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kFullSyncEveryMs = 24LL * 60 * 60 * 1000;

    SessionWorkspace(auth::Session& session, Clock& clock, RandomSource& random,
                     QNetworkAccessManager* network, UserWorkspace::Options options = {},
                     bool liveChanges = true, QObject* parent = nullptr);
    ~SessionWorkspace() override;

    auth::Session& session() const { return m_session; }
    // The open workspace, or nullptr (signed out, or still opening).
    UserWorkspace* workspace() const { return m_ready ? m_workspace.get() : nullptr; }
    // Its live changes (realtime), while the workspace is open and live updates are on; else nullptr.
    LiveChanges* live() const { return m_ready ? m_live.get() : nullptr; }

Q_SIGNALS:
    // A user signed in: their workspace is being opened.
    void opening();
    // The signed-in user's workspace is open. `movedAside` names a corrupt cache file set aside (rebuilt).
    void ready(cc::UserWorkspace* workspace, const QString& movedAside);
    // The workspace could not be opened (disk full, unreadable outbox): the user sees why.
    void failed(const cc::Error& error);
    // Emitted before the workspace is destroyed: drop every pointer into it.
    void closing();
    // The initial full sync (every campaign into the cache, for offline work): progress and outcome.
    void fullSyncProgress(qint64 stored, std::optional<qint64> total);
    void fullSyncFinished(const cc::Error& error);

private:
    void onSignedIn();
    void close();
    void startFullSync(UserWorkspace& workspace);

    auth::Session& m_session;
    Clock& m_clock;
    RandomSource& m_random;
    QNetworkAccessManager* m_network;
    UserWorkspace::Options m_options;
    bool m_liveEnabled;
    std::unique_ptr<UserWorkspace> m_workspace;
    std::unique_ptr<LiveChanges> m_live;
    QList<QPointer<LiveChanges>> m_leaving; // shut down, still closing their sockets
    bool m_ready = false;
};

} // namespace cc
