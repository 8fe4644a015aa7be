#include "app/data/CampaignStore.h"

#include <QJsonArray>
#include <QTimer>

#include <deque>

namespace cc::data {

namespace {
constexpr qint64 kHotTtlMs = 30'000;
constexpr int kHotEntries = 256;
} // namespace

CampaignStore::CampaignStore(CampaignRepository& repository, CampaignCache& cache, const Clock& clock,
                             qint64 ttlMs, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_cache(cache)
    , m_clock(clock)
    , m_ttlMs(ttlMs)
    , m_hot(clock, kHotTtlMs, kHotEntries) {}

void CampaignStore::query(const CampaignFilter& filter, bool forceRefresh, AnswerCallback answer,
                          Revalidation revalidation) {
    const quint64 debounced = revalidation == Revalidation::Debounced ? ++m_debouncedQueries : 0;
    struct Cached {
        CacheDatabase::Page page;
        std::optional<QDateTime> syncedAt;
    };
    m_cache.run<Cached>(
        [filter](CacheDatabase& db) -> Result<Cached> {
            Result<CacheDatabase::Page> page = db.query(filter);
            if (!page.ok()) {
                return page.error();
            }
            Result<std::optional<QDateTime>> synced = db.syncedAt(filter.key());
            return Cached{std::move(page).value(), synced.ok() ? synced.value() : std::nullopt};
        },
        this,
        [this, filter, forceRefresh, answer, debounced](Result<Cached> cached) {
            Answer a;
            if (cached.ok()) {
                a.rows = cached.value().page.rows;
                a.total = cached.value().page.total;
                a.freshness = Freshness::classify(cached.value().syncedAt, m_clock.nowUtc(), m_ttlMs);
            } else {
                a.error = cached.error();
            }
            a.revalidating = a.freshness.needsRevalidation(forceRefresh);
            answer(a);
            if (!a.revalidating) {
                return;
            }
            if (debounced == 0) {
                revalidate(filter, answer);
                return;
            }
            QTimer::singleShot(kRevalidateDebounceMs, this, [this, filter, answer, debounced] {
                if (debounced == m_debouncedQueries) {
                    revalidate(filter, answer);
                }
            });
        });
}

void CampaignStore::queryCached(const CampaignFilter& filter, AnswerCallback answer) {
    m_cache.run<CacheDatabase::Page>([filter](CacheDatabase& db) { return db.query(filter); }, this,
                                     [answer](Result<CacheDatabase::Page> page) {
                                         Answer a;
                                         if (page.ok()) {
                                             a.rows = std::move(page).value().rows;
                                             a.total = a.rows.size();
                                         } else {
                                             a.error = page.error();
                                         }
                                         answer(a);
                                     });
}

void CampaignStore::revalidate(const CampaignFilter& filter, AnswerCallback answer) {
    const QDateTime started = m_clock.nowUtc();
    m_repository.list(filter.toPostgrest(), [this, filter, answer,
                                             started](Result<CampaignRepository::ListResult> listed) {
        if (!listed.ok()) {
            // Keep showing the cache; say why it could not be refreshed.
            const Error error = listed.error();
            m_cache.run<CacheDatabase::Page>([filter](CacheDatabase& db) { return db.query(filter); }, this,
                                             [this, filter, answer, error](Result<CacheDatabase::Page> page) {
                                                 Answer a;
                                                 if (page.ok()) {
                                                     a.rows = page.value().rows;
                                                     a.total = page.value().total;
                                                 }
                                                 a.error = error;
                                                 answer(a);
                                             });
            return;
        }
        // Shared, not copied: a full sync holds tens of thousands of rows.
        const auto result = std::make_shared<const CampaignRepository::ListResult>(std::move(listed).value());
        for (const Campaign& c : result->rows) {
            m_hot.put(c.id, c);
        }
        QStringList ids;
        ids.reserve(result->rows.size());
        for (const Campaign& c : result->rows) {
            ids.append(c.id);
        }
        const bool complete = filter.limit < 0 && filter.offset == 0;
        m_cache.run<CacheDatabase::Page>(
            [filter, result, ids, complete, started](CacheDatabase& db) -> Result<CacheDatabase::Page> {
                if (Result<bool> stored = db.upsert(result->rows); !stored.ok()) {
                    return stored.error();
                }
                if (complete) {
                    if (Result<bool> pruned = db.removeMissing(filter, ids); !pruned.ok()) {
                        return pruned.error();
                    }
                }
                // The sync time is when the request started: a change made meanwhile is not claimed as seen.
                if (Result<bool> marked = db.setSyncedAt(filter.key(), started); !marked.ok()) {
                    return marked.error();
                }
                return db.query(filter);
            },
            this,
            [this, answer, result, started](Result<CacheDatabase::Page> page) {
                Answer a;
                a.source = Answer::Source::Server;
                a.freshness = Freshness::classify(started, m_clock.nowUtc(), m_ttlMs);
                if (page.ok()) {
                    a.rows = page.value().rows;
                    a.total = result->total.value_or(page.value().total);
                } else {
                    // The cache could not store it (disk full, ...): still show the server's rows.
                    a.rows = result->rows;
                    a.total = result->total.value_or(result->rows.size());
                    a.error = page.error();
                }
                answer(a);
            });
    });
}

void CampaignStore::lastFullSync(std::function<void(Result<std::optional<QDateTime>>)> done) {
    m_cache.run<std::optional<QDateTime>>(
        [](CacheDatabase& db) { return db.syncedAt(QString::fromLatin1(CacheDatabase::kFullSyncKey)); }, this,
        std::move(done));
}

void CampaignStore::syncAll(SyncProgress progress, std::function<void(Result<qint64>)> done) {
    struct State {
        int writing = 0;                        // pages handed to the cache thread, not yet stored
        std::deque<std::function<void()>> more; // lanes' next pages, asked for as writes finish
        bool fetched = false;                   // the last page arrived (or the stream failed)
        bool finished = false;
        std::optional<Error> error;
        qint64 stored = 0;
        std::optional<qint64> total;
    };
    auto state = std::make_shared<State>();
    const QDateTime started = m_clock.nowUtc();
    QPointer<CampaignStore> self(this);

    // Called whenever a write or the stream ends: finish once both are done.
    auto settle = std::make_shared<std::function<void()>>();
    *settle = [self, state, started, done] {
        if (!self || state->finished || !state->fetched || state->writing > 0) {
            return;
        }
        state->finished = true;
        if (state->error) {
            self->m_cache.run<bool>(
                [](CacheDatabase& db) {
                    db.abandonFullSync();
                    return true;
                },
                self.data(), [](Result<bool>) {});
            self->m_cache.warmSearchIndex(true);
            done(*state->error);
            return;
        }
        self->m_cache.run<qint64>([started](CacheDatabase& db) { return db.finishFullSync(started); },
                                  self.data(),
                                  [state, done](Result<qint64> finished) {
                                      if (!finished.ok()) {
                                          done(finished.error());
                                          return;
                                      }
                                      done(state->stored);
                                  });
        self->m_cache.warmSearchIndex(true); // after the finish, on the cache's thread: `done` need not wait
    };

    m_cache.run<bool>([](CacheDatabase& db) { return db.beginFullSync(); }, this,
                      [state](Result<bool> begun) {
                          if (!begun.ok() && !state->error) {
                              state->error = begun.error();
                          }
                      });
    PostgrestQuery query;
    query.countExact();
    m_repository.stream(
        std::move(query),
        [self, state, settle, progress](QJsonArray page, std::optional<qint64> total,
                                        std::function<void()> more) {
            if (!self || state->error) {
                return; // a write failed: the rest is not fetched
            }
            state->total = total;
            ++state->writing;
            const qint64 rows = page.size();
            // The page moves to the cache thread, which turns it into campaigns and writes them (in one
            // transaction) while the next pages travel; nothing here keeps it.
            self->m_cache.run<bool>(
                [page = std::move(page)](CacheDatabase& db) {
                    QList<Campaign> rows;
                    rows.reserve(page.size());
                    for (const QJsonValue& row : page) {
                        rows.append(Campaign::fromJson(row.toObject()));
                    }
                    return db.upsert(rows, true);
                },
                self.data(),
                [state, settle, progress, rows](Result<bool> stored) {
                    --state->writing;
                    if (!stored.ok()) {
                        // Disk full or the like: stop fetching, report once the stream has settled.
                        if (!state->error) {
                            state->error = stored.error();
                        }
                        state->more.clear();
                        state->fetched = true;
                    } else {
                        state->stored += rows;
                        if (progress) {
                            progress(state->stored, state->total);
                        }
                        if (!state->more.empty()) {
                            std::function<void()> next = std::move(state->more.front());
                            state->more.pop_front();
                            next();
                        }
                    }
                    (*settle)();
                });
            // Pipelining: the lane's next page is fetched while this one is written, but no more than
            // kSyncPagesAhead pages wait for the disk at once.
            if (state->writing < kSyncPagesAhead) {
                more();
            } else {
                state->more.push_back(std::move(more));
            }
        },
        [state, settle](Result<qint64> fetched) {
            if (!fetched.ok() && !state->error) {
                state->error = fetched.error();
            }
            state->fetched = true;
            (*settle)();
        },
        kSyncLanes);
}

void CampaignStore::get(const QString& id, std::function<void(Result<std::optional<Campaign>>)> done) {
    if (std::optional<Campaign> hot = m_hot.get(id)) {
        QMetaObject::invokeMethod(
            this, [done, hot] { done(hot); }, Qt::QueuedConnection);
        return;
    }
    m_cache.run<std::optional<Campaign>>([id](CacheDatabase& db) { return db.find(id); }, this,
                                         [this, id, done](Result<std::optional<Campaign>> cached) {
                                             if (cached.ok() && cached.value()) {
                                                 m_hot.put(id, *cached.value());
                                                 done(cached);
                                                 return;
                                             }
                                             m_repository.get(
                                                 id, [this, done](Result<std::optional<Campaign>> fetched) {
                                                     if (fetched.ok() && fetched.value()) {
                                                         applied(*fetched.value());
                                                     }
                                                     done(std::move(fetched));
                                                 });
                                         });
}

void CampaignStore::applied(const Campaign& row) {
    m_hot.put(row.id, row);
    m_cache.run<bool>([row](CacheDatabase& db) { return db.upsert({row}); }, this, [](Result<bool>) {});
}

void CampaignStore::removed(const QString& id) {
    m_hot.invalidate(id);
    m_cache.run<bool>([id](CacheDatabase& db) { return db.remove({id}); }, this, [](Result<bool>) {});
}

void CampaignStore::forget(const QStringList& ids) {
    for (const QString& id : ids) {
        m_hot.invalidate(id);
    }
}

} // namespace cc::data
