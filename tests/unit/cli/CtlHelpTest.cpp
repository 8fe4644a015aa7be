// campaignctl's help tells the truth: every command's usage line (the one table in CtlUsage, shown by the
// top-level help, the group helps and the command's own --help) names only options that the command's
// parser accepts, and as many arguments as it takes.
#include "app/cli/CtlUsage.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/unit/cli/CtlRunner.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

namespace cc {
namespace {

// The options a command's generated help lists under "Options:": what its parser accepts.
QSet<QString> acceptedOptions(const QString& help) {
    QSet<QString> names;
    const qsizetype start = help.indexOf(QStringLiteral("\nOptions:\n"));
    if (start < 0) {
        return names;
    }
    static const QRegularExpression option(QStringLiteral(R"(^\s+(?:-\w, )?--([a-z][a-z-]*))"));
    const QString section = help.mid(start);
    for (const QString& line : section.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Arguments:"))) {
            break;
        }
        const QRegularExpressionMatch match = option.match(line);
        if (match.hasMatch()) {
            names.insert(match.captured(1));
        }
    }
    return names;
}

// The positional arguments the generated help lists under "Arguments:".
int acceptedArguments(const QString& help) {
    const qsizetype start = help.indexOf(QStringLiteral("\nArguments:\n"));
    if (start < 0) {
        return 0;
    }
    int count = 0;
    for (const QString& line : help.mid(start + 12).split(QLatin1Char('\n'))) {
        count += line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")) ? 1 : 0;
    }
    return count;
}

QStringList optionsNamedIn(const QString& usage) {
    QStringList names;
    static const QRegularExpression option(QStringLiteral(R"(--([a-z][a-z-]*))"));
    for (auto it = option.globalMatch(usage); it.hasNext();) {
        names << it.next().captured(1);
    }
    return names;
}

// NAME, ID or [NAME] that does not stand for an option's value.
int argumentsNamedIn(const cli::CtlCommandUsage& entry) {
    const QStringList words = entry.usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                  .mid(1 + int(entry.command.count(QLatin1Char(' ')) + 1));
    static const QRegularExpression placeholder(QStringLiteral(R"(^\[?[A-Z]+\]?$)"));
    int count = 0;
    QString previous;
    for (const QString& word : words) {
        if (placeholder.match(word).hasMatch() && !previous.contains(QStringLiteral("--"))) {
            ++count;
        }
        previous = word;
    }
    return count;
}

class CommandHelp : public test::IsolatedTest, public ::testing::WithParamInterface<cli::CtlCommandUsage> {};

TEST_P(CommandHelp, StartsWithItsUsageLine) {
    const cli::CtlCommandUsage entry = GetParam();
    const auto run = test::runCtl(entry.command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Usage: ") + entry.usage);
}

TEST_P(CommandHelp, NamesOnlyOptionsItsParserAccepts) {
    const cli::CtlCommandUsage entry = GetParam();
    const auto run = test::runCtl(entry.command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    const QSet<QString> accepted = acceptedOptions(run.out);
    ASSERT_FALSE(accepted.isEmpty()) << run.out.toStdString();
    for (const QString& name : optionsNamedIn(entry.usage)) {
        EXPECT_TRUE(accepted.contains(name)) << entry.command.toStdString() << ": --" << name.toStdString();
    }
    // And the parser really takes them: an unknown option is a usage error, a known one is not.
    const auto unknown = test::runCtl(entry.command.split(QLatin1Char(' '))
                                      << QStringLiteral("--no-such-option") << QStringLiteral("--help"));
    EXPECT_EQ(unknown.exitCode, entry.command == QStringLiteral("health") ? 3 : 2);
}

TEST_P(CommandHelp, NamesAsManyArgumentsAsItTakes) {
    const cli::CtlCommandUsage entry = GetParam();
    const auto run = test::runCtl(entry.command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    EXPECT_EQ(argumentsNamedIn(entry), acceptedArguments(run.out)) << run.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(EveryCommand, CommandHelp, ::testing::ValuesIn(cli::CtlUsage::all().toVector()),
                         [](const ::testing::TestParamInfo<cli::CtlCommandUsage>& info) {
                             QString name = info.param.command;
                             name.replace(QLatin1Char(' '), QLatin1Char('_'));
                             return name.toStdString();
                         });

class CtlHelpTest : public test::IsolatedTest {};

TEST_F(CtlHelpTest, TheTopLevelHelpListsEveryUsageLineAndAllExitCodesOfHealth) {
    const auto run = test::runCtl({QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: campaignctl "))) << "not the binary's full path";
    for (const cli::CtlCommandUsage& entry : cli::CtlUsage::all()) {
        EXPECT_TRUE(run.out.contains(entry.usage)) << entry.usage.toStdString();
    }
    EXPECT_TRUE(run.out.contains(QStringLiteral("3 could not check")));
}

TEST_F(CtlHelpTest, GroupHelpsListTheirActionsAndNoStopgap) {
    for (const QString& group : {QStringLiteral("campaigns"), QStringLiteral("profiles")}) {
        const auto run = test::runCtl({group, QStringLiteral("--help")});
        ASSERT_EQ(run.exitCode, 0) << group.toStdString();
        for (const cli::CtlCommandUsage& entry : cli::CtlUsage::all()) {
            if (entry.command.startsWith(group + QLatin1Char(' '))) {
                EXPECT_TRUE(run.out.contains(entry.usage)) << entry.usage.toStdString();
            }
        }
        EXPECT_FALSE(run.out.contains(QStringLiteral("stopgap"))) << run.out.toStdString();
    }
}

TEST_F(CtlHelpTest, EveryCommandTheProgramRunsHasAUsageLine) {
    QSet<QString> described;
    for (const cli::CtlCommandUsage& entry : cli::CtlUsage::all()) {
        described.insert(entry.command.section(QLatin1Char(' '), 0, 0));
    }
    for (const QString& command :
         {QStringLiteral("profiles"), QStringLiteral("campaigns"), QStringLiteral("doctor"),
          QStringLiteral("health"), QStringLiteral("login"), QStringLiteral("whoami"),
          QStringLiteral("logout"), QStringLiteral("watch")}) {
        EXPECT_TRUE(described.contains(command)) << command.toStdString();
    }
    // And nothing else is: an unknown command is refused.
    EXPECT_EQ(test::runCtl({QStringLiteral("frobnicate")}).exitCode, 2);
}

} // namespace
} // namespace cc
