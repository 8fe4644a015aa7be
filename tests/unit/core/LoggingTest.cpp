#include "app/core/Logging.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/LogRecord.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <thread>
#include <vector>

namespace cc {
namespace {

class LoggingTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        Logging::install({.directory = m_dir.path(), .toStderr = false});
    }
    void TearDown() override {
        Logging::shutdown();
        QLoggingCategory::setFilterRules({});
    }

    QList<QJsonObject> lines() {
        Logging::flush();
        QFile f(Logging::currentLogFile());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QList<QJsonObject> out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.isEmpty()) {
                out << QJsonDocument::fromJson(line).object();
            }
        }
        return out;
    }

    QTemporaryDir m_dir;
};

TEST_F(LoggingTest, WritesOneJsonObjectPerLineWithTheStandardFields) {
    qCInfo(lcNet) << "request finished";
    const auto all = lines();
    ASSERT_EQ(all.size(), 1);
    const QJsonObject line = all.first();
    EXPECT_EQ(line.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
    EXPECT_EQ(line.value(QStringLiteral("category")).toString(), QStringLiteral("console.net"));
    EXPECT_EQ(line.value(QStringLiteral("message")).toString(), QStringLiteral("request finished"));
    EXPECT_TRUE(
        QDateTime::fromString(line.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_FALSE(line.contains(QStringLiteral("context")));
}

TEST_F(LoggingTest, StructuredContextAndErrorBecomeObjects) {
    Error error(ErrorKind::Http, QStringLiteral("The server reported an error."), QStringLiteral("503"));
    error.httpStatus = 503;
    log::warning(lcNet(), QStringLiteral("attempt failed"), {{QStringLiteral("attempt"), 2}}, error);
    const QJsonObject line = lines().first();
    EXPECT_EQ(line.value(QStringLiteral("message")).toString(), QStringLiteral("attempt failed"));
    EXPECT_EQ(line.value(QStringLiteral("context")).toObject().value(QStringLiteral("attempt")).toInt(), 2);
    EXPECT_EQ(line.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("http"));
    EXPECT_EQ(line.value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 503);
}

TEST_F(LoggingTest, SecretsAreRedactedBeforeTheyReachTheFile) {
    log::info(lcAuth(), QStringLiteral("refresh with refresh_token=rt-secret-1"),
              {{QStringLiteral("access_token"), QStringLiteral("at-secret-2")},
               {QStringLiteral("url"), QStringLiteral("http://127.0.0.1/cb?code=code-secret-3")}});
    Logging::flush();
    QFile f(Logging::currentLogFile());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    EXPECT_FALSE(raw.contains("rt-secret-1"));
    EXPECT_FALSE(raw.contains("at-secret-2"));
    EXPECT_FALSE(raw.contains("code-secret-3"));
    EXPECT_TRUE(raw.contains("[REDACTED]"));
}

TEST_F(LoggingTest, QtsOwnWarningCarryingAnAuthorizeUrlLosesTheRequestsSecrets) {
    // What QDesktopServices writes when no browser can be found, through the message handler like any line.
    const QByteArray url = "http://127.0.0.1:5555/auth/v1/authorize?provider=github&redirect_to=http%3A%2F%2F"
                           "127.0.0.1%3A40000%2Fcallback%3Fstate%3Dstate-secret-1&code_challenge=challenge-"
                           "secret-2&code_challenge_method=s256";
    qWarning("Unable to detect a web browser to launch '%s'", url.constData());
    const QList<QJsonObject> all = lines();
    ASSERT_EQ(all.size(), 1);
    const QString message = all.first().value(QStringLiteral("message")).toString();
    EXPECT_FALSE(message.contains(QStringLiteral("state-secret-1"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("challenge-secret-2"))) << message.toStdString();
    EXPECT_TRUE(
        message.startsWith(QStringLiteral("Unable to detect a web browser to launch 'http://127.0.0.1:5555/"
                                          "auth/v1/authorize?provider=github&")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("code_challenge=[REDACTED]"))) << message.toStdString();
    EXPECT_TRUE(LogRecord::fromJsonLine(QJsonDocument(all.first()).toJson(QJsonDocument::Compact))
                    ->toHumanLine()
                    .contains(QStringLiteral("[REDACTED]")));
}

TEST(LoggingStderr, ShowsWarningsByDefaultAndMoreWithLogLevelInfo) {
    Logging::install({.directory = {}, .toStderr = true});
    EXPECT_EQ(Logging::stderrLevel(), QtWarningMsg) << "no line per request on a terminal";
    ASSERT_TRUE(Logging::applyLevel(QStringLiteral("info")));
    EXPECT_EQ(Logging::stderrLevel(), QtInfoMsg);
    Logging::shutdown();
    QLoggingCategory::setFilterRules({});
}

TEST_F(LoggingTest, DebugIsOffByDefaultAndLogLevelDebugTurnsItOn) {
    qCDebug(lcData) << "hidden";
    ASSERT_TRUE(Logging::applyLevel(QStringLiteral("debug")));
    qCDebug(lcData) << "shown";
    const auto all = lines();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().value(QStringLiteral("message")).toString(), QStringLiteral("shown"));
}

TEST_F(LoggingTest, LogLevelWarningSilencesInfo) {
    ASSERT_TRUE(Logging::applyLevel(QStringLiteral("warning")));
    qCInfo(lcNet) << "quiet";
    qCWarning(lcNet) << "loud";
    const auto all = lines();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
}

TEST_F(LoggingTest, UnknownLogLevelIsRejectedWithAMessage) {
    EXPECT_FALSE(Logging::applyLevel(QStringLiteral("chatty")));
    ASSERT_TRUE(Logging::validateLevel(QStringLiteral("chatty")).has_value());
    EXPECT_TRUE(Logging::validateLevel(QStringLiteral("chatty"))->contains(QStringLiteral("chatty")));
    EXPECT_FALSE(Logging::validateLevel(QStringLiteral("INFO")).has_value());
}

TEST_F(LoggingTest, LoggingFromManyThreadsLosesNothing) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < 250; ++i) {
                qCInfo(lcCore) << "thread" << t << "line" << i;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(lines().size(), 1000);
}

TEST(LogRecord, RoundTripsThroughAJsonLine) {
    LogRecord record;
    record.timestamp = QDateTime(QDate(2026, 11, 25), QTime(8, 0, 0, 123), Qt::UTC);
    record.level = QtWarningMsg;
    record.category = QStringLiteral("console.data");
    record.message = QStringLiteral("cache rebuilt");
    record.context = {{QStringLiteral("rows"), 12}};
    const auto parsed = LogRecord::fromJsonLine(record.toJsonLine());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->timestamp, record.timestamp);
    EXPECT_EQ(parsed->level, QtWarningMsg);
    EXPECT_EQ(parsed->category, record.category);
    EXPECT_EQ(parsed->message, record.message);
    EXPECT_EQ(parsed->context, record.context);
}

TEST(LogRecord, GarbageLinesAreNotRecords) {
    EXPECT_FALSE(LogRecord::fromJsonLine("not json").has_value());
    EXPECT_FALSE(LogRecord::fromJsonLine("{\"level\":\"info\"}").has_value());
    EXPECT_FALSE(LogRecord::fromJsonLine("[1,2]").has_value());
}

TEST(LogRecord, HumanLineShowsLevelCategoryAndMessage) {
    LogRecord record = LogRecord::fromQt(QtInfoMsg, "console.ui", QStringLiteral("page shown"),
                                         QDateTime::currentDateTimeUtc());
    const QString line = record.toHumanLine();
    EXPECT_TRUE(line.contains(QStringLiteral("INFO")));
    EXPECT_TRUE(line.contains(QStringLiteral("console.ui: page shown")));
}

TEST(LogEncoding, MessageWithoutExtrasIsUnchanged) {
    EXPECT_EQ(log::encode(QStringLiteral("plain"), {}, {}), QStringLiteral("plain"));
    const auto decoded = log::decode(QStringLiteral("plain"));
    EXPECT_EQ(decoded.message, QStringLiteral("plain"));
    EXPECT_TRUE(decoded.context.isEmpty());
}

} // namespace
} // namespace cc
