#pragma once

#include "app/auth/SecretStore.h"

#include <QCoreApplication>

namespace cc::auth {

// SecretStore over QtKeychain: libsecret (GNOME Keyring, KWallet's Secret Service) on Linux, the Keychain on
// macOS, the Credential Manager on Windows. Entries live under one service name, keyed by profile and
// purpose. Never enables QtKeychain's insecure fallback.
class KeychainSecretStore final : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(cc::auth::KeychainSecretStore)

public:
    static inline const QString kService = QStringLiteral("campaign-console");

    explicit KeychainSecretStore(QString service = kService);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // Turns QtKeychain's error codes into errors people can act on ("the keychain is locked").
    static Error mapError(int keychainError, const QString& detail);

private:
    QString m_service;
};

} // namespace cc::auth
