#include "app/auth/KeychainSecretStore.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace cc::auth {

namespace {

// Runs `job`, then hands its outcome to `done` on `context`'s thread, unless `context` is gone by then.
void runJob(QKeychain::Job* job, QObject* context, std::function<SecretResult(QKeychain::Job*)> collect,
            SecretStore::Callback done) {
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, collect = std::move(collect), done = std::move(done)](QKeychain::Job* finished) {
                         if (guard) {
                             done(collect(finished));
                         }
                     });
    job->start();
}

SecretResult outcome(QKeychain::Job* job, const QString& operation) {
    SecretResult result;
    if (job->error() == QKeychain::EntryNotFound) {
        result.notFound = true;
    } else if (job->error() != QKeychain::NoError) {
        result.error = KeychainSecretStore::mapError(job->error(), job->errorString());
        log::warning(lcAuth(), QStringLiteral("keychain %1 failed").arg(operation),
                     {{QStringLiteral("key"), job->key()}, {QStringLiteral("keychain_error"), job->error()}},
                     result.error);
    }
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(
        job, context,
        [](QKeychain::Job* j) {
            SecretResult result = outcome(j, QStringLiteral("read"));
            if (result.ok() && !result.notFound) {
                result.data = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
            }
            return result;
        },
        std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                                Callback done) {
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(
        job, context, [](QKeychain::Job* j) { return outcome(j, QStringLiteral("write")); }, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(
        job, context,
        [](QKeychain::Job* j) {
            SecretResult result = outcome(j, QStringLiteral("delete"));
            result.notFound = false; // deleting what is not there is success
            return result;
        },
        std::move(done));
}

Error KeychainSecretStore::mapError(int keychainError, const QString& detail) {
    switch (keychainError) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorKind::Auth,
                     tr("The keychain is locked or refused access. Unlock it and try again."), detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorKind::Auth,
                     tr("No keychain is available on this desktop, so the sign-in cannot be remembered."),
                     detail);
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorKind::Auth, tr("The keychain entry could not be deleted."), detail);
    default:
        // libsecret reports a missing Secret Service ("Cannot autolaunch D-Bus", "Object does not exist") as
        // OtherError: to a person, that is "no usable keychain".
        return Error(ErrorKind::Auth, tr("The keychain could not be used: %1").arg(detail), detail);
    }
}

} // namespace cc::auth
