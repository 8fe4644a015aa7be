#include "app/health/UptimeMath.h"

namespace cc::health {

qint64 UptimeMath::lengthSec(Resolution resolution) {
    switch (resolution) {
    case Resolution::Minute:
        return 60;
    case Resolution::Hour:
        return 3600;
    case Resolution::Day:
        return 86'400;
    }
    return 60;
}

qint64 UptimeMath::retentionSec(Resolution resolution) {
    switch (resolution) {
    case Resolution::Minute:
        return 24 * 3600;
    case Resolution::Hour:
        return 30 * 86'400;
    case Resolution::Day:
        return 365 * 86'400;
    }
    return 24 * 3600;
}

qint64 UptimeMath::bucketStart(qint64 epochSec, Resolution resolution) {
    const qint64 length = lengthSec(resolution);
    qint64 start = (epochSec / length) * length;
    if (start > epochSec) {
        start -= length; // integer division truncates towards zero; we want the floor
    }
    return start;
}

qint64 UptimeMath::retentionCutoff(qint64 nowSec, Resolution resolution) {
    return bucketStart(nowSec - retentionSec(resolution), resolution);
}

UptimeMath::Resolution UptimeMath::resolutionFor(qint64 windowSec) {
    if (windowSec <= retentionSec(Resolution::Minute)) {
        return Resolution::Minute;
    }
    if (windowSec <= retentionSec(Resolution::Hour)) {
        return Resolution::Hour;
    }
    return Resolution::Day;
}

void UptimeMath::add(Bucket& bucket, bool up, qint64 latencyMs) {
    if (up) {
        ++bucket.up;
    } else {
        ++bucket.down;
    }
    if (latencyMs >= 0) {
        bucket.latencyMin = bucket.latencyMin < 0 ? latencyMs : qMin(bucket.latencyMin, latencyMs);
        bucket.latencyMax = qMax(bucket.latencyMax, latencyMs);
        bucket.latencySum += latencyMs;
        ++bucket.latencyCount;
    }
}

UptimeMath::Bucket UptimeMath::merged(const Bucket& a, const Bucket& b) {
    Bucket out = a;
    out.up += b.up;
    out.down += b.down;
    if (b.latencyCount > 0) {
        out.latencyMin = out.latencyMin < 0 ? b.latencyMin : qMin(out.latencyMin, b.latencyMin);
        out.latencyMax = qMax(out.latencyMax, b.latencyMax);
        out.latencySum += b.latencySum;
        out.latencyCount += b.latencyCount;
    }
    return out;
}

std::optional<double> UptimeMath::uptimePercent(const QList<Bucket>& buckets, qint64 nowSec,
                                                qint64 windowSec) {
    qint64 up = 0;
    qint64 total = 0;
    const qint64 from = nowSec - windowSec;
    for (const Bucket& bucket : buckets) {
        if (bucket.startSec < from || bucket.startSec > nowSec) {
            continue;
        }
        up += bucket.up;
        total += bucket.up + bucket.down;
    }
    if (total == 0) {
        return std::nullopt;
    }
    return 100.0 * static_cast<double>(up) / static_cast<double>(total);
}

} // namespace cc::health
