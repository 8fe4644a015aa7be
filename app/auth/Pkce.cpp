#include "app/auth/Pkce.h"

#include "app/core/RandomSource.h"

#include <QCryptographicHash>

namespace cc::auth {

QByteArray Pkce::base64Url(QByteArrayView bytes) {
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString Pkce::createVerifier(RandomSource& random) {
    return QString::fromLatin1(base64Url(random.bytes(kRandomBytes)));
}

QString Pkce::challengeS256(const QString& verifier) {
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString Pkce::createState(RandomSource& random) {
    return QString::fromLatin1(base64Url(random.bytes(kRandomBytes)));
}

bool Pkce::constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    // The length is not secret (every state has the same length); the content is.
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

} // namespace cc::auth
