#include "app/auth/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace cc::auth {

void MemorySecretStore::answer(QObject* context, Callback done, SecretResult result) {
    if (m_failure.isError()) {
        result = SecretResult{};
        result.error = m_failure;
    }
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard && done) {
            done(result);
        }
    });
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done) {
    SecretResult result;
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd()) {
        result.notFound = true;
    } else {
        result.data = *it;
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Callback done) {
    if (!m_failure.isError()) {
        m_entries.insert(key, secret);
        ++m_writes;
    }
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done) {
    if (!m_failure.isError()) {
        m_entries.remove(key);
    }
    answer(context, std::move(done), {});
}

} // namespace cc::auth
