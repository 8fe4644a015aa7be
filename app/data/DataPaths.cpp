#include "app/data/DataPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

namespace cc::data {

namespace {

// Profile names and ids are user-controlled: keep only a safe file-name form (percent-encoded, dots too, so
// nothing can read as "..").
QString safeSegment(const QString& text) {
    QString encoded =
        QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArrayLiteral(".")));
    return encoded.isEmpty() ? QStringLiteral("_") : encoded;
}

} // namespace

QString DataPaths::userIdFromAccessToken(const QString& token) {
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return {};
    }
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("sub")).toString();
}

QString DataPaths::directory(const QString& profile, const QString& userId, const QString& root) {
    const QString base =
        root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : root;
    return QDir(base).filePath(QStringLiteral("data/%1/%2").arg(safeSegment(profile), safeSegment(userId)));
}

QString DataPaths::cacheFile(const QString& directory) {
    return QDir(directory).filePath(QStringLiteral("cache.sqlite"));
}

QString DataPaths::outboxFile(const QString& directory) {
    return QDir(directory).filePath(QStringLiteral("outbox.sqlite"));
}

} // namespace cc::data
