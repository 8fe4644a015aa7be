#pragma once

#include "app/core/Error.h"
#include "app/realtime/ProtocolVersion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace cc::realtime {

// One Phoenix channel frame (docs/realtime-protocol.md §2). Pure data: no socket, no state. `joinRef` and
// `ref` are empty when the wire has null (server pushes such as postgres_changes carry neither).
struct PhoenixMessage {
    QString joinRef;
    QString ref;
    QString topic;
    QString event;
    QJsonObject payload;

    // Larger text frames are refused before parsing: a realtime frame is one row change or one control
    // message, and a megabyte is far beyond any row the console stores.
    static constexpr qsizetype kMaxFrameBytes = 1024 * 1024;

    // Parses one text frame. Rejected (ErrorKind::Decode, `detail` says why): frames over kMaxFrameBytes, bad
    // JSON, the wrong shape for the version (object for V1, 5-element array for V2), refs that are neither a
    // string nor null, an empty or non-string topic or event, a payload that is not an object. Event names
    // are not checked here: unknown events are valid frames that the receiver ignores (events::isKnownEvent).
    static Result<PhoenixMessage> decode(QByteArrayView frame, ProtocolVersion version);
    QByteArray encode(ProtocolVersion version) const;

    // Builders for the messages both ends send, so nobody spells an event or a payload key by hand.
    static PhoenixMessage join(const QString& topic, const QString& joinRef, const QJsonObject& payload);
    static PhoenixMessage leave(const QString& topic, const QString& joinRef, const QString& ref);
    static PhoenixMessage heartbeat(const QString& ref);
    static PhoenixMessage accessToken(const QString& topic, const QString& joinRef, const QString& ref,
                                      const QString& token);
    // phx_reply to `request` (same topic, join_ref and ref): {"status": status, "response": response}.
    static PhoenixMessage reply(const PhoenixMessage& request, const QString& status,
                                const QJsonObject& response = {});
    static PhoenixMessage close(const QString& topic, const QString& joinRef);
    static PhoenixMessage error(const QString& topic, const QString& joinRef);
    static PhoenixMessage system(const QString& topic, const QString& joinRef, const QJsonObject& payload);
    static PhoenixMessage postgresChanges(const QString& topic, const QJsonObject& payload);

    // For phx_reply: payload.status ("ok"/"error") and payload.response; empty for other events.
    bool isReply() const;
    QString replyStatus() const;
    QJsonObject replyResponse() const;

    bool operator==(const PhoenixMessage& other) const = default;
};

} // namespace cc::realtime
