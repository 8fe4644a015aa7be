#include "app/health/KeychainHealthCheck.h"

#include "app/auth/SecretStore.h"

#include <QElapsedTimer>

namespace cc::health {

KeychainHealthCheck::KeychainHealthCheck(auth::SecretStore& store, const Clock& clock)
    : KeychainHealthCheck(store, clock, kReprobeMs, 10'000) {}

KeychainHealthCheck::KeychainHealthCheck(auth::SecretStore& store, const Clock& clock, qint64 reprobeMs,
                                         qint64 timeoutMs)
    : HealthCheck(QStringLiteral("keychain"), tr("Keychain"), timeoutMs)
    , m_store(store)
    , m_clock(clock)
    , m_reprobeMs(reprobeMs) {}

KeychainHealthCheck::~KeychainHealthCheck() = default;

bool KeychainHealthCheck::looksLocked(const Error& error) {
    return error.detail.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
           error.detail.contains(QStringLiteral("AccessDenied"), Qt::CaseInsensitive);
}

void KeychainHealthCheck::run(Done outerDone) {
    const qint64 now = m_clock.monotonicMs();
    if (m_last && now - m_lastAtMs < m_reprobeMs) {
        outerDone(*m_last);
        return;
    }
    Done done = [this, now, outerDone = std::move(outerDone)](CheckResult result) {
        m_last = result;
        m_lastAtMs = now;
        outerDone(std::move(result));
    };
    m_context = std::make_unique<QObject>();
    auto timer = std::make_shared<QElapsedTimer>(); // latency is shown, never acted upon
    timer->start();
    auto fail = [](const Error& error) {
        if (looksLocked(error)) {
            return CheckResult::degraded(tr("Locked"),
                                         tr("The keychain is locked: the session will not be remembered"));
        }
        return CheckResult::unhealthy(tr("Not available"),
                                      error.message.isEmpty() ? error.detail : error.message);
    };
    QObject* context = m_context.get();
    m_store.write(kProbeKey, QByteArrayLiteral("health"), context,
                  [this, context, done, fail, timer](const auth::SecretResult& written) {
                      if (!written.ok()) {
                          done(fail(written.error));
                          return;
                      }
                      m_store.remove(
                          kProbeKey, context, [done, fail, timer](const auth::SecretResult& removed) {
                              if (!removed.ok()) {
                                  done(fail(removed.error));
                                  return;
                              }
                              done(CheckResult::healthy(tr("Available and unlocked"), timer->elapsed()));
                          });
                  });
}

void KeychainHealthCheck::cancel() {
    m_context.reset();
}

} // namespace cc::health
