#include "app/net/JsonBodyDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cc::net {

JsonBodyDecoder::Decoded JsonBodyDecoder::decode(const QByteArray& body) {
    Decoded result;
    QJsonParseError error{};
    const QByteArray trimmed = body.trimmed();
    // QJsonDocument only holds objects and arrays: a scalar is parsed inside a one-element array.
    const bool scalar = !trimmed.startsWith('{') && !trimmed.startsWith('[');
    const QJsonDocument doc = QJsonDocument::fromJson(scalar ? "[" + trimmed + "]" : body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.errorDetail = QStringLiteral("invalid JSON at offset %1 of %2 bytes: %3")
                                 .arg(error.offset)
                                 .arg(body.size())
                                 .arg(error.errorString());
        return result;
    }
    if (scalar) {
        const QJsonArray wrapped = doc.array();
        if (wrapped.size() != 1) {
            result.errorDetail =
                QStringLiteral("invalid JSON: expected one value in %1 bytes").arg(body.size());
            return result;
        }
        result.value = wrapped.first();
    } else {
        result.value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    result.ok = true;
    return result;
}

bool JsonBodyDecoder::isJsonContentType(const QByteArray& contentType) {
    // application/json, application/vnd.pgrst.object+json, ...; parameters (charset, nulls=stripped) ignored.
    const QByteArray mime = contentType.split(';').value(0).trimmed().toLower();
    return mime == "application/json" || mime.endsWith("+json");
}

} // namespace cc::net
