#pragma once

#include "app/realtime/PhoenixEvents.h"
#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/integration/sandbox/realtime/RealtimeTestSocket.h"

#include <memory>

namespace cc::sandbox::test {

// A sandbox, REST clients for its users and helpers to open realtime sockets against it.
class RealtimeServerFixture : public SandboxFixture {
protected:
    static inline const QString kTopic = QStringLiteral("realtime:campaigns");

    std::unique_ptr<RealtimeTestSocket>
    socket(realtime::ProtocolVersion version = realtime::ProtocolVersion::V2, const QString& apiKey = {});
    // A socket joined to kTopic with one binding as `user` (or the anon key when token is empty); asserts the
    // join succeeded and the subscription was confirmed.
    std::unique_ptr<RealtimeTestSocket>
    subscribed(const QString& token, const QJsonObject& binding,
               realtime::ProtocolVersion version = realtime::ProtocolVersion::V2);

    static QJsonObject campaign(const QString& name);
    // REST writes as a user; return the row written.
    QJsonObject insertAs(const QString& token, const QString& name);
    void patchAs(const QString& token, const QString& id, const QJsonObject& values);
    void deleteAs(const QString& token, const QString& id);

    static bool isChangeOf(const realtime::PhoenixMessage& message, const QString& name);
};

} // namespace cc::sandbox::test
