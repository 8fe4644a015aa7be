#include "app/core/RotatingLogFile.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cc {
namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(RotatingLogFile, AppendsLinesToTheCurrentFile) {
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("console"), 1024, 3);
    ASSERT_TRUE(log.append("one"));
    ASSERT_TRUE(log.append("two"));
    log.flush();
    EXPECT_EQ(readAll(log.currentPath()), QByteArray("one\ntwo\n"));
}

TEST(RotatingLogFile, RotatesWhenTheNextLineWouldPassTheLimit) {
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("console"), 10, 3);
    ASSERT_TRUE(log.append("aaaa")); // 5 bytes
    ASSERT_TRUE(log.append("bbbb")); // 10 bytes: exactly at the limit
    ASSERT_TRUE(log.append("cccc")); // would be 15: rotate first
    log.flush();
    EXPECT_EQ(readAll(log.currentPath()), QByteArray("cccc\n"));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("console.1.log"))), QByteArray("aaaa\nbbbb\n"));
}

TEST(RotatingLogFile, KeepsOnlyTheConfiguredNumberOfFiles) {
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("console"), 5, 3);
    for (const char* line : {"1111", "2222", "3333", "4444", "5555"}) {
        ASSERT_TRUE(log.append(line));
    }
    log.flush();
    EXPECT_EQ(log.existingFiles().size(), 3);
    EXPECT_EQ(readAll(log.currentPath()), QByteArray("5555\n"));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("console.1.log"))), QByteArray("4444\n"));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("console.2.log"))), QByteArray("3333\n"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("console.3.log"))));
}

TEST(RotatingLogFile, ALineLongerThanTheLimitIsStillWritten) {
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("console"), 4, 2);
    ASSERT_TRUE(log.append("a very long line"));
    log.flush();
    EXPECT_EQ(readAll(log.currentPath()), QByteArray("a very long line\n"));
}

TEST(RotatingLogFile, FilesAreOwnerOnly) {
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("console"));
    ASSERT_TRUE(log.append("x"));
    log.flush();
    const auto perms = QFileInfo(log.currentPath()).permissions();
    EXPECT_FALSE(perms & QFileDevice::ReadGroup);
    EXPECT_FALSE(perms & QFileDevice::ReadOther);
}

TEST(RotatingLogFile, TheFoldersItCreatesAreOwnerOnly) {
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("campaign-console/logs"));
    RotatingLogFile log(logs, QStringLiteral("console"));
    ASSERT_TRUE(log.append("x"));
    for (const QString& folder : {logs, dir.filePath(QStringLiteral("campaign-console"))}) {
        const auto perms = QFileInfo(folder).permissions();
        EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ExeGroup)) << folder.toStdString();
        EXPECT_FALSE(perms & (QFileDevice::ReadOther | QFileDevice::ExeOther)) << folder.toStdString();
    }
}

TEST(RotatingLogFile, ReportsAnUnwritableDirectory) {
    RotatingLogFile log(QStringLiteral("/proc/campaign-console-cannot-exist"), QStringLiteral("console"));
    EXPECT_FALSE(log.append("x"));
    EXPECT_FALSE(log.lastError().isEmpty());
}

TEST(RotatingLogFile, DefaultsAreFiveFilesOfFiveMegabytes) {
    EXPECT_EQ(RotatingLogFile::kDefaultMaxBytes, 5 * 1024 * 1024);
    EXPECT_EQ(RotatingLogFile::kDefaultKeep, 5);
}

} // namespace
} // namespace cc
