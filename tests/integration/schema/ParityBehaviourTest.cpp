// The parity list: every behaviour of the campaigns data contract (row-level security, defaults and triggers,
// execute_transaction semantics, idempotency keys) is one entry below and runs against both the sandbox (over
// HTTP) and the migrations on PostgreSQL (over SQL as PostgREST would run it). A behaviour that holds on one
// backend and not the other fails here.
#include "tests/integration/schema/ParityBackend.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

namespace cc::schema::test {
namespace {

QString str(const QJsonValue& value) {
    return value.toString();
}

std::string show(const Outcome& outcome) {
    return std::to_string(outcome.status) + " " + outcome.code.toStdString() + " " +
           outcome.message.toStdString() + " " +
           QJsonDocument(outcome.rows).toJson(QJsonDocument::Compact).left(300).toStdString();
}

QJsonObject op(const char* name, QJsonObject values = {}, QJsonObject match = {}) {
    QJsonObject operation{{QStringLiteral("op"), QLatin1String(name)},
                          {QStringLiteral("table"), QStringLiteral("campaigns")}};
    if (!values.isEmpty()) {
        operation.insert(QStringLiteral("values"), values);
    }
    if (!match.isEmpty()) {
        operation.insert(QStringLiteral("match"), match);
    }
    return operation;
}

QJsonObject named(const char* name) {
    return {{QStringLiteral("name"), QLatin1String(name)}};
}

// Inserts a campaign owned by `owner` (as the owner) and returns its id.
QString seed(ParityBackend& backend, Who owner, const char* name) {
    const Outcome outcome = backend.insert(owner, named(name));
    EXPECT_EQ(outcome.status, 201) << show(outcome);
    return str(outcome.rows.at(0).toObject().value(QStringLiteral("id")));
}

struct Behaviour {
    const char* name;
    std::function<void(ParityBackend&)> check;
};

const std::vector<Behaviour>& behaviours() {
    static const std::vector<Behaviour> list{
        // --- row-level security
        // ------------------------------------------------------------------------------
        {"MarketerReadsOnlyOwnRows",
         [](ParityBackend& b) {
             seed(b, Who::MarketerA, "a1");
             seed(b, Who::MarketerA, "a2");
             seed(b, Who::MarketerB, "b1");
             const Outcome a = b.select(Who::MarketerA);
             ASSERT_EQ(a.status, 200) << show(a);
             ASSERT_EQ(a.rows.size(), 2) << show(a);
             for (const QJsonValue& row : a.rows) {
                 EXPECT_EQ(str(row[QStringLiteral("user_id")]), b.userId(Who::MarketerA));
             }
             EXPECT_EQ(b.select(Who::MarketerB).rows.size(), 1);
         }},
        {"AdminReadsEveryRow",
         [](ParityBackend& b) {
             seed(b, Who::MarketerA, "a1");
             seed(b, Who::MarketerB, "b1");
             EXPECT_EQ(b.select(Who::Admin).rows.size(), 2);
         }},
        {"AnonReadsNothing",
         [](ParityBackend& b) {
             seed(b, Who::MarketerA, "a1");
             const Outcome anon = b.select(Who::Anon);
             EXPECT_EQ(anon.status, 200) << show(anon);
             EXPECT_TRUE(anon.rows.isEmpty()) << show(anon);
         }},
        {"AnonCannotInsert",
         [](ParityBackend& b) {
             const Outcome anon = b.insert(Who::Anon, named("x"));
             EXPECT_EQ(anon.status, 401) << show(anon);
             EXPECT_EQ(anon.code, QStringLiteral("42501"));
         }},
        {"MarketerCannotInsertForAnother",
         [](ParityBackend& b) {
             QJsonObject values = named("x");
             values.insert(QStringLiteral("user_id"), b.userId(Who::MarketerB));
             const Outcome outcome = b.insert(Who::MarketerA, values);
             EXPECT_EQ(outcome.status, 403) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("42501"));
             EXPECT_EQ(outcome.message,
                       QStringLiteral("new row violates row-level security policy for table \"campaigns\""));
         }},
        {"MarketerCannotChangeAnothersRow",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerB, "b1");
             const Outcome outcome = b.update(Who::MarketerA, id, named("taken"));
             EXPECT_EQ(outcome.status, 200) << show(outcome);
             EXPECT_TRUE(outcome.rows.isEmpty()) << show(outcome);
             EXPECT_EQ(str(b.select(Who::MarketerB, id).rows.at(0)[QStringLiteral("name")]),
                       QStringLiteral("b1"));
         }},
        {"MarketerCannotDeleteAnothersRow",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerB, "b1");
             EXPECT_TRUE(b.remove(Who::MarketerA, id).rows.isEmpty());
             EXPECT_EQ(b.select(Who::MarketerB, id).rows.size(), 1);
         }},
        {"MarketerCannotGiveARowAway",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerA, "a1");
             const Outcome outcome =
                 b.update(Who::MarketerA, id, {{QStringLiteral("user_id"), b.userId(Who::MarketerB)}});
             EXPECT_EQ(outcome.status, 403) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("42501"));
         }},
        {"MarketerChangesAndDeletesOwnRow",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerA, "a1");
             EXPECT_EQ(b.update(Who::MarketerA, id, named("renamed")).rows.size(), 1);
             EXPECT_EQ(b.remove(Who::MarketerA, id).rows.size(), 1);
             EXPECT_TRUE(b.select(Who::Admin).rows.isEmpty());
         }},
        {"AdminChangesAndDeletesAnyRow",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerB, "b1");
             const Outcome updated = b.update(Who::Admin, id, named("by admin"));
             ASSERT_EQ(updated.rows.size(), 1) << show(updated);
             EXPECT_EQ(str(updated.rows.at(0)[QStringLiteral("user_id")]), b.userId(Who::MarketerB));
             EXPECT_EQ(b.remove(Who::Admin, id).rows.size(), 1);
         }},
        {"AdminInsertsForAMarketer",
         [](ParityBackend& b) {
             QJsonObject values = named("for a");
             values.insert(QStringLiteral("user_id"), b.userId(Who::MarketerA));
             const Outcome outcome = b.insert(Who::Admin, values);
             EXPECT_EQ(outcome.status, 201) << show(outcome);
             EXPECT_EQ(b.select(Who::MarketerA).rows.size(), 1);
         }},
        {"ServiceRoleBypassesRowSecurity",
         [](ParityBackend& b) {
             seed(b, Who::MarketerA, "a1");
             QJsonObject values = named("by service");
             values.insert(QStringLiteral("user_id"), b.userId(Who::MarketerB));
             EXPECT_EQ(b.insert(Who::ServiceRole, values).status, 201);
             EXPECT_EQ(b.select(Who::ServiceRole).rows.size(), 2);
         }},
        {"ServiceRoleMustNameTheOwner",
         [](ParityBackend& b) {
             const Outcome outcome = b.insert(Who::ServiceRole, named("nobody's"));
             EXPECT_EQ(outcome.status, 400) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("23502"));
         }},
        // --- defaults and triggers
        // ---------------------------------------------------------------------------
        {"InsertFillsTheDefaults",
         [](ParityBackend& b) {
             const Outcome outcome = b.insert(Who::MarketerA, named("defaults"));
             ASSERT_EQ(outcome.rows.size(), 1) << show(outcome);
             const QJsonObject row = outcome.rows.at(0).toObject();
             EXPECT_EQ(str(row[QStringLiteral("user_id")]), b.userId(Who::MarketerA));
             EXPECT_EQ(str(row[QStringLiteral("id")]).size(), 36);
             EXPECT_EQ(str(row[QStringLiteral("status")]), QStringLiteral("draft"));
             EXPECT_EQ(str(row[QStringLiteral("channel")]), QStringLiteral("email"));
             EXPECT_EQ(row[QStringLiteral("budget")].toDouble(-1), 0.0);
             EXPECT_EQ(str(row[QStringLiteral("currency")]), QStringLiteral("USD"));
             for (const char* count : {"audience_size", "sent_count", "open_count", "click_count"}) {
                 EXPECT_EQ(row[QLatin1String(count)].toInteger(-1), 0) << count;
             }
             EXPECT_TRUE(row[QStringLiteral("start_date")].isNull());
             EXPECT_TRUE(row[QStringLiteral("end_date")].isNull());
             EXPECT_FALSE(str(row[QStringLiteral("created_at")]).isEmpty());
             EXPECT_EQ(row[QStringLiteral("created_at")], row[QStringLiteral("updated_at")]);
             EXPECT_EQ(row.keys().size(), 15) << QJsonDocument(row).toJson().toStdString();
         }},
        {"ClientCannotSetTheTimestamps",
         [](ParityBackend& b) {
             QJsonObject values = named("old");
             values.insert(QStringLiteral("created_at"), QStringLiteral("2000-01-01T00:00:00+00:00"));
             values.insert(QStringLiteral("updated_at"), QStringLiteral("2000-01-01T00:00:00+00:00"));
             const QJsonObject row = b.insert(Who::MarketerA, values).rows.at(0).toObject();
             EXPECT_FALSE(str(row[QStringLiteral("created_at")]).startsWith(QStringLiteral("2000")));
             EXPECT_FALSE(str(row[QStringLiteral("updated_at")]).startsWith(QStringLiteral("2000")));
         }},
        {"UpdateMovesUpdatedAtAndKeepsCreatedAt",
         [](ParityBackend& b) {
             const QJsonObject before = b.insert(Who::MarketerA, named("t")).rows.at(0).toObject();
             b.advanceTime();
             const Outcome outcome =
                 b.update(Who::MarketerA, str(before[QStringLiteral("id")]), {{QStringLiteral("budget"), 5}});
             ASSERT_EQ(outcome.rows.size(), 1) << show(outcome);
             const QJsonObject after = outcome.rows.at(0).toObject();
             EXPECT_EQ(after[QStringLiteral("created_at")], before[QStringLiteral("created_at")]);
             EXPECT_GT(str(after[QStringLiteral("updated_at")]), str(before[QStringLiteral("updated_at")]));
         }},
        // --- execute_transaction
        // -----------------------------------------------------------------------------
        {"TransactionReportsEachOperation",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerA, "existing");
             const Outcome outcome = b.rpc(
                 Who::MarketerA, {op("insert", named("new")),
                                  op("update", {{QStringLiteral("budget"), 9}}, {{QStringLiteral("id"), id}}),
                                  op("delete", {}, {{QStringLiteral("name"), QStringLiteral("new")}})});
             ASSERT_EQ(outcome.status, 200) << show(outcome);
             const QJsonArray results = outcome.body.value(QStringLiteral("operations")).toArray();
             ASSERT_EQ(results.size(), 3) << QJsonDocument(outcome.body).toJson().toStdString();
             const char* ops[] = {"insert", "update", "delete"};
             for (int i = 0; i < 3; ++i) {
                 const QJsonObject result = results.at(i).toObject();
                 EXPECT_EQ(result[QStringLiteral("index")].toInt(-1), i);
                 EXPECT_EQ(str(result[QStringLiteral("op")]), QLatin1String(ops[i]));
                 EXPECT_EQ(result[QStringLiteral("count")].toInt(-1), 1);
                 EXPECT_EQ(result[QStringLiteral("rows")].toArray().size(), 1);
             }
             EXPECT_EQ(results.at(1)[QStringLiteral("rows")][0][QStringLiteral("budget")].toDouble(), 9.0);
         }},
        {"FailingOperationRollsBackTheEarlierOnes",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerA, "kept");
             const Outcome outcome =
                 b.rpc(Who::MarketerA, {op("insert", named("first")),
                                        op("update", named("changed"), {{QStringLiteral("id"), id}}),
                                        op("insert", {{QStringLiteral("name"), QString()}})});
             EXPECT_EQ(outcome.status, 400) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("23514"));
             EXPECT_EQ(
                 outcome.message,
                 QStringLiteral("operation 2 (insert): new row for relation \"campaigns\" violates check "
                                "constraint \"campaigns_name_check\""));
             EXPECT_EQ(outcome.hint, QStringLiteral("No operation of the transaction was applied."));
             const Outcome rows = b.select(Who::MarketerA);
             ASSERT_EQ(rows.rows.size(), 1) << show(rows);
             EXPECT_EQ(str(rows.rows.at(0)[QStringLiteral("name")]), QStringLiteral("kept"));
         }},
        {"TransactionRunsUnderTheCallersRowSecurity",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerB, "b1");
             const Outcome hidden =
                 b.rpc(Who::MarketerA, {op("update", named("taken"), {{QStringLiteral("id"), id}})});
             ASSERT_EQ(hidden.status, 200) << show(hidden);
             EXPECT_EQ(hidden.body[QStringLiteral("operations")][0][QStringLiteral("count")].toInt(-1), 0);
             QJsonObject forB = named("for b");
             forB.insert(QStringLiteral("user_id"), b.userId(Who::MarketerB));
             const Outcome refused = b.rpc(Who::MarketerA, {op("insert", forB)});
             EXPECT_EQ(refused.status, 403) << show(refused);
             EXPECT_EQ(refused.message, QStringLiteral("operation 0 (insert): new row violates row-level "
                                                       "security policy for table \"campaigns\""));
             const Outcome admin =
                 b.rpc(Who::Admin, {op("update", named("by admin"), {{QStringLiteral("id"), id}})});
             EXPECT_EQ(admin.body[QStringLiteral("operations")][0][QStringLiteral("count")].toInt(-1), 1)
                 << show(admin);
             const Outcome anon = b.rpc(Who::Anon, {op("insert", named("anon"))});
             EXPECT_EQ(anon.status, 401) << show(anon);
             EXPECT_EQ(anon.code, QStringLiteral("42501"));
         }},
        {"TransactionMatchesNullWithIsNull",
         [](ParityBackend& b) {
             seed(b, Who::MarketerA, "undated");
             const Outcome outcome =
                 b.rpc(Who::MarketerA, {op("delete", {}, {{QStringLiteral("start_date"), QJsonValue()}})});
             EXPECT_EQ(outcome.body[QStringLiteral("operations")][0][QStringLiteral("count")].toInt(-1), 1)
                 << show(outcome);
         }},
        {"TransactionIgnoresServerSetColumns",
         [](ParityBackend& b) {
             const QString id = seed(b, Who::MarketerA, "a1");
             const Outcome outcome = b.rpc(
                 Who::MarketerA, {op("update", {{QStringLiteral("created_at"), QStringLiteral("2000-01-01")}},
                                     {{QStringLiteral("id"), id}})});
             ASSERT_EQ(outcome.status, 200) << show(outcome);
             EXPECT_EQ(outcome.body[QStringLiteral("operations")][0][QStringLiteral("count")].toInt(-1), 0);
         }},
        {"TransactionRefusesMalformedOperations",
         [](ParityBackend& b) {
             struct Case {
                 QJsonArray operations;
                 int status;
                 const char* code;
                 const char* message;
             };
             const QList<Case> cases{
                 {{}, 400, "22023", "operations must be a non-empty array"},
                 {{op("upsert", named("x"))},
                  400,
                  "22023",
                  "operation 0 (upsert): unknown op \"upsert\" (expected insert, update or delete)"},
                 {{QJsonObject{{QStringLiteral("op"), QStringLiteral("insert")},
                               {QStringLiteral("table"), QStringLiteral("users")},
                               {QStringLiteral("values"), named("x")}}},
                  404,
                  "42P01",
                  "operation 0 (insert): relation \"public.users\" does not exist"},
                 {{op("insert")}, 400, "22023", "operation 0 (insert): insert needs values"},
                 {{op("update", named("x"))},
                  400,
                  "21000",
                  "operation 0 (update): UPDATE requires a WHERE clause"},
                 {{op("delete")}, 400, "21000", "operation 0 (delete): DELETE requires a WHERE clause"},
                 {{op("delete", {}, {{QStringLiteral("colour"), 1}})},
                  400,
                  "42703",
                  "operation 0 (delete): column campaigns.colour does not exist"},
                 {{op("insert", {{QStringLiteral("colour"), 1}})},
                  400,
                  "PGRST204",
                  "operation 0 (insert): Could not find the 'colour' column of 'campaigns' in the schema "
                  "cache"},
                 {{op("insert", named("ok")),
                   op("update", {{QStringLiteral("budget"), QStringLiteral("lots")}}, named("ok"))},
                  400,
                  "22P02",
                  "operation 1 (update): invalid input syntax for type numeric: \"lots\""},
             };
             for (const Case& c : cases) {
                 const Outcome outcome = b.rpc(Who::MarketerA, c.operations);
                 const std::string context =
                     QJsonDocument(c.operations).toJson(QJsonDocument::Compact).toStdString();
                 EXPECT_EQ(outcome.status, c.status) << context << " -> " << show(outcome);
                 EXPECT_EQ(outcome.code, QLatin1String(c.code)) << context;
                 EXPECT_EQ(outcome.message, QLatin1String(c.message)) << context;
             }
             EXPECT_TRUE(b.select(Who::MarketerA).rows.isEmpty());
         }},
        // --- idempotency keys
        // --------------------------------------------------------------------------------
        {"RepeatedKeyReplaysTheFirstResponse",
         [](ParityBackend& b) {
             const QJsonArray operations{op("insert", named("once"))};
             const Outcome first = b.rpc(Who::MarketerA, operations, QStringLiteral("key-1"));
             ASSERT_EQ(first.status, 200) << show(first);
             EXPECT_FALSE(first.replayed);
             const Outcome second = b.rpc(Who::MarketerA, operations, QStringLiteral("key-1"));
             EXPECT_EQ(second.status, 200) << show(second);
             EXPECT_TRUE(second.replayed);
             EXPECT_EQ(second.body, first.body);
             EXPECT_EQ(b.select(Who::MarketerA).rows.size(), 1);
         }},
        {"ReusedKeyForAnotherRequestIsRefused",
         [](ParityBackend& b) {
             ASSERT_EQ(b.rpc(Who::MarketerA, {op("insert", named("one"))}, QStringLiteral("key-2")).status,
                       200);
             const Outcome outcome =
                 b.rpc(Who::MarketerA, {op("insert", named("two"))}, QStringLiteral("key-2"));
             EXPECT_EQ(outcome.status, 422) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("idempotency_key_reused"));
             EXPECT_EQ(b.select(Who::MarketerA).rows.size(), 1);
         }},
        {"KeysBelongToEachCaller",
         [](ParityBackend& b) {
             const QJsonArray operations{op("insert", named("same"))};
             ASSERT_EQ(b.rpc(Who::MarketerA, operations, QStringLiteral("key-3")).status, 200);
             const Outcome other = b.rpc(Who::MarketerB, operations, QStringLiteral("key-3"));
             EXPECT_EQ(other.status, 200) << show(other);
             EXPECT_FALSE(other.replayed);
             EXPECT_EQ(b.select(Who::MarketerB).rows.size(), 1);
         }},
        {"FailedRequestDoesNotUseUpItsKey",
         [](ParityBackend& b) {
             EXPECT_EQ(b.rpc(Who::MarketerA, {op("insert", {{QStringLiteral("name"), QString()}})},
                             QStringLiteral("key-4"))
                           .status,
                       400);
             const Outcome retry =
                 b.rpc(Who::MarketerA, {op("insert", named("fixed"))}, QStringLiteral("key-4"));
             EXPECT_EQ(retry.status, 200) << show(retry);
             EXPECT_FALSE(retry.replayed);
         }},
        {"OverlongKeyIsRefused",
         [](ParityBackend& b) {
             const Outcome outcome =
                 b.rpc(Who::MarketerA, {op("insert", named("x"))}, QString(256, QLatin1Char('k')));
             EXPECT_EQ(outcome.status, 400) << show(outcome);
             EXPECT_EQ(outcome.code, QStringLiteral("idempotency_key_invalid"));
         }},
    };
    return list;
}

class ParityTest : public ::testing::TestWithParam<std::tuple<BackendKind, size_t>> {};

TEST_P(ParityTest, Holds) {
    std::unique_ptr<ParityBackend> backend = makeBackend(std::get<0>(GetParam()));
    ASSERT_NE(backend, nullptr);
    behaviours().at(std::get<1>(GetParam())).check(*backend);
}

INSTANTIATE_TEST_SUITE_P(Behaviours, ParityTest,
                         ::testing::Combine(::testing::Values(BackendKind::Sandbox, BackendKind::Postgres),
                                            ::testing::Range<size_t>(0, behaviours().size())),
                         [](const auto& info) {
                             return std::string(behaviours().at(std::get<1>(info.param)).name) + "_" +
                                    backendName(std::get<0>(info.param)).toStdString();
                         });

} // namespace
} // namespace cc::schema::test
