#include "app/realtime/PhoenixMessage.h"

#include "app/realtime/PhoenixEvents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cc::realtime {
namespace {

Error malformed(const QString& detail) {
    return Error(
        ErrorKind::Decode,
        QCoreApplication::translate("cc::realtime::PhoenixMessage",
                                    "The realtime server sent a message the console does not understand."),
        detail);
}

// A ref is a string or null (absent in V1). Numbers are refused: Phoenix clients and servers always send
// strings, and accepting both would make "1" and 1 two different refs.
bool readRef(const QJsonValue& value, QString* out) {
    if (value.isNull() || value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

QJsonValue refValue(const QString& ref) {
    return ref.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ref);
}

Result<PhoenixMessage> fromParts(const QJsonValue& joinRef, const QJsonValue& ref, const QJsonValue& topic,
                                 const QJsonValue& event, const QJsonValue& payload) {
    PhoenixMessage message;
    if (!readRef(joinRef, &message.joinRef))
        return malformed(QStringLiteral("join_ref is neither a string nor null"));
    if (!readRef(ref, &message.ref))
        return malformed(QStringLiteral("ref is neither a string nor null"));
    if (!topic.isString() || topic.toString().isEmpty())
        return malformed(QStringLiteral("topic is missing, empty or not a string"));
    if (!event.isString() || event.toString().isEmpty())
        return malformed(QStringLiteral("event is missing, empty or not a string"));
    if (!payload.isObject())
        return malformed(QStringLiteral("payload is missing or not an object"));
    message.topic = topic.toString();
    message.event = event.toString();
    message.payload = payload.toObject();
    return message;
}

} // namespace

Result<PhoenixMessage> PhoenixMessage::decode(QByteArrayView frame, ProtocolVersion version) {
    if (frame.size() > kMaxFrameBytes)
        return malformed(QStringLiteral("frame of %1 bytes exceeds the %2-byte limit")
                             .arg(frame.size())
                             .arg(kMaxFrameBytes));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(frame.data(), frame.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("invalid JSON at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (version == ProtocolVersion::V1) {
        if (!document.isObject())
            return malformed(QStringLiteral("a 1.0.0 frame must be a JSON object"));
        const QJsonObject object = document.object();
        return fromParts(object.value(QLatin1String("join_ref")), object.value(QLatin1String("ref")),
                         object.value(QLatin1String("topic")), object.value(QLatin1String("event")),
                         object.value(QLatin1String("payload")));
    }
    if (!document.isArray())
        return malformed(QStringLiteral("a 2.0.0 frame must be a JSON array"));
    const QJsonArray array = document.array();
    if (array.size() != 5)
        return malformed(QStringLiteral("a 2.0.0 frame must have 5 elements, not %1").arg(array.size()));
    return fromParts(array.at(0), array.at(1), array.at(2), array.at(3), array.at(4));
}

QByteArray PhoenixMessage::encode(ProtocolVersion version) const {
    if (version == ProtocolVersion::V1) {
        const QJsonObject object{{QLatin1String("join_ref"), refValue(joinRef)},
                                 {QLatin1String("ref"), refValue(ref)},
                                 {QLatin1String("topic"), topic},
                                 {QLatin1String("event"), event},
                                 {QLatin1String("payload"), payload}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    const QJsonArray array{refValue(joinRef), refValue(ref), topic, event, payload};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

PhoenixMessage PhoenixMessage::join(const QString& topic, const QString& joinRef,
                                    const QJsonObject& payload) {
    // A join's ref is its own join_ref: later pushes quote it to prove membership (§3.2).
    return {joinRef, joinRef, topic, QString(events::kPhxJoin), payload};
}

PhoenixMessage PhoenixMessage::leave(const QString& topic, const QString& joinRef, const QString& ref) {
    return {joinRef, ref, topic, QString(events::kPhxLeave), {}};
}

PhoenixMessage PhoenixMessage::heartbeat(const QString& ref) {
    return {{}, ref, QString(events::kPhoenixTopic), QString(events::kHeartbeat), {}};
}

PhoenixMessage PhoenixMessage::accessToken(const QString& topic, const QString& joinRef, const QString& ref,
                                           const QString& token) {
    return {joinRef, ref, topic, QString(events::kAccessToken), {{QLatin1String("access_token"), token}}};
}

PhoenixMessage PhoenixMessage::reply(const PhoenixMessage& request, const QString& status,
                                     const QJsonObject& response) {
    return {request.joinRef,
            request.ref,
            request.topic,
            QString(events::kPhxReply),
            {{QLatin1String("status"), status}, {QLatin1String("response"), response}}};
}

PhoenixMessage PhoenixMessage::close(const QString& topic, const QString& joinRef) {
    return {joinRef, joinRef, topic, QString(events::kPhxClose), {}};
}

PhoenixMessage PhoenixMessage::error(const QString& topic, const QString& joinRef) {
    return {joinRef, joinRef, topic, QString(events::kPhxError), {}};
}

PhoenixMessage PhoenixMessage::system(const QString& topic, const QString& joinRef,
                                      const QJsonObject& payload) {
    return {joinRef, {}, topic, QString(events::kSystem), payload};
}

PhoenixMessage PhoenixMessage::postgresChanges(const QString& topic, const QJsonObject& payload) {
    return {{}, {}, topic, QString(events::kPostgresChanges), payload};
}

bool PhoenixMessage::isReply() const {
    return event == events::kPhxReply;
}

QString PhoenixMessage::replyStatus() const {
    return isReply() ? payload.value(QLatin1String("status")).toString() : QString();
}

QJsonObject PhoenixMessage::replyResponse() const {
    return isReply() ? payload.value(QLatin1String("response")).toObject() : QJsonObject();
}

} // namespace cc::realtime
