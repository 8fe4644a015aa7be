#pragma once

#include <QObject>
#include <QPointer>

namespace cc {

class EventBus;
class ProfileContext;
class UserWorkspace;
class LiveChanges;

// Publishes one profile's domain events (app/workspace/DomainEvents.h) on the bus: it listens to the signals
// of the session, the workspace that follows it, the outbox sender and the live connection, which know
// nothing of the bus or of who listens. ProfileContext owns one when it is given a bus.
class ProfileEvents : public QObject {
    Q_OBJECT

public:
    ProfileEvents(ProfileContext& context, EventBus& bus, QObject* parent = nullptr);

private:
    void followSession();
    void followWorkspace();
    void onWorkspaceReady(UserWorkspace& workspace, LiveChanges* live);

    ProfileContext& m_context;
    EventBus& m_bus;
    QString m_profile;
};

} // namespace cc
