#include "app/realtime/ChangeApplier.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"

#include <QSet>

namespace cc::realtime {

using data::CacheDatabase;
using data::Campaign;

namespace {

const QString kUpdatedAt = QStringLiteral("updated_at");

QDateTime timestamp(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
}

// -1, 0, 1 like strcmp; verbatim text when either side does not parse (both come from the same server).
int compareTimestamps(const QString& a, const QString& b) {
    const QDateTime ta = timestamp(a);
    const QDateTime tb = timestamp(b);
    if (ta.isValid() && tb.isValid()) {
        return ta < tb ? -1 : (tb < ta ? 1 : 0);
    }
    return a.compare(b);
}

} // namespace

struct ChangeApplier::BatchResult {
    QHash<QString, Campaign> previous; // the cached rows before the batch
    QSet<QString> stale;               // the cache already held a newer version
    Error error;                       // the cache could not store the batch (the views are still told)
};

ChangeApplier::ChangeApplier(data::CampaignCache& cache, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_ownWrites(clock) {
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    m_frame.setTimerType(Qt::PreciseTimer);
    connect(&m_frame, &QTimer::timeout, this, &ChangeApplier::flush);
}

void ChangeApplier::setTable(QString schema, QString table) {
    m_schema = std::move(schema);
    m_table = std::move(table);
}

void ChangeApplier::submit(const PostgresChange& change) {
    if (change.table != m_table || (!m_schema.isEmpty() && change.schema != m_schema) ||
        CampaignEvent::campaignId(change).isEmpty()) {
        return;
    }
    ++m_received;
    // Classified on arrival: that is when "is one of ours in flight" is true.
    const bool own = m_ownWrites.isEcho(change);
    if (m_pending.size() >= kMaxPendingEvents) {
        m_pending.removeFirst();
        ++m_dropped;
    }
    m_pending.append({change, own});
    // At most one flush per frame: the timer starts with the first event after a flush, and never while a
    // batch is in flight (its completion starts it).
    if (!m_inFlight && !m_frame.isActive()) {
        m_frame.start();
    }
}

bool ChangeApplier::supersedes(const PostgresChange& next, const PostgresChange& current) {
    using Type = PostgresChange::Type;
    if (next.type == Type::Delete) {
        return true;
    }
    if (current.type == Type::Delete) {
        // Re-created after the delete (a client-chosen id).
        return next.commitTimestamp.isValid() && current.commitTimestamp.isValid() &&
               next.commitTimestamp > current.commitTimestamp;
    }
    // Ties go to the later arrival.
    return compareTimestamps(next.record.value(kUpdatedAt).toString(),
                             current.record.value(kUpdatedAt).toString()) >= 0;
}

void ChangeApplier::flush() {
    if (m_inFlight || m_pending.isEmpty()) {
        return;
    }
    QList<Pending> batch = std::exchange(m_pending, {});
    QHash<QString, Pending> latest;
    QStringList order;
    for (const Pending& p : batch) {
        const QString id = CampaignEvent::campaignId(p.change);
        auto it = latest.find(id);
        if (it == latest.end()) {
            order.append(id);
            latest.insert(id, p);
        } else if (supersedes(p.change, it->change)) {
            *it = p;
        }
    }
    QList<Campaign> upserts;
    QStringList removals;
    for (const QString& id : order) {
        const PostgresChange& change = latest.value(id).change;
        if (change.type == PostgresChange::Type::Delete) {
            removals.append(id);
        } else {
            upserts.append(Campaign::fromJson(change.record));
        }
    }
    if (m_store) {
        m_store->forget(order);
    }
    m_inFlight = true;
    ++m_batches;
    m_cache.run<BatchResult>(
        [order, upserts, removals](CacheDatabase& db) -> Result<BatchResult> {
            BatchResult result;
            for (const QString& id : order) {
                Result<std::optional<Campaign>> found = db.find(id);
                if (found.ok() && found.value()) {
                    result.previous.insert(id, *found.value());
                }
            }
            QList<Campaign> fresh;
            fresh.reserve(upserts.size());
            for (const Campaign& row : upserts) {
                const auto prev = result.previous.constFind(row.id);
                if (prev != result.previous.cend() && compareTimestamps(prev->updatedAt, row.updatedAt) > 0) {
                    result.stale.insert(row.id);
                } else {
                    fresh.append(row);
                }
            }
            if (Result<bool> stored = db.upsert(fresh); !stored.ok()) {
                result.error = stored.error();
            } else if (Result<bool> removed = db.remove(removals); !removed.ok()) {
                result.error = removed.error();
            }
            return result;
        },
        this,
        [this, batch = std::move(batch), order, latest](Result<BatchResult> done) {
            m_inFlight = false;
            BatchResult result;
            if (done.ok()) {
                result = std::move(done).value();
            } else {
                result.error = done.error();
            }
            if (result.error.isError()) {
                log::warning(lcData(), QStringLiteral("live changes not stored in the cache"),
                             QJsonObject{{QStringLiteral("changes"), order.size()}}, result.error);
                emit batchFailed(result.error);
            }
            finish(batch, order, latest, result);
            if (!m_pending.isEmpty() && !m_frame.isActive()) {
                m_frame.start();
            }
        });
}

void ChangeApplier::finish(const QList<Pending>& batch, const QStringList& order,
                           const QHash<QString, Pending>& latest, const BatchResult& result) {
    // The feed: every event; an old record with only the key is completed from what was known just before
    // (the cache, or the previous event of the same campaign in this batch).
    QHash<QString, QJsonObject> known;
    for (auto it = result.previous.begin(); it != result.previous.end(); ++it) {
        known.insert(it.key(), it.value().toJson());
    }
    QSet<QString> createdHere;
    QList<CampaignEvent> events;
    events.reserve(batch.size());
    for (const Pending& p : batch) {
        std::optional<CampaignEvent> event = CampaignEvent::fromChange(p.change);
        if (!event) {
            continue;
        }
        event->own = p.own;
        if (event->kind != CampaignEvent::Kind::Created && !event->hasFullOldRecord()) {
            QJsonObject before = known.value(event->id);
            for (auto it = event->oldRecord.begin(); it != event->oldRecord.end(); ++it) {
                before.insert(it.key(), it.value());
            }
            event->oldRecord = before;
        }
        if (event->kind == CampaignEvent::Kind::Deleted) {
            known.remove(event->id);
        } else {
            known.insert(event->id, event->record);
        }
        if (event->kind == CampaignEvent::Kind::Created) {
            createdHere.insert(event->id);
        }
        events.append(std::move(*event));
    }

    // The table: the latest per campaign, compared with the cached row before the batch.
    QList<CampaignEvent> applied;
    applied.reserve(order.size());
    for (const QString& id : order) {
        if (result.stale.contains(id)) {
            continue;
        }
        const Pending& p = latest.value(id);
        std::optional<CampaignEvent> event = CampaignEvent::fromChange(p.change);
        if (!event) {
            continue;
        }
        event->own = p.own;
        const auto prev = result.previous.constFind(id);
        if (prev != result.previous.cend()) {
            event->oldRecord = prev->toJson();
        } else if (event->kind == CampaignEvent::Kind::Changed && createdHere.contains(id)) {
            event->kind = CampaignEvent::Kind::Created; // inserted and changed within one frame
            event->oldRecord = {};
        }
        applied.append(std::move(*event));
    }
    if (!applied.isEmpty()) {
        emit changesApplied(applied);
    }
    if (!events.isEmpty()) {
        emit eventsRecorded(events);
    }
}

} // namespace cc::realtime
