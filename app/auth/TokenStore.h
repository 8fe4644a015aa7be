#pragma once

#include "app/auth/MemorySecretStore.h"
#include "app/auth/SecretStore.h"

#include <QCoreApplication>
#include <QObject>

namespace cc::auth {

// Where a profile's tokens live: the OS keychain, one entry per profile and account under the service
// `campaign-console` ("<profile>/session", "<profile>/accounts/<platform>"). When the start-up probe finds no
// usable keychain, everything stays in this process's memory instead (never a plaintext file) and notice()
// says so in words for the user.
class TokenStore : public QObject {
    Q_OBJECT

public:
    explicit TokenStore(SecretStore& keychain, QObject* parent = nullptr);

    static QString sessionKey(const QString& profile);
    static QString accountKey(const QString& profile, const QString& platform);

    enum class Why { KeychainUnusable, ByChoice };
    // Switches to memory-only storage for the rest of the process: the probe failed with `reason`, or the
    // session must not outlive the process (the demo sandbox's users).
    void setMemoryOnly(const Error& reason, Why why = Why::KeychainUnusable);
    bool isMemoryOnly() const { return m_memoryOnly; }
    const Error& keychainError() const { return m_reason; }
    // Empty while the keychain is used; otherwise the sentence to show.
    QString notice() const;

    // The store in use: the keychain, or memory.
    SecretStore& secrets() { return m_memoryOnly ? static_cast<SecretStore&>(m_memory) : m_keychain; }

Q_SIGNALS:
    void memoryOnlyChanged(bool memoryOnly);

private:
    SecretStore& m_keychain;
    MemorySecretStore m_memory;
    bool m_memoryOnly = false;
    Error m_reason;
};

} // namespace cc::auth
