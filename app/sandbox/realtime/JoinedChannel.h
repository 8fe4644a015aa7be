#pragma once

#include "app/realtime/ChangeBinding.h"
#include "app/realtime/PostgresChange.h"
#include "app/sandbox/Caller.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace cc::sandbox {

class KeyRing;

// One joined channel of a realtime socket: who joined it (the access token's caller, which decides row-level
// security) and which postgres_changes it asked for.
struct JoinedChannel {
    QString topic;   // "realtime:<name>"
    QString joinRef; // the phx_join's ref; every push to this channel quotes it
    QString token;   // the access token the channel currently runs with
    Caller caller;
    qint64 expiresAt = 0; // the token's exp (seconds since the epoch); the channel closes then
    QList<realtime::ChangeBinding> bindings; // the valid ones, with their ids
    bool subscribed = false;                 // "Subscribed to PostgreSQL" was sent

    QString name() const { return topic.mid(9); } // without "realtime:"

    // The ids of the bindings `change` matches, or nothing when row-level security hides the row from the
    // channel's caller (the filter and the policy are both evaluated on record, or old_record for DELETE).
    QList<qint64> matchingIds(const realtime::PostgresChange& change) const;

    // Supabase derives a binding's id from its parameters (:erlang.phash2), so identical bindings share it;
    // this is a stable 27-bit hash of event, schema, table and filter, as the client sent them.
    static qint64 bindingId(const QJsonObject& rawBinding);
    // Whether a binding names something the sandbox publishes: schema public (or *), table campaigns (or *).
    static bool isPublished(const realtime::ChangeBinding& binding);
};

// The verdict on an access token for a channel, with Supabase Realtime's join error reasons ("<Code>:
// <text>").
struct RealtimeToken {
    bool ok = false;
    QString reason;  // e.g. "InvalidJWTToken: Token has expired 12 seconds ago"
    QString message; // the reason without its code, for system messages
    Caller caller;
    qint64 expiresAt = 0;

    static RealtimeToken check(const KeyRing& keys, const QString& token);
    static RealtimeToken failure(const QString& code, const QString& message);
};

} // namespace cc::sandbox
