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


} // namespace cc::auth
