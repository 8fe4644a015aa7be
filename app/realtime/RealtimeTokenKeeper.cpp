#include "app/realtime/RealtimeTokenKeeper.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/realtime/TokenRefreshSchedule.h"

#include <QPointer>

#include <utility>

namespace cc::realtime {

RealtimeTokenKeeper::RealtimeTokenKeeper(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {}

std::optional<qint64> RealtimeTokenKeeper::msUntilDue() const {
    return TokenRefreshSchedule::msUntilDue(current(), m_clock.nowUtc());
}

void RealtimeTokenKeeper::withFreshToken(std::function<void(bool ok)> then) {
    if (!m_provider) {
        then(true);
        return;
    }
    const QString token = current();
    if (token.isEmpty()) {
        then(false);
        return;
    }
    if (TokenRefreshSchedule::isUsable(token, m_clock.nowUtc())) {
        then(true);
        return;
    }
    requestRefresh(
        [this, then](bool ok) { then(ok && TokenRefreshSchedule::isUsable(current(), m_clock.nowUtc())); });
}

void RealtimeTokenKeeper::requestRefresh(std::function<void(bool ok)> then) {
    if (!m_refreshHook) {
        then(false);
        return;
    }
    m_waiters.append(std::move(then));
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    cc::log::info(lcRealtime(), QStringLiteral("realtime asks for a token refresh"));
    QPointer<RealtimeTokenKeeper> self(this);
    m_refreshHook([self](bool refreshed) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        const QList<std::function<void(bool)>> waiters = std::exchange(self->m_waiters, {});
        for (const auto& waiter : waiters) {
            waiter(refreshed);
        }
    });
}

} // namespace cc::realtime
