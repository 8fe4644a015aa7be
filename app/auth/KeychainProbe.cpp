#include "app/auth/KeychainProbe.h"

#include "app/core/RandomSource.h"

namespace cc::auth {

KeychainProbe::KeychainProbe(SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

void KeychainProbe::start() {
    const QByteArray marker = SystemRandom::instance().bytes(8).toHex();
    m_store.write(kProbeKey, marker, this, [this](const SecretResult& written) {
        if (!written.ok()) {
            Q_EMIT finished(false, written.error);
            return;
        }
        m_store.remove(kProbeKey, this,
                       [this](const SecretResult& removed) { Q_EMIT finished(removed.ok(), removed.error); });
    });
}

} // namespace cc::auth
