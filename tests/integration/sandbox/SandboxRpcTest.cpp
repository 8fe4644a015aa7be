#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"

#include <QJsonArray>

namespace cc::sandbox::test {
namespace {

QJsonObject op(const char* kind, QJsonObject values, QJsonObject match = {}) {
    QJsonObject out{{QStringLiteral("op"), QLatin1String(kind)},
                    {QStringLiteral("table"), QStringLiteral("campaigns")}};
    if (!values.isEmpty()) {
        out.insert(QStringLiteral("values"), values);
    }
    if (!match.isEmpty()) {
        out.insert(QStringLiteral("match"), match);
    }
    return out;
}

class SandboxRpcTest : public SandboxFixture {
protected:
    TestReply execute(const QJsonArray& operations, const QList<QPair<QByteArray, QByteArray>>& headers) {
        return m_client->postJson(QStringLiteral("/rest/v1/rpc/execute_transaction"),
                                  QJsonObject{{QStringLiteral("operations"), operations}}, headers);
    }
    int countNamed(const QString& name) {
        return static_cast<int>(
            m_client->get(QStringLiteral("/rest/v1/campaigns?select=id&name=eq.") + name, serviceRole())
                .array()
                .size());
    }
};

TEST_F(SandboxRpcTest, AllOperationsApplyAndTheResponseListsAffectedRows) {
    const auto maria = asUser(accessToken(marketer(0)));
    const TestReply reply =
        execute(QJsonArray{op("insert", {{QStringLiteral("name"), QStringLiteral("TxA")}}),
                           op("insert", {{QStringLiteral("name"), QStringLiteral("TxB")}}),
                           op("update", {{QStringLiteral("status"), QStringLiteral("active")}},
                              {{QStringLiteral("name"), QStringLiteral("TxA")}}),
                           op("delete", {}, {{QStringLiteral("name"), QStringLiteral("TxB")}})},
                maria);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray results = reply.object().value(QStringLiteral("operations")).toArray();
    ASSERT_EQ(results.size(), 4);
    EXPECT_EQ(results[2].toObject().value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(results[2]
                  .toObject()
                  .value(QStringLiteral("rows"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("active"));
    EXPECT_EQ(countNamed(QStringLiteral("TxA")), 1);
    EXPECT_EQ(countNamed(QStringLiteral("TxB")), 0);
}

TEST_F(SandboxRpcTest, AFailingOperationRollsBackEverythingAndIsNamed) {
    const auto maria = asUser(accessToken(marketer(0)));
    const TestReply reply =
        execute(QJsonArray{op("insert", {{QStringLiteral("name"), QStringLiteral("TxGood")}}),
                           op("insert", {{QStringLiteral("name"), QStringLiteral("TxBad")},
                                         {QStringLiteral("budget"), -10}})},
                maria);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("23514"));
    EXPECT_TRUE(reply.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("operation 1 (insert)")));
    EXPECT_EQ(countNamed(QStringLiteral("TxGood")), 0);
}

TEST_F(SandboxRpcTest, EachOperationRunsUnderTheCallersRowLevelSecurity) {
    const auto maria = asUser(accessToken(marketer(0)));
    const TestReply reply =
        execute(QJsonArray{op("insert", {{QStringLiteral("name"), QStringLiteral("TxMine")}}),
                           op("insert", {{QStringLiteral("name"), QStringLiteral("TxTheirs")},
                                         {QStringLiteral("user_id"), marketer(1).id}})},
                maria);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("42501"));
    EXPECT_EQ(countNamed(QStringLiteral("TxMine")), 0);

    // Updating another user's rows matches nothing, as a policy-filtered UPDATE does.
    const TestReply other =
        execute(QJsonArray{op("update", {{QStringLiteral("name"), QStringLiteral("Hijacked")}},
                              {{QStringLiteral("user_id"), marketer(1).id}})},
                maria);
    EXPECT_EQ(other.status, 200);
    EXPECT_EQ(other.object()
                  .value(QStringLiteral("operations"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("count"))
                  .toInt(),
              0);
}

TEST_F(SandboxRpcTest, InvalidRequestsAreRefused) {
    const auto maria = asUser(accessToken(marketer(0)));
    EXPECT_EQ(execute(QJsonArray{}, maria).status, 400);
    const TestReply unknownOp =
        execute(QJsonArray{op("upsert", {{QStringLiteral("name"), QStringLiteral("x")}})}, maria);
    EXPECT_TRUE(unknownOp.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("operation 0")));
    const TestReply noMatch = execute(QJsonArray{op("delete", {})}, maria);
    EXPECT_EQ(noMatch.object().value(QStringLiteral("code")).toString(), QStringLiteral("21000"));
    const TestReply unknown = m_client->postJson(QStringLiteral("/rest/v1/rpc/nope"), QJsonObject{}, maria);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.object().value(QStringLiteral("code")).toString(), QStringLiteral("PGRST202"));
}

} // namespace
} // namespace cc::sandbox::test
