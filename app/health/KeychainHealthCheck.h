#pragma once

#include "app/core/Error.h"
#include "app/health/HealthCheck.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace cc::auth {
class SecretStore;
}

namespace cc::health {

// Whether the keychain can hold the session: a probe entry is written and deleted (a read alone says "not
// found" even when nothing works). Locked: degraded (the console works, the session will not be
// remembered). Unusable for another reason: unhealthy.
class KeychainHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::KeychainHealthCheck)

public:
    static inline const QString kProbeKey = QStringLiteral("probe/health");

    explicit KeychainHealthCheck(auth::SecretStore& store, qint64 timeoutMs = 10'000);
    ~KeychainHealthCheck() override;

    void run(Done done) override;
    void cancel() override;

    // Libsecret and QtKeychain report a locked collection only in their technical text.
    static bool looksLocked(const Error& error);

private:
    auth::SecretStore& m_store;
    std::unique_ptr<QObject> m_context; // callbacks die with it: cancel() drops a run's late answers
};

} // namespace cc::health
