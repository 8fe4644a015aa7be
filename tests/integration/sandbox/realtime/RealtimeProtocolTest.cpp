#include "app/realtime/PostgresChange.h"
#include "tests/integration/sandbox/realtime/RealtimeServerFixture.h"
#include "tests/support/QtPrinters.h"

namespace cc::sandbox::test {
namespace {

using realtime::PhoenixMessage;
using realtime::PostgresChange;
using realtime::ProtocolVersion;
namespace events = realtime::events;

class RealtimeProtocolTest : public RealtimeServerFixture,
                             public ::testing::WithParamInterface<ProtocolVersion> {};

TEST_P(RealtimeProtocolTest, JoinRepliesWithBindingIdsThenConfirmsTheSubscription) {
    auto client = socket(GetParam());
    ASSERT_TRUE(client->open());
    const QJsonArray bindings{
        RealtimeTestSocket::binding(QStringLiteral("*")),
        RealtimeTestSocket::binding(QStringLiteral("UPDATE"), QStringLiteral("status=eq.paused"))};
    const std::optional<PhoenixMessage> reply = client->join(kTopic, bindings, accessToken(admin()));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("ok"));
    EXPECT_EQ(reply->topic, kTopic);
    const QJsonArray replied = reply->replyResponse().value(QStringLiteral("postgres_changes")).toArray();
    ASSERT_EQ(replied.size(), 2);
    for (qsizetype i = 0; i < replied.size(); ++i) {
        const QJsonObject binding = replied.at(i).toObject();
        EXPECT_GT(binding.value(QStringLiteral("id")).toDouble(), 0);
        EXPECT_EQ(binding.value(QStringLiteral("event")),
                  bindings.at(i).toObject().value(QStringLiteral("event")));
        EXPECT_EQ(binding.value(QStringLiteral("filter")),
                  bindings.at(i).toObject().value(QStringLiteral("filter")));
    }
    EXPECT_NE(replied.at(0).toObject().value(QStringLiteral("id")),
              replied.at(1).toObject().value(QStringLiteral("id")));
    const std::optional<PhoenixMessage> system = client->takeEvent(kTopic, QString(events::kSystem));
    ASSERT_TRUE(system.has_value());
    EXPECT_EQ(system->joinRef, client->joinRefOf(kTopic));
    EXPECT_EQ(system->payload.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(system->payload.value(QStringLiteral("extension")).toString(),
              QStringLiteral("postgres_changes"));
    EXPECT_EQ(system->payload.value(QStringLiteral("channel")).toString(), QStringLiteral("campaigns"));
}

TEST_P(RealtimeProtocolTest, HeartbeatIsAnsweredOnThePhoenixTopic) {
    auto client = socket(GetParam());
    ASSERT_TRUE(client->open());
    client->send(PhoenixMessage::heartbeat(QStringLiteral("26")));
    const std::optional<PhoenixMessage> reply = client->takeReply(QStringLiteral("26"));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->topic, QStringLiteral("phoenix"));
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("ok"));
}

TEST_P(RealtimeProtocolTest, InsertUpdateAndDeleteThroughRestArriveAsEvents) {
    const QString admin = accessToken(this->admin());
    auto client = subscribed(admin, RealtimeTestSocket::binding(QStringLiteral("*")), GetParam());
    const QString maria = accessToken(marketer(0));

    const QJsonObject row = insertAs(maria, QStringLiteral("Spring launch"));
    const QString id = row.value(QStringLiteral("id")).toString();
    std::optional<PhoenixMessage> event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    Result<PostgresChange> change = PostgresChange::fromPayload(event->payload);
    ASSERT_TRUE(change.ok()) << change.error().detail.toStdString();
    EXPECT_EQ(change.value().type, PostgresChange::Type::Insert);
    EXPECT_EQ(change.value().table, QStringLiteral("campaigns"));
    EXPECT_EQ(change.value().schema, QStringLiteral("public"));
    EXPECT_EQ(change.value().record, row);
    EXPECT_TRUE(change.value().oldRecord.isEmpty());
    EXPECT_EQ(change.value().commitTimestamp, m_clock.nowUtc());
    EXPECT_FALSE(change.value().columns.isEmpty());
    EXPECT_EQ(change.value().ids.size(), 1);

    patchAs(maria, id, {{QStringLiteral("status"), QStringLiteral("paused")}});
    event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    change = PostgresChange::fromPayload(event->payload);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change.value().type, PostgresChange::Type::Update);
    EXPECT_EQ(change.value().record.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    EXPECT_EQ(change.value().oldRecord.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(change.value().oldRecord.value(QStringLiteral("id")).toString(), id);

    deleteAs(maria, id);
    event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    change = PostgresChange::fromPayload(event->payload);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change.value().type, PostgresChange::Type::Delete);
    EXPECT_EQ(change.value().oldRecord.value(QStringLiteral("id")).toString(), id);
    EXPECT_TRUE(change.value().record.isEmpty());
}

TEST_P(RealtimeProtocolTest, LeaveRepliesClosesAndStopsEvents) {
    const QString maria = accessToken(marketer(0));
    auto client = subscribed(maria, RealtimeTestSocket::binding(QStringLiteral("*")), GetParam());
    const QString ref = client->nextRef();
    client->send(PhoenixMessage::leave(kTopic, client->joinRefOf(kTopic), ref));
    const std::optional<PhoenixMessage> reply = client->takeReply(ref);
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("ok"));
    ASSERT_TRUE(client->takeEvent(kTopic, QString(events::kPhxClose)).has_value());

    insertAs(maria, QStringLiteral("After leave"));
    client->send(PhoenixMessage::heartbeat(QStringLiteral("99"))); // frames are ordered: the reply comes last
    ASSERT_TRUE(client->takeReply(QStringLiteral("99")).has_value());
    EXPECT_TRUE(client->none([](const PhoenixMessage& m) { return m.event == events::kPostgresChanges; }));
}

INSTANTIATE_TEST_SUITE_P(Versions, RealtimeProtocolTest,
                         ::testing::Values(ProtocolVersion::V1, ProtocolVersion::V2),
                         [](const ::testing::TestParamInfo<ProtocolVersion>& info) {
                             return std::string(info.param == ProtocolVersion::V1 ? "V1" : "V2");
                         });

class RealtimeEventsTest : public RealtimeServerFixture {};

TEST_F(RealtimeEventsTest, MarketerReceivesOnlyTheirOwnRows) {
    const QString maria = accessToken(marketer(0));
    const QString other = accessToken(marketer(1));
    auto client = subscribed(maria, RealtimeTestSocket::binding(QStringLiteral("*")));
    insertAs(other, QStringLiteral("Not yours"));
    insertAs(maria, QStringLiteral("Yours"));
    const std::optional<PhoenixMessage> event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    EXPECT_TRUE(isChangeOf(*event, QStringLiteral("Yours")));
    EXPECT_TRUE(
        client->none([](const PhoenixMessage& m) { return isChangeOf(m, QStringLiteral("Not yours")); }));
}

TEST_F(RealtimeEventsTest, AdminReceivesEveryonesRows) {
    auto client = subscribed(accessToken(admin()), RealtimeTestSocket::binding(QStringLiteral("INSERT")));
    insertAs(accessToken(marketer(1)), QStringLiteral("From Bob"));
    insertAs(accessToken(marketer(0)), QStringLiteral("From Maria"));
    EXPECT_TRUE(
        client->take([](const PhoenixMessage& m) { return isChangeOf(m, QStringLiteral("From Bob")); }));
    EXPECT_TRUE(
        client->take([](const PhoenixMessage& m) { return isChangeOf(m, QStringLiteral("From Maria")); }));
}

TEST_F(RealtimeEventsTest, AnonKeyAloneReceivesNothing) {
    auto client = subscribed(QString(), RealtimeTestSocket::binding(QStringLiteral("*")));
    insertAs(accessToken(marketer(0)), QStringLiteral("Private"));
    client->send(PhoenixMessage::heartbeat(QStringLiteral("7")));
    ASSERT_TRUE(client->takeReply(QStringLiteral("7")).has_value());
    EXPECT_TRUE(client->none([](const PhoenixMessage& m) { return m.event == events::kPostgresChanges; }));
}

TEST_F(RealtimeEventsTest, EventAndFilterOfTheBindingAreApplied) {
    const QString maria = accessToken(marketer(0));
    auto client = subscribed(
        maria, RealtimeTestSocket::binding(QStringLiteral("UPDATE"), QStringLiteral("status=eq.paused")));
    const QString id = insertAs(maria, QStringLiteral("Filtered")).value(QStringLiteral("id")).toString();
    patchAs(maria, id, {{QStringLiteral("budget"), 10}});
    patchAs(maria, id, {{QStringLiteral("status"), QStringLiteral("paused")}});
    const std::optional<PhoenixMessage> event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    const Result<PostgresChange> change = PostgresChange::fromPayload(event->payload);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change.value().record.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    client->send(PhoenixMessage::heartbeat(QStringLiteral("8")));
    ASSERT_TRUE(client->takeReply(QStringLiteral("8")).has_value());
    EXPECT_TRUE(client->none([](const PhoenixMessage& m) { return m.event == events::kPostgresChanges; }));
}

TEST_F(RealtimeEventsTest, RpcWritesArriveAndARolledBackOneSendsNothing) {
    const QString maria = accessToken(marketer(0));
    auto client = subscribed(maria, RealtimeTestSocket::binding(QStringLiteral("*")));
    const auto rpc = [&](const QJsonArray& operations) {
        return m_client->postJson(QStringLiteral("/rest/v1/rpc/execute_transaction"),
                                  QJsonObject{{QStringLiteral("operations"), operations}}, asUser(maria));
    };
    const QJsonObject insert{{QStringLiteral("op"), QStringLiteral("insert")},
                             {QStringLiteral("table"), QStringLiteral("campaigns")},
                             {QStringLiteral("values"), campaign(QStringLiteral("Rolled back"))}};
    const QJsonObject broken{
        {QStringLiteral("op"), QStringLiteral("insert")},
        {QStringLiteral("table"), QStringLiteral("campaigns")},
        {QStringLiteral("values"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("budget"), -5}}}};
    EXPECT_GE(rpc(QJsonArray{insert, broken}).status, 400);
    QJsonObject good = insert;
    good.insert(QStringLiteral("values"), campaign(QStringLiteral("Committed")));
    EXPECT_EQ(rpc(QJsonArray{good}).status, 200);
    const std::optional<PhoenixMessage> event = client->takeEvent(kTopic, QString(events::kPostgresChanges));
    ASSERT_TRUE(event.has_value());
    EXPECT_TRUE(isChangeOf(*event, QStringLiteral("Committed")));
    EXPECT_TRUE(
        client->none([](const PhoenixMessage& m) { return isChangeOf(m, QStringLiteral("Rolled back")); }));
}

TEST_F(RealtimeEventsTest, UnknownTableIsReportedAsASubscriptionError) {
    auto client = socket();
    ASSERT_TRUE(client->open());
    QJsonObject binding = RealtimeTestSocket::binding(QStringLiteral("*"));
    binding.insert(QStringLiteral("table"), QStringLiteral("todos"));
    const std::optional<PhoenixMessage> reply =
        client->join(kTopic, QJsonArray{binding}, accessToken(admin()));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("ok"));
    const std::optional<PhoenixMessage> system = client->takeEvent(kTopic, QString(events::kSystem));
    ASSERT_TRUE(system.has_value());
    EXPECT_EQ(system->payload.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(
        system->payload.value(QStringLiteral("message")).toString().contains(QStringLiteral("todos")));
}

TEST_F(RealtimeEventsTest, MalformedFrameIsIgnoredAndTheSocketStaysUsable) {
    auto client = socket();
    ASSERT_TRUE(client->open());
    client->sendRaw(QStringLiteral("{not json"));
    client->sendRaw(QStringLiteral("[1,2,3]"));
    client->send(PhoenixMessage::heartbeat(QStringLiteral("5")));
    EXPECT_TRUE(client->takeReply(QStringLiteral("5")).has_value());
    EXPECT_TRUE(client->isConnected());
}

TEST_F(RealtimeEventsTest, PushToATopicNotJoinedIsAnUnmatchedTopic) {
    auto client = socket();
    ASSERT_TRUE(client->open());
    client->send(
        PhoenixMessage::leave(QStringLiteral("realtime:nothing"), QStringLiteral("1"), QStringLiteral("2")));
    const std::optional<PhoenixMessage> reply = client->takeReply(QStringLiteral("2"));
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("error"));
    EXPECT_EQ(reply->replyResponse().value(QStringLiteral("reason")).toString(),
              QStringLiteral("unmatched topic"));
}

TEST_F(RealtimeEventsTest, TopicWithoutANameIsRefused) {
    auto client = socket();
    ASSERT_TRUE(client->open());
    const std::optional<PhoenixMessage> reply = client->join(QStringLiteral("realtime:"), {});
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->replyStatus(), QStringLiteral("error"));
    EXPECT_TRUE(reply->replyResponse()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("TopicNameRequired")));
}

} // namespace
} // namespace cc::sandbox::test
