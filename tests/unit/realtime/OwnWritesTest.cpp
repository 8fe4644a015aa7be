// Echo recognition: exact (id + updated_at after the response), by values while the write is in flight,
// one echo per write, and forgotten after the retention time.
#include "app/realtime/OwnWrites.h"
#include "app/realtime/PostgresChange.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/unit/realtime/ChangeTestData.h"

#include <gtest/gtest.h>

#include <QJsonArray>

namespace cc::realtime {
namespace {

using namespace cc::realtime::test;

data::OutboxOperation update(const QString& key, const QString& id, const QJsonObject& payload) {
    data::OutboxOperation op;
    op.kind = data::OutboxOperation::Kind::Update;
    op.key = key;
    op.campaignId = id;
    op.payload = payload;
    return op;
}

class OwnWritesTest : public ::testing::Test {
protected:
    cc::test::ManualClock m_clock;
    OwnWrites m_own{m_clock, 10'000};
};

TEST_F(OwnWritesTest, AnEchoAfterTheResponseMatchesByIdAndUpdatedAt) {
    const auto op = update(QStringLiteral("k"), QStringLiteral("a"),
                           {{QStringLiteral("status"), QStringLiteral("paused")}});
    data::WriteOutcome outcome;
    outcome.status = data::WriteOutcome::Status::Applied;
    outcome.row = data::Campaign::fromJson(
        row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(7)));
    m_own.noteSending(op);
    m_own.noteApplied(op, outcome);
    // Someone else's later write with the same values is not ours: a different updated_at.
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(8)))));
    EXPECT_TRUE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(7)))));
    // Consumed: the same event again is not an echo.
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(7)))));
}

TEST_F(OwnWritesTest, AnEchoBeforeTheResponseMatchesTheValuesBeingWritten) {
    m_own.noteSending(
        update(QStringLiteral("k"), QStringLiteral("a"),
               {{QStringLiteral("status"), QStringLiteral("paused")}, {QStringLiteral("budget"), 250}}));
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(1), 100))));
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("paused"), ts(1), 250))));
    EXPECT_TRUE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(1), 250))));
    EXPECT_EQ(m_own.size(), 0);
}

TEST_F(OwnWritesTest, DeletesAndTransactionStepsAreRecognised) {
    data::OutboxOperation del;
    del.kind = data::OutboxOperation::Kind::Delete;
    del.key = QStringLiteral("d");
    del.campaignId = QStringLiteral("gone");
    m_own.noteSending(del);
    data::OutboxOperation tx;
    tx.kind = data::OutboxOperation::Kind::Transaction;
    tx.key = QStringLiteral("t");
    tx.payload = {
        {QStringLiteral("operations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("op"), QStringLiteral("update")},
             {QStringLiteral("table"), QStringLiteral("campaigns")},
             {QStringLiteral("values"), QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}}},
             {QStringLiteral("match"), QJsonObject{{QStringLiteral("id"), QStringLiteral("b1")}}}}}}};
    m_own.noteSending(tx);
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("gone"), QStringLiteral("x"), QStringLiteral("active"), ts(1)))));
    EXPECT_TRUE(m_own.isEcho(deleted(QStringLiteral("gone"))));
    EXPECT_TRUE(m_own.isEcho(
        updated(row(QStringLiteral("b1"), QStringLiteral("x"), QStringLiteral("archived"), ts(2)))));
}

TEST_F(OwnWritesTest, AnUnseenEchoIsForgottenAfterTheRetentionTime) {
    m_own.noteSending(update(QStringLiteral("k"), QStringLiteral("a"),
                             {{QStringLiteral("status"), QStringLiteral("paused")}}));
    m_clock.advance(10'001);
    EXPECT_FALSE(m_own.isEcho(
        updated(row(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("paused"), ts(1)))));
    EXPECT_EQ(m_own.size(), 0);
}

} // namespace
} // namespace cc::realtime
