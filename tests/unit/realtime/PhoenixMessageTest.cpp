#include "app/realtime/PhoenixMessage.h"
#include "app/realtime/PhoenixEvents.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::realtime {
namespace {

const QString kTopic = QStringLiteral("realtime:campaigns");

QJsonObject joinPayload() {
    return {{QStringLiteral("config"),
             QJsonObject{{QStringLiteral("postgres_changes"),
                          QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("*")},
                                                 {QStringLiteral("schema"), QStringLiteral("public")},
                                                 {QStringLiteral("table"), QStringLiteral("campaigns")}}}}}},
            {QStringLiteral("access_token"), QStringLiteral("jwt")}};
}

// Every kind of message either end sends, built with the helpers.
QList<PhoenixMessage> everyKind() {
    const PhoenixMessage join = PhoenixMessage::join(kTopic, QStringLiteral("1"), joinPayload());
    return {
        join,
        PhoenixMessage::reply(join, QStringLiteral("ok"),
                              {{QStringLiteral("postgres_changes"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), 106243155}}}}}),
        PhoenixMessage::reply(join, QStringLiteral("error"),
                              {{QStringLiteral("reason"), QStringLiteral("Unauthorized: bad key")}}),
        PhoenixMessage::system(kTopic, QStringLiteral("1"),
                               {{QStringLiteral("extension"), QStringLiteral("postgres_changes")},
                                {QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("message"), QStringLiteral("Subscribed to PostgreSQL")}}),
        PhoenixMessage::postgresChanges(kTopic, {{QStringLiteral("ids"), QJsonArray{1, 2}}}),
        PhoenixMessage::heartbeat(QStringLiteral("26")),
        PhoenixMessage::accessToken(kTopic, QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("t2")),
        PhoenixMessage::leave(kTopic, QStringLiteral("1"), QStringLiteral("3")),
        PhoenixMessage::close(kTopic, QStringLiteral("1")),
        PhoenixMessage::error(kTopic, QStringLiteral("1"))};
}

class EveryVersion : public ::testing::TestWithParam<ProtocolVersion> {};

TEST_P(EveryVersion, EveryMessageKindSurvivesEncodeAndDecode) {
    for (const PhoenixMessage& message : everyKind()) {
        const Result<PhoenixMessage> decoded = PhoenixMessage::decode(message.encode(GetParam()), GetParam());
        ASSERT_TRUE(decoded.ok()) << message.event.toStdString() << ": "
                                  << decoded.error().detail.toStdString();
        EXPECT_EQ(decoded.value(), message) << message.event.toStdString();
    }
}

TEST_P(EveryVersion, DecodedEventsAreTheKnownNames) {
    for (const PhoenixMessage& message : everyKind())
        EXPECT_TRUE(events::isKnownEvent(message.event)) << message.event.toStdString();
}

TEST_P(EveryVersion, FrameOfTheOtherVersionIsRejected) {
    const ProtocolVersion other =
        GetParam() == ProtocolVersion::V1 ? ProtocolVersion::V2 : ProtocolVersion::V1;
    const Result<PhoenixMessage> decoded =
        PhoenixMessage::decode(PhoenixMessage::heartbeat(QStringLiteral("1")).encode(other), GetParam());
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, ErrorKind::Decode);
}

TEST_P(EveryVersion, BadJsonIsRejectedWithItsOffset) {
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode("[null,\"1\",\"phoenix\"", GetParam());
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().kind, ErrorKind::Decode);
    EXPECT_TRUE(decoded.error().detail.contains(QStringLiteral("invalid JSON")))
        << decoded.error().detail.toStdString();
    EXPECT_FALSE(decoded.error().message.isEmpty());
}

TEST_P(EveryVersion, EmptyAndScalarFramesAreRejected) {
    for (const char* frame : {"", " ", "null", "42", "\"heartbeat\"", "true"})
        EXPECT_FALSE(PhoenixMessage::decode(frame, GetParam()).ok()) << frame;
}

TEST_P(EveryVersion, FrameOverOneMebibyteIsRejectedBeforeParsing) {
    PhoenixMessage message = PhoenixMessage::postgresChanges(kTopic, {});
    message.payload.insert(QStringLiteral("blob"), QString(PhoenixMessage::kMaxFrameBytes, QLatin1Char('x')));
    const QByteArray frame = message.encode(GetParam());
    ASSERT_GT(frame.size(), PhoenixMessage::kMaxFrameBytes);
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(frame, GetParam());
    ASSERT_FALSE(decoded.ok());
    EXPECT_TRUE(decoded.error().detail.contains(QStringLiteral("exceeds")))
        << decoded.error().detail.toStdString();
}

TEST_P(EveryVersion, FrameJustUnderTheLimitIsAccepted) {
    PhoenixMessage message = PhoenixMessage::postgresChanges(kTopic, {});
    message.payload.insert(QStringLiteral("blob"),
                           QString(PhoenixMessage::kMaxFrameBytes - 200, QLatin1Char('x')));
    const QByteArray frame = message.encode(GetParam());
    ASSERT_LE(frame.size(), PhoenixMessage::kMaxFrameBytes);
    EXPECT_TRUE(PhoenixMessage::decode(frame, GetParam()).ok());
}

TEST_P(EveryVersion, UnknownEventIsAValidFrameThatIsNotKnown) {
    PhoenixMessage message{{}, {}, kTopic, QStringLiteral("presence_state"), {}};
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(message.encode(GetParam()), GetParam());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().event, QStringLiteral("presence_state"));
    EXPECT_FALSE(events::isKnownEvent(decoded.value().event));
}

TEST_P(EveryVersion, DeeplyNestedPayloadDoesNotCrash) {
    QByteArray nested;
    for (int i = 0; i < 5000; ++i)
        nested += "{\"a\":";
    nested += "1";
    for (int i = 0; i < 5000; ++i)
        nested += "}";
    const QByteArray frame = GetParam() == ProtocolVersion::V2
                                 ? "[null,null,\"t\",\"e\"," + nested + "]"
                                 : "{\"topic\":\"t\",\"event\":\"e\",\"payload\":" + nested + "}";
    EXPECT_FALSE(PhoenixMessage::decode(frame, GetParam()).ok());
}

INSTANTIATE_TEST_SUITE_P(Versions, EveryVersion, ::testing::Values(ProtocolVersion::V1, ProtocolVersion::V2),
                         [](const ::testing::TestParamInfo<ProtocolVersion>& info) {
                             return info.param == ProtocolVersion::V1 ? std::string("V1") : std::string("V2");
                         });

TEST(ProtocolVersion, VsnStringsMapBothWays) {
    EXPECT_EQ(protocolVersionFromVsn(u"1.0.0"), ProtocolVersion::V1);
    EXPECT_EQ(protocolVersionFromVsn(u"2.0.0"), ProtocolVersion::V2);
    EXPECT_EQ(vsnString(ProtocolVersion::V1), QStringLiteral("1.0.0"));
    EXPECT_EQ(vsnString(ProtocolVersion::V2), QStringLiteral("2.0.0"));
}

TEST(ProtocolVersion, UnknownVsnIsNone) {
    EXPECT_FALSE(protocolVersionFromVsn(u"3.0.0").has_value());
    EXPECT_FALSE(protocolVersionFromVsn(u"").has_value());
    EXPECT_FALSE(protocolVersionFromVsn(u"2.0").has_value());
}

TEST(PhoenixMessageV2, EncodesTheDocumentedArray) {
    // docs/realtime-protocol.md §5: [null,"26","phoenix","heartbeat",{}]
    EXPECT_EQ(PhoenixMessage::heartbeat(QStringLiteral("26")).encode(ProtocolVersion::V2),
              QByteArray(R"([null,"26","phoenix","heartbeat",{}])"));
}

TEST(PhoenixMessageV2, DecodesTheDocumentedSystemMessage) {
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(
        R"(["1",null,"realtime:todos-changes","system",{"extension":"postgres_changes","status":"ok","message":"Subscribed to PostgreSQL","channel":"todos-changes"}])",
        ProtocolVersion::V2);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().joinRef, QStringLiteral("1"));
    EXPECT_TRUE(decoded.value().ref.isEmpty());
    EXPECT_EQ(decoded.value().event, events::kSystem);
    EXPECT_EQ(decoded.value().payload.value(QStringLiteral("message")).toString(),
              QStringLiteral("Subscribed to PostgreSQL"));
}

TEST(PhoenixMessageV2, WrongElementCountIsRejected) {
    EXPECT_FALSE(PhoenixMessage::decode(R"([null,"1","phoenix","heartbeat"])", ProtocolVersion::V2).ok());
    EXPECT_FALSE(
        PhoenixMessage::decode(R"([null,"1","phoenix","heartbeat",{},{}])", ProtocolVersion::V2).ok());
    EXPECT_FALSE(PhoenixMessage::decode("[]", ProtocolVersion::V2).ok());
}

TEST(PhoenixMessageV2, WrongElementTypesAreRejected) {
    for (const char* frame :
         {R"([1,"1","phoenix","heartbeat",{}])", R"([null,2,"phoenix","heartbeat",{}])",
          R"([null,"1",7,"heartbeat",{}])", R"([null,"1","phoenix",null,{}])",
          R"([null,"1","phoenix","heartbeat",[]])", R"([null,"1","phoenix","heartbeat",null])",
          R"([null,"1","phoenix","heartbeat","x"])", R"([null,"1","","heartbeat",{}])",
          R"([null,"1","phoenix","",{}])", R"([{},"1","phoenix","heartbeat",{}])"}) {
        const Result<PhoenixMessage> decoded = PhoenixMessage::decode(frame, ProtocolVersion::V2);
        EXPECT_FALSE(decoded.ok()) << frame;
        if (!decoded.ok()) {
            EXPECT_EQ(decoded.error().kind, ErrorKind::Decode) << frame;
        }
    }
}

TEST(PhoenixMessageV1, EncodesNullRefsAsNull) {
    const QJsonObject object =
        QJsonDocument::fromJson(PhoenixMessage::postgresChanges(kTopic, {}).encode(ProtocolVersion::V1))
            .object();
    EXPECT_TRUE(object.value(QStringLiteral("ref")).isNull());
    EXPECT_TRUE(object.value(QStringLiteral("join_ref")).isNull());
    EXPECT_EQ(object.value(QStringLiteral("topic")).toString(), kTopic);
    EXPECT_EQ(object.value(QStringLiteral("event")).toString(), events::kPostgresChanges);
}

TEST(PhoenixMessageV1, MissingRefsAreEmpty) {
    const Result<PhoenixMessage> decoded = PhoenixMessage::decode(
        R"({"topic":"phoenix","event":"heartbeat","payload":{}})", ProtocolVersion::V1);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(decoded.value().ref.isEmpty());
    EXPECT_TRUE(decoded.value().joinRef.isEmpty());
}

TEST(PhoenixMessageV1, MissingOrWrongFieldsAreRejected) {
    for (const char* frame : {R"({"event":"heartbeat","payload":{}})", R"({"topic":"phoenix","payload":{}})",
                              R"({"topic":"phoenix","event":"heartbeat"})",
                              R"({"topic":"phoenix","event":"heartbeat","payload":[]})",
                              R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":5})",
                              R"({"topic":"phoenix","event":"heartbeat","payload":{},"join_ref":true})",
                              R"({"topic":["phoenix"],"event":"heartbeat","payload":{}})",
                              R"([null,"1","phoenix","heartbeat",{}])"}) {
        EXPECT_FALSE(PhoenixMessage::decode(frame, ProtocolVersion::V1).ok()) << frame;
    }
}

TEST(PhoenixMessage, JoinUsesItsJoinRefAsRef) {
    const PhoenixMessage join = PhoenixMessage::join(kTopic, QStringLiteral("7"), {});
    EXPECT_EQ(join.ref, QStringLiteral("7"));
    EXPECT_EQ(join.joinRef, QStringLiteral("7"));
    EXPECT_EQ(join.event, events::kPhxJoin);
}

TEST(PhoenixMessage, ReplyAnswersTheRequestsRefs) {
    const PhoenixMessage leave = PhoenixMessage::leave(kTopic, QStringLiteral("1"), QStringLiteral("3"));
    const PhoenixMessage reply = PhoenixMessage::reply(leave, QStringLiteral("ok"));
    EXPECT_EQ(reply.ref, QStringLiteral("3"));
    EXPECT_EQ(reply.joinRef, QStringLiteral("1"));
    EXPECT_EQ(reply.topic, kTopic);
    EXPECT_TRUE(reply.isReply());
    EXPECT_EQ(reply.replyStatus(), QStringLiteral("ok"));
    EXPECT_TRUE(reply.replyResponse().isEmpty());
}

TEST(PhoenixMessage, NonReplyHasNoReplyStatus) {
    const PhoenixMessage heartbeat = PhoenixMessage::heartbeat(QStringLiteral("1"));
    EXPECT_FALSE(heartbeat.isReply());
    EXPECT_TRUE(heartbeat.replyStatus().isEmpty());
}

TEST(PhoenixMessage, HeartbeatIsOnThePhoenixTopic) {
    const PhoenixMessage heartbeat = PhoenixMessage::heartbeat(QStringLiteral("9"));
    EXPECT_EQ(heartbeat.topic, events::kPhoenixTopic);
    EXPECT_TRUE(heartbeat.joinRef.isEmpty());
}

TEST(PhoenixMessage, AccessTokenCarriesTheToken) {
    const PhoenixMessage push = PhoenixMessage::accessToken(kTopic, QStringLiteral("1"), QStringLiteral("4"),
                                                            QStringLiteral("new-jwt"));
    EXPECT_EQ(push.payload.value(QStringLiteral("access_token")).toString(), QStringLiteral("new-jwt"));
}

TEST(PhoenixMessage, UnicodeSurvivesBothVersions) {
    const PhoenixMessage message = PhoenixMessage::postgresChanges(
        QStringLiteral("realtime:kampagnen-ü"), {{QStringLiteral("name"), QStringLiteral("Frühling ☀ 春")}});
    for (const ProtocolVersion version : {ProtocolVersion::V1, ProtocolVersion::V2}) {
        const Result<PhoenixMessage> decoded = PhoenixMessage::decode(message.encode(version), version);
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(decoded.value(), message);
    }
}

TEST(PhoenixMessage, InvalidUtf8IsRejected) {
    EXPECT_FALSE(PhoenixMessage::decode("[null,null,\"t\xff\",\"e\",{}]", ProtocolVersion::V2).ok());
}

} // namespace
} // namespace cc::realtime
