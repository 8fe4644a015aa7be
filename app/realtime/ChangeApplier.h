#pragma once

#include "app/core/Clock.h"
#include "app/realtime/CampaignEvent.h"
#include "app/realtime/FeedEntry.h"
#include "app/realtime/OwnWrites.h"
#include "app/realtime/PostgresChange.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace cc::data {
class CacheDatabase;
class CampaignCache;
class CampaignStore;
} // namespace cc::data

namespace cc::realtime {

// Applies postgres_changes on `campaigns` to the SQL cache and hands them on to the views, coalesced: changes
// are collected and sent at most once per frame (kFrameMs) as one task on the cache's worker thread, which
// coalesces, stores and builds the events; never more than one batch is in flight (while the worker is busy
// the next batch keeps growing). The views get the results in slices of a bounded size, the table at most
// every kTableFrames frames and the feed every kFeedFrames, never both in one frame: a repaint of a table
// costs a few milliseconds, so under a storm each view repaints ten times a second instead of at every
// frame, and a storm costs the GUI thread a small, fixed amount per frame however fast events come. After a
// quiet moment the first changes are stored and shown at once (a lone change is never held back by the
// pacing: a REST write shows in the table within a few milliseconds). Within a batch
// the last write per campaign wins by updated_at; a change older than the cached row (a late event after a
// resync) is not applied. Echoes of this console's own writes are marked `own`.
class ChangeApplier : public QObject {
    Q_OBJECT

public:
    static constexpr int kFrameMs = 16;
    // How often the views are given changes under a steady stream (every 6th frame: 10 times a second,
    // the feed one frame after the table so that no frame does both), and the most each is given at once;
    // the rest waits for the next turn.
    static constexpr int kTableFrames = 6;
    static constexpr int kFeedFrames = 6;
    static constexpr int kMaxTableChanges = 600;
    static constexpr int kMaxFeedEvents = 750;
    // Feed events waiting for the GUI (or for the cache); beyond it the oldest are dropped (counted).
    static constexpr int kMaxPendingEvents = 20'000;

    ChangeApplier(data::CampaignCache& cache, const Clock& clock, QObject* parent = nullptr);

    // The store's in-memory hot rows are forgotten for every changed campaign (optional).
    void setStore(data::CampaignStore* store) { m_store = store; }
    // Changes on other tables are ignored.
    void setTable(QString schema, QString table);
    OwnWrites& ownWrites() { return m_ownWrites; }

    qint64 receivedCount() const { return m_received; }
    qint64 batchCount() const { return m_batches; }
    qint64 droppedCount() const { return m_dropped; }
    bool isIdle() const {
        return !m_inFlight && m_pending.isEmpty() && m_outTable.isEmpty() && m_outFeed.isEmpty();
    }

public slots:
    void submit(const cc::realtime::PostgresChange& change);
    // Quiet: changes submitted meanwhile update the cache and the table but are not recorded for the feed
    // (the first catch-up after start brings rows the cache had simply not seen, not news).
    void setQuiet(bool quiet) { m_quiet = quiet; }

signals:
    // After the cache holds them: one event per campaign (the latest), in first-seen order. For the
    // campaigns table.
    void changesApplied(const QList<cc::realtime::CampaignEvent>& changes);
    // Every event of the batch in arrival order as the feed lists it, the old record completed from the
    // cache and the changed fields worked out (all on the cache's thread).
    void feedEntriesRecorded(const QList<cc::realtime::FeedEntry>& entries);
    void batchFailed(const cc::Error& error);

private:
    struct Pending {
        PostgresChange change;
        bool own = false;
        bool quiet = false;
    };
    struct BatchResult {
        QStringList ids;              // every campaign the batch touched, first-seen order
        QList<CampaignEvent> applied; // the latest per campaign (stale ones left out)
        QList<FeedEntry> entries;     // every event, old records completed
        Error error;                  // the cache could not store the batch (the views are still told)
    };

    void onFrame();
    // Hands the views what is due to them now (see kTableFrames, kFeedFrames).
    void emitDue();
    void flush();
    // On the cache's worker thread: coalesce (last write wins), store, and build the events.
    // `receivedAt`: the time for entries whose event carries no commit time.
    static BatchResult process(const QList<Pending>& batch, data::CacheDatabase& db,
                               const QDateTime& receivedAt);
    static bool supersedes(const PostgresChange& next, const PostgresChange& current);

    data::CampaignCache& m_cache;
    const Clock& m_clock;
    data::CampaignStore* m_store = nullptr;
    QString m_schema = QStringLiteral("public");
    QString m_table = QStringLiteral("campaigns");
    OwnWrites m_ownWrites;
    QTimer m_frame;
    QList<Pending> m_pending;
    QList<CampaignEvent> m_outTable;
    QList<FeedEntry> m_outFeed;
    bool m_idle = true;                    // nothing was waiting at the last frame (or there was none yet)
    bool m_showOnArrival = false;          // the batch in flight came after a quiet moment: shown when stored
    int m_framesSinceTable = kTableFrames; // frames since the last slice, counted while the timer runs
    int m_framesSinceFeed = kFeedFrames;
    bool m_inFlight = false;
    bool m_quiet = false;
    qint64 m_received = 0;
    qint64 m_batches = 0;
    qint64 m_dropped = 0;
};

} // namespace cc::realtime
