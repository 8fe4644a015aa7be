#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/health/HealthCheck.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace cc::auth {
class SecretStore;
}

namespace cc::health {

// Whether the keychain can hold the session: a probe entry is written and deleted (a read alone says "not
// found" even when nothing works). Locked: degraded (the console works, the session will not be
// remembered). Unusable for another reason: unhealthy. The probe talks D-Bus and a locked keyring may ask
// the user to unlock it, so it runs at most every `reprobeMs` (10 minutes); rounds in between repeat the last
// answer.
class KeychainHealthCheck final : public HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::health::KeychainHealthCheck)

public:
    static inline const QString kProbeKey = QStringLiteral("probe/health");

    static constexpr qint64 kReprobeMs = 10 * 60'000;

    KeychainHealthCheck(auth::SecretStore& store, const Clock& clock);
    KeychainHealthCheck(auth::SecretStore& store, const Clock& clock, qint64 reprobeMs, qint64 timeoutMs);
    ~KeychainHealthCheck() override;

    void run(Done done) override;
    void cancel() override;

    // Libsecret and QtKeychain report a locked collection only in their technical text.
    static bool looksLocked(const Error& error);

private:
    auth::SecretStore& m_store;
    const Clock& m_clock;
    qint64 m_reprobeMs;
    std::optional<CheckResult> m_last;
    qint64 m_lastAtMs = 0;
    std::unique_ptr<QObject> m_context; // callbacks die with it: cancel() drops a run's late answers
};

} // namespace cc::health
