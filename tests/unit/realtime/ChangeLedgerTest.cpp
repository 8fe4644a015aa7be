#include "app/realtime/ChangeLedger.h"

#include <gtest/gtest.h>

namespace cc::realtime {
namespace {

const QString kT1 = QStringLiteral("2026-03-01T09:00:00.100000+00:00");
const QString kT2 = QStringLiteral("2026-03-01T09:00:00.200000+00:00");
const QString kT3 = QStringLiteral("2026-03-01T09:00:01.000000+00:00");

TEST(ChangeLedger, AdmitsANewRow) {
    ChangeLedger ledger;
    EXPECT_TRUE(ledger.admit(QStringLiteral("a"), kT1));
    EXPECT_EQ(ledger.size(), 1);
}

TEST(ChangeLedger, RefusesTheSameVersionTwice) {
    ChangeLedger ledger;
    ASSERT_TRUE(ledger.admit(QStringLiteral("a"), kT1));
    EXPECT_FALSE(ledger.admit(QStringLiteral("a"), kT1));
}

TEST(ChangeLedger, RefusesAnOlderVersionAfterANewerOne) {
    ChangeLedger ledger;
    ASSERT_TRUE(ledger.admit(QStringLiteral("a"), kT2));
    EXPECT_FALSE(ledger.admit(QStringLiteral("a"), kT1));
    EXPECT_TRUE(ledger.admit(QStringLiteral("a"), kT3));
}

TEST(ChangeLedger, RowsAreIndependent) {
    ChangeLedger ledger;
    ASSERT_TRUE(ledger.admit(QStringLiteral("a"), kT2));
    EXPECT_TRUE(ledger.admit(QStringLiteral("b"), kT1));
}

TEST(ChangeLedger, TracksTheNewestVersionAsHighWater) {
    ChangeLedger ledger;
    EXPECT_TRUE(ledger.highWater().isEmpty());
    ledger.admit(QStringLiteral("a"), kT2);
    ledger.admit(QStringLiteral("b"), kT1);
    EXPECT_EQ(ledger.highWater(), kT2);
    ledger.raiseHighWater(kT1);
    EXPECT_EQ(ledger.highWater(), kT2);
    ledger.raiseHighWater(kT3);
    EXPECT_EQ(ledger.highWater(), kT3);
}

TEST(ChangeLedger, ForgetsTheOldestRowsBeyondItsCapacity) {
    ChangeLedger ledger(2);
    ledger.admit(QStringLiteral("a"), kT1);
    ledger.admit(QStringLiteral("b"), kT1);
    ledger.admit(QStringLiteral("c"), kT1);
    EXPECT_EQ(ledger.size(), 2);
    EXPECT_TRUE(ledger.admit(QStringLiteral("a"), kT1)) << "forgotten: reported again rather than lost";
    EXPECT_FALSE(ledger.admit(QStringLiteral("c"), kT1));
}

TEST(ChangeLedger, ComparesInstantsAcrossZoneSpellings) {
    EXPECT_EQ(ChangeLedger::compareVersions(QStringLiteral("2026-03-01T10:00:00.000+01:00"),
                                            QStringLiteral("2026-03-01T09:00:00.500Z")),
              -1);
    EXPECT_EQ(ChangeLedger::compareVersions(kT3, kT1), 1);
    EXPECT_EQ(ChangeLedger::compareVersions(kT1, kT1), 0);
}

TEST(ChangeLedger, MicrosecondsWithinOneMillisecondStillOrder) {
    EXPECT_EQ(ChangeLedger::compareVersions(QStringLiteral("2026-03-01T09:00:00.100001+00:00"),
                                            QStringLiteral("2026-03-01T09:00:00.100002+00:00")),
              -1);
}

TEST(ChangeLedger, AnEmptyVersionIsOlderThanAny) {
    EXPECT_EQ(ChangeLedger::compareVersions({}, kT1), -1);
    EXPECT_EQ(ChangeLedger::compareVersions(kT1, {}), 1);
}

TEST(ChangeLedger, ClearForgetsEverything) {
    ChangeLedger ledger;
    ledger.admit(QStringLiteral("a"), kT1);
    ledger.clear();
    EXPECT_EQ(ledger.size(), 0);
    EXPECT_TRUE(ledger.highWater().isEmpty());
    EXPECT_TRUE(ledger.admit(QStringLiteral("a"), kT1));
}

} // namespace
} // namespace cc::realtime
