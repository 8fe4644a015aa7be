#include "app/sandbox/postgrest/ValueCoercion.h"
#include "tests/unit/sandbox/PostgrestTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cc::sandbox::postgrest {
namespace {

using test::q;

Column column(ColumnType type) {
    Column c;
    c.name = q("c");
    c.type = type;
    return c;
}

QVariant accepted(ColumnType type, const char* text) {
    return test::valueOf(ValueCoercion::fromText(column(type), q(text)));
}

PostgrestError refused(ColumnType type, const char* text) {
    return test::errorOf(ValueCoercion::fromText(column(type), q(text)));
}

TEST(ValueCoercion, UuidIsCanonicalisedToLowerCaseWithHyphens) {
    const QString canonical = q("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    for (const char* text : {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
                             "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "a0eebc999c0b4ef8bb6d6bb9bd380a11",
                             "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11"}) {
        EXPECT_EQ(accepted(ColumnType::Uuid, text).toString(), canonical) << text;
    }
}

TEST(ValueCoercion, MalformedUuidsAreRefused) {
    for (const char* text :
         {"", "xyz", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111",
          "a0eebc9-99c0b-4ef8-bb6d-6bb9bd380a11", "-a0eebc999c0b4ef8bb6d6bb9bd380a11",
          "a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11", "g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
          "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}) {
        const PostgrestError error = refused(ColumnType::Uuid, text);
        EXPECT_EQ(error.code, q("22P02")) << text;
        EXPECT_EQ(error.message, q("invalid input syntax for type uuid: \"%1\"").arg(q(text))) << text;
    }
}

TEST(ValueCoercion, IntegersWithinRange) {
    EXPECT_EQ(accepted(ColumnType::Integer, "42"), QVariant(qint64(42)));
    EXPECT_EQ(accepted(ColumnType::Integer, " -7 "), QVariant(qint64(-7)));
    EXPECT_EQ(accepted(ColumnType::Integer, "+2147483647"), QVariant(qint64(2147483647)));
    EXPECT_EQ(accepted(ColumnType::Integer, "-2147483648"), QVariant(qint64(-2147483648LL)));
    EXPECT_EQ(refused(ColumnType::Integer, "2147483648").code, q("22003"));
    EXPECT_EQ(refused(ColumnType::Integer, "99999999999999999999999").code, q("22003"));
    for (const char* text : {"", "-", "1e3", "0x10", "1 2", "٣"}) {
        EXPECT_EQ(refused(ColumnType::Integer, text).code, q("22P02")) << text;
    }
}

TEST(ValueCoercion, NumbersInPostgresNotation) {
    EXPECT_DOUBLE_EQ(accepted(ColumnType::Number, "1500.50").toDouble(), 1500.5);
    EXPECT_DOUBLE_EQ(accepted(ColumnType::Number, ".5").toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(accepted(ColumnType::Number, "5.").toDouble(), 5.0);
    EXPECT_DOUBLE_EQ(accepted(ColumnType::Number, " -1.5e3 ").toDouble(), -1500.0);
    EXPECT_TRUE(std::isinf(accepted(ColumnType::Number, "Infinity").toDouble()));
    EXPECT_LT(accepted(ColumnType::Number, "-infinity").toDouble(), 0);
    for (const char* text : {"", ".", "e5", "1e", "1.2.3", "nan", "1,5", "ten", "0x1p3"}) {
        EXPECT_EQ(refused(ColumnType::Number, text).code, q("22P02")) << text;
    }
    EXPECT_EQ(refused(ColumnType::Number, "1e999").code, q("22003"));
}

TEST(ValueCoercion, DatesAreNormalised) {
    EXPECT_EQ(accepted(ColumnType::Date, "2024-06-01").toString(), q("2024-06-01"));
    EXPECT_EQ(accepted(ColumnType::Date, "2024-6-1").toString(), q("2024-06-01"));
    EXPECT_EQ(accepted(ColumnType::Date, "2024-06-01T23:59:59Z").toString(), q("2024-06-01"));
    EXPECT_EQ(accepted(ColumnType::Date, "2024-02-29").toString(), q("2024-02-29"));
    EXPECT_EQ(refused(ColumnType::Date, "2023-02-29").code, q("22008"));
    EXPECT_EQ(refused(ColumnType::Date, "2024-13-01").code, q("22008"));
    for (const char* text : {"", "2024", "2024-06", "24-06-01", "2024/06/01", "2024-06-01x", "june"}) {
        EXPECT_EQ(refused(ColumnType::Date, text).code, q("22P02")) << text;
    }
}

TEST(ValueCoercion, TimestampsBecomeFixedWidthUtc) {
    struct Case {
        const char* text;
        const char* canonical;
    };
    const Case cases[] = {
        {"2024-05-01T10:00:00Z", "2024-05-01T10:00:00.000000+00:00"},
        {"2024-05-01 10:00:00", "2024-05-01T10:00:00.000000+00:00"},
        {"2024-05-01T12:30:00+02:00", "2024-05-01T10:30:00.000000+00:00"},
        {"2024-05-01T12:30:00+0200", "2024-05-01T10:30:00.000000+00:00"},
        {"2024-05-01T01:00:00-03", "2024-05-01T04:00:00.000000+00:00"},
        {"2024-05-01T10:00:00.5Z", "2024-05-01T10:00:00.500000+00:00"},
        {"2024-05-01T10:00:00.123456789+00:00", "2024-05-01T10:00:00.123456+00:00"},
        {"2024-05-01T10:00", "2024-05-01T10:00:00.000000+00:00"},
        {"2024-05-01", "2024-05-01T00:00:00.000000+00:00"},
        {"2024-01-01T00:30:00+01:00", "2023-12-31T23:30:00.000000+00:00"},
        {"2024-05-01T10:00:00 +02:00", "2024-05-01T08:00:00.000000+00:00"},
        {"2024-05-01T10:00:00+15:30", "2024-04-30T18:30:00.000000+00:00"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(accepted(ColumnType::Timestamp, c.text).toString(), q(c.canonical)) << c.text;
    }
}

TEST(ValueCoercion, MalformedTimestampsAreRefused) {
    for (const char* text :
         {"", "soon", "2024-05-01T", "2024-05-01T10", "2024-05-01T10:00:00.", "2024-05-01T10:00:00+",
          "2024-05-01T10:00:00 00:00", "2024-05-01T10:00:00Zjunk"}) {
        EXPECT_EQ(refused(ColumnType::Timestamp, text).code, q("22P02")) << text;
    }
    EXPECT_EQ(refused(ColumnType::Timestamp, "2024-05-01T25:00:00Z").code, q("22008"));
    EXPECT_EQ(refused(ColumnType::Timestamp, "2024-04-31T10:00:00Z").code, q("22008"));
    EXPECT_EQ(refused(ColumnType::Timestamp, "2024-05-01T10:00:00+16:00").code, q("22008"));
    // Shifting to UTC must not leave four-digit years, or the text would stop sorting as time.
    EXPECT_EQ(refused(ColumnType::Timestamp, "0001-01-01T00:00:00+01:00").code, q("22008"));
    EXPECT_EQ(refused(ColumnType::Timestamp, "9999-12-31T23:00:00-02:00").code, q("22008"));
}

TEST(ValueCoercion, BooleansAcceptPostgresSpellings) {
    for (const char* text : {"true", "TRUE", "t", "yes", "y", "on", "1", " True "}) {
        EXPECT_EQ(accepted(ColumnType::Boolean, text), QVariant(qint64(1))) << text;
    }
    for (const char* text : {"false", "f", "no", "n", "off", "0"}) {
        EXPECT_EQ(accepted(ColumnType::Boolean, text), QVariant(qint64(0))) << text;
    }
    EXPECT_EQ(refused(ColumnType::Boolean, "maybe").code, q("22P02"));
}

TEST(ValueCoercion, EnumsAcceptOnlyDeclaredValuesExactly) {
    Column status = column(ColumnType::Enum);
    status.enumValues = {q("draft"), q("active")};
    EXPECT_EQ(test::valueOf(ValueCoercion::fromText(status, q("draft"))).toString(), q("draft"));
    const PostgrestError error = test::errorOf(ValueCoercion::fromText(status, q("Draft")));
    EXPECT_EQ(error.code, q("22P02"));
    EXPECT_EQ(error.message, q("invalid input value for enum c: \"Draft\""));
}

TEST(ValueCoercion, TextIsKeptAsIsExceptNul) {
    EXPECT_EQ(accepted(ColumnType::Text, " a'b\"c ").toString(), q(" a'b\"c "));
    EXPECT_EQ(test::errorOf(ValueCoercion::fromText(column(ColumnType::Text), q("a") + QChar(0))).code,
              q("22021"));
}

} // namespace
} // namespace cc::sandbox::postgrest
