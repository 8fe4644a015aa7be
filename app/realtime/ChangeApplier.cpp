#include "app/realtime/ChangeApplier.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignStore.h"

#include <QSet>

#include <algorithm>
#include <iterator>

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

// The first `most` items, moved out of `list` (a copy and the destruction of the originals would each cost
// the GUI thread a pass over thousands of events).
template <typename T>
QList<T> takeFront(QList<T>& list, qsizetype most) {
    const qsizetype n = qMin(most, list.size());
    QList<T> front;
    front.reserve(n);
    std::move(list.begin(), list.begin() + n, std::back_inserter(front));
    list.remove(0, n);
    return front;
}

} // namespace

ChangeApplier::ChangeApplier(data::CampaignCache& cache, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
    , m_ownWrites(clock) {
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    m_frame.setTimerType(Qt::PreciseTimer);
    connect(&m_frame, &QTimer::timeout, this, &ChangeApplier::onFrame);
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
    m_pending.append({change, own, m_quiet});
    // At most one flush per frame. After a quiet moment the first one happens as soon as the events that
    // arrived together (one read of the socket) are in: a lone change is not held back by a frame.
    if (!m_frame.isActive()) {
        m_frame.start(m_idle ? 0 : kFrameMs);
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

void ChangeApplier::onFrame() {
    const bool afterQuiet = m_idle;
    if (!afterQuiet) {
        ++m_framesSinceTable;
        ++m_framesSinceFeed;
    }
    m_idle = false;
    emitDue();
    if (!m_inFlight && !m_pending.isEmpty()) {
        // The first batch after a quiet moment is shown as soon as it is stored; under a steady stream the
        // frames alone pace the views.
        m_showOnArrival = afterQuiet;
    }
    flush();
    if (!m_outTable.isEmpty() || !m_outFeed.isEmpty() || m_inFlight || !m_pending.isEmpty()) {
        m_frame.start(kFrameMs);
    } else {
        // Quiet: the next change, whenever it comes, goes out as soon as it is stored.
        m_idle = true;
        m_framesSinceTable = kTableFrames;
        m_framesSinceFeed = kFeedFrames;
    }
}

void ChangeApplier::emitDue() {
    // The views get a bounded slice at their own pace, so a large batch from a slow cache never arrives at
    // once and a storm does not repaint them at every frame.
    bool tableNow = false;
    if (!m_outTable.isEmpty() && m_framesSinceTable >= kTableFrames) {
        m_framesSinceTable = 0;
        tableNow = true;
        QList<CampaignEvent> slice = takeFront(m_outTable, kMaxTableChanges);
        emit changesApplied(slice);
        m_cache.discard(std::move(slice));
    }
    // Never both at once: each costs a few milliseconds, and the frame is 16.
    if (!m_outFeed.isEmpty() && m_framesSinceFeed >= kFeedFrames && !tableNow) {
        m_framesSinceFeed = 0;
        QList<FeedEntry> slice = takeFront(m_outFeed, kMaxFeedEvents);
        emit feedEntriesRecorded(slice);
        m_cache.discard(std::move(slice));
    }
}

void ChangeApplier::flush() {
    if (m_inFlight || m_pending.isEmpty()) {
        return;
    }
    m_inFlight = true;
    ++m_batches;
    // Coalescing, the cache write and building the events all run on the cache's worker thread.
    m_cache.run<BatchResult>(
        [batch = std::exchange(m_pending, {}), now = m_clock.nowUtc()](
            CacheDatabase& db) -> Result<BatchResult> { return process(batch, db, now); },
        this,
        [this](Result<BatchResult> done) {
            m_inFlight = false;
            if (!done.ok()) {
                emit batchFailed(done.error());
                return;
            }
            BatchResult result = std::move(done).value();
            if (result.error.isError()) {
                log::warning(lcData(), QStringLiteral("live changes not stored in the cache"),
                             QJsonObject{{QStringLiteral("changes"), result.ids.size()}}, result.error);
                emit batchFailed(result.error);
            }
            if (m_store) {
                m_store->forget(result.ids);
            }
            // Moved, not copied: copying thousands of events and then destroying the originals here cost
            // the GUI thread milliseconds under a storm.
            m_outTable.append(std::move(result.applied));
            m_outFeed.append(std::move(result.entries));
            if (m_outFeed.size() > kMaxPendingEvents) {
                // The feed shows the last 10,000 anyway: under a storm beyond what the GUI can take, the
                // oldest feed lines go (the table's changes are never dropped).
                const qsizetype excess = m_outFeed.size() - kMaxPendingEvents;
                m_outFeed.remove(0, excess);
                m_dropped += excess;
            }
            if (std::exchange(m_showOnArrival, false)) {
                emitDue();
            }
            if (!m_frame.isActive()) {
                m_frame.start(kFrameMs);
            }
        });
}

ChangeApplier::BatchResult ChangeApplier::process(const QList<Pending>& batch, CacheDatabase& db,
                                                  const QDateTime& receivedAt) {
    BatchResult result;
    QHash<QString, const Pending*> latest;
    for (const Pending& p : batch) {
        const QString id = CampaignEvent::campaignId(p.change);
        auto it = latest.find(id);
        if (it == latest.end()) {
            result.ids.append(id);
            latest.insert(id, &p);
        } else if (supersedes(p.change, (*it)->change)) {
            *it = &p;
        }
    }
    // What the cache held before the batch, as stored: its JSON serves the feed's "before" and the table's
    // old record as it is (not written again from the campaign). Unreadable, the batch goes on as if the
    // rows were new: the feed shows the new values without the old ones, the table finds its rows by id.
    Result<QHash<QString, CacheDatabase::StoredRow>> found = db.findMany(result.ids);
    if (!found.ok()) {
        log::warning(lcData(), QStringLiteral("cached rows not read before live changes"),
                     QJsonObject{{QStringLiteral("changes"), result.ids.size()}}, found.error());
    }
    const QHash<QString, CacheDatabase::StoredRow> previous =
        found.ok() ? std::move(found).value() : QHash<QString, CacheDatabase::StoredRow>();
    QList<Campaign> fresh;
    QHash<QString, qsizetype> freshAt; // id -> index in fresh
    QStringList removals;
    QSet<QString> stale;
    for (const QString& id : result.ids) {
        const PostgresChange& change = latest.value(id)->change;
        if (change.type == PostgresChange::Type::Delete) {
            removals.append(id);
            continue;
        }
        Campaign row = Campaign::fromJson(change.record);
        const auto prev = previous.constFind(id);
        if (prev != previous.cend() && compareTimestamps(prev->campaign.updatedAt, row.updatedAt) > 0) {
            stale.insert(id); // a late event: the cache already holds a newer version
        } else {
            freshAt.insert(id, fresh.size());
            fresh.append(std::move(row));
        }
    }
    if (Result<bool> stored = db.upsert(fresh); !stored.ok()) {
        result.error = stored.error();
    } else if (Result<bool> removed = db.remove(removals); !removed.ok()) {
        result.error = removed.error();
    }

    // The feed: every event; an old record with only the key is completed from what was known just before
    // (the cache, or the previous event of the same campaign in this batch).
    QHash<QString, QJsonObject> known;
    known.reserve(previous.size());
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        known.insert(it.key(), it->json);
    }
    QSet<QString> createdHere;
    result.entries.reserve(batch.size());
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
        if (!p.quiet) {
            result.entries.append(FeedEntry::fromEvent(*event, receivedAt)); // here, off the GUI thread
        }
    }

    // The table: the latest per campaign, compared with the cached row before the batch.
    result.applied.reserve(result.ids.size());
    for (const QString& id : result.ids) {
        if (stale.contains(id)) {
            continue;
        }
        const Pending& p = *latest.value(id);
        std::optional<CampaignEvent> event = CampaignEvent::fromChange(p.change);
        if (!event) {
            continue;
        }
        event->own = p.own;
        // The table works with campaigns: parsed here rather than on the GUI thread.
        if (const auto at = freshAt.constFind(id); at != freshAt.cend()) {
            event->parsedRecord = fresh.at(*at);
        }
        const auto prev = previous.constFind(id);
        if (prev != previous.cend()) {
            event->oldRecord = prev->json;
            event->parsedOldRecord = prev->campaign;
        } else if (event->kind == CampaignEvent::Kind::Changed && createdHere.contains(id)) {
            event->kind = CampaignEvent::Kind::Created; // inserted and changed within one batch
            event->oldRecord = {};
        }
        result.applied.append(std::move(*event));
    }
    return result;
}

} // namespace cc::realtime
