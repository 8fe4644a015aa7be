#pragma once

#include "app/core/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cc::auth {

// The outcome of one keychain operation. `notFound` is not an error: it is the normal answer for a profile
// that has never signed in.
struct SecretResult {
    std::optional<QByteArray> data; // read: the secret
    bool notFound = false;
    Error error;
    bool ok() const { return !error.isError(); }
};

// Where secrets live: tokens, API keys. Asynchronous, because the OS keychain answers over D-Bus and may
// prompt; callbacks run on `context`'s thread and are dropped if `context` is destroyed first. There is
// deliberately no file-backed implementation: secrets never touch the disk in plaintext.
class SecretStore {
public:
    using Callback = std::function<void(const SecretResult&)>;
    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
};

} // namespace cc::auth
