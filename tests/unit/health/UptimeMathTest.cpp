#include "app/health/UptimeMath.h"

#include <gtest/gtest.h>

#include <QDateTime>

namespace cc::health {
namespace {

using R = UptimeMath::Resolution;

qint64 at(int day, int hour, int minute, int second) {
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

TEST(UptimeMath, BucketStartsAtTheFloorOfItsLength) {
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 12, 0, 59), R::Minute), at(1, 12, 0, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 12, 1, 0), R::Minute), at(1, 12, 1, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 12, 59, 59), R::Hour), at(1, 12, 0, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 13, 0, 0), R::Hour), at(1, 13, 0, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 23, 59, 59), R::Day), at(1, 0, 0, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(2, 0, 0, 0), R::Day), at(2, 0, 0, 0));
}

TEST(UptimeMath, BucketStartIsAFloorBeforeTheEpochToo) {
    EXPECT_EQ(UptimeMath::bucketStart(-1, R::Minute), -60);
    EXPECT_EQ(UptimeMath::bucketStart(-60, R::Minute), -60);
}

TEST(UptimeMath, AddCountsUpDownAndLatency) {
    UptimeMath::Bucket bucket;
    UptimeMath::add(bucket, true, 30);
    UptimeMath::add(bucket, true, 10);
    UptimeMath::add(bucket, false, -1); // no latency measured: counts, does not skew the latency
    UptimeMath::add(bucket, true, 50);
    EXPECT_EQ(bucket.up, 3);
    EXPECT_EQ(bucket.down, 1);
    EXPECT_EQ(bucket.latencyMin, 10);
    EXPECT_EQ(bucket.latencyMax, 50);
    EXPECT_EQ(bucket.latencyAvg(), 30);
}

TEST(UptimeMath, EmptyBucketHasNoLatency) {
    UptimeMath::Bucket bucket;
    UptimeMath::add(bucket, false, -1);
    EXPECT_EQ(bucket.latencyAvg(), -1);
    EXPECT_EQ(bucket.latencyMin, -1);
}

TEST(UptimeMath, MergeEqualsAddingEverySample) {
    UptimeMath::Bucket a;
    UptimeMath::Bucket b;
    UptimeMath::Bucket all;
    for (qint64 latency : {5, 7, 100}) {
        UptimeMath::add(a, true, latency);
        UptimeMath::add(all, true, latency);
    }
    for (qint64 latency : {1, -1}) {
        UptimeMath::add(b, false, latency);
        UptimeMath::add(all, false, latency);
    }
    EXPECT_EQ(UptimeMath::merged(a, b), all);
    EXPECT_EQ(UptimeMath::merged(UptimeMath::Bucket{}, b).latencyMin, 1);
}

UptimeMath::Bucket bucketAt(qint64 start, int up, int down, R resolution = R::Minute) {
    UptimeMath::Bucket bucket;
    bucket.resolution = resolution;
    bucket.startSec = start;
    bucket.up = up;
    bucket.down = down;
    return bucket;
}

TEST(UptimeMath, UptimeIsUpOverCountedResults) {
    const qint64 now = at(2, 12, 0, 30);
    const QList<UptimeMath::Bucket> buckets{bucketAt(at(2, 11, 0, 0), 3, 1), bucketAt(at(2, 12, 0, 0), 4, 0)};
    EXPECT_DOUBLE_EQ(*UptimeMath::uptimePercent(buckets, now, 86'400), 87.5);
}

TEST(UptimeMath, NoResultsIsNoUptimeNotZeroOrHundred) {
    EXPECT_FALSE(UptimeMath::uptimePercent({}, at(2, 0, 0, 0), 86'400).has_value());
}

TEST(UptimeMath, UptimeWindowEdgeIsInclusiveAtItsStart) {
    const qint64 now = at(2, 12, 0, 0);
    const qint64 windowStart = now - 86'400; // 1 March 12:00:00
    const QList<UptimeMath::Bucket> buckets{
        bucketAt(windowStart - 60, 0, 10), // 11:59 the day before: outside
        bucketAt(windowStart, 1, 1),       // exactly at the window's start: inside
        bucketAt(now, 2, 0),               // the bucket that starts now: inside
        bucketAt(now + 60, 0, 5),          // in the future (clock moved back): outside
    };
    EXPECT_DOUBLE_EQ(*UptimeMath::uptimePercent(buckets, now, 86'400), 75.0);
}

TEST(UptimeMath, ASampleOneSecondEitherSideOfAnHourLandsInDifferentBuckets) {
    EXPECT_NE(UptimeMath::bucketStart(at(1, 12, 59, 59), R::Hour),
              UptimeMath::bucketStart(at(1, 13, 0, 0), R::Hour));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 12, 59, 59), R::Minute), at(1, 12, 59, 0));
    EXPECT_EQ(UptimeMath::bucketStart(at(1, 12, 59, 59), R::Day),
              UptimeMath::bucketStart(at(1, 13, 0, 0), R::Day));
}

TEST(UptimeMath, ResolutionForWindows) {
    EXPECT_EQ(UptimeMath::resolutionFor(3600), R::Minute);
    EXPECT_EQ(UptimeMath::resolutionFor(86'400), R::Minute);
    EXPECT_EQ(UptimeMath::resolutionFor(86'401), R::Hour);
    EXPECT_EQ(UptimeMath::resolutionFor(7 * 86'400), R::Hour);
    EXPECT_EQ(UptimeMath::resolutionFor(30 * 86'400), R::Hour);
    EXPECT_EQ(UptimeMath::resolutionFor(90 * 86'400), R::Day);
}

TEST(UptimeMath, RetentionIsOneDayThirtyDaysAYear) {
    const qint64 now = at(2, 12, 30, 15);
    EXPECT_EQ(UptimeMath::retentionCutoff(now, R::Minute), at(1, 12, 30, 0));
    EXPECT_EQ(UptimeMath::retentionCutoff(now, R::Hour), UptimeMath::bucketStart(now - 30 * 86'400, R::Hour));
    EXPECT_EQ(UptimeMath::retentionCutoff(now, R::Day), UptimeMath::bucketStart(now - 365 * 86'400, R::Day));
}

} // namespace
} // namespace cc::health
