#include "app/realtime/TokenRefreshSchedule.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cc::realtime {

std::optional<QDateTime> TokenRefreshSchedule::expiryOf(const QString& token) {
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QStringLiteral("exp"));
    if (!exp.isDouble()) {
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

bool TokenRefreshSchedule::isUsable(const QString& token, const QDateTime& nowUtc) {
    if (token.isEmpty()) {
        return false;
    }
    const std::optional<QDateTime> expiry = expiryOf(token);
    return !expiry || nowUtc.msecsTo(*expiry) >= kMinRemainingMs;
}

TokenRefreshSchedule::Action TokenRefreshSchedule::decide(const QString& current, const QString& pushed,
                                                          const QDateTime& nowUtc) {
    if (current.isEmpty()) {
        return Action::None; // signed out: stop() handles that, never push an empty token
    }
    const std::optional<qint64> due = msUntilDue(current, nowUtc);
    const bool expiring = due && *due == 0;
    if (current != pushed && isUsable(current, nowUtc)) {
        return Action::Push;
    }
    return expiring ? Action::Refresh : Action::None;
}

std::optional<qint64> TokenRefreshSchedule::msUntilDue(const QString& token, const QDateTime& nowUtc) {
    const std::optional<QDateTime> expiry = expiryOf(token);
    if (!expiry) {
        return std::nullopt;
    }
    const qint64 left = nowUtc.msecsTo(*expiry) - kLeadMs;
    return left > 0 ? left : 0;
}

} // namespace cc::realtime
