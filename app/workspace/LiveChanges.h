#pragma once

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"

#include <QObject>

#include <memory>

namespace cc::auth {
class Session;
}
namespace cc::realtime {
class ChangeApplier;
class ChangeCatchUp;
class FeedHistory;
class RealtimeClient;
} // namespace cc::realtime

namespace cc {

class UserWorkspace;

// The live side of one signed-in user's workspace: the realtime socket subscribed to campaign changes (its
// token from the session, a token-expired close answered by the session's refresh), the catch-up after each
// (re)join, the applier that writes changes into the cache in per-frame batches and tells this console's own
// echoes apart, and the 24-hour feed history. Pages connect to the applier and the client; this class only
// wires the parts together and owns them.
class LiveChanges : public QObject {
    Q_OBJECT

public:
    LiveChanges(UserWorkspace& workspace, auth::Session& session, Clock& clock, RandomSource& random,
                QObject* parent = nullptr);
    ~LiveChanges() override;

    realtime::RealtimeClient& client() { return *m_client; }
    realtime::ChangeApplier& applier() { return *m_applier; }
    realtime::FeedHistory& history() { return *m_history; }

    // Connects (the session must be signed in).
    void start();
    // For when the workspace goes away (sign-out, another user): drops everything that uses the workspace
    // at once, lets the socket leave its channels and close cleanly, then deletes this object (after at most
    // kShutdownGraceMs). The caller must release its ownership first.
    void shutDown();

    static constexpr int kShutdownGraceMs = 3'000;

private:
    std::unique_ptr<realtime::RealtimeClient> m_client;
    std::unique_ptr<realtime::ChangeCatchUp> m_catchUp;
    std::unique_ptr<realtime::ChangeApplier> m_applier;
    std::unique_ptr<realtime::FeedHistory> m_history;
};

} // namespace cc
