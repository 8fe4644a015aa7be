#include "app/data/CampaignRepository.h"
#include "app/core/UrlPaths.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignRules.h"
#include "app/net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cc::data {

using net::ApiCall;
using net::ApiRequest;
using net::ApiResponse;

struct CampaignRepository::ListState {
    PostgrestQuery query;
    qint64 start = 0;             // the query's own offset
    std::optional<qint64> wanted; // the query's own limit
    ListResult result;
    ListDone done;
    PageArrived onPage;
    qint64 fetched = 0;
};

struct CampaignRepository::StreamState {
    PostgrestQuery query;
    PageSink sink;
    StreamDone done;
    int lanes = 1;
    int lanesOpen = 1;
    std::vector<std::optional<qint64>> laneTotals; // each lane's exact count, once its first page came
    qint64 fetched = 0;
    bool failed = false;
};

namespace {

const QByteArray kReturnRepresentation = QByteArrayLiteral("return=representation");

QList<Campaign> rowsOf(const QJsonValue& json) {
    QList<Campaign> rows;
    const QJsonArray array = json.toArray();
    rows.reserve(array.size());
    for (const QJsonValue& value : array) {
        rows.append(Campaign::fromJson(value.toObject()));
    }
    return rows;
}

Error validationError(const QList<CampaignRules::Violation>& violations) {
    QStringList messages;
    QStringList fields;
    for (const auto& v : violations) {
        messages.append(v.field + QStringLiteral(": ") + v.message);
        fields.append(v.constraint);
    }
    Error error(ErrorKind::Validation, messages.join(QLatin1Char('\n')), fields.join(QLatin1Char(',')));
    return error;
}

} // namespace

CampaignRepository::CampaignRepository(net::ApiClient& client, QUrl restBase, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_restBase(std::move(restBase)) {}

QUrl CampaignRepository::tableUrl() const {
    return UrlPaths::join(m_restBase, kTable);
}

QUrl CampaignRepository::rpcUrl(const QString& function) const {
    return UrlPaths::join(m_restBase, QStringLiteral("rpc/") + function);
}

Error CampaignRepository::responseError(const ApiResponse& response) {
    return response.error;
}

void CampaignRepository::list(PostgrestQuery query, ListDone done, PageArrived onPage) {
    auto state = std::make_shared<ListState>();
    state->start = query.offsetValue().value_or(0);
    state->wanted = query.limitValue();
    // id as the last sort key makes the order total, so consecutive pages neither overlap nor skip rows.
    query.orderBy(QStringLiteral("id"));
    state->query = std::move(query);
    state->done = std::move(done);
    state->onPage = std::move(onPage);
    fetchPage(state);
}

void CampaignRepository::stream(PostgrestQuery query, PageSink sink, StreamDone done, int lanes) {
    auto state = std::make_shared<StreamState>();
    query.orderBy(QStringLiteral("id"));
    state->query = std::move(query);
    state->sink = std::move(sink);
    state->done = std::move(done);
    state->lanes = std::max(1, lanes);
    state->lanesOpen = state->lanes;
    state->laneTotals.resize(static_cast<std::size_t>(state->lanes));
    for (int lane = 0; lane < state->lanes; ++lane) {
        fetchStreamPage(state, lane, QString());
    }
}

QString CampaignRepository::laneBound(int lane, int lanes) {
    // A uuid (the column's type on Supabase) whose first 32 bits split the id space evenly; as text it
    // splits any id, since every text sorts below, at or above it.
    const quint64 head = (quint64(1) << 32) * static_cast<quint64>(lane) / static_cast<quint64>(lanes);
    return QStringLiteral("%1-0000-0000-0000-000000000000").arg(head, 8, 16, QLatin1Char('0'));
}

void CampaignRepository::fetchStreamPage(std::shared_ptr<StreamState> state, int lane, const QString& after) {
    PostgrestQuery page = state->query;
    if (lane > 0) {
        page.gte(QStringLiteral("id"), laneBound(lane, state->lanes));
    }
    if (lane + 1 < state->lanes) {
        page.lt(QStringLiteral("id"), laneBound(lane + 1, state->lanes));
    }
    if (!after.isEmpty()) {
        page.gt(QStringLiteral("id"), after);
    }
    page.limit(kPageSize);
    // Only a lane's first page counts its rows (count=exact costs the server a scan each time).
    const bool counting = after.isEmpty() && state->query.wantsExactCount();
    page.countExact(counting);
    ApiRequest request = ApiRequest::get(page.apply(tableUrl()));
    if (!page.preferHeader().isEmpty()) {
        request.setHeader("Prefer", page.preferHeader());
    }
    request.setBulk();
    ApiCall* call = m_client.send(request);
    QPointer<CampaignRepository> self(this);
    connect(call, &ApiCall::finished, this, [self, state, lane, counting](const ApiResponse& response) {
        if (!self || state->failed) {
            return;
        }
        if (!response.ok()) {
            state->failed = true;
            state->done(responseError(response));
            return;
        }
        QJsonArray rows = response.json.toArray();
        if (counting) {
            state->laneTotals[static_cast<std::size_t>(lane)] = response.contentRangeTotal().value_or(0);
        }
        std::optional<qint64> total = 0;
        for (const std::optional<qint64>& laneTotal : state->laneTotals) {
            total = laneTotal && total ? std::optional<qint64>(*total + *laneTotal) : std::nullopt;
        }
        if (!state->query.wantsExactCount()) {
            total.reset();
        }
        state->fetched += rows.size();
        const bool last = rows.size() < kPageSize;
        const QString next =
            rows.isEmpty() ? QString() : rows.last().toObject().value(QStringLiteral("id")).toString();
        // The receiver asks for the lane's next page when it is ready; the last page of every lane ends it.
        QPointer<CampaignRepository> repository = self;
        auto asked = std::make_shared<bool>(false);
        std::function<void()> more = [repository, state, lane, last, asked, next] {
            if (!last && !*asked && repository && !state->failed) {
                *asked = true;
                repository->fetchStreamPage(state, lane, next);
            }
        };
        state->sink(std::move(rows), total, std::move(more));
        if (last && --state->lanesOpen == 0 && !state->failed) {
            state->done(state->fetched);
        }
    });
}

void CampaignRepository::fetchPage(std::shared_ptr<ListState> state) {
    const qint64 fetched = state->fetched;
    qint64 pageSize = kPageSize;
    if (state->wanted) {
        pageSize = qMin(pageSize, *state->wanted - fetched);
    }
    PostgrestQuery page = state->query;
    page.limit(pageSize).offset(state->start + fetched);
    // Only the first page counts: the total does not change meaningfully while paging, and count=exact
    // costs the server a full scan each time.
    page.countExact(fetched == 0 && state->query.wantsExactCount());
    ApiRequest request = ApiRequest::get(page.apply(tableUrl()));
    if (!page.preferHeader().isEmpty()) {
        request.setHeader("Prefer", page.preferHeader());
    }
    ApiCall* call = m_client.send(request);
    QPointer<CampaignRepository> self(this);
    connect(call, &ApiCall::finished, this, [self, state, pageSize](const ApiResponse& response) {
        if (!self) {
            return;
        }
        if (!response.ok()) {
            state->done(responseError(response));
            return;
        }
        QList<Campaign> rows = rowsOf(response.json);
        if (state->fetched == 0 && state->query.wantsExactCount()) {
            state->result.total = response.contentRangeTotal();
        }
        state->fetched += rows.size();
        const qint64 fetched = state->fetched;
        const bool shortPage = rows.size() < pageSize;
        const bool limitReached = state->wanted && fetched >= *state->wanted;
        const bool totalReached = state->result.total && state->start + fetched >= *state->result.total;
        const bool last = shortPage || limitReached || totalReached || rows.isEmpty();
        state->result.rows.append(rows);
        if (state->onPage) {
            state->onPage(rows, state->result.total);
        }
        if (last) {
            state->done(std::move(state->result));
            return;
        }
        self->fetchPage(state);
    });
}

void CampaignRepository::get(const QString& id, GetDone done) {
    PostgrestQuery query;
    query.eq(QStringLiteral("id"), id);
    ApiCall* call = m_client.send(ApiRequest::get(query.apply(tableUrl())));
    connect(call, &ApiCall::finished, this, [done = std::move(done)](const ApiResponse& response) {
        if (!response.ok()) {
            done(responseError(response));
            return;
        }
        const QList<Campaign> rows = rowsOf(response.json);
        done(rows.isEmpty() ? std::optional<Campaign>() : std::optional<Campaign>(rows.first()));
    });
}

void CampaignRepository::create(const Campaign& campaign, const QString& idempotencyKey, WriteDone done) {
    if (const auto violations = CampaignRules::validate(campaign); !violations.isEmpty()) {
        WriteOutcome outcome;
        outcome.error = validationError(violations);
        QMetaObject::invokeMethod(
            this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    QJsonObject body = campaign.toWriteJson();
    if (!campaign.id.isEmpty()) {
        body.insert(QStringLiteral("id"), campaign.id);
    }
    ApiRequest request = ApiRequest::post(tableUrl(), QJsonDocument(body));
    request.setHeader("Prefer", kReturnRepresentation).setIdempotencyKey(idempotencyKey);
    ApiCall* call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [done = std::move(done)](const ApiResponse& response) {
        WriteOutcome outcome;
        if (!response.ok()) {
            outcome.error = responseError(response);
            done(outcome);
            return;
        }
        const QList<Campaign> rows = rowsOf(response.json);
        if (rows.isEmpty()) {
            outcome.error = Error(ErrorKind::Decode, Error::defaultMessage(ErrorKind::Decode),
                                  QStringLiteral("insert returned no row"));
            done(outcome);
            return;
        }
        outcome.status = WriteOutcome::Status::Applied;
        outcome.row = rows.first();
        done(outcome);
    });
}

void CampaignRepository::update(const QString& id, const QString& baseUpdatedAt, const QJsonObject& changes,
                                const QString& idempotencyKey, WriteDone done) {
    // Validate the fields being changed, in the context of the changed values alone: a rule spanning two
    // fields (the dates) is checked by the server against the stored row.
    Campaign probe;
    probe.name = QStringLiteral("x");
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!Campaign::writableColumns().contains(it.key()) || !probe.setValue(it.key(), it.value())) {
            WriteOutcome outcome;
            outcome.error = Error(ErrorKind::Validation, tr("%1 cannot be set to that value.").arg(it.key()),
                                  QStringLiteral("unwritable column or wrong type: %1").arg(it.key()));
            QMetaObject::invokeMethod(
                this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
            return;
        }
    }
    QList<CampaignRules::Violation> violations;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != QLatin1String("start_date") && it.key() != QLatin1String("end_date")) {
            violations.append(CampaignRules::validateField(probe, it.key()));
        }
    }
    if (changes.contains(QStringLiteral("start_date")) && changes.contains(QStringLiteral("end_date"))) {
        violations.append(CampaignRules::validateField(probe, QStringLiteral("end_date")));
    }
    if (!violations.isEmpty()) {
        WriteOutcome outcome;
        outcome.error = validationError(violations);
        QMetaObject::invokeMethod(
            this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }

    PostgrestQuery match;
    match.eq(QStringLiteral("id"), id);
    if (!baseUpdatedAt.isEmpty()) {
        match.eq(QStringLiteral("updated_at"), baseUpdatedAt);
    }
    ApiRequest request = ApiRequest::patch(match.apply(tableUrl()), QJsonDocument(changes));
    request.setHeader("Prefer", kReturnRepresentation).setIdempotencyKey(idempotencyKey);
    ApiCall* call = m_client.send(request);
    QPointer<CampaignRepository> self(this);
    connect(call, &ApiCall::finished, this, [self, id, done = std::move(done)](const ApiResponse& response) {
        WriteOutcome outcome;
        if (!response.ok()) {
            outcome.error = responseError(response);
            done(outcome);
            return;
        }
        const QList<Campaign> rows = rowsOf(response.json);
        if (!rows.isEmpty()) {
            outcome.status = WriteOutcome::Status::Applied;
            outcome.row = rows.first();
            done(outcome);
            return;
        }
        if (self) {
            self->afterZeroRowUpdate(id, done);
        }
    });
}

void CampaignRepository::afterZeroRowUpdate(const QString& id, WriteDone done) {
    // Zero rows: either someone changed the row since our base version, or it is gone. Fetch it to tell the
    // two apart and to show the user the server's side.
    get(id, [id, done = std::move(done)](Result<std::optional<Campaign>> current) {
        WriteOutcome outcome;
        if (!current.ok()) {
            outcome.error = current.error();
            done(outcome);
            return;
        }
        if (!current.value()) {
            outcome.status = WriteOutcome::Status::NotFound;
            outcome.error = Error(ErrorKind::Http, tr("The campaign no longer exists."),
                                  QStringLiteral("update matched no row; id %1 not found").arg(id));
            done(outcome);
            return;
        }
        outcome.status = WriteOutcome::Status::Conflict;
        outcome.server = *current.value();
        outcome.error = Error(
            ErrorKind::Http, tr("Someone else changed this campaign in the meantime."),
            QStringLiteral("update matched no row; server updated_at %1").arg(current.value()->updatedAt));
        log::info(
            lcData(), QStringLiteral("update conflict"),
            {{QStringLiteral("id"), id}, {QStringLiteral("server_updated_at"), current.value()->updatedAt}});
        done(outcome);
    });
}

void CampaignRepository::remove(const QString& id, const QString& idempotencyKey, WriteDone done) {
    PostgrestQuery match;
    match.eq(QStringLiteral("id"), id);
    ApiRequest request = ApiRequest::del(match.apply(tableUrl()));
    request.setHeader("Prefer", kReturnRepresentation).setIdempotencyKey(idempotencyKey);
    ApiCall* call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [id, done = std::move(done)](const ApiResponse& response) {
        WriteOutcome outcome;
        if (!response.ok()) {
            outcome.error = responseError(response);
            done(outcome);
            return;
        }
        const QList<Campaign> rows = rowsOf(response.json);
        if (rows.isEmpty()) {
            outcome.status = WriteOutcome::Status::NotFound;
            outcome.error = Error(ErrorKind::Http, tr("The campaign no longer exists."),
                                  QStringLiteral("delete matched no row: %1").arg(id));
        } else {
            outcome.status = WriteOutcome::Status::Applied;
            outcome.server = rows.first();
        }
        done(outcome);
    });
}

void CampaignRepository::executeTransaction(const QJsonArray& operations, const QString& idempotencyKey,
                                            WriteDone done) {
    ApiRequest request =
        ApiRequest::post(rpcUrl(QStringLiteral("execute_transaction")),
                         QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}));
    request.setIdempotencyKey(idempotencyKey);
    ApiCall* call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [done = std::move(done)](const ApiResponse& response) {
        WriteOutcome outcome;
        if (!response.ok()) {
            outcome.error = responseError(response);
            done(outcome);
            return;
        }
        outcome.status = WriteOutcome::Status::Applied;
        outcome.rpcResults = response.json.toObject().value(QStringLiteral("operations")).toArray();
        done(outcome);
    });
}

} // namespace cc::data
