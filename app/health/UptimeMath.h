#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace cc::health {

// The arithmetic of the health history, as Uptime Kuma does it: every check result lands in a per-minute
// bucket (kept 24 h), a per-hour bucket (kept 30 days) and a per-day bucket (kept a year), each with up and
// down counts and min/avg/max latency. Uptime is a count of results, up / (up + down); unknown results are
// not counted. Times are UTC seconds since the epoch; a bucket covers [start, start + length). Pure.
class UptimeMath {
public:
    enum class Resolution { Minute = 0, Hour = 1, Day = 2 };

    struct Bucket {
        Resolution resolution = Resolution::Minute;
        qint64 startSec = 0;
        int up = 0;
        int down = 0;
        qint64 latencyMin = -1; // -1: no latency measured in the bucket
        qint64 latencyMax = -1;
        qint64 latencySum = 0;
        int latencyCount = 0;

        // -1 when no latency was measured.
        qint64 latencyAvg() const { return latencyCount == 0 ? -1 : latencySum / latencyCount; }
        bool operator==(const Bucket&) const = default;
    };

    static constexpr Resolution kAll[] = {Resolution::Minute, Resolution::Hour, Resolution::Day};

    static qint64 lengthSec(Resolution resolution);
    static qint64 retentionSec(Resolution resolution);
    // The start of the bucket holding `epochSec` (floor, also before 1970).
    static qint64 bucketStart(qint64 epochSec, Resolution resolution);
    // Buckets older than this (start < cutoff) are dropped at `nowSec`.
    static qint64 retentionCutoff(qint64 nowSec, Resolution resolution);
    // The finest resolution that still holds the whole window (24 h: minutes, 7 and 30 days: hours).
    static Resolution resolutionFor(qint64 windowSec);

    // Adds one result to a bucket. `latencyMs` < 0: none measured.
    static void add(Bucket& bucket, bool up, qint64 latencyMs);
    static Bucket merged(const Bucket& a, const Bucket& b);

    // The share of up results in the buckets that start within [nowSec - windowSec, nowSec], in percent;
    // nullopt when there is none. The oldest bucket counts when its start is inside the window, so a window
    // is at most one bucket short, never one bucket long.
    static std::optional<double> uptimePercent(const QList<Bucket>& buckets, qint64 nowSec, qint64 windowSec);
};

} // namespace cc::health
