#pragma once

#include "app/core/Clock.h"
#include "app/data/OutboxOperation.h"
#include "app/data/WriteOutcome.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc::realtime {

struct PostgresChange;

// What this console wrote recently, so the realtime echo of its own write is not reported as someone else's
// change. The record does not carry the Idempotency-Key, so a write is recognised two ways: once the server
// has answered, by the row's id and new updated_at (exact); while the request is still in flight (on
// loopback the echo can beat the HTTP response), by the id and the values the operation sets. Each
// expectation matches one echo and is forgotten after `retentionMs` (an echo never seen: filtered by RLS,
// or the socket was down).
class OwnWrites {
public:
    static constexpr qint64 kDefaultRetentionMs = 120'000;

    explicit OwnWrites(const Clock& clock, qint64 retentionMs = kDefaultRetentionMs);

    // OutboxSender::sending: the operation is about to reach the server.
    void noteSending(const data::OutboxOperation& operation);
    // OutboxSender::applied: the server's row after the write identifies its echo exactly.
    void noteApplied(const data::OutboxOperation& operation, const data::WriteOutcome& outcome);
    // A write made outside the outbox (tests, tools): the row as the server returned it.
    void noteRow(const QJsonObject& row);

    // Whether `change` is the echo of one of ours; a match is consumed.
    bool isEcho(const PostgresChange& change);

    int size() const { return static_cast<int>(m_expected.size()); }

private:
    enum class Op { Upsert, Delete };
    struct Expected {
        QString key; // the outbox operation's idempotency key ("" once confirmed)
        QString id;
        Op op = Op::Upsert;
        QString updatedAt;  // confirmed: the row's updated_at after the write
        QJsonObject values; // in flight: the columns the write sets
        qint64 expiresAtMs = 0;
    };

    void expire();
    void add(Expected expected);

    const Clock& m_clock;
    qint64 m_retentionMs;
    QList<Expected> m_expected;
};

} // namespace cc::realtime
