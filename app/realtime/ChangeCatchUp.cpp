#include "app/realtime/ChangeCatchUp.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"

#include <memory>

namespace cc::realtime {

using data::Campaign;
using data::CampaignRepository;
using data::PostgrestQuery;

namespace {

PostgresChange changeFor(const Campaign& row, const std::optional<Campaign>& cached) {
    PostgresChange change;
    change.schema = QStringLiteral("public");
    change.table = CampaignRepository::kTable;
    change.record = row.toJson();
    if (cached) {
        change.type = PostgresChange::Type::Update;
        change.oldRecord = cached->toJson();
    } else {
        change.type =
            row.createdAt == row.updatedAt ? PostgresChange::Type::Insert : PostgresChange::Type::Update;
    }
    change.commitTimestamp = QDateTime::fromString(row.updatedAt, Qt::ISODateWithMs).toUTC();
    return change;
}

} // namespace

ChangeCatchUp::ChangeCatchUp(data::CampaignRepository& repository, data::CampaignCache* cache,
                             QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_cache(cache) {}

void ChangeCatchUp::attach(RealtimeClient& client) {
    QPointer<ChangeCatchUp> self(this);
    QPointer<RealtimeClient> target(&client);
    client.setCatchUpHook([self, target](RealtimeClient::CatchUpDone done) {
        if (!self || !target) {
            done(Error(ErrorKind::Cancelled, tr("The catch-up was cancelled.")));
            return;
        }
        self->run(
            target->highWater(),
            [target](const QString& newest) {
                if (target) {
                    target->raiseHighWater(newest);
                }
            },
            std::move(done));
    });
}

void ChangeCatchUp::run(const QString& since, std::function<void(const QString&)> raise,
                        RealtimeClient::CatchUpDone done) {
    ++m_runs;
    if (!m_cache) {
        fetchSince(since, std::move(raise), std::move(done));
        return;
    }
    m_cache->run<QString>([](data::CacheDatabase& db) { return db.newestUpdatedAt(); }, this,
                          [this, since, raise, done](Result<QString> newest) {
                              QString from = since;
                              if (newest.ok() && ChangeLedger::compareVersions(newest.value(), from) > 0) {
                                  from = newest.value();
                              }
                              fetchSince(from, raise, done);
                          });
}

void ChangeCatchUp::fetchSince(const QString& since, std::function<void(const QString&)> raise,
                               RealtimeClient::CatchUpDone done) {
    if (since.isEmpty()) {
        // Nothing known yet: only learn where the server stands, so a later rejoin knows where to start.
        PostgrestQuery newest;
        newest.select({QStringLiteral("id"), QStringLiteral("updated_at")})
            .orderBy(QStringLiteral("updated_at"), PostgrestQuery::Direction::Desc)
            .limit(1);
        m_repository.list(newest, [raise, done](Result<CampaignRepository::ListResult> listed) {
            if (!listed.ok()) {
                done(listed.error());
                return;
            }
            if (!listed.value().rows.isEmpty()) {
                raise(listed.value().rows.first().updatedAt);
            }
            done(QList<PostgresChange>{});
        });
        return;
    }
    PostgrestQuery query;
    // gte, not gt: another row may share the newest timestamp; what is already known is filtered below.
    query.gte(QStringLiteral("updated_at"), since).orderBy(QStringLiteral("updated_at"));
    cc::log::info(lcRealtime(), QStringLiteral("realtime catch-up"), {{QStringLiteral("since"), since}});
    QPointer<ChangeCatchUp> self(this);
    m_repository.list(query, [self, raise, done](Result<CampaignRepository::ListResult> listed) {
        if (!listed.ok()) {
            done(listed.error());
            return;
        }
        auto rows = std::make_shared<const QList<Campaign>>(std::move(listed).value().rows);
        if (self) {
            self->m_lastFetched = static_cast<int>(rows->size());
        }
        if (!rows->isEmpty()) {
            raise(rows->last().updatedAt);
        }
        if (!self || !self->m_cache) {
            QList<PostgresChange> changes;
            changes.reserve(rows->size());
            for (const Campaign& row : *rows) {
                changes.append(changeFor(row, std::nullopt));
            }
            done(changes);
            return;
        }
        // Compare with the cache on its worker thread, one task for all rows.
        self->m_cache->run<QList<PostgresChange>>(
            [rows](data::CacheDatabase& db) -> Result<QList<PostgresChange>> {
                QList<PostgresChange> changes;
                for (const Campaign& row : *rows) {
                    Result<std::optional<Campaign>> cached = db.find(row.id);
                    const std::optional<Campaign> known = cached.ok() ? cached.value() : std::nullopt;
                    if (known && ChangeLedger::compareVersions(known->updatedAt, row.updatedAt) >= 0) {
                        continue; // the cache already has this version (or a newer one)
                    }
                    changes.append(changeFor(row, known));
                }
                return changes;
            },
            self.data(), done);
    });
}

} // namespace cc::realtime
