// A damaged outbox (a truncated file, a garbled page) is moved aside, every operation that can still be read
// is kept in a new one, in order, and the user is told what was kept and where the old file is.
#include "app/data/Outbox.h"
#include "app/data/OutboxDatabase.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cc::data {
namespace {

class OutboxRecoveryTest : public ::testing::Test {
protected:
    static constexpr int kOps = 200;

    void SetUp() override {
        OutboxDatabase db(path(), QStringLiteral("recovery-seed"), m_clock, m_random);
        ASSERT_TRUE(db.open().ok());
        for (int i = 0; i < kOps; ++i) {
            OutboxOperation op;
            op.kind = OutboxOperation::Kind::Update;
            op.campaignId = QStringLiteral("campaign-%1").arg(i % 7);
            op.baseUpdatedAt = QStringLiteral("t0");
            // Several rows a page, so the table spans many pages.
            op.payload = {
                {QStringLiteral("name"), QStringLiteral("edit %1 ").arg(i) + QString(400, QLatin1Char('x'))},
                {QStringLiteral("order"), i}};
            ASSERT_TRUE(db.enqueue(op).ok());
        }
        // Everything into the main file, so damaging it damages the operations (not a WAL beside it).
        QSqlQuery checkpoint(QSqlDatabase::database(QStringLiteral("recovery-seed")));
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

    QList<int> recoveredOrder(const Outbox& outbox) const {
        QList<int> order;
        const auto all = outbox.all(); // kept: the loop must not run over a destroyed temporary
        for (const OutboxOperation& op : all.value()) {
            order.append(op.payload.value(QStringLiteral("order")).toInt());
        }
        return order;
    }

    static QStringList movedFiles(const QString& dir) {
        return QDir(dir).entryList({QStringLiteral("outbox.sqlite.damaged-*")}, QDir::Files);
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    SeededRandom m_random{11};
};

TEST_F(OutboxRecoveryTest, ATruncatedOutboxKeepsTheOperationsBeforeTheCut) {
    QFile file(path());
    ASSERT_FALSE(QFile::exists(path() + QStringLiteral("-wal")) &&
                 QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
    ASSERT_TRUE(file.resize(file.size() * 6 / 10));

    Outbox outbox(path(), QStringLiteral("recovery-open"), m_clock, m_random);
    const Result<bool> opened = outbox.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    const QList<int> order = recoveredOrder(outbox);
    ASSERT_FALSE(order.isEmpty());
    EXPECT_LT(order.size(), kOps);
    EXPECT_EQ(order.first(), 0);
    EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
    ASSERT_EQ(movedFiles(m_dir.path()).size(), 1);
    EXPECT_TRUE(outbox.recoveryNotice().contains(QString::number(order.size())))
        << outbox.recoveryNotice().toStdString();
    EXPECT_TRUE(outbox.recoveryNotice().contains(movedFiles(m_dir.path()).first()))
        << outbox.recoveryNotice().toStdString();
}

TEST_F(OutboxRecoveryTest, AGarbledPageKeepsTheOperationsOnBothSidesOfIt) {
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 page = 4096;
    file.seek((file.size() / page / 2) * page);
    file.write(QByteArray(2000, '\xA5'));
    file.close();

    Outbox outbox(path(), QStringLiteral("recovery-open"), m_clock, m_random);
    const Result<bool> opened = outbox.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    const QList<int> order = recoveredOrder(outbox);
    ASSERT_FALSE(order.isEmpty());
    EXPECT_EQ(order.first(), 0);
    EXPECT_EQ(order.last(), kOps - 1) << "the operations after the damaged page are kept too";
    EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
    EXPECT_FALSE(outbox.recoveryNotice().isEmpty());
}

TEST_F(OutboxRecoveryTest, AnIntactOutboxIsLeftAlone) {
    Outbox outbox(path(), QStringLiteral("recovery-open"), m_clock, m_random);
    ASSERT_TRUE(outbox.open().ok());
    EXPECT_EQ(outbox.all().value().size(), kOps);
    EXPECT_TRUE(outbox.recoveryNotice().isEmpty());
    EXPECT_TRUE(movedFiles(m_dir.path()).isEmpty());
}

TEST_F(OutboxRecoveryTest, TheRecoveredOperationsKeepTheirKeys) {
    QStringList keys;
    {
        OutboxDatabase db(path(), QStringLiteral("recovery-keys"), m_clock, m_random);
        ASSERT_TRUE(db.open().ok());
        const auto all = db.all(); // kept: the loop must not run over a destroyed temporary
        for (const OutboxOperation& op : all.value()) {
            keys.append(op.key);
        }
    }
    QFile file(path());
    ASSERT_TRUE(file.resize(file.size() * 6 / 10));
    Outbox outbox(path(), QStringLiteral("recovery-open"), m_clock, m_random);
    ASSERT_TRUE(outbox.open().ok());
    const QList<OutboxOperation> ops = outbox.all().value();
    ASSERT_FALSE(ops.isEmpty());
    for (const OutboxOperation& op : ops) {
        const qsizetype at = keys.indexOf(op.key);
        ASSERT_GE(at, 0) << "a recovered edit already sent is replayed, not applied twice";
        EXPECT_EQ(op.payload.value(QStringLiteral("order")).toInt(), at);
    }
}

} // namespace
} // namespace cc::data
