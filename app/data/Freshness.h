#pragma once

#include <QDateTime>

#include <optional>

namespace cc::data {

// How fresh a cached answer is. Wall-clock times, because the sync time is stored on disk and read back by a
// later process (monotonic time does not survive a restart); a sync time in the future (the clock was set
// back) counts as stale rather than fresh for ever.
struct Freshness {
    enum class State { Never, Fresh, Stale };
    static constexpr qint64 kDefaultTtlMs = 5 * 60 * 1000;

    State state = State::Never;
    std::optional<QDateTime> syncedAt;
    qint64 ageMs = -1; // -1 when never synced

    static Freshness classify(const std::optional<QDateTime>& syncedAt, const QDateTime& now,
                              qint64 ttlMs = kDefaultTtlMs);
    // Whether a read should go to the server: always when forced (a manual refresh), else when not fresh.
    bool needsRevalidation(bool forced) const { return forced || state != State::Fresh; }
};

} // namespace cc::data
