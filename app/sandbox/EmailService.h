#pragma once

#include "app/sandbox/HttpRequest.h"
#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/IdempotencyStore.h"

#include <QString>

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

class SandboxDatabase;

// The e-mail API under /api/email (a transactional-mail service in the style of Resend/Postmark): it accepts
// messages with its own API key, validates them field by field (422), and keeps what it "sent" so tests and
// the demo can list it. Nothing leaves the machine. A send with an Idempotency-Key is accepted once: a retry
// with the same key gets the first answer back (Idempotent-Replayed: true) and no second message.
class EmailService {
public:
    static constexpr int kMaxRecipients = 50;
    static constexpr int kMaxSubject = 998; // RFC 5322 line length

    EmailService(const SandboxDatabase& database, const Clock& clock, RandomSource& random, QString apiKey);

    const QString& apiKey() const { return m_apiKey; }

    // A request whose path starts with /api/email; `subPath` is the rest ("/send", "/messages", "/health").
    HttpResponse handle(const HttpRequest& request, const QString& subPath);
    // True when the message store answers (for /health).
    bool probe(QString* error = nullptr) const;

private:
    HttpResponse send(const HttpRequest& request);
    HttpResponse store(const HttpRequest& request);
    HttpResponse messages(const HttpRequest& request) const;
    bool authorised(const HttpRequest& request) const;
    static HttpResponse problem(int status, const QString& error, const QString& message);

    const SandboxDatabase& m_database;
    const Clock& m_clock;
    RandomSource& m_random;
    QString m_apiKey;
    IdempotencyStore m_idempotency;
};

} // namespace cc::sandbox
