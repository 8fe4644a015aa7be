#include "app/sandbox/RestApi.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/sandbox/KeyRing.h"
#include "app/sandbox/RestResponses.h"
#include "app/sandbox/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::sandbox {

using postgrest::PostgrestError;

RestApi::RestApi(const SandboxDatabase& database, const KeyRing& keys, const Clock& clock, RandomSource& ids)
    : m_database(database)
    , m_keys(keys)
    , m_clock(clock)
    , m_mutations(database, clock, ids)
    , m_reader(database)
    , m_writer(m_mutations)
    , m_rpc(m_mutations)
    , m_idempotency(database, clock) {
    m_mutations.setJournal(&m_changes);
}

bool RestApi::probe(QString* error) const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM campaigns LIMIT 1"))) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

HttpResponse RestApi::handle(const HttpRequest& request, const QString& subPath) {
    if (auto rejected = m_keys.checkApiKey(request)) {
        return *rejected;
    }
    auto resolved = m_keys.callerFor(request);
    if (auto* failure = std::get_if<HttpResponse>(&resolved)) {
        return *failure;
    }
    const Caller& caller = std::get<Caller>(resolved);

    if (subPath == QStringLiteral("/campaigns")) {
        if (request.method == "GET" || request.method == "HEAD") {
            return m_reader.read(request, caller);
        }
        if (request.method == "POST") {
            return inTransaction(request, caller, [&] { return m_writer.insert(request, caller); });
        }
        if (request.method == "PATCH") {
            return inTransaction(request, caller, [&] { return m_writer.update(request, caller); });
        }
        if (request.method == "DELETE") {
            return inTransaction(request, caller, [&] { return m_writer.remove(request, caller); });
        }
        HttpResponse response = RestResponses::error(PostgrestError::make(
            405, QStringLiteral("PGRST117"),
            QStringLiteral("Unsupported HTTP method: %1").arg(QString::fromLatin1(request.method))));
        response.setHeader("Allow", "GET, HEAD, POST, PATCH, DELETE");
        return response;
    }
    if (subPath.startsWith(QStringLiteral("/rpc/"))) {
        const QString function = subPath.mid(5);
        return inTransaction(request, caller, [&] { return m_rpc.call(request, function, caller); });
    }
    const QString table = subPath.mid(1);
    return RestResponses::error(PostgrestError::make(
        404, QStringLiteral("PGRST205"),
        QStringLiteral("Could not find the table 'public.%1' in the schema cache").arg(table), QString(),
        QStringLiteral("Perhaps you meant the table 'public.campaigns'")));
}

HttpResponse RestApi::inTransaction(const HttpRequest& request, const Caller& caller,
                                    const std::function<HttpResponse()>& work) {
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    QByteArray hash;
    if (!key.isEmpty()) {
        if (key.size() > 255) {
            return HttpResponse::json(
                400, PostgrestError::make(400, QStringLiteral("idempotency_key_invalid"),
                                          QStringLiteral("Idempotency-Key is longer than 255 characters"))
                         .toJson());
        }
        hash = IdempotencyStore::requestHash(request);
        IdempotencyStore::Lookup lookup = m_idempotency.find(caller.principal(), key, hash);
        if (lookup.match != IdempotencyStore::Match::None) {
            return lookup.response;
        }
    }
    if (!m_database.begin()) {
        return RestResponses::error(PostgrestError::make(503, QStringLiteral("PGRST000"),
                                                         QStringLiteral("Could not start a transaction")));
    }
    HttpResponse response = work();
    if (response.status >= 400) {
        m_database.rollback();
        m_changes.discard();
        return response;
    }
    if (!key.isEmpty() && !m_idempotency.save(caller.principal(), key, hash, response)) {
        m_database.rollback();
        m_changes.discard();
        return RestResponses::error(PostgrestError::make(
            500, QStringLiteral("XX000"), QStringLiteral("Could not record the Idempotency-Key")));
    }
    if (!m_database.commit()) {
        m_database.rollback();
        m_changes.discard();
        return RestResponses::error(PostgrestError::make(500, QStringLiteral("XX000"),
                                                         QStringLiteral("Could not commit the transaction")));
    }
    m_changes.publish(m_clock.nowUtc());
    return response;
}

} // namespace cc::sandbox
