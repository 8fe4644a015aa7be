#include "app/core/CommonOptions.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

struct Parsed {
    bool parsed = false;
    std::optional<QString> problem;
    CommonOptions options;
};

Parsed parse(QStringList args) {
    QCommandLineParser parser;
    CommonOptions::addTo(parser);
    args.prepend(QStringLiteral("campaign-console"));
    Parsed result;
    result.parsed = parser.parse(args);
    if (result.parsed) {
        result.problem = CommonOptions::readFrom(parser, result.options);
    }
    return result;
}

TEST(CommonOptions, NoArgumentsMeansDefaults) {
    const Parsed p = parse({});
    ASSERT_TRUE(p.parsed);
    EXPECT_FALSE(p.problem);
    EXPECT_FALSE(p.options.demo);
    EXPECT_TRUE(p.options.profile.isEmpty());
}

TEST(CommonOptions, ReadsEveryOption) {
    const Parsed p = parse({QStringLiteral("--profile"), QStringLiteral("Staging"), QStringLiteral("--lang"),
                            QStringLiteral("de"), QStringLiteral("--log-level"), QStringLiteral("debug")});
    ASSERT_FALSE(p.problem) << p.problem->toStdString();
    EXPECT_EQ(p.options.profile, QStringLiteral("Staging"));
    EXPECT_EQ(p.options.language, QStringLiteral("de"));
    EXPECT_EQ(p.options.logLevel, QStringLiteral("debug"));
}

TEST(CommonOptions, DemoIsAFlag) {
    const Parsed p = parse({QStringLiteral("--demo")});
    ASSERT_FALSE(p.problem);
    EXPECT_TRUE(p.options.demo);
}

TEST(CommonOptions, UnknownLanguageIsAUsageError) {
    const Parsed p = parse({QStringLiteral("--lang"), QStringLiteral("xx")});
    ASSERT_TRUE(p.problem);
    EXPECT_TRUE(p.problem->contains(QStringLiteral("xx")));
}

TEST(CommonOptions, UnknownLogLevelIsAUsageError) {
    const Parsed p = parse({QStringLiteral("--log-level"), QStringLiteral("loud")});
    ASSERT_TRUE(p.problem);
}

TEST(CommonOptions, DemoAndProfileExcludeEachOther) {
    const Parsed p = parse({QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("x")});
    ASSERT_TRUE(p.problem);
}

TEST(CommonOptions, UnknownOptionFailsToParse) {
    EXPECT_FALSE(parse({QStringLiteral("--frobnicate")}).parsed);
}

TEST(CommonOptions, MissingValueFailsToParse) {
    EXPECT_FALSE(parse({QStringLiteral("--profile")}).parsed);
}

} // namespace
} // namespace cc
