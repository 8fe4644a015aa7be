// libFuzzer target for the realtime codec. Each input is decoded as a Phoenix frame in both protocol
// versions; an accepted frame must re-encode to a frame that decodes to the same message, its payload is read
// as a postgres_changes payload (which must survive toPayload/fromPayload unchanged), and any
// postgres_changes bindings in it are parsed and evaluated against that change. The raw input is also parsed
// as a binding filter.
#include "app/realtime/ChangeBinding.h"
#include "app/realtime/PhoenixMessage.h"
#include "app/realtime/PostgresChange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace cc::realtime;

[[noreturn]] void fail(const char* what, const QByteArray& detail) {
    std::fprintf(stderr, "phoenix_frame_fuzzer: %s: %s\n", what, detail.constData());
    std::abort();
}

void checkChange(const QJsonObject& payload, const QJsonArray& bindings) {
    const cc::Result<PostgresChange> change = PostgresChange::fromPayload(payload);
    if (!change) {
        if (change.error().kind != cc::ErrorKind::Decode || change.error().detail.isEmpty()) {
            fail("fromPayload error without kind or detail", QJsonDocument(payload).toJson());
        }
        return;
    }
    const QJsonObject again = change.value().toPayload();
    const cc::Result<PostgresChange> reread = PostgresChange::fromPayload(again);
    if (!reread) {
        fail("toPayload produced a payload fromPayload refuses", QJsonDocument(again).toJson());
    }
    if (!(reread.value() == change.value())) {
        fail("PostgresChange does not survive toPayload/fromPayload", QJsonDocument(again).toJson());
    }
    for (const QJsonValue& raw : bindings) {
        const cc::Result<ChangeBinding> binding = ChangeBinding::fromJson(raw.toObject());
        if (binding) {
            (void)binding.value().matches(change.value());
            const cc::Result<ChangeBinding> reparsed = ChangeBinding::fromJson(binding.value().toJson());
            if (!reparsed || !(reparsed.value().conditions == binding.value().conditions)) {
                fail("ChangeBinding does not survive toJson/fromJson",
                     QJsonDocument(raw.toObject()).toJson());
            }
        }
    }
}

void checkFrame(QByteArrayView frame, ProtocolVersion version) {
    const cc::Result<PhoenixMessage> decoded = PhoenixMessage::decode(frame, version);
    if (!decoded) {
        if (decoded.error().kind != cc::ErrorKind::Decode) {
            fail("decode error of the wrong kind", frame.toByteArray());
        }
        return;
    }
    const PhoenixMessage& message = decoded.value();
    if (message.topic.isEmpty() || message.event.isEmpty()) {
        fail("accepted a frame without topic or event", frame.toByteArray());
    }
    const QByteArray encoded = message.encode(version);
    const cc::Result<PhoenixMessage> again = PhoenixMessage::decode(encoded, version);
    if (encoded.size() <= PhoenixMessage::kMaxFrameBytes && (!again || !(again.value() == message))) {
        fail("PhoenixMessage does not survive encode/decode", encoded);
    }
    const QJsonArray bindings = message.payload.value(QStringLiteral("config"))
                                    .toObject()
                                    .value(QStringLiteral("postgres_changes"))
                                    .toArray();
    checkChange(message.payload, bindings);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView frame(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkFrame(frame, ProtocolVersion::V1);
    checkFrame(frame, ProtocolVersion::V2);
    const cc::Result<QList<ChangeBinding::Condition>> filter =
        ChangeBinding::parseFilter(QString::fromUtf8(frame.data(), frame.size()));
    if (filter && filter.value().isEmpty() &&
        !QString::fromUtf8(frame.data(), frame.size()).trimmed().isEmpty()) {
        fail("a non-empty filter parsed to no conditions", frame.toByteArray());
    }
    return 0;
}
