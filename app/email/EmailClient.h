#pragma once

#include "app/core/Error.h"
#include "app/core/RandomSource.h"
#include "app/email/EmailMessage.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace cc::net {
class ApiClient;
struct ApiResponse;
} // namespace cc::net
namespace cc::auth {
class SecretStore;
}

namespace cc::email {

// The e-mail API (POST <base>/send) through the one ApiClient, so the "email" service's timeouts, retries,
// breaker and metrics apply. The API key is read from the keychain (entry secretKey(profile)) for each send
// and sent as `Authorization: Bearer`; it is never kept, logged or written anywhere else. A send is not
// idempotent: each one carries a fresh Idempotency-Key, sent unchanged with every retry, so a retry after a
// lost answer cannot deliver the message twice.
class EmailClient : public QObject {
    Q_OBJECT

public:
    struct Sent {
        QString id;
        QString status;
        QString idempotencyKey;
        bool replayed = false; // the service answered a retry with the first attempt's stored answer
        int attempts = 0;
    };
    using SendDone = std::function<void(Result<Sent>)>;

    // `emailBase`: the service's base URL (<project>/api/email), configured as the client's "email" service.
    EmailClient(net::ApiClient& client, QUrl emailBase, auth::SecretStore& secrets, QString profile,
                RandomSource& random, QObject* parent = nullptr);

    // The keychain entry holding a profile's e-mail API key.
    static QString secretKey(const QString& profile);

    void setProfile(const QString& profile) { m_profile = profile; }
    const QString& profile() const { return m_profile; }
    QUrl sendUrl() const;

    // Validates, reads the key, sends. `done` is called exactly once, on this object's thread.
    void send(const EmailMessage& message, SendDone done);

private:
    void post(const EmailMessage& message, const QString& apiKey, SendDone done);
    static Result<Sent> interpret(const net::ApiResponse& response, const QString& key);
    QString newKey();

    net::ApiClient& m_client;
    QUrl m_base;
    auth::SecretStore& m_secrets;
    QString m_profile;
    RandomSource& m_random;
};

} // namespace cc::email
