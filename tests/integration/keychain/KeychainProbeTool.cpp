// A tiny program for KeychainSecretStoreTest: tries to store argv[1] in the keychain the way the console does
// and prints "usable" or "unusable: <reason>". Run without a D-Bus session to prove there is no fallback.

#include "app/auth/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QByteArray secret = argc > 1 ? QByteArray(argv[1]) : QByteArray("probe");
    cc::auth::KeychainSecretStore store(QStringLiteral("campaign-console-tests"));
    QTextStream out(stdout);
    store.write(QStringLiteral("probe/tool"), secret, &app, [&](const cc::auth::SecretResult& result) {
        if (result.ok()) {
            out << "usable\n";
            store.remove(QStringLiteral("probe/tool"), &app,
                         [](const cc::auth::SecretResult&) { QCoreApplication::exit(0); });
        } else {
            out << "unusable: " << result.error.message << '\n';
            QCoreApplication::exit(1);
        }
        out.flush();
    });
    return QCoreApplication::exec();
}
