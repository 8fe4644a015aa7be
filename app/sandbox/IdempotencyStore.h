#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {
class Clock;
}

namespace cc::sandbox {

class SandboxDatabase;

// Idempotency-Key support for writes (POST/PATCH/DELETE and RPC): the first response to a key is stored for
// 24 hours in the same transaction as the change itself, so a retried request (the client's outbox after a
// lost response) gets the stored answer and the change is applied exactly once. Keys are scoped per caller;
// reusing a key for a different request is refused with 422.
class IdempotencyStore {
public:
    static constexpr qint64 kRetentionMs = 24LL * 3600 * 1000;

    IdempotencyStore(const SandboxDatabase& database, const Clock& clock);

    static QByteArray requestHash(const HttpRequest& request);

    enum class Match { None, Replay, Mismatch };
    struct Lookup {
        Match match = Match::None;
        HttpResponse response; // for Replay (with Idempotent-Replayed: true) and Mismatch
    };
    Lookup find(const QString& principal, const QString& key, const QByteArray& hash) const;
    // Records the response; call inside the request's transaction. False when the database refused.
    bool save(const QString& principal, const QString& key, const QByteArray& hash,
              const HttpResponse& response);

private:
    qint64 nowMs() const;

    const SandboxDatabase& m_database;
    const Clock& m_clock;
};

} // namespace cc::sandbox
