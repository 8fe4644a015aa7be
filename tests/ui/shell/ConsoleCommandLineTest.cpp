#include "ui/shell/ConsoleCommandLine.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::ui {
namespace {

struct ParseRun {
    ConsoleCommandLine::Parsed parsed;
    QString out;
    QString err;
};

ParseRun parse(QStringList args) {
    ParseRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    args.prepend(QStringLiteral("campaign-console"));
    run.parsed = ConsoleCommandLine::parse(args, out, err);
    return run;
}

TEST(ConsoleCommandLineTest, NoArgumentsRunsTheConsole) {
    const ParseRun run = parse({});
    EXPECT_FALSE(run.parsed.exitCode.has_value());
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(ConsoleCommandLineTest, HelpExitsZeroAndListsTheCommonOptions) {
    const ParseRun run = parse({QStringLiteral("--help")});
    EXPECT_EQ(run.parsed.exitCode, 0);
    for (const char* option : {"--profile", "--demo", "--lang", "--log-level", "--version"}) {
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
    }
    // Every option the parser takes is in the help: none is half-documented.
    for (const char* option :
         {"--page", "--screenshot", "--screenshot-delay", "--screenshot-size", "--benchmark-startup"}) {
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
    }
}

TEST(ConsoleCommandLineTest, ReadsTheScreenshotSize) {
    const ParseRun run = parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
                                QStringLiteral("--screenshot-size"), QStringLiteral("1024x640")});
    EXPECT_FALSE(run.parsed.exitCode);
    EXPECT_EQ(run.parsed.options.screenshotSize, QSize(1024, 640));
}

TEST(ConsoleCommandLineTest, RefusesAScreenshotSizeThatIsNotOne) {
    for (const char* size : {"1024", "1024x", "x640", "10x10", "1024x640x2", "wide"}) {
        const ParseRun run = parse({QStringLiteral("--screenshot-size"), QLatin1String(size)});
        EXPECT_EQ(run.parsed.exitCode, ConsoleCommandLine::kExitUsage) << size;
    }
}

TEST(ConsoleCommandLineTest, VersionExitsZero) {
    const ParseRun run = parse({QStringLiteral("--version")});
    EXPECT_EQ(run.parsed.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QCoreApplication::applicationVersion()));
}

TEST(ConsoleCommandLineTest, UsageErrorsExitTwoWithAMessage) {
    const QList<QStringList> cases = {
        {QStringLiteral("--no-such-option")},
        {QStringLiteral("--lang"), QStringLiteral("xx")},
        {QStringLiteral("--log-level"), QStringLiteral("loud")},
        {QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("Staging")},
        {QStringLiteral("--profile")},
        {QStringLiteral("--page"), QStringLiteral("nowhere")},
        {QStringLiteral("stray-argument")},
    };
    for (const QStringList& args : cases) {
        const ParseRun run = parse(args);
        EXPECT_EQ(run.parsed.exitCode, ConsoleCommandLine::kExitUsage)
            << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST(ConsoleCommandLineTest, ReadsTheCommonOptions) {
    const ParseRun run =
        parse({QStringLiteral("--profile"), QStringLiteral("Staging"), QStringLiteral("--lang"),
               QStringLiteral("de"), QStringLiteral("--log-level"), QStringLiteral("debug")});
    ASSERT_FALSE(run.parsed.exitCode.has_value());
    EXPECT_EQ(run.parsed.options.common.profile, QStringLiteral("Staging"));
    EXPECT_EQ(run.parsed.options.common.language, QStringLiteral("de"));
    EXPECT_EQ(run.parsed.options.common.logLevel, QStringLiteral("debug"));
    EXPECT_FALSE(run.parsed.options.common.demo);
}

TEST(ConsoleCommandLineTest, ReadsTheScreenshotOptions) {
    const ParseRun run =
        parse({QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
               QStringLiteral("--page"), QStringLiteral("logs")});
    ASSERT_FALSE(run.parsed.exitCode.has_value());
    EXPECT_TRUE(run.parsed.options.common.demo);
    EXPECT_EQ(run.parsed.options.screenshotFile, QStringLiteral("/tmp/x.png"));
    EXPECT_EQ(run.parsed.options.page, Page::Logs);
}

TEST(ConsoleCommandLineTest, EveryPageHasAName) {
    for (Page page : Pages::all()) {
        EXPECT_EQ(Pages::fromKey(Pages::key(page)), page) << Pages::key(page).toStdString();
    }
}

} // namespace
} // namespace cc::ui
