#include "app/core/ProfileStore.h"
#include "app/sandbox/SandboxOptions.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

namespace cc::ui {
namespace {

// Runs the real campaign-console binary, offscreen, in the test's private HOME.
class ConsoleProcessTest : public test::IsolatedTest {
protected:
    struct Outcome {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome runConsole(const QStringList& args,
                       QProcessEnvironment env = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CAMPAIGN_CONSOLE_PATH), args);
        EXPECT_TRUE(process.waitForFinished(30'000))
            << "did not exit: " << args.join(QLatin1Char(' ')).toStdString();
        Outcome outcome;
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
        return outcome;
    }

    static QProcessEnvironment offscreen() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void addProfile(const QString& name) {
        Profile p;
        p.name = name;
        p.projectUrl = QUrl(QStringLiteral("https://abc.supabase.co"));
        p.anonKey = QStringLiteral("anon");
        p.environment = QStringLiteral("staging");
        ProfileStore store;
        ASSERT_TRUE(store.add(p).ok());
    }
};

TEST_F(ConsoleProcessTest, UnknownOptionExitsTwoWithAMessageOnStderr) {
    const Outcome run = runConsole({QStringLiteral("--frobnicate")}, offscreen());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate"))) << run.err.toStdString();
}

TEST_F(ConsoleProcessTest, InvalidValuesExitTwo) {
    EXPECT_EQ(runConsole({QStringLiteral("--lang"), QStringLiteral("xx")}, offscreen()).exitCode, 2);
    EXPECT_EQ(runConsole({QStringLiteral("--log-level"), QStringLiteral("loud")}, offscreen()).exitCode, 2);
    EXPECT_EQ(runConsole({QStringLiteral("--page"), QStringLiteral("nowhere")}, offscreen()).exitCode, 2);
}

TEST_F(ConsoleProcessTest, VersionAndHelpExitZero) {
    const Outcome version = runConsole({QStringLiteral("--version")}, offscreen());
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral("campaign-console")));
    const Outcome help = runConsole({QStringLiteral("--help")}, offscreen());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--profile")));
}

TEST_F(ConsoleProcessTest, MissingProfileExitsOneAndNamesTheSavedOnes) {
    addProfile(QStringLiteral("Staging"));
    const Outcome run = runConsole({QStringLiteral("--profile"), QStringLiteral("Nope")}, offscreen());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nope"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Staging"))) << run.err.toStdString();
}

TEST_F(ConsoleProcessTest, NoDisplayIsReportedClearlyInsteadOfAborting) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        env.remove(QLatin1String(name));
    }
    const Outcome run = runConsole({}, env);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no display"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")));
    // Usage errors still win over the missing display.
    EXPECT_EQ(runConsole({QStringLiteral("--frobnicate")}, env).exitCode, 2);
}

TEST_F(ConsoleProcessTest, ScreenshotSavesThePageAndExitsZero) {
    addProfile(QStringLiteral("Staging"));
    const QString file = QDir(homePath()).filePath(QStringLiteral("shot.png"));
    const Outcome run =
        runConsole({QStringLiteral("--profile"), QStringLiteral("Staging"), QStringLiteral("--screenshot"),
                    file, QStringLiteral("--page"), QStringLiteral("settings")},
                   offscreen());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
    EXPECT_GE(image.height(), 500);
}

TEST_F(ConsoleProcessTest, DemoStartsWithoutSavedProfiles) {
    const QString file = QDir(homePath()).filePath(QStringLiteral("demo.png"));
    const Outcome run =
        runConsole({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file}, offscreen());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(QImage(file).isNull());
    EXPECT_TRUE(ProfileStore().profiles().isEmpty()); // the demo profile lives in memory only
}

TEST_F(ConsoleProcessTest, StderrIsQuietByDefault) {
    const QString file = QDir(homePath()).filePath(QStringLiteral("demo.png"));
    const Outcome run =
        runConsole({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file}, offscreen());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral(" INFO "))) << run.err.toStdString();
}

TEST_F(ConsoleProcessTest, DemoRunsTheSandboxAndShowsItsCampaignCount) {
    const QString file = QDir(homePath()).filePath(QStringLiteral("demo.png"));
    const Outcome run = runConsole({QStringLiteral("--demo"), QStringLiteral("--log-level"),
                                    QStringLiteral("info"), QStringLiteral("--screenshot"), file},
                                   offscreen());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The screenshot waits for the sandbox; by then the seeded count is on the Campaigns page and status bar.
    EXPECT_TRUE(run.err.contains(QStringLiteral("demo sandbox started"))) << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("\"campaigns\":%1").arg(sandbox::SandboxOptions::kDemoCampaigns)))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("sandbox stopped")));
}

} // namespace
} // namespace cc::ui
