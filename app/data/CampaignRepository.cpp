#include "app/data/CampaignRepository.h"
#include "app/core/UrlPaths.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/CampaignRules.h"
#include "app/net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    // stream(): the rows are handed on, not kept.
    PageSink sink;
    StreamDone streamDone;
    qint64 fetched = 0;
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

void CampaignRepository::stream(PostgrestQuery query, PageSink sink, StreamDone done) {
    auto state = std::make_shared<ListState>();
    state->start = query.offsetValue().value_or(0);
    state->wanted = query.limitValue();
    query.orderBy(QStringLiteral("id"));
    state->query = std::move(query);
    state->sink = std::move(sink);
    state->streamDone = std::move(done);
    fetchPage(state);
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
            if (state->streamDone) {
                state->streamDone(responseError(response));
            } else {
                state->done(responseError(response));
            }
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
        if (state->sink) {
            // The receiver asks for the next page when it is ready; the last page ends the stream.
            QPointer<CampaignRepository> repository = self;
            auto asked = std::make_shared<bool>(false);
            std::function<void()> more = [repository, state, last, asked] {
                if (!last && !*asked && repository) {
                    *asked = true;
                    repository->fetchPage(state);
                }
            };
            state->sink(std::move(rows), state->result.total, std::move(more));
            if (last) {
                state->streamDone(fetched);
            }
            return;
        }
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
