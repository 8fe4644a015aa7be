#include "app/core/LogReader.h"
#include "app/core/LogFilter.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace cc {
namespace {

LogRecord makeRecord(int i, QtMsgType level = QtInfoMsg,
                     const QString& category = QStringLiteral("console.net")) {
    LogRecord r;
    r.timestamp = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(i);
    r.level = level;
    r.category = category;
    r.message = QStringLiteral("line %1").arg(i);
    return r;
}

class LogReaderTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const char* name, int from, int to, const QByteArray& extra = {}) {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        for (int i = from; i < to; ++i) {
            file.write(makeRecord(i).toJsonLine() + '\n');
        }
        file.write(extra);
        return path;
    }

    static QStringList messages(const QList<LogChunk>& chunks) {
        QStringList out;
        for (const LogChunk& chunk : chunks) {
            for (const LogEntry& e : chunk) {
                out << e.record.message;
            }
        }
        return out;
    }

    QTemporaryDir m_dir;
};

TEST_F(LogReaderTest, ReadsNewestFirstAcrossRotatedFiles) {
    const QString older = write("console.1.log", 0, 2);
    const QString current = write("console.log", 2, 4);
    QList<LogChunk> chunks;
    const auto stats = LogReader::read({current, older}, 100, [&](LogChunk c) { chunks << c; });
    EXPECT_EQ(messages(chunks), (QStringList{QStringLiteral("line 3"), QStringLiteral("line 2"),
                                             QStringLiteral("line 1"), QStringLiteral("line 0")}));
    EXPECT_EQ(stats.records, 4);
    EXPECT_EQ(stats.files, 2);
}

TEST_F(LogReaderTest, DeliversChunksOfTheRequestedSize) {
    const QString file = write("console.log", 0, 25);
    QList<qsizetype> sizes;
    LogReader::read({file}, 10, [&](LogChunk c) { sizes << c.size(); });
    EXPECT_EQ(sizes, (QList<qsizetype>{10, 10, 5}));
}

TEST_F(LogReaderTest, CountsLinesThatAreNotRecordsAndSkipsMissingFiles) {
    const QString file = write("console.log", 0, 2, "not json\n{\"level\":\"info\"}\n\n");
    QList<LogChunk> chunks;
    const auto stats = LogReader::read({file, m_dir.filePath(QStringLiteral("console.1.log"))}, 100,
                                       [&](LogChunk c) { chunks << c; });
    EXPECT_EQ(stats.records, 2);
    EXPECT_EQ(stats.skipped, 2);
    EXPECT_EQ(stats.files, 1);
}

TEST_F(LogReaderTest, StopsWhenCancelled) {
    const QString file = write("console.log", 0, 100);
    int delivered = 0;
    int polls = 0;
    LogReader::read(
        {file}, 10, [&](LogChunk c) { delivered += static_cast<int>(c.size()); },
        [&] { return ++polls > 35; });
    EXPECT_EQ(delivered, 30);
}

TEST_F(LogReaderTest, ReadsOnAWorkerAndReportsInChunks) {
    const QString file = write("console.log", 0, 1000);
    LogReader reader;
    int received = 0;
    QObject::connect(&reader, &LogReader::chunkReady,
                     [&](const LogChunk& c) { received += static_cast<int>(c.size()); });
    LogReader::Stats stats;
    bool finished = false;
    QObject::connect(&reader, &LogReader::finished, [&](const LogReader::Stats& s) {
        stats = s;
        finished = true;
    });
    reader.start({file}, 100);
    EXPECT_TRUE(reader.isRunning());
    ASSERT_TRUE(test::waitUntil([&] { return finished; }, 10'000));
    EXPECT_EQ(received, 1000);
    EXPECT_EQ(stats.records, 1000);
    EXPECT_FALSE(reader.isRunning());
}

TEST_F(LogReaderTest, RestartingDropsTheOldRun) {
    const QString big = write("console.1.log", 0, 20'000);
    const QString small = write("console.log", 0, 3);
    LogReader reader;
    int received = 0;
    int finishedCount = 0;
    QObject::connect(&reader, &LogReader::chunkReady,
                     [&](const LogChunk& c) { received += static_cast<int>(c.size()); });
    QObject::connect(&reader, &LogReader::finished, [&] { ++finishedCount; });
    reader.start({big}, 100);
    reader.start({small}, 100); // before the event loop delivered anything of the first
    ASSERT_TRUE(test::waitUntil([&] { return finishedCount > 0; }, 10'000));
    EXPECT_FALSE(test::waitUntil([&] { return finishedCount > 1; }, 200));
    EXPECT_EQ(received, 3);
}

TEST(LogFilterTest, AcceptsByMinimumSeverityCategoryAndText) {
    LogRecord r = makeRecord(1, QtWarningMsg, QStringLiteral("console.auth"));
    r.context = {{QStringLiteral("provider"), QStringLiteral("GitHub")}};
    const LogEntry entry = LogEntry::from(r);

    EXPECT_TRUE(LogFilter{}.accepts(entry));
    EXPECT_TRUE(LogFilter{}.acceptsEverything());
    EXPECT_TRUE((LogFilter{2, {}, {}}).accepts(entry));
    EXPECT_FALSE((LogFilter{3, {}, {}}).accepts(entry));
    EXPECT_TRUE((LogFilter{0, QStringLiteral("console.auth"), {}}).accepts(entry));
    EXPECT_FALSE((LogFilter{0, QStringLiteral("console.net"), {}}).accepts(entry));
    EXPECT_TRUE((LogFilter{0, {}, QStringLiteral("LINE 1")}).accepts(entry));
    EXPECT_TRUE((LogFilter{0, {}, QStringLiteral("github")}).accepts(entry)); // in the context
    EXPECT_FALSE((LogFilter{0, {}, QStringLiteral("gitlab")}).accepts(entry));
}

} // namespace
} // namespace cc
