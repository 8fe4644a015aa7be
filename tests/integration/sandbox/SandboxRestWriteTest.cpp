#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

namespace cc::sandbox::test {
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
const QPair<QByteArray, QByteArray> kRepresentation{"Prefer", "return=representation"};

QJsonObject campaign(const QString& name) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("status"), QStringLiteral("draft")},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("budget"), 1200.5},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("start_date"), QStringLiteral("2026-04-01")},
            {QStringLiteral("end_date"), QStringLiteral("2026-04-30")}};
}

class SandboxRestWriteTest : public SandboxFixture {
protected:
    void SetUp() override {
        SandboxFixture::SetUp();
        m_maria = asUser(accessToken(marketer(0)));
        m_max = asUser(accessToken(marketer(1)));
    }
    TestReply insert(const QJsonValue& body, const Headers& headers, const QString& query = {}) {
        return m_client->postJson(QStringLiteral("/rest/v1/campaigns") + query, body, headers);
    }
    int countNamed(const QString& name) {
        return static_cast<int>(m_client
                                    ->get(QStringLiteral("/rest/v1/campaigns?select=id&name=eq.") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(name)),
                                          serviceRole())
                                    .array()
                                    .size());
    }
    Headers m_maria;
    Headers m_max;
};

TEST_F(SandboxRestWriteTest, InsertReturnsTheRowWithServerDefaults) {
    const TestReply reply = insert(campaign(QStringLiteral("Launch")), m_maria + kRepresentation);
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QJsonObject row = reply.array().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("user_id")).toString(), marketer(0).id);
    EXPECT_EQ(row.value(QStringLiteral("name")).toString(), QStringLiteral("Launch"));
    EXPECT_EQ(row.value(QStringLiteral("sent_count")).toInt(), 0);
    EXPECT_EQ(row.value(QStringLiteral("id")).toString().size(), 36);
    EXPECT_TRUE(
        row.value(QStringLiteral("created_at")).toString().startsWith(QStringLiteral("2026-03-01T09:00:00")));
}

TEST_F(SandboxRestWriteTest, MinimalInsertHasNoBody) {
    const TestReply reply = insert(campaign(QStringLiteral("Quiet")), m_maria);
    EXPECT_EQ(reply.status, 201);
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_EQ(countNamed(QStringLiteral("Quiet")), 1);
}

TEST_F(SandboxRestWriteTest, InsertingForAnotherUserViolatesRowLevelSecurity) {
    QJsonObject row = campaign(QStringLiteral("Not mine"));
    row.insert(QStringLiteral("user_id"), marketer(1).id);
    const TestReply reply = insert(row, m_maria);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
    EXPECT_EQ(insert(campaign(QStringLiteral("Anon")), anon()).status, 401);
    EXPECT_EQ(countNamed(QStringLiteral("Not mine")), 0);
}

TEST_F(SandboxRestWriteTest, AdminMayInsertForAnyUser) {
    QJsonObject row = campaign(QStringLiteral("Assigned"));
    row.insert(QStringLiteral("user_id"), marketer(1).id);
    EXPECT_EQ(insert(row, asUser(accessToken(admin()))).status, 201);
}

TEST_F(SandboxRestWriteTest, CheckViolationIs23514) {
    QJsonObject row = campaign(QStringLiteral("Negative"));
    row.insert(QStringLiteral("budget"), -5);
    const TestReply reply = insert(row, m_maria);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("23514"));
    EXPECT_TRUE(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("campaigns_budget_check")));

    row = campaign(QStringLiteral("Backwards"));
    row.insert(QStringLiteral("end_date"), QStringLiteral("2026-03-01"));
    EXPECT_EQ(insert(row, m_maria).object().value(QStringLiteral("code")).toString(),
              QStringLiteral("23514"));
    EXPECT_EQ(insert(campaign(QString(201, QLatin1Char('x'))), m_maria)
                  .object()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("23514"));
}

TEST_F(SandboxRestWriteTest, BadEnumValueIs22P02AndUnknownKeyIsPgrst204) {
    QJsonObject row = campaign(QStringLiteral("Odd"));
    row.insert(QStringLiteral("status"), QStringLiteral("exploding"));
    EXPECT_EQ(insert(row, m_maria).object().value(QStringLiteral("code")).toString(),
              QStringLiteral("22P02"));
    row = campaign(QStringLiteral("Odd"));
    row.insert(QStringLiteral("colour"), QStringLiteral("red"));
    EXPECT_EQ(insert(row, m_maria).object().value(QStringLiteral("code")).toString(),
              QStringLiteral("PGRST204"));
}

TEST_F(SandboxRestWriteTest, DuplicateIdIs409With23505) {
    const QString id = insert(campaign(QStringLiteral("First")), m_maria + kRepresentation)
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QJsonObject row = campaign(QStringLiteral("Second"));
    row.insert(QStringLiteral("id"), id);
    const TestReply reply = insert(row, m_maria);
    EXPECT_EQ(reply.status, 409);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("23505"));
}

TEST_F(SandboxRestWriteTest, BulkInsertIsAllOrNothing) {
    QJsonObject bad = campaign(QStringLiteral("Bulk B"));
    bad.insert(QStringLiteral("budget"), -1);
    const TestReply reply = insert(QJsonArray{campaign(QStringLiteral("Bulk A")), bad}, m_maria);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(countNamed(QStringLiteral("Bulk A")), 0);

    const TestReply ok =
        insert(QJsonArray{campaign(QStringLiteral("Bulk A")), campaign(QStringLiteral("Bulk C"))},
               m_maria + kRepresentation);
    EXPECT_EQ(ok.status, 201);
    EXPECT_EQ(ok.array().size(), 2);
}

TEST_F(SandboxRestWriteTest, UpsertMergesExistingRowsWith200AndInsertsNewOnesWith201) {
    const QJsonObject created =
        insert(campaign(QStringLiteral("Upsert me")), m_maria + kRepresentation).array().first().toObject();
    QJsonObject merge = campaign(QStringLiteral("Upserted"));
    merge.insert(QStringLiteral("id"), created.value(QStringLiteral("id")));
    const auto prefer =
        QPair<QByteArray, QByteArray>("Prefer", "resolution=merge-duplicates,return=representation");
    const TestReply merged = insert(merge, m_maria + prefer, QStringLiteral("?on_conflict=id"));
    EXPECT_EQ(merged.status, 200);
    EXPECT_EQ(merged.array().first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Upserted"));
    EXPECT_EQ(merged.header("preference-applied"),
              QByteArray("resolution=merge-duplicates, return=representation"));

    QJsonObject fresh = campaign(QStringLiteral("Brand new"));
    fresh.insert(QStringLiteral("id"), QStringLiteral("7d5c6a8e-4a6b-4b8e-9a47-0e1f4cbbd7a1"));
    EXPECT_EQ(insert(fresh, m_maria + prefer, QStringLiteral("?on_conflict=id")).status, 201);
}

TEST_F(SandboxRestWriteTest, UpsertOntoSomeoneElsesRowIsRefused) {
    const QJsonObject created =
        insert(campaign(QStringLiteral("Maria's")), m_maria + kRepresentation).array().first().toObject();
    QJsonObject steal = campaign(QStringLiteral("Stolen"));
    steal.insert(QStringLiteral("id"), created.value(QStringLiteral("id")));
    const TestReply reply =
        insert(steal, m_max + QPair<QByteArray, QByteArray>("Prefer", "resolution=merge-duplicates"));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
}

TEST_F(SandboxRestWriteTest, PatchUpdatesOnlyVisibleRows) {
    const QString id = insert(campaign(QStringLiteral("Patch me")), m_maria + kRepresentation)
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    m_clock.advanceSeconds(60);
    const TestReply byOther = m_client->patchJson(
        QStringLiteral("/rest/v1/campaigns?id=eq.") + id,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}, m_max + kRepresentation);
    EXPECT_EQ(byOther.status, 200);
    EXPECT_TRUE(byOther.array().isEmpty());

    const TestReply minimal =
        m_client->patchJson(QStringLiteral("/rest/v1/campaigns?id=eq.") + id,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}, m_maria);
    EXPECT_EQ(minimal.status, 204);
    const QJsonObject row =
        m_client->get(QStringLiteral("/rest/v1/campaigns?id=eq.") + id, m_maria).array().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_TRUE(
        row.value(QStringLiteral("updated_at")).toString().startsWith(QStringLiteral("2026-03-01T09:01:00")));
}

TEST_F(SandboxRestWriteTest, PatchHandingARowToAnotherUserIsRefused) {
    const QString id = insert(campaign(QStringLiteral("Keep")), m_maria + kRepresentation)
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const TestReply reply =
        m_client->patchJson(QStringLiteral("/rest/v1/campaigns?id=eq.") + id,
                            QJsonObject{{QStringLiteral("user_id"), marketer(1).id}}, m_maria);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
}

TEST_F(SandboxRestWriteTest, WritesWithoutAFilterAreRefused) {
    EXPECT_EQ(m_client
                  ->patchJson(QStringLiteral("/rest/v1/campaigns"),
                              QJsonObject{{QStringLiteral("budget"), 1}}, m_maria)
                  .object()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("21000"));
    EXPECT_EQ(m_client->send("DELETE", QStringLiteral("/rest/v1/campaigns"), {}, m_maria).status, 400);
}

TEST_F(SandboxRestWriteTest, DeleteRemovesOwnRowsAndCountsThem) {
    insert(QJsonArray{campaign(QStringLiteral("Doomed")), campaign(QStringLiteral("Doomed"))}, m_maria);
    const TestReply byOther =
        m_client->send("DELETE", QStringLiteral("/rest/v1/campaigns?name=eq.Doomed"), {}, m_max);
    EXPECT_EQ(byOther.status, 204);
    EXPECT_EQ(countNamed(QStringLiteral("Doomed")), 2);
    const TestReply reply = m_client->send(
        "DELETE", QStringLiteral("/rest/v1/campaigns?name=eq.Doomed"), {},
        m_maria + QPair<QByteArray, QByteArray>("Prefer", "return=representation,count=exact"));
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.array().size(), 2);
    EXPECT_EQ(reply.header("content-range"), QByteArray("*/2"));
    EXPECT_EQ(countNamed(QStringLiteral("Doomed")), 0);
}

TEST_F(SandboxRestWriteTest, IdempotencyKeyReplaysTheFirstResponseAndAppliesOnce) {
    const auto headers =
        m_maria + kRepresentation + QPair<QByteArray, QByteArray>("Idempotency-Key", "op-123");
    const TestReply first = insert(campaign(QStringLiteral("Once")), headers);
    const TestReply second = insert(campaign(QStringLiteral("Once")), headers);
    EXPECT_EQ(first.status, 201);
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(second.header("idempotent-replayed"), QByteArray("true"));
    EXPECT_EQ(countNamed(QStringLiteral("Once")), 1);

    const TestReply mismatch = insert(campaign(QStringLiteral("Other")), headers);
    EXPECT_EQ(mismatch.status, 422);
    EXPECT_EQ(countNamed(QStringLiteral("Other")), 0);
}

TEST_F(SandboxRestWriteTest, IdempotencyKeysExpireAfterADay) {
    const auto headers = m_maria + QPair<QByteArray, QByteArray>("Idempotency-Key", "daily");
    insert(campaign(QStringLiteral("Daily")), headers);
    m_clock.advanceSeconds(24 * 3600 + 1);
    // A fresh session: the first token has expired meanwhile.
    const auto renewed =
        asUser(accessToken(marketer(0))) + QPair<QByteArray, QByteArray>("Idempotency-Key", "daily");
    EXPECT_EQ(insert(campaign(QStringLiteral("Daily")), renewed).status, 201);
    EXPECT_EQ(countNamed(QStringLiteral("Daily")), 2);
}

TEST_F(SandboxRestWriteTest, IdempotentDeleteAndRpcAreNotAppliedTwice) {
    insert(campaign(QStringLiteral("Delete once")), m_maria);
    const auto key = m_maria + QPair<QByteArray, QByteArray>("Idempotency-Key", "del-1") +
                     QPair<QByteArray, QByteArray>("Prefer", "count=exact");
    const TestReply first =
        m_client->send("DELETE", QStringLiteral("/rest/v1/campaigns?name=eq.Delete%20once"), {}, key);
    insert(campaign(QStringLiteral("Delete once")), m_maria); // a new row with the same name
    const TestReply replay =
        m_client->send("DELETE", QStringLiteral("/rest/v1/campaigns?name=eq.Delete%20once"), {}, key);
    EXPECT_EQ(first.header("content-range"), QByteArray("*/1"));
    EXPECT_EQ(replay.header("idempotent-replayed"), QByteArray("true"));
    EXPECT_EQ(countNamed(QStringLiteral("Delete once")), 1);

    const QJsonObject body{
        {QStringLiteral("operations"),
         QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("insert")},
                                {QStringLiteral("table"), QStringLiteral("campaigns")},
                                {QStringLiteral("values"), campaign(QStringLiteral("Rpc once"))}}}}};
    const auto rpcKey = m_maria + QPair<QByteArray, QByteArray>("Idempotency-Key", "rpc-1");
    EXPECT_EQ(m_client->postJson(QStringLiteral("/rest/v1/rpc/execute_transaction"), body, rpcKey).status,
              200);
    EXPECT_EQ(m_client->postJson(QStringLiteral("/rest/v1/rpc/execute_transaction"), body, rpcKey).status,
              200);
    EXPECT_EQ(countNamed(QStringLiteral("Rpc once")), 1);
}

} // namespace
} // namespace cc::sandbox::test
