#pragma once

#include "app/core/Error.h"
#include "app/data/Campaign.h"
#include "app/data/PostgrestQuery.h"
#include "app/data/WriteOutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cc::net {
class ApiClient;
struct ApiResponse;
} // namespace cc::net

namespace cc::data {

// The `campaigns` table over the REST API (PostgREST under /rest/v1), through the one ApiClient (which adds
// the apikey and the bearer token from its token provider). Asynchronous: every result arrives through the
// callback, on the caller's thread, exactly once. Reads page by 1,000 rows (Supabase's max_rows), every write
// carries an Idempotency-Key (the caller's, so a replay after a crash reuses it), and updates are
// conflict-checked on updated_at.
class CampaignRepository : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kPageSize = 1000;
    static inline const QString kTable = QStringLiteral("campaigns");

    struct ListResult {
        QList<Campaign> rows;
        std::optional<qint64> total; // the exact count of matching rows, when asked for
    };
    using ListDone = std::function<void(Result<ListResult>)>;
    // Each page as it arrives (for a progress bar or to fill the cache while the rest still loads).
    using PageArrived = std::function<void(const QList<Campaign>& page, std::optional<qint64> total)>;
    // Streaming: a page's rows as the server sent them (turning them into Campaigns is left to the receiver,
    // which can do it on another thread), the exact total (when asked for, once known), and `more` to call
    // when the receiver is ready for that lane's next page (it is requested then, so the receiver decides
    // how many pages may be in flight).
    using PageSink =
        std::function<void(QJsonArray page, std::optional<qint64> total, std::function<void()> more)>;
    using StreamDone = std::function<void(Result<qint64> rowsFetched)>;
    using GetDone = std::function<void(Result<std::optional<Campaign>>)>;
    using WriteDone = std::function<void(WriteOutcome)>;

    // `restBase`: the project's /rest/v1 URL (a configured "rest" service of `client`).
    CampaignRepository(net::ApiClient& client, QUrl restBase, QObject* parent = nullptr);

    // Every row matching `query`, in pages of at most 1,000. The query's limit/offset (if any) bound the
    // whole result; an order on `id` is appended so pages never overlap or skip rows.
    void list(PostgrestQuery query, ListDone done, PageArrived onPage = {});
    // Every row matching `query` (filters only: no order, limit or offset of its own), without keeping them:
    // each page goes to `sink` and is dropped here, so a full sync of 100,000 campaigns never holds them all.
    // Keyset paging: ordered by id, each page asks for the ids after the last one of the page before
    // (id=gt.LAST), so the server seeks in its primary key instead of counting past an OFFSET, and pages
    // neither overlap nor skip rows while the table changes. The ids are split into `lanes` ranges read side
    // by side (a page of each in flight). Bulk requests (ApiRequest::bulk). `done` follows the last page of
    // every lane, or the first error (nothing after it).
    void stream(PostgrestQuery query, PageSink sink, StreamDone done, int lanes = 1);
    void get(const QString& id, GetDone done);
    // Inserts `campaign` (its id, when set, is kept: offline creates carry a client id). Invalid values are
    // refused before sending (Validation).
    void create(const Campaign& campaign, const QString& idempotencyKey, WriteDone done);
    // PATCH ?id=eq.X&updated_at=eq.T with `changes`; zero rows back is a conflict (or NotFound when the row
    // is gone), and the outcome carries the server's current row.
    void update(const QString& id, const QString& baseUpdatedAt, const QJsonObject& changes,
                const QString& idempotencyKey, WriteDone done);
    void remove(const QString& id, const QString& idempotencyKey, WriteDone done);
    // One unit of work, atomic on the server: rpc/execute_transaction with
    // {"operations":[{"op":"insert|update|delete","table":"campaigns","values":{...},"match":{...}}]}.
    void executeTransaction(const QJsonArray& operations, const QString& idempotencyKey, WriteDone done);

    QUrl tableUrl() const;
    QUrl rpcUrl(const QString& function) const;

private:
    struct ListState;
    struct StreamState;
    void fetchPage(std::shared_ptr<ListState> state);
    void fetchStreamPage(std::shared_ptr<StreamState> state, int lane, const QString& after);
    // The first id of `lane` of `lanes` (a uuid).
    static QString laneBound(int lane, int lanes);
    void afterZeroRowUpdate(const QString& id, WriteDone done);
    static Error responseError(const net::ApiResponse& response);

    net::ApiClient& m_client;
    QUrl m_restBase;
};

} // namespace cc::data
