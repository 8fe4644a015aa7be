#include "app/data/Freshness.h"

namespace cc::data {

Freshness Freshness::classify(const std::optional<QDateTime>& syncedAt, const QDateTime& now, qint64 ttlMs) {
    Freshness f;
    f.syncedAt = syncedAt;
    if (!syncedAt || !syncedAt->isValid()) {
        f.syncedAt.reset();
        return f;
    }
    f.ageMs = syncedAt->msecsTo(now);
    f.state = (f.ageMs >= 0 && f.ageMs < ttlMs) ? State::Fresh : State::Stale;
    return f;
}

} // namespace cc::data
