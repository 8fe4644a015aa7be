#include "app/realtime/ChangeBinding.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

namespace cc::realtime {
namespace {

QJsonObject bindingJson(const QString& event, const QString& filter = {}) {
    QJsonObject json{{QStringLiteral("event"), event},
                     {QStringLiteral("schema"), QStringLiteral("public")},
                     {QStringLiteral("table"), QStringLiteral("campaigns")}};
    if (!filter.isEmpty())
        json.insert(QStringLiteral("filter"), filter);
    return json;
}

ChangeBinding binding(const QString& filter, const QString& event = QStringLiteral("*")) {
    Result<ChangeBinding> parsed = ChangeBinding::fromJson(bindingJson(event, filter));
    EXPECT_TRUE(parsed.ok()) << filter.toStdString() << ": "
                             << (parsed.ok() ? "" : parsed.error().detail.toStdString());
    return parsed.ok() ? parsed.value() : ChangeBinding{};
}

QJsonObject row() {
    return {{QStringLiteral("id"), QStringLiteral("c-42")},
            {QStringLiteral("owner_id"), QStringLiteral("u1")},
            {QStringLiteral("budget"), 250},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("start_date"), QStringLiteral("2025-03-01")},
            {QStringLiteral("archived"), false},
            {QStringLiteral("end_date"), QJsonValue(QJsonValue::Null)}};
}

PostgresChange change(PostgresChange::Type type = PostgresChange::Type::Update,
                      const QJsonObject& record = row()) {
    PostgresChange result;
    result.type = type;
    result.schema = QStringLiteral("public");
    result.table = QStringLiteral("campaigns");
    if (type == PostgresChange::Type::Delete)
        result.oldRecord = record;
    else
        result.record = record;
    return result;
}

bool matches(const QString& filter) {
    return binding(filter).matches(change());
}

TEST(ChangeBinding, ParsesEveryEvent) {
    for (const char* event : {"INSERT", "UPDATE", "DELETE", "*"}) {
        const Result<ChangeBinding> parsed = ChangeBinding::fromJson(bindingJson(QString::fromLatin1(event)));
        ASSERT_TRUE(parsed.ok()) << event;
        EXPECT_EQ(parsed.value().event, QString::fromLatin1(event));
    }
}

TEST(ChangeBinding, LowercaseEventIsNormalised) {
    const Result<ChangeBinding> parsed = ChangeBinding::fromJson(bindingJson(QStringLiteral("insert")));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().event, QStringLiteral("INSERT"));
}

TEST(ChangeBinding, InvalidBindingsAreRejected) {
    const QJsonObject valid = bindingJson(QStringLiteral("*"));
    const auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject json = valid;
        if (value.isUndefined())
            json.remove(QString::fromLatin1(key));
        else
            json.insert(QString::fromLatin1(key), value);
        return json;
    };
    const QList<QJsonObject> invalid{with("event", QStringLiteral("TRUNCATE")),
                                     with("event", 1),
                                     with("event", QJsonValue(QJsonValue::Undefined)),
                                     with("schema", QString()),
                                     with("schema", QJsonValue(QJsonValue::Undefined)),
                                     with("schema", 3),
                                     with("table", QString()),
                                     with("table", QJsonArray{}),
                                     with("filter", 5),
                                     with("filter", QStringLiteral("owner_id")),
                                     with("filter", QStringLiteral("owner_id=like.x%")),
                                     with("filter", QStringLiteral("=eq.1")),
                                     with("filter", QStringLiteral("owner_id=eq")),
                                     with("filter", QStringLiteral("status=in.active")),
                                     with("filter", QStringLiteral("status=in.()")),
                                     with("filter", QStringLiteral("1col=eq.1"))};
    for (const QJsonObject& json : invalid) {
        const Result<ChangeBinding> parsed = ChangeBinding::fromJson(json);
        EXPECT_FALSE(parsed.ok()) << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
        if (!parsed.ok()) {
            EXPECT_EQ(parsed.error().kind, ErrorKind::Validation);
        }
    }
}

TEST(ChangeBinding, MissingTableMeansEveryTable) {
    QJsonObject json = bindingJson(QStringLiteral("*"));
    json.remove(QStringLiteral("table"));
    const Result<ChangeBinding> parsed = ChangeBinding::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().table, QStringLiteral("*"));
    PostgresChange other = change();
    other.table = QStringLiteral("accounts");
    EXPECT_TRUE(parsed.value().matches(other));
}

TEST(ChangeBinding, ToJsonRoundTripsWithIdAndFilter) {
    ChangeBinding original = binding(QStringLiteral("owner_id=eq.u1"), QStringLiteral("UPDATE"));
    original.id = 106243155;
    const Result<ChangeBinding> again = ChangeBinding::fromJson(original.toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().id, 106243155);
    EXPECT_EQ(again.value().filter, QStringLiteral("owner_id=eq.u1"));
    EXPECT_TRUE(again.value().sameSubscription(original));
    EXPECT_EQ(again.value().conditions, original.conditions);
}

TEST(ChangeBinding, ToJsonLeavesOutAnEmptyFilterAndUnassignedId) {
    const QJsonObject json = binding(QString()).toJson();
    EXPECT_FALSE(json.contains(QStringLiteral("filter")));
    EXPECT_FALSE(json.contains(QStringLiteral("id")));
}

TEST(ChangeBinding, EventMustMatchTheChangeType) {
    EXPECT_TRUE(binding({}, QStringLiteral("UPDATE")).matches(change(PostgresChange::Type::Update)));
    EXPECT_FALSE(binding({}, QStringLiteral("INSERT")).matches(change(PostgresChange::Type::Update)));
    EXPECT_FALSE(binding({}, QStringLiteral("DELETE")).matches(change(PostgresChange::Type::Insert)));
    for (const auto type :
         {PostgresChange::Type::Insert, PostgresChange::Type::Update, PostgresChange::Type::Delete})
        EXPECT_TRUE(binding({}, QStringLiteral("*")).matches(change(type)));
}

TEST(ChangeBinding, SchemaAndTableMustMatchUnlessStar) {
    PostgresChange other = change();
    other.table = QStringLiteral("accounts");
    EXPECT_FALSE(binding({}).matches(other));
    other = change();
    other.schema = QStringLiteral("private");
    EXPECT_FALSE(binding({}).matches(other));
    QJsonObject json = bindingJson(QStringLiteral("*"));
    json.insert(QStringLiteral("schema"), QStringLiteral("*"));
    json.insert(QStringLiteral("table"), QStringLiteral("*"));
    EXPECT_TRUE(ChangeBinding::fromJson(json).value().matches(other));
}

TEST(ChangeBinding, EqOnTextNumbersAndBooleans) {
    EXPECT_TRUE(matches(QStringLiteral("owner_id=eq.u1")));
    EXPECT_FALSE(matches(QStringLiteral("owner_id=eq.u2")));
    EXPECT_TRUE(matches(QStringLiteral("budget=eq.250")));
    EXPECT_TRUE(matches(QStringLiteral("budget=eq.250.0")));
    EXPECT_FALSE(matches(QStringLiteral("budget=eq.25")));
    EXPECT_TRUE(matches(QStringLiteral("archived=eq.false")));
    EXPECT_FALSE(matches(QStringLiteral("archived=eq.true")));
}

TEST(ChangeBinding, Neq) {
    EXPECT_TRUE(matches(QStringLiteral("status=neq.paused")));
    EXPECT_FALSE(matches(QStringLiteral("status=neq.active")));
    EXPECT_TRUE(matches(QStringLiteral("budget=neq.1")));
}

TEST(ChangeBinding, LtAndLteCompareNumbersNumerically) {
    EXPECT_TRUE(matches(QStringLiteral("budget=lt.1000"))); // text comparison would say "250" > "1000"
    EXPECT_FALSE(matches(QStringLiteral("budget=lt.250")));
    EXPECT_TRUE(matches(QStringLiteral("budget=lte.250")));
    EXPECT_FALSE(matches(QStringLiteral("budget=lte.249.99")));
}

TEST(ChangeBinding, GtAndGte) {
    EXPECT_TRUE(matches(QStringLiteral("budget=gt.99")));
    EXPECT_FALSE(matches(QStringLiteral("budget=gt.250")));
    EXPECT_TRUE(matches(QStringLiteral("budget=gte.250")));
    EXPECT_FALSE(matches(QStringLiteral("budget=gte.251")));
}

TEST(ChangeBinding, OrderingOnIsoDatesIsChronological) {
    EXPECT_TRUE(matches(QStringLiteral("start_date=gt.2025-02-28")));
    EXPECT_TRUE(matches(QStringLiteral("start_date=lt.2025-03-02")));
    EXPECT_FALSE(matches(QStringLiteral("start_date=gte.2025-03-02")));
}

TEST(ChangeBinding, InMatchesAnyListedValue) {
    EXPECT_TRUE(matches(QStringLiteral("status=in.(paused,active)")));
    EXPECT_TRUE(matches(QStringLiteral("status=in.(\"active\", draft)")));
    EXPECT_FALSE(matches(QStringLiteral("status=in.(paused,draft)")));
    EXPECT_TRUE(matches(QStringLiteral("budget=in.(1,250)")));
}

TEST(ChangeBinding, InAcceptsAHundredValuesButNotMore) {
    QStringList values;
    for (int i = 0; i < ChangeBinding::kMaxInValues; ++i)
        values.append(QString::number(i));
    EXPECT_TRUE(
        ChangeBinding::parseFilter(QStringLiteral("budget=in.(%1)").arg(values.join(QLatin1Char(',')))).ok());
    values.append(QStringLiteral("extra"));
    EXPECT_FALSE(
        ChangeBinding::parseFilter(QStringLiteral("budget=in.(%1)").arg(values.join(QLatin1Char(',')))).ok());
}

TEST(ChangeBinding, NullOrMissingColumnNeverMatches) {
    EXPECT_FALSE(matches(QStringLiteral("end_date=eq.null")));
    EXPECT_FALSE(matches(QStringLiteral("end_date=neq.2025-01-01")));
    EXPECT_FALSE(matches(QStringLiteral("nonexistent=neq.x")));
}

TEST(ChangeBinding, NonNumericFilterOnNumberNeverMatches) {
    EXPECT_FALSE(matches(QStringLiteral("budget=neq.abc")));
    EXPECT_FALSE(matches(QStringLiteral("archived=eq.maybe")));
}

TEST(ChangeBinding, CommaJoinedExpressionsAreAnded) {
    EXPECT_TRUE(matches(QStringLiteral("owner_id=eq.u1,budget=gt.100")));
    EXPECT_FALSE(matches(QStringLiteral("owner_id=eq.u1,budget=gt.300")));
    EXPECT_EQ(ChangeBinding::parseFilter(QStringLiteral("owner_id=eq.u1,status=in.(a,b),budget=lt.5"))
                  .value()
                  .size(),
              3);
}

TEST(ChangeBinding, CommaInsideAValueStaysInTheValue) {
    const Result<QList<ChangeBinding::Condition>> parsed =
        ChangeBinding::parseFilter(QStringLiteral("name=eq.a,b"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed.value().size(), 1);
    EXPECT_EQ(parsed.value().first().values, QStringList{QStringLiteral("a,b")});
}

TEST(ChangeBinding, DeleteIsFilteredOnTheOldRecord) {
    EXPECT_TRUE(binding(QStringLiteral("owner_id=eq.u1")).matches(change(PostgresChange::Type::Delete)));
    EXPECT_FALSE(binding(QStringLiteral("owner_id=eq.u2")).matches(change(PostgresChange::Type::Delete)));
}

TEST(ChangeBinding, EveryOperatorHasItsName) {
    using Op = ChangeBinding::Op;
    for (const Op op : {Op::Eq, Op::Neq, Op::Lt, Op::Lte, Op::Gt, Op::Gte, Op::In}) {
        const QString filter = op == Op::In ? QStringLiteral("a=in.(1)")
                                            : QStringLiteral("a=%1.1").arg(ChangeBinding::opName(op));
        const Result<QList<ChangeBinding::Condition>> parsed = ChangeBinding::parseFilter(filter);
        ASSERT_TRUE(parsed.ok()) << filter.toStdString();
        EXPECT_EQ(parsed.value().first().op, op);
    }
}

TEST(ChangeBinding, SameSubscriptionIgnoresTheId) {
    ChangeBinding a = binding(QStringLiteral("owner_id=eq.u1"));
    ChangeBinding b = a;
    b.id = 5;
    EXPECT_TRUE(a.sameSubscription(b));
    EXPECT_FALSE(a.sameSubscription(binding(QStringLiteral("owner_id=eq.u2"))));
}

} // namespace
} // namespace cc::realtime
