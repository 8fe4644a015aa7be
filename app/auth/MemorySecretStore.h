#pragma once

#include "app/auth/SecretStore.h"

#include <QHash>

namespace cc::auth {

// Secrets in this process's memory only, gone when it exits. What the session uses when no keychain is
// usable (never a file), and the fake store of the tests. Answers asynchronously like the real keychain.
class MemorySecretStore final : public SecretStore {
public:
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // For tests: what is stored right now, and an error every later operation fails with.
    const QHash<QString, QByteArray>& entries() const { return m_entries; }
    void failWith(const Error& error) { m_failure = error; }
    int writes() const { return m_writes; }

private:
    void answer(QObject* context, Callback done, SecretResult result);

    QHash<QString, QByteArray> m_entries;
    Error m_failure;
    int m_writes = 0;
};

} // namespace cc::auth
