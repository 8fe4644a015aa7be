#pragma once

#include "app/auth/SecretStore.h"

#include <QObject>

namespace cc::auth {

// Finds out at start-up whether the keychain can hold the session: writes a probe entry and deletes it.
// (A read alone is not enough: libsecret answers "not found" even when nothing works.)
class KeychainProbe : public QObject {
    Q_OBJECT

public:
    KeychainProbe(SecretStore& store, QObject* parent = nullptr);
    void start();

    static inline const QString kProbeKey = QStringLiteral("probe/availability");

Q_SIGNALS:
    // `usable` false comes with the reason in `error`, ready to show ("the session will not be remembered").
    void finished(bool usable, const cc::Error& error);

private:
    SecretStore& m_store;
};

} // namespace cc::auth
