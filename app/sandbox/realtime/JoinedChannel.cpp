#include "app/sandbox/realtime/JoinedChannel.h"

#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/RowSecurity.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cc::sandbox {
namespace {

// The claims of a token whose signature Jwt::verify already accepted but which it refused for its expiry:
// Jwt::Verified carries no claims then, and the "expired N seconds ago" message needs exp.
QJsonObject signedClaims(const QString& token) {
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        return {};
    }
    const QByteArray json = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QList<qint64> JoinedChannel::matchingIds(const realtime::PostgresChange& change) const {
    QList<qint64> ids;
    if (!RowSecurity::canSee(caller, change.row().value(CampaignTable::kOwner).toString())) {
        return ids;
    }
    for (const realtime::ChangeBinding& binding : bindings) {
        if (binding.matches(change) && !ids.contains(binding.id)) {
            ids.append(binding.id);
        }
    }
    return ids;
}

qint64 JoinedChannel::bindingId(const QJsonObject& rawBinding) {
    QByteArray key;
    for (const char* field : {"event", "schema", "table", "filter"}) {
        key += rawBinding.value(QLatin1String(field)).toString().toUtf8();
        key += '\x1f';
    }
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                          (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return static_cast<qint64>(value & 0x7ffffff) + 1; // never 0, which means "no id"
}

bool JoinedChannel::isPublished(const realtime::ChangeBinding& binding) {
    const bool schema = binding.schema == QLatin1String("*") || binding.schema == QLatin1String("public");
    const bool table = binding.table == QLatin1String("*") || binding.table == CampaignTable::kName;
    return schema && table;
}

RealtimeToken RealtimeToken::failure(const QString& code, const QString& message) {
    RealtimeToken verdict;
    verdict.reason = code + QStringLiteral(": ") + message;
    verdict.message = message;
    return verdict;
}

RealtimeToken RealtimeToken::check(const KeyRing& keys, const QString& token) {
    const Jwt::Verified verified = keys.verify(token);
    const qint64 now = keys.nowSeconds();
    switch (verified.failure) {
    case Jwt::Failure::None:
        break;
    case Jwt::Failure::Malformed:
        return failure(QStringLiteral("MalformedJWT"),
                       QStringLiteral("The token provided is not a valid JWT"));
    case Jwt::Failure::BadAlgorithm:
    case Jwt::Failure::BadSignature:
        return failure(QStringLiteral("JwtSignatureError"),
                       QStringLiteral("Failed to validate JWT signature"));
    case Jwt::Failure::Expired:
        break; // reported below with the number of seconds, like Supabase
    case Jwt::Failure::NotYetValid:
    case Jwt::Failure::IssuedInFuture:
        return failure(QStringLiteral("InvalidJWTToken"), verified.message);
    }
    // The realtime server checks exp strictly (PostgREST's 30 s leeway does not apply), so a channel closes
    // exactly when its token expires.
    const QJsonObject claims = verified.ok() ? verified.claims : signedClaims(token);
    const qint64 exp = static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble(0));
    if (verified.failure == Jwt::Failure::Expired || (exp > 0 && exp <= now)) {
        const qint64 ago = exp > 0 ? now - exp : 0;
        return failure(QStringLiteral("InvalidJWTToken"),
                       QStringLiteral("Token has expired %1 seconds ago").arg(ago));
    }
    if (!claims.contains(QStringLiteral("role")) || exp <= 0) {
        return failure(QStringLiteral("Unauthorized"),
                       QStringLiteral("Fields `role` and `exp` are required in JWT"));
    }
    RealtimeToken verdict;
    verdict.ok = true;
    verdict.caller = KeyRing::callerFromClaims(claims);
    verdict.expiresAt = exp;
    return verdict;
}

} // namespace cc::sandbox
