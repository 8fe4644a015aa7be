#include "app/realtime/PostgresChange.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

namespace cc::realtime {
namespace {

QJsonObject parse(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

// The example of docs/realtime-protocol.md §4, as the server sends it.
const char* kDocumentedUpdate = R"({
  "ids":[106243155],
  "data":{"schema":"public","table":"todos","commit_timestamp":"2025-11-19T00:22:40.877Z",
          "type":"UPDATE",
          "columns":[{"name":"id","type":"int8"},{"name":"task","type":"text"}],
          "record":{"id":46,"task":"x"},
          "old_record":{"id":46},
          "errors":null}})";

PostgresChange sample(PostgresChange::Type type) {
    PostgresChange change;
    change.type = type;
    change.schema = QStringLiteral("public");
    change.table = QStringLiteral("campaigns");
    if (type != PostgresChange::Type::Delete)
        change.record = {{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("budget"), 120.5}};
    if (type != PostgresChange::Type::Insert)
        change.oldRecord = {{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("budget"), 100}};
    change.columns = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                                            {QStringLiteral("type"), QStringLiteral("uuid")}}};
    change.commitTimestamp = QDateTime(QDate(2025, 11, 19), QTime(0, 22, 40, 877), Qt::UTC);
    change.ids = {106243155, 7};
    return change;
}

TEST(PostgresChange, DecodesTheDocumentedPayload) {
    const Result<PostgresChange> change = PostgresChange::fromPayload(parse(kDocumentedUpdate));
    ASSERT_TRUE(change.ok()) << change.error().detail.toStdString();
    EXPECT_EQ(change.value().type, PostgresChange::Type::Update);
    EXPECT_EQ(change.value().schema, QStringLiteral("public"));
    EXPECT_EQ(change.value().table, QStringLiteral("todos"));
    EXPECT_EQ(change.value().record.value(QStringLiteral("task")).toString(), QStringLiteral("x"));
    EXPECT_EQ(change.value().oldRecord.value(QStringLiteral("id")).toInt(), 46);
    EXPECT_EQ(change.value().columns.size(), 2);
    EXPECT_EQ(change.value().ids, QList<qint64>{106243155});
    EXPECT_EQ(change.value().commitTimestamp, QDateTime(QDate(2025, 11, 19), QTime(0, 22, 40, 877), Qt::UTC));
    EXPECT_TRUE(change.value().errors.isEmpty());
}

TEST(PostgresChange, EveryTypeSurvivesToPayloadAndBack) {
    for (const auto type :
         {PostgresChange::Type::Insert, PostgresChange::Type::Update, PostgresChange::Type::Delete}) {
        const PostgresChange change = sample(type);
        const Result<PostgresChange> decoded = PostgresChange::fromPayload(change.toPayload());
        ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
        EXPECT_EQ(decoded.value(), change) << PostgresChange::typeName(type).toStdString();
    }
}

TEST(PostgresChange, ToPayloadUsesTheWireNames) {
    const QJsonObject data =
        sample(PostgresChange::Type::Update).toPayload().value(QStringLiteral("data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("type")).toString(), QStringLiteral("UPDATE"));
    EXPECT_TRUE(data.contains(QStringLiteral("record")));
    EXPECT_TRUE(data.contains(QStringLiteral("old_record")));
    EXPECT_EQ(data.value(QStringLiteral("commit_timestamp")).toString(),
              QStringLiteral("2025-11-19T00:22:40.877Z"));
    EXPECT_TRUE(data.value(QStringLiteral("errors")).isNull());
}

TEST(PostgresChange, InsertHasNoOldRecordAndDeleteNoRecordOnTheWire) {
    const QJsonObject insert =
        sample(PostgresChange::Type::Insert).toPayload().value(QStringLiteral("data")).toObject();
    const QJsonObject remove =
        sample(PostgresChange::Type::Delete).toPayload().value(QStringLiteral("data")).toObject();
    EXPECT_FALSE(insert.contains(QStringLiteral("old_record")));
    EXPECT_FALSE(remove.contains(QStringLiteral("record")));
}

TEST(PostgresChange, RowIsOldRecordForDeleteAndRecordOtherwise) {
    EXPECT_EQ(sample(PostgresChange::Type::Delete).row().value(QStringLiteral("budget")).toInt(), 100);
    EXPECT_EQ(sample(PostgresChange::Type::Update).row().value(QStringLiteral("budget")).toDouble(), 120.5);
}

TEST(PostgresChange, ErrorsMayBeAStringOrAnArray) {
    QJsonObject payload = sample(PostgresChange::Type::Insert).toPayload();
    QJsonObject data = payload.value(QStringLiteral("data")).toObject();
    data.insert(QStringLiteral("errors"), QStringLiteral("Error 401: Unauthorized"));
    payload.insert(QStringLiteral("data"), data);
    Result<PostgresChange> change = PostgresChange::fromPayload(payload);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change.value().errors, QStringList{QStringLiteral("Error 401: Unauthorized")});

    data.insert(QStringLiteral("errors"),
                QJsonArray{QStringLiteral("Error 413: Payload Too Large"),
                           QStringLiteral("Error 400: Bad Request, no primary key")});
    payload.insert(QStringLiteral("data"), data);
    change = PostgresChange::fromPayload(payload);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change.value().errors.size(), 2);
    EXPECT_EQ(PostgresChange::fromPayload(change.value().toPayload()).value().errors, change.value().errors);
}

TEST(PostgresChange, TimestampWithoutMillisecondsOrWithOffsetIsAccepted) {
    for (const char* stamp : {"2021-08-26T08:30:50Z", "2021-08-26T10:30:50+02:00"}) {
        QJsonObject payload = parse(kDocumentedUpdate);
        QJsonObject data = payload.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("commit_timestamp"), QString::fromLatin1(stamp));
        payload.insert(QStringLiteral("data"), data);
        const Result<PostgresChange> change = PostgresChange::fromPayload(payload);
        ASSERT_TRUE(change.ok()) << stamp;
        EXPECT_EQ(change.value().commitTimestamp, QDateTime(QDate(2021, 8, 26), QTime(8, 30, 50), Qt::UTC))
            << stamp;
        EXPECT_EQ(change.value().commitTimestamp.timeSpec(), Qt::UTC);
    }
}

TEST(PostgresChange, MissingIdsAreEmpty) {
    QJsonObject payload = parse(kDocumentedUpdate);
    payload.remove(QStringLiteral("ids"));
    const Result<PostgresChange> change = PostgresChange::fromPayload(payload);
    ASSERT_TRUE(change.ok());
    EXPECT_TRUE(change.value().ids.isEmpty());
}

// Each malformed variant: a JSON pointer-ish path into the documented payload and the value put there.
struct Malformed {
    const char* name;
    const char* key; // key in "data", or "ids"/"data" at the top
    QJsonValue value;
    bool topLevel = false;
};

class MalformedPayload : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedPayload, IsRejectedAsADecodeError) {
    QJsonObject payload = parse(kDocumentedUpdate);
    const Malformed& variant = GetParam();
    if (variant.topLevel) {
        if (variant.value.isUndefined())
            payload.remove(QString::fromLatin1(variant.key));
        else
            payload.insert(QString::fromLatin1(variant.key), variant.value);
    } else {
        QJsonObject data = payload.value(QStringLiteral("data")).toObject();
        if (variant.value.isUndefined())
            data.remove(QString::fromLatin1(variant.key));
        else
            data.insert(QString::fromLatin1(variant.key), variant.value);
        payload.insert(QStringLiteral("data"), data);
    }
    const Result<PostgresChange> change = PostgresChange::fromPayload(payload);
    ASSERT_FALSE(change.ok()) << variant.name;
    EXPECT_EQ(change.error().kind, ErrorKind::Decode);
    EXPECT_FALSE(change.error().detail.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Variants, MalformedPayload,
    ::testing::Values(Malformed{"NoData", "data", QJsonValue(QJsonValue::Undefined), true},
                      Malformed{"DataNotObject", "data", QJsonArray{}, true},
                      Malformed{"IdsNotArray", "ids", 5, true},
                      Malformed{"IdsWithString", "ids", QJsonArray{QStringLiteral("1")}, true},
                      Malformed{"IdsWithFraction", "ids", QJsonArray{1.5}, true},
                      Malformed{"UnknownType", "type", QStringLiteral("TRUNCATE")},
                      Malformed{"LowercaseType", "type", QStringLiteral("insert")},
                      Malformed{"TypeMissing", "type", QJsonValue(QJsonValue::Undefined)},
                      Malformed{"SchemaEmpty", "schema", QString()}, Malformed{"SchemaNumber", "schema", 1},
                      Malformed{"TableMissing", "table", QJsonValue(QJsonValue::Undefined)},
                      Malformed{"RecordArray", "record", QJsonArray{}},
                      Malformed{"OldRecordString", "old_record", QStringLiteral("{}")},
                      Malformed{"ColumnsObject", "columns", QJsonObject{}},
                      Malformed{"TimestampMissing", "commit_timestamp", QJsonValue(QJsonValue::Undefined)},
                      Malformed{"TimestampNumber", "commit_timestamp", 1700000000},
                      Malformed{"TimestampGarbage", "commit_timestamp", QStringLiteral("yesterday")},
                      Malformed{"ErrorsNumber", "errors", 401},
                      Malformed{"ErrorsArrayOfNumbers", "errors", QJsonArray{401}}),
    [](const ::testing::TestParamInfo<Malformed>& info) { return std::string(info.param.name); });

TEST(PostgresChange, TypeNamesRoundTrip) {
    for (const auto type :
         {PostgresChange::Type::Insert, PostgresChange::Type::Update, PostgresChange::Type::Delete})
        EXPECT_EQ(PostgresChange::typeFromName(PostgresChange::typeName(type)), type);
    EXPECT_FALSE(PostgresChange::typeFromName(u"*").has_value());
}

TEST(PostgresChange, HugeRecordIsKept) {
    PostgresChange change = sample(PostgresChange::Type::Insert);
    change.record.insert(QStringLiteral("notes"), QString(200000, QLatin1Char('n')));
    const Result<PostgresChange> decoded = PostgresChange::fromPayload(change.toPayload());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().record.value(QStringLiteral("notes")).toString().size(), 200000);
}

} // namespace
} // namespace cc::realtime
