#include "app/workspace/ProfileEvents.h"

#include "app/auth/Session.h"
#include "app/core/EventBus.h"
#include "app/data/Campaign.h"
#include "app/data/OutboxOperation.h"
#include "app/data/OutboxSender.h"
#include "app/data/WriteOutcome.h"
#include "app/realtime/CampaignEvent.h"
#include "app/realtime/ChangeApplier.h"
#include "app/realtime/ConnectionState.h"
#include "app/realtime/RealtimeClient.h"
#include "app/workspace/DomainEvents.h"
#include "app/workspace/LiveChanges.h"
#include "app/workspace/ProfileContext.h"
#include "app/workspace/SessionWorkspace.h"

namespace cc {

ProfileEvents::ProfileEvents(ProfileContext& context, EventBus& bus, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_bus(bus)
    , m_profile(context.profile().name) {
    followSession();
    if (context.workspace()) {
        followWorkspace();
    }
}

void ProfileEvents::followSession() {
    auth::Session& session = m_context.session();
    connect(&session, &auth::Session::signedIn, this, [this, &session] {
        m_bus.publish(events::SessionSignedIn{m_profile, session.tokens().email});
    });
    connect(&session, &auth::Session::signedOut, this, [this](const QString& reason) {
        if (reason.isEmpty()) {
            m_bus.publish(events::SessionSignedOut{m_profile});
        } else {
            m_bus.publish(events::SessionExpired{m_profile, reason});
        }
        m_bus.publish(events::ConnectivityChanged{m_profile, events::Connectivity::SignedOut, {}});
    });
}

void ProfileEvents::followWorkspace() {
    SessionWorkspace* workspace = m_context.workspace();
    connect(workspace, &SessionWorkspace::ready, this,
            [this, workspace](UserWorkspace* open) { onWorkspaceReady(*open, workspace->live()); });
    connect(workspace, &SessionWorkspace::fullSyncProgress, this,
            [this](qint64 stored, std::optional<qint64> total) {
                m_bus.publish(events::SyncProgress{m_profile, stored, total});
            });
    connect(workspace, &SessionWorkspace::fullSyncFinished, this, [this](const Error& error) {
        m_bus.publish(events::SyncFinished{m_profile, error});
    });
}

void ProfileEvents::onWorkspaceReady(UserWorkspace& workspace, LiveChanges* live) {
    data::OutboxSender& sender = workspace.sender();
    // The workspace goes before this object only with its profile's context, which owns this object too.
    connect(&sender, &data::OutboxSender::drained, this,
            [this] { m_bus.publish(events::OutboxDrained{m_profile}); });
    connect(&sender, &data::OutboxSender::failed, this,
            [this](const data::OutboxOperation& op, const Error& error) {
                m_bus.publish(events::OutboxFailed{m_profile, op.campaignId, error});
            });
    connect(&sender, &data::OutboxSender::conflict, this,
            [this](const data::OutboxOperation& op, const data::Campaign&) {
                m_bus.publish(events::OutboxConflict{m_profile, op.campaignId});
            });
    connect(&sender, &data::OutboxSender::applied, this,
            [this](const data::OutboxOperation& op, const data::WriteOutcome&) {
                m_bus.publish(
                    events::CampaignsChanged{m_profile, {op.campaignId}, events::ChangeSource::ThisDevice});
            });
    if (!live) {
        return;
    }
    connect(&live->applier(), &realtime::ChangeApplier::changesApplied, this,
            [this](const QList<realtime::CampaignEvent>& changes) {
                QStringList ids;
                ids.reserve(changes.size());
                for (const realtime::CampaignEvent& change : changes) {
                    if (!change.own) {
                        ids.append(change.id);
                    }
                }
                if (!ids.isEmpty()) {
                    m_bus.publish(events::CampaignsChanged{m_profile, ids, events::ChangeSource::Server});
                }
            });
    realtime::RealtimeClient* client = &live->client();
    connect(client, &realtime::RealtimeClient::stateChanged, this,
            [this, client](realtime::ConnectionState state) {
                if (!m_context.session().isSignedIn()) {
                    return; // the socket closing after a sign-out: "signed out" was said, not "offline"
                }
                using realtime::ConnectionState;
                events::ConnectivityChanged event{m_profile, events::Connectivity::Connecting, {}};
                switch (state) {
                case ConnectionState::Live:
                    event.state = events::Connectivity::Reachable;
                    break;
                case ConnectionState::Connecting:
                case ConnectionState::Joining:
                case ConnectionState::Reconnecting:
                    event.state = events::Connectivity::Connecting;
                    break;
                case ConnectionState::AuthFailed:
                case ConnectionState::Disconnected:
                    event.state = events::Connectivity::Offline;
                    event.detail = client->lastError().isError() ? client->lastError().message : QString();
                    break;
                }
                m_bus.publish(event);
            });
}

} // namespace cc
