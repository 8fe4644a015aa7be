#pragma once

#include "app/core/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

// The application's domain events: what several components care about and no publisher should know. They
// travel over the EventBus (app/core/EventBus.h), delivered on each subscriber's thread. A signal stays a
// signal between two objects that know each other; docs/architecture.md lists who publishes and who
// subscribes to each of these.
namespace cc::events {

// A profile became the one in use (empty: none any more).
struct ProfileSwitched {
    QString profile;
};

// A user signed in to the profile (a fresh sign-in or a restored session).
struct SessionSignedIn {
    QString profile;
    QString email;
};

// The user signed out themselves.
struct SessionSignedOut {
    QString profile;
};

// The session ended without the user asking: its refresh token was refused or revoked.
struct SessionExpired {
    QString profile;
    QString reason;
};

// How the console reaches the profile's backend, as its live connection sees it.
enum class Connectivity { SignedOut, Connecting, Reachable, Offline };

struct ConnectivityChanged {
    QString profile;
    Connectivity state = Connectivity::SignedOut;
    QString detail; // a sentence for the status bar, e.g. the last error
};

// Every operation that could be sent was sent (conflicts and failures may remain).
struct OutboxDrained {
    QString profile;
};

// The server refused an operation for good; it stays in the outbox, marked, with the reason.
struct OutboxFailed {
    QString profile;
    QString campaignId;
    Error error;
};

// The campaign changed on the server since the user's edit was based on it: both versions are kept.
struct OutboxConflict {
    QString profile;
    QString campaignId;
};

// The full sync (every campaign into the cache, for offline work).
struct SyncProgress {
    QString profile;
    qint64 stored = 0;
    std::optional<qint64> total;
};

struct SyncFinished {
    QString profile;
    Error error; // none: every campaign is in the cache
};

// Where a campaign change came from.
enum class ChangeSource {
    ThisDevice, // our own write, applied by the server
    Server      // a change from anyone, through the live feed
};

// Campaigns changed (one event per applied batch, not per row: a storm of changes stays cheap).
struct CampaignsChanged {
    QString profile;
    QStringList campaignIds;
    ChangeSource source = ChangeSource::Server;
};

} // namespace cc::events
